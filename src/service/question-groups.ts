import { english } from "../qa/lang/en.js";
import { russian } from "../qa/lang/ru.js";
import type { Language } from "../qa/lang/types.js";
import { normaliseText } from "../text/normalise.js";

/** The languages the engine reads, by code: each brings its own stemmer and small words. */
const LANGUAGES: Readonly<Record<string, Pick<Language, "stem" | "filler">>> = {
  en: english,
  ru: russian,
};

/** Any other language: the folded words themselves, so at least case, accents and order do not split a group. */
const PLAIN: Pick<Language, "stem" | "filler"> = { stem: (w) => w, filler: new Set<string>() };

/** Each stem of a knowledge file's synonym groups → the stem of the group's first word. */
export type SynonymStems = ReadonlyMap<string, string>;

const synonymCache = new WeakMap<readonly (readonly string[])[], SynonymStems>();

/**
 * The knowledge's synonyms as stems ("defence" → "defens"), built once per knowledge file, so the
 * words the engine treats as one also group as one.
 */
export function synonymStems(synonyms: readonly (readonly string[])[]): SynonymStems {
  let map = synonymCache.get(synonyms);
  if (!map) {
    const built = new Map<string, string>();
    for (const group of synonyms) {
      const [first] = group;
      if (first === undefined) continue;
      const language = LANGUAGES[guessLanguage(first)] ?? PLAIN;
      const canonical = normaliseText(first).split(" ").map(language.stem).join(" ");
      for (const word of group) {
        const folded = normaliseText(word);
        // Single words only: a phrase cannot stand in for one word of a question.
        if (folded && !folded.includes(" ")) built.set(language.stem(folded), canonical);
      }
    }
    map = built;
    synonymCache.set(synonyms, map);
  }
  return map;
}

/**
 * The key that rewordings of one question share: "Who supplies Tajikistan?", "who supplied
 * tajikistan" and "Tajikistan: who supplies it?" all give "suppli tajikistan". The stems of the
 * words that carry meaning, sorted and without repeats, so order and inflection do not matter;
 * with the knowledge's synonyms, "defence" and "defense" are one word too.
 */
export function groupKey(question: string, language: string, synonyms?: SynonymStems): string {
  const grouping = LANGUAGES[language] ?? PLAIN;
  const folded = normaliseText(question);
  if (folded === "") return "";
  const words = folded.split(" ");
  const meaningful = words.filter((w) => !grouping.filler.has(w));
  // A question of small words only ("what is it?") is its own group rather than no group.
  const kept = meaningful.length > 0 ? meaningful : words;
  const stems = kept.map((w) => {
    const stemmed = grouping.stem(w);
    return synonyms?.get(stemmed) ?? stemmed;
  });
  return [...new Set(stems)].sort().join(" ");
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
