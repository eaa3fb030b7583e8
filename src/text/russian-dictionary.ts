import { SortedWords } from "./sorted-words.js";

/**
 * Ordinary Russian words, from the Hunspell dictionary (`dictionary-ru`: about 140,000 lemmas, names
 * of people and places left out, as they are capitalised there). A question's word the knowledge never
 * uses is then either an ordinary word ("пожалуйста", "стоят") or a name ("Путин"), as for English.
 *
 * A question word is inflected while the dictionary holds lemmas, so a word is ordinary when its stem
 * is the stem of a lemma: only the few lemmas that start with the word's stem are stemmed to check.
 * `data/russian-words.txt` (written by scripts/extract-data.mjs) holds the lemmas sorted, so those
 * are found by binary search; it is read on first use, once per process.
 */
let lemmas: SortedWords | undefined;
/** The dictionary's names (`data/russian-names.txt`): people and places, none an ordinary word too. */
let names: SortedWords | undefined;
const cache = new Map<string, boolean>();
/** A stem shorter than this matches too many lemmas to say anything. */
const PREFIX = 3;

/** Whether a normalised word (lower case, е for ё) is a form of an ordinary Russian word. */
export function isRussianWord(word: string, stem: (word: string) => string): boolean {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  lemmas ??= SortedWords.loadCyrillic("data/russian-words.txt");
  let found = lemmas.has(word);
  if (!found) {
    const s = stem(word);
    let byEnding = false;
    if (s.length >= PREFIX) {
      for (const lemma of lemmas.startingWith(s)) {
        if (lemma.length <= s.length + 4 && stem(lemma) === s) {
          found = true;
          // "Мира" is "мир" with an ending: the ordinary word, whatever name is spelled so too.
          byEnding ||= word.startsWith(lemma);
        }
      }
    }
    // "Путин" is a name, not the genitive plural of "путина" (a fishing season) that its stem matches.
    if (found && !byEnding && isName(word, s)) found = false;
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(word, found);
  return found;
}

/**
 * Whether a word is one of the dictionary's names or that name with a case ending ("путину"): a
 * name's other cases start with the name, which keeps "медведя" (a bear) apart from "Медведев".
 */
function isName(word: string, stem: string): boolean {
  names ??= SortedWords.loadCyrillic("data/russian-names.txt");
  if (names.has(word)) return true;
  for (const name of names.startingWith(stem)) if (word.startsWith(name)) return true;
  return false;
}

/** Loads the dictionary now rather than on the first question that needs it. */
export function prepareRussianDictionary(): void {
  lemmas ??= SortedWords.loadCyrillic("data/russian-words.txt");
  names ??= SortedWords.loadCyrillic("data/russian-names.txt");
}
