/**
 * Finds fragments in a long text without scanning it for each one: the text's word triples are
 * indexed by where they start, so a fragment is checked only where its first three words stand.
 * A fragment that starts inside a word, or has fewer than three words, is looked for the slow way.
 * Triples are keyed by a number hashed from their words, not by a string: building thousands of
 * strings was most of the cost. A collision only costs one more comparison.
 */
export interface TextFinder {
  /** Where the fragment starts in the text, or -1. */
  indexOf(fragment: string): number;
}

export function createTextFinder(text: string): TextFinder {
  const words = wordsOf(text);
  const starts = new Map<number, number[]>();
  for (let i = 0; i + 2 < words.hashes.length; i++) {
    const key = tripleKey(words.hashes[i] ?? 0, words.hashes[i + 1] ?? 0, words.hashes[i + 2] ?? 0);
    const at = words.starts[i] ?? 0;
    const list = starts.get(key);
    if (list) list.push(at);
    else starts.set(key, [at]);
  }
  return {
    indexOf(fragment) {
      const first = wordsOf(fragment, 3);
      if (first.hashes.length >= 3 && first.starts[0] === 0) {
        const key = tripleKey(first.hashes[0] ?? 0, first.hashes[1] ?? 0, first.hashes[2] ?? 0);
        for (const at of starts.get(key) ?? []) if (text.startsWith(fragment, at)) return at;
      }
      return text.indexOf(fragment);
    },
  };
}

/** Each run of non-space characters: where it starts and a 32-bit FNV-1a hash of it. */
function wordsOf(text: string, limit = Number.POSITIVE_INFINITY): { starts: number[]; hashes: number[] } {
  const starts: number[] = [];
  const hashes: number[] = [];
  let hash = 0;
  let inWord = false;
  for (let i = 0; i <= text.length && hashes.length < limit; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const space = code === 32 || code === 9 || code === 10 || code === 13;
    if (space) {
      if (inWord) hashes.push(hash >>> 0);
      inWord = false;
    } else {
      if (!inWord) {
        starts.push(i);
        hash = 0x811c9dc5;
        inWord = true;
      }
      hash = Math.imul(hash ^ code, 0x01000193);
    }
  }
  return { starts, hashes };
}

function tripleKey(a: number, b: number, c: number): number {
  // Two 32-bit hashes fill a double's integer range exactly enough; the third is folded in.
  return (a >>> 0) * 0x100000 + ((Math.imul(b, 31) ^ c) >>> 12);
}
