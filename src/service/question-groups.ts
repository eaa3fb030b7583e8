import { english } from "../qa/lang/en.js";
import type { Language } from "../qa/lang/types.js";
import { normaliseText } from "../text/normalise.js";

/** The languages the engine reads, by code: each brings its own stemmer and small words. */
const LANGUAGES: Readonly<Record<string, Pick<Language, "stem" | "filler">>> = { en: english };

/** Any other language: the folded words themselves, so at least case, accents and order do not split a group. */
const PLAIN: Pick<Language, "stem" | "filler"> = { stem: (w) => w, filler: new Set<string>() };

/**
 * The key that rewordings of one question share: "Who supplies Tajikistan?", "who supplied
 * tajikistan" and "Tajikistan: who supplies it?" all give "suppli tajikistan". The stems of the
 * words that carry meaning, sorted and without repeats, so order and inflection do not matter.
 */
export function groupKey(question: string, language: string): string {
  const grouping = LANGUAGES[language] ?? PLAIN;
  const folded = normaliseText(question);
  if (folded === "") return "";
  const words = folded.split(" ");
  const meaningful = words.filter((w) => !grouping.filler.has(w));
  // A question of small words only ("what is it?") is its own group rather than no group.
  const kept = meaningful.length > 0 ? meaningful : words;
  return [...new Set(kept.map((w) => grouping.stem(w)))].sort().join(" ");
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** The language of a question when the engine does not say: by its script, English by default. */
export function guessLanguage(question: string): string {
  const chars = [...question];
  const cyrillic = chars.filter((c) => CYRILLIC.test(c)).length;
  const latin = chars.filter((c) => LATIN.test(c)).length;
  return cyrillic > latin ? "ru" : "en";
}
