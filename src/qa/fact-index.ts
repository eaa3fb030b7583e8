import type { Analysis } from "./analyse.js";
import type { Item } from "./items.js";
import { SHORTLIST, WEIGHTS } from "./weights.js";

/**
 * A word index over the items: entity, relation and concept → the items that have it. It shortlists
 * the few items worth scoring in full, so a question costs the same at 50 facts as at 10,000.
 */
export interface FactIndex {
  shortlist(analysis: Analysis): number[];
  /** 1 for a concept every item has, up to 2 for one only a single item has. */
  rarity(concept: string): number;
}

export function buildFactIndex(items: readonly Item[]): FactIndex {
  const postings = new Map<string, number[]>();
  const post = (key: string, i: number) => {
    const list = postings.get(key);
    if (list) list.push(i);
    else postings.set(key, [i]);
  };
  items.forEach((item, i) => {
    for (const id of [...item.subject, ...item.object, ...item.mentions]) post(`e:${id}`, i);
    post(`r:${item.relation}`, i);
    for (const c of item.concepts) post(`k:${c}`, i);
  });
  const logN = Math.log(Math.max(2, items.length));
  const rarity = (concept: string) => {
    const df = postings.get(`k:${concept}`)?.length ?? 0;
    return df === 0 ? 0 : 1 + Math.log(items.length / df) / logN;
  };
  // Reused between questions: the engine is synchronous, so one question at a time uses it.
  const scores = new Float64Array(items.length);
  const touched: number[] = [];

  return {
    rarity,
    shortlist(analysis) {
      const add = (key: string, weight: number) => {
        for (const i of postings.get(key) ?? []) {
          if (scores[i] === 0) touched.push(i);
          scores[i] = (scores[i] ?? 0) + weight;
        }
      };
      for (const m of analysis.mentions) add(`e:${m.entity}`, WEIGHTS.entity);
      for (const relation of new Set(analysis.cues.map((c) => c.relation)))
        add(`r:${relation}`, WEIGHTS.relation);
      for (const k of new Set(analysis.keywords)) add(`k:${k}`, WEIGHTS.keyword * rarity(k));
      const ranked = touched.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b).slice(0, SHORTLIST);
      for (const i of touched) scores[i] = 0;
      touched.length = 0;
      return ranked;
    },
  };
}
