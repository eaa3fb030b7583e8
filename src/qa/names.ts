import type { Language } from "./lang/types.js";
import type { Lexicon } from "./lexicon.js";
import type { Mention } from "./question.js";

export interface FoundNames {
  mentions: Mention[];
  /** Names the article never mentions, as written for people. */
  outside: string[];
  /** Where each outside name ends among the words (one past its last word), in the order of `outside`. */
  outsideEnds: number[];
  /** Positions of the words that are part of a name. */
  used: Set<number>;
}

/** Entity names and outside names, longest first, so "Russian Aerospace Forces" is not "Russian". */
export function findNames(
  stems: string[],
  lexicon: Lexicon,
  outsideNames: ReadonlyMap<string, string>,
  lang: Language,
): FoundNames {
  const filler = lang.filler;
  const mentions: Mention[] = [];
  const outside: string[] = [];
  const outsideEnds: number[] = [];
  const used = new Set<number>();
  for (let i = 0; i < stems.length; ) {
    let found = longestAt(i, stems, lexicon, outsideNames, filler);
    // "the Commonwealth of Independent States": an alias that starts with "the" must not cut short a
    // longer name starting at the next word.
    if (found && filler.has(stems[i] ?? "")) {
      const next = longestAt(i + 1, stems, lexicon, outsideNames, filler);
      if (next && i + 1 + next.length > i + found.length) {
        i++;
        found = next;
      }
    }
    if (!found) {
      i++;
      continue;
    }
    if (found.entity !== undefined) {
      const entity = found.entity;
      if (!mentions.some((m) => m.entity === entity))
        mentions.push({ entity, start: i, end: i + found.length, role: "any" });
    } else if (found.outside !== undefined) {
      // "Генерал армии", "адмирал флота": a body right after a rank is a word of the rank, no name.
      if (rankStems(lang).has(stems[i - 1] ?? "")) {
        i += found.length;
        continue;
      }
      outside.push(found.outside);
      outsideEnds.push(i + found.length);
    }
    for (let k = i; k < i + found.length; k++) used.add(k);
    i += found.length;
  }
  joinParts(mentions, stems, lexicon);
  for (const m of mentions) widen(m, stems, lexicon, used, filler);
  return { mentions, outside, outsideEnds, used };
}

/** Each language's ranks by their stems, made once. */
const RANK_STEMS = new WeakMap<Language, ReadonlySet<string>>();
function rankStems(lang: Language): ReadonlySet<string> {
  let stems = RANK_STEMS.get(lang);
  if (!stems) {
    stems = new Set([...(lang.rankNouns ?? [])].map((w) => lang.stem(w)));
    RANK_STEMS.set(lang, stems);
  }
  return stems;
}

/**
 * "Объединённой ПВО СНГ", "the council of the rescue system": a name cut short by a word it leaves
 * out can end where another name begins, when the longer name holds the other one ("СНГ" in
 * "Объединённая система ПВО СНГ"). Where the name right after a mention is made only of words of the
 * mention's own names, and one of those names holds every word of the two together, the two are one
 * name: the mention takes the other's words, and the other is no name asked of.
 */
function joinParts(mentions: Mention[], stems: readonly string[], lexicon: Lexicon): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    for (;;) {
      const at = mentions.findIndex((n) => n.start === m.end);
      const next = mentions[at];
      if (!next || next.entity === m.entity) break;
      const words = stems.slice(m.start, next.end);
      const own = (w: string) => lexicon.nameWords.get(w)?.has(m.entity) ?? false;
      if (!stems.slice(next.start, next.end).every(own)) break;
      if (!nameHolds(m.entity, words, lexicon)) break;
      m.end = next.end;
      mentions.splice(at, 1);
      if (at < k) k--;
    }
  }
}

/** Whether one of an entity's names has every one of the words (stemmed), in any order. */
function nameHolds(entity: string, words: readonly string[], lexicon: Lexicon): boolean {
  return (namesByEntity(lexicon).get(entity) ?? []).some((name) => words.every((w) => name.has(w)));
}

/** Each entity's names, as sets of stems: made once per lexicon, only when two names meet. */
const byEntity = new WeakMap<Lexicon, Map<string, Set<string>[]>>();
function namesByEntity(lexicon: Lexicon): Map<string, Set<string>[]> {
  let found = byEntity.get(lexicon);
  if (!found) {
    found = new Map();
    for (const [alias, entity] of lexicon.aliases) {
      const list = found.get(entity) ?? [];
      list.push(new Set(alias.split(" ")));
      found.set(entity, list);
    }
    byEntity.set(lexicon, found);
  }
  return found;
}

/**
 * "Dmitriy Shugayev" is not written as any one alias, but "Dmitriy" is a word of Shugaev's names:
 * neighbouring words that belong to the same entity's names are part of the mention.
 */
function widen(
  m: Mention,
  stems: readonly string[],
  lexicon: Lexicon,
  used: Set<number>,
  filler: ReadonlySet<string>,
): void {
  const ours = (i: number) =>
    !used.has(i) &&
    !filler.has(stems[i] ?? "") &&
    (lexicon.nameWords.get(stems[i] ?? "")?.has(m.entity) ?? false);
  // "Who invented GRX-810" beside the alias "the invention": a relation's verb before a name is what
  // is asked of it, no word of the name.
  const verb = (i: number) =>
    lexicon.relationWords.get(stems[i] ?? "")?.some((w) => w.kind !== "noun") ?? false;
  while (m.start > 0 && ours(m.start - 1) && !verb(m.start - 1)) used.add(--m.start);
  // A title comes before a name: after it ("Бондарев генерал?"), it is said of the name.
  const leads = (i: number) => lexicon.leadingWords.get(stems[i] ?? "")?.has(m.entity) ?? false;
  while (m.end < stems.length && ours(m.end) && !leads(m.end)) used.add(m.end++);
}

/** The longest name starting at word i: an entity's alias, or else a name the article never mentions. */
function longestAt(
  i: number,
  stems: readonly string[],
  lexicon: Lexicon,
  outsideNames: ReadonlyMap<string, string>,
  filler: ReadonlySet<string>,
): { length: number; entity?: string; outside?: string } | undefined {
  // Only names that start with this word can match here, and none is longer than the longest of them.
  const longest = startsOf(lexicon.aliases, outsideNames).get(stems[i] ?? "") ?? 0;
  const most = Math.min(longest, stems.length - i);
  if (most < 1) return undefined;
  // The keys of every length, built up word by word rather than sliced and joined for each.
  const keys = [stems[i] ?? ""];
  for (let n = 2; n <= most; n++) keys.push(`${keys[n - 2]} ${stems[i + n - 1] ?? ""}`);
  for (let n = most; n >= 1; n--) {
    const key = keys[n - 1] ?? "";
    const entity = lexicon.aliases.get(key);
    if (entity !== undefined) return { length: n, entity };
    const other = outsideNames.get(key);
    if (other !== undefined && !filler.has(key)) return { length: n, outside: other };
  }
  return undefined;
}

/** For each alias and outside name: its first word → the most words of any name starting with it. */
const starts = new WeakMap<
  ReadonlyMap<string, string>,
  { aliases: ReadonlyMap<string, string>; index: Map<string, number> }
>();

function startsOf(
  aliases: ReadonlyMap<string, string>,
  outsideNames: ReadonlyMap<string, string>,
): ReadonlyMap<string, number> {
  // Built once per reader: its aliases and outside names are made together and never change.
  const cached = starts.get(outsideNames);
  if (cached?.aliases === aliases) return cached.index;
  const index = new Map<string, number>();
  for (const key of [...aliases.keys(), ...outsideNames.keys()]) {
    const words = key.split(" ");
    const first = words[0] ?? "";
    index.set(first, Math.max(index.get(first) ?? 0, words.length));
  }
  starts.set(outsideNames, { aliases, index });
  return index;
}
