import type { Language } from "./lang/types.js";
import type { Analysis } from "./question.js";

/**
 * "The body charged with managing military-technical cooperation", "the man who chairs the
 * committee", "the country that gets communications systems": a definite noun of a kind of entity,
 * followed by words that describe it, can stand for one entity. Each place where such a description
 * may start, with the longest words it may take first.
 */
export interface DescriptionSpan {
  /** Where the description starts (its article) and the kind of entity it asks for. */
  start: number;
  type: string;
  /** Where the kind's word stands: right after the article, or after a figure ("the 2 officials"). */
  kindAt: number;
  /** Where its words after the kind start, past a relative word ("that", "who"). */
  from: number;
  /** The ends it may have, longest first (exclusive). */
  ends: number[];
}

export function descriptionSpans(
  q: Analysis,
  lang: Language,
  typeWords: ReadonlyMap<string, string>,
): DescriptionSpan[] {
  const named = new Set<number>();
  for (const m of q.mentions) for (let i = m.start; i < m.end; i++) named.add(i);
  const spans: DescriptionSpan[] = [];
  const { words } = q;
  // "The Russian body that manages ...": a name of one word between the article and the kind's word
  // qualifies the kind; the description then starts right before the kind's word, and the name is
  // left out. ("The first woman on the Moon" is no description of anyone the article names.)
  const single = new Set(q.mentions.filter((m) => m.end === m.start + 1).map((m) => m.start));
  for (let i = 0; i + 2 < words.length; i++) {
    const qualified =
      lang.modifierBeforeNoun === true &&
      lang.articles.has(words[i - 1] ?? "") &&
      single.has(i) &&
      !typeWords.has(words[i] ?? "");
    // "The 2 officials that ...": a figure between the article and the kind counts them.
    const counted = lang.articles.has(words[i] ?? "") && /^\d+$/.test(words[i + 1] ?? "");
    const kindAt = counted ? i + 2 : i + 1;
    const type = typeWords.get(words[kindAt] ?? "");
    if (!(lang.articles.has(words[i] ?? "") || qualified) || !type || named.has(kindAt)) continue;
    const relative = lang.relatives.has(words[kindAt + 1] ?? "");
    const from = relative ? kindAt + 2 : kindAt + 1;
    // "What paper did the general talk to": after a helping verb that opens the question, the verb
    // that follows the noun is the question's own, not words describing the noun.
    const before = words[i - 1] ?? "";
    const opened = lang.auxiliaries.has(before) && !lang.beForms.has(before);
    const verbNext =
      q.cues.some((c) => c.kind === "verb" && c.position === from && !c.passive) ||
      q.unknown.some((u) => u.action && u.at === from);
    if (opened && !relative && verbNext) continue;
    // A description says something of its own: at least one word that is no name of its own.
    const ends: number[] = [];
    for (let end = words.length; end > from; end--) {
      const last = words[end - 1] ?? "";
      if (lang.articles.has(last) || lang.slotBefore.has(last) || lang.auxiliaries.has(last)) continue;
      ends.push(end);
    }
    if (ends.length > 0) spans.push({ start: i, type, kindAt, from, ends });
  }
  return spans;
}
