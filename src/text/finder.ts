/**
 * Finds fragments in a long text without scanning it for each one: the text's word triples are
 * indexed by where they start, so a fragment is checked only where its first three words stand.
 * A fragment that starts inside a word, or has fewer than three words, is looked for the slow way.
 */
export interface TextFinder {
  /** Where the fragment starts in the text, or -1. */
  indexOf(fragment: string): number;
}

export function createTextFinder(text: string): TextFinder {
  const starts = new Map<string, number[]>();
  const words: { word: string; at: number }[] = [];
  for (const match of text.matchAll(/\S+/g)) words.push({ word: match[0], at: match.index });
  for (let i = 0; i + 2 < words.length; i++) {
    const key = `${words[i]?.word} ${words[i + 1]?.word} ${words[i + 2]?.word}`;
    const at = words[i]?.at ?? 0;
    const list = starts.get(key);
    if (list) list.push(at);
    else starts.set(key, [at]);
  }
  return {
    indexOf(fragment) {
      const first = fragment.split(" ", 3);
      if (first.length === 3) {
        for (const at of starts.get(first.join(" ")) ?? []) if (text.startsWith(fragment, at)) return at;
      }
      return text.indexOf(fragment);
    },
  };
}
