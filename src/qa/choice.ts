import type { Language } from "./lang/types.js";
import type { Analysis, Mention } from "./question.js";

/**
 * "Was it Bondarev or Shugaev who mentioned armored vehicles?", "does Kazakhstan or Kyrgyzstan get
 * the missiles?": two or more names of one kind joined by "or" offer a choice. Each alternative is
 * the question asked about that name alone; the answer names the one the facts bear out.
 */
export function alternatives(q: Analysis, types: ReadonlyMap<string, string>, lang: Language): Analysis[] {
  const sorted = [...q.mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const group: Mention[] = [sorted[i] as Mention];
    let offered = false;
    for (let j = i + 1; j < sorted.length; j++) {
      const previous = group.at(-1) as Mention;
      const next = sorted[j] as Mention;
      const between = q.words.slice(previous.end, next.start);
      const joined = between.length > 0 && between.every((w) => lang.joiners.has(w));
      if (!joined || types.get(next.entity) !== types.get(previous.entity)) break;
      offered ||= between.some((w) => lang.alternatives.has(w));
      group.push(next);
    }
    if (group.length > 1 && offered) {
      return group.map((chosen) => ({
        ...q,
        mentions: q.mentions
          .filter((m) => m === chosen || !group.includes(m))
          // "Who spoke, A or B": the offered names may stand for the wh-word, on either side.
          .map((m) => (m === chosen ? { ...m, role: "any" as const } : m)),
      }));
    }
  }
  return [];
}

/**
 * "Do Armenia and Belarus get spare parts?", "армения и белоруссия получают запчасти?": names of one
 * kind joined by "and" are each asked about; each is the question about that name alone, the others
 * of the group left out. None when no such names stand together.
 */
export function conjoined(q: Analysis, types: ReadonlyMap<string, string>, lang: Language): Analysis[] {
  const sorted = [...q.mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const group: Mention[] = [sorted[i] as Mention];
    for (let j = i + 1; j < sorted.length; j++) {
      const previous = group.at(-1) as Mention;
      const next = sorted[j] as Mention;
      const between = q.words.slice(previous.end, next.start);
      const joined =
        between.length > 0 &&
        between.every((w) => lang.joiners.has(w) && !lang.alternatives.has(w)) &&
        types.get(next.entity) === types.get(previous.entity);
      if (!joined) break;
      group.push(next);
    }
    if (group.length > 1)
      return group.map((one) => ({
        ...q,
        mentions: q.mentions.filter((m) => m === one || !group.includes(m)),
      }));
  }
  return [];
}
