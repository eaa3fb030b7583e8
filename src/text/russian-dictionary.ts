import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Ordinary Russian words, from the Hunspell dictionary (`dictionary-ru`: about 140,000 lemmas, names
 * of people and places left out, as they are capitalised there). A question's word the knowledge never
 * uses is then either an ordinary word ("пожалуйста", "стоят") or a name ("Путин"), as for English.
 *
 * A question word is inflected while the dictionary holds lemmas, so a word is ordinary when its stem
 * is the stem of a lemma: the lemmas are grouped by their first letters, and only the few that start
 * with the word's stem are stemmed to check. The grouping is built on first use (a few hundred milliseconds), once per process.
 */
let byPrefix: Map<string, string[]> | undefined;
let lemmas: Set<string> | undefined;
const cache = new Map<string, boolean>();
const PREFIX = 3;

/** The package's word list, read as data (its own entry point awaits at the top level). */
function readWordList(): string {
  const entry = createRequire(import.meta.url).resolve("dictionary-ru");
  return readFileSync(join(dirname(entry), "index.dic"), "utf8");
}

function load(): void {
  const text = readWordList();
  byPrefix = new Map();
  lemmas = new Set();
  for (const line of text.split("\n")) {
    const slash = line.indexOf("/");
    // Capitalised entries are names: only those that start with a lower-case letter are read.
    const first = line.charCodeAt(0);
    if (first < 0x430 || first > 0x451) continue;
    const word = (slash < 0 ? line : line.slice(0, slash)).trim().replace(/ё/g, "е");
    lemmas.add(word);
    const key = word.slice(0, PREFIX);
    const list = byPrefix.get(key);
    if (list) list.push(word);
    else byPrefix.set(key, [word]);
  }
}

/** Whether a normalised word (lower case, е for ё) is a form of an ordinary Russian word. */
export function isRussianWord(word: string, stem: (word: string) => string): boolean {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  if (!byPrefix || !lemmas) load();
  let found = lemmas?.has(word) ?? false;
  if (!found) {
    const s = stem(word);
    if (s.length >= PREFIX) {
      for (const lemma of byPrefix?.get(s.slice(0, PREFIX)) ?? []) {
        if (lemma.startsWith(s) && lemma.length <= s.length + 4 && stem(lemma) === s) {
          found = true;
          break;
        }
      }
    }
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(word, found);
  return found;
}

/** Loads the dictionary now rather than on the first question that needs it. */
export function prepareRussianDictionary(): void {
  if (!byPrefix) load();
}
