import { normaliseText } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import { FILLER } from "../text/words.js";

/**
 * How a language's questions are reduced to the words that carry their meaning: stems, without
 * the small words every question has. One entry per language the engine reads.
 */
interface GroupingLanguage {
  stem(word: string): string;
  isFiller(word: string): boolean;
}

const ENGLISH: GroupingLanguage = { stem, isFiller: (w) => FILLER.has(w) };

/** Any other language: the folded words themselves, so at least case, accents and order do not split a group. */
const PLAIN: GroupingLanguage = { stem: (w) => w, isFiller: () => false };

const LANGUAGES: Record<string, GroupingLanguage> = { en: ENGLISH };

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
  const meaningful = words.filter((w) => !grouping.isFiller(w));
  // A question of small words only ("what is it?") is its own group rather than no group.
  const kept = meaningful.length > 0 ? meaningful : words;
  return [...new Set(kept.map((w) => grouping.stem(w)))].sort().join(" ");
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** The language of a question when the engine does not say: by its script, English by default. */
export function guessLanguage(question: string): string {
  const cyrillic = [...question].filter((c) => CYRILLIC.test(c)).length;
  const latin = [...question].filter((c) => LATIN.test(c)).length;
  return cyrillic > latin ? "ru" : "en";
}
