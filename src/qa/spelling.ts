import Fuse from "fuse.js";
import { MAX_CORRECTION_SCORE, MIN_CORRECTED_LENGTH } from "./weights.js";

/**
 * Corrects mistyped words to words of the vocabulary. A table of one-letter deletions shortlists the
 * candidates in constant time (words one or two edits away); fuse.js then judges the few candidates
 * and picks the closest.
 */
export interface SpellingCorrector {
  correct(word: string): string | undefined;
}

export function buildSpellingCorrector(vocabulary: Iterable<string>): SpellingCorrector {
  // Deletion → the words it comes from, with the place of the deleted letter (-1: none deleted).
  const byDeletion = new Map<string, { word: string; at: number }[]>();
  for (const word of vocabulary) {
    if (word.length < MIN_CORRECTED_LENGTH - 1 || /\d/.test(word)) continue;
    for (const { key, at } of deletions(word)) {
      const list = byDeletion.get(key);
      if (list) list.push({ word, at });
      else byDeletion.set(key, [{ word, at }]);
    }
  }
  const cache = new Map<string, string | undefined>();

  return {
    correct(word) {
      if (word.length < MIN_CORRECTED_LENGTH || /\d/.test(word)) return undefined;
      if (cache.has(word)) return cache.get(word);
      // One edit for short words, two for long ones.
      const allowed = word.length >= 9 ? 2 : 1;
      const candidates = new Set<string>();
      for (const mine of deletions(word)) {
        for (const theirs of byDeletion.get(mine.key) ?? []) {
          if (edits(word, mine.at, theirs.word, theirs.at) <= allowed) candidates.add(theirs.word);
        }
      }
      const best = judge(word, [...candidates], allowed);
      if (cache.size > 10_000) cache.clear();
      cache.set(word, best);
      return best;
    },
  };
}

function judge(word: string, candidates: string[], allowed: number): string | undefined {
  if (candidates.length === 0) return undefined;
  const fuse = new Fuse(candidates, {
    includeScore: true,
    ignoreLocation: true,
    threshold: MAX_CORRECTION_SCORE,
    distance: 0,
    // A letter changed inside the word ("бандарев" for "бондарев") splits what matches in two: half
    // the word in one piece is enough, the edits having been counted already.
    minMatchCharLength: Math.max(1, Math.ceil((word.length - allowed) / 2)),
  });
  // Ties go to the candidate whose length is closest, then the first in order.
  const results = fuse
    .search(word)
    .filter((r) => (r.score ?? 1) <= MAX_CORRECTION_SCORE && sameEnds(word, r.item, allowed))
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || lengthGap(word, a.item) - lengthGap(word, b.item));
  return results[0]?.item;
}

function lengthGap(a: string, b: string): number {
  return Math.abs(a.length - b.length);
}

/** Fuse finds the query anywhere inside a candidate; a typo keeps the word's beginning or end. */
function sameEnds(word: string, candidate: string, allowed: number): boolean {
  return word.slice(0, 2) === candidate.slice(0, 2) || word.slice(-2) === candidate.slice(-2) || allowed > 1;
}

function deletions(word: string): { key: string; at: number }[] {
  const out = [{ key: word, at: -1 }];
  for (let i = 0; i < word.length; i++) out.push({ key: word.slice(0, i) + word.slice(i + 1), at: i });
  return out;
}

/**
 * Edits between two words that share a deletion: none when they are equal; one when a letter was
 * added or dropped, one letter changed, or two neighbours swapped ("recieve"); two otherwise.
 */
function edits(word: string, mine: number, other: string, theirs: number): number {
  if (mine === -1 && theirs === -1) return 0;
  if (mine === -1 || theirs === -1 || mine === theirs) return 1;
  const [a, b] = mine < theirs ? [mine, theirs] : [theirs, mine];
  const swapped = b === a + 1 && word[a] === other[b] && word[b] === other[a];
  return swapped ? 1 : 2;
}
