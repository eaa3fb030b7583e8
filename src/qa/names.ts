import { FILLER } from "../text/words.js";
import type { Lexicon } from "./lexicon.js";
import type { Mention } from "./question.js";

export interface FoundNames {
  mentions: Mention[];
  /** Names the article never mentions, as written for people. */
  outside: string[];
  /** Positions of the words that are part of a name. */
  used: Set<number>;
}

/** Entity names and outside names, longest first, so "Russian Aerospace Forces" is not "Russian". */
export function findNames(
  stems: string[],
  lexicon: Lexicon,
  outsideNames: ReadonlyMap<string, string>,
): FoundNames {
  const mentions: Mention[] = [];
  const outside: string[] = [];
  const used = new Set<number>();
  for (let i = 0; i < stems.length; ) {
    let matched = 0;
    for (let n = Math.min(lexicon.longestAlias, stems.length - i); n >= 1 && matched === 0; n--) {
      const key = stems.slice(i, i + n).join(" ");
      const entity = lexicon.aliases.get(key);
      const other = entity === undefined ? outsideNames.get(key) : undefined;
      if (entity !== undefined) {
        if (!mentions.some((m) => m.entity === entity))
          mentions.push({ entity, start: i, end: i + n, role: "any" });
        matched = n;
      } else if (other !== undefined && !FILLER.has(key)) {
        outside.push(other);
        matched = n;
      }
    }
    if (matched > 0) for (let k = i; k < i + matched; k++) used.add(k);
    i += Math.max(matched, 1);
  }
  for (const m of mentions) widen(m, stems, lexicon, used);
  return { mentions, outside, used };
}

/**
 * "Dmitriy Shugayev" is not written as any one alias, but "Dmitriy" is a word of Shugaev's names:
 * neighbouring words that belong to the same entity's names are part of the mention.
 */
function widen(m: Mention, stems: readonly string[], lexicon: Lexicon, used: Set<number>): void {
  const ours = (i: number) =>
    !used.has(i) &&
    !FILLER.has(stems[i] ?? "") &&
    (lexicon.nameWords.get(stems[i] ?? "")?.has(m.entity) ?? false);
  while (m.start > 0 && ours(m.start - 1)) used.add(--m.start);
  while (m.end < stems.length && ours(m.end)) used.add(m.end++);
}
