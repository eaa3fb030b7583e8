import { english } from "../qa/lang/en.js";
import { russian } from "../qa/lang/ru.js";
import { normaliseText } from "./normalise.js";

const cache = new Map<string, string>();
const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * The stem of one normalised word, by its own language's stemmer: "supplies", "supplied" and
 * "supplying" all give "suppli"; "поставляет" and "поставлять" give "поставля". A word's alphabet
 * says which language it is in, so the knowledge and the questions can mix both.
 */
export function stem(word: string): string {
  let hit = cache.get(word);
  if (hit === undefined) {
    hit = CYRILLIC.test(word) ? russian.stem(word) : english.stem(word);
    // Bounded: the vocabulary is small, but questions can bring any number of new words.
    if (cache.size > 50_000) cache.clear();
    cache.set(word, hit);
  }
  return hit;
}

/** The stems of a text's words: "Anti-aircraft missile systems" gives anti, aircraft, missil, system. */
export function stemWords(text: string): string[] {
  const folded = normaliseText(text);
  return folded === "" ? [] : folded.split(" ").map(stem);
}

/**
 * A phrase as the engine and the loader compare it: stems joined by spaces, so "SAM" and "SAMs",
 * or "supplies" and "supply", are one key.
 */
export function stemPhrase(text: string): string {
  return stemWords(text).join(" ");
}
