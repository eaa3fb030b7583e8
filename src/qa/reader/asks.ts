import { normaliseText } from "../../text/normalise.js";
import type { Analysis } from "../analyse.js";
import type { Language } from "../lang/types.js";

/** "How far can ...", "how long is ...": "how", a word, then a helping verb asks a measure of that word. */
export function asksMeasure(q: Analysis, lang: Language): boolean {
  const how = q.words.findIndex((w) => lang.whAsks[w] === "how");
  return (
    how >= 0 &&
    !lang.quantityWords.has(q.words[how + 1] ?? "") &&
    lang.auxiliaries.has(q.words[how + 2] ?? "") &&
    q.wanted.some((w) => w.at === how + 1 && w.strict)
  );
}

/**
 * "How much is ...", "how much money ...": an amount asked, not "how much longer", and no word of
 * time in the question.
 */
export function asksAmount(q: Analysis, lang: Language): boolean {
  const amount = lang.amountWords;
  const how = q.words.findIndex((w) => lang.whAsks[w] === "how");
  if (!amount || how < 0 || !amount.has(q.words[how + 1] ?? "")) return false;
  const next = q.words[how + 2] ?? "";
  if (!lang.auxiliaries.has(next) && !lang.measureWords.has(next)) return false;
  return !q.words.some((w) => lang.timeWords.has(w) || lang.durationUnits?.has(w));
}

/** "An initial 20 years, with two 20-year options": a figure of time units and no money. */
export function isDuration(quantity: string, lang: Language): boolean {
  const units = lang.durationUnits;
  if (!units || /[$€£¥₽]/u.test(quantity)) return false;
  const words = normaliseText(quantity).split(/[\s-]+/);
  return words.some((w) => units.has(w)) && !words.some((w) => lang.measureWords.has(w));
}

/** "On one charge", "in the cold": the word is what a preposition (past articles and numbers) governs. */
export function afterPreposition(words: readonly string[], at: number, lang: Language): boolean {
  let p = at - 1;
  const small = (w: string) =>
    lang.articles.has(w) || lang.oneWords.has(w) || lang.numbers?.[w] !== undefined;
  while (p >= 0 && small(words[p] ?? "")) p--;
  return p >= 0 && lang.slotBefore.has(words[p] ?? "");
}

/** One question per compared name: the names of the kind compared most, each with every other name. */
export function comparedNames(q: Analysis, types: ReadonlyMap<string, string>): Analysis[] {
  const byType = new Map<string, typeof q.mentions>();
  for (const m of q.mentions)
    byType.set(types.get(m.entity) ?? "", [...(byType.get(types.get(m.entity) ?? "") ?? []), m]);
  const group = [...byType.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  if (group.length < 2) return [];
  return group.map((m) => ({
    ...q,
    mentions: q.mentions.filter((other) => other === m || !group.includes(other)),
  }));
}

/** A wh-question whose only words besides its names are words no fact uses: those are what it asks. */
export function asksOnlyUnknown(q: Analysis): boolean {
  const wh = q.asked === "who" || q.asked === "what" || q.asked === "which" || q.asked === "how";
  return (
    wh &&
    q.mentions.length > 0 &&
    q.cues.length === 0 &&
    q.keywords.length === 0 &&
    q.unknown.length > 0 &&
    !q.compare &&
    !q.describe &&
    !q.overview
  );
}
