import type { Analysis } from "./analyse.js";
import type { Item } from "./items.js";
import { SHORTLIST, WEIGHTS } from "./weights.js";

/**
 * A word index over the items: entity, relation and concept → the items that have it. It shortlists
 * the few items worth scoring in full, so a question costs little more at 10,000 facts than at 50.
 */
export interface FactIndex {
  shortlist(analysis: Analysis): number[];
  /** 1 for a concept every item has, up to 2 for one only a single item has. */
  rarity(concept: string): number;
  /** The items that name an entity, on any side, in knowledge order. */
  naming(entity: string): readonly number[];
  /** The items of a relation, in knowledge order. */
  stating(relation: string): readonly number[];
}

const NONE: readonly number[] = [];

export function buildFactIndex(items: readonly Item[]): FactIndex {
  // One table for each kind of key, keyed by the entity, relation or concept itself: no key is built
  // for each of the hundreds of thousands of postings, nor for each look-up while a question is read.
  const byEntity = new Map<string, number[]>();
  const byRelation = new Map<string, number[]>();
  const byConcept = new Map<string, number[]>();
  const post = (postings: Map<string, number[]>, key: string, i: number) => {
    const list = postings.get(key);
    if (list) list.push(i);
    else postings.set(key, [i]);
  };
  items.forEach((item, i) => {
    for (const id of new Set([...item.subject, ...item.object, ...item.mentions])) post(byEntity, id, i);
    post(byRelation, item.relation, i);
    for (const c of item.concepts) post(byConcept, c, i);
  });
  const logN = Math.log(Math.max(2, items.length));
  const rarity = (concept: string) => {
    const df = byConcept.get(concept)?.length ?? 0;
    return df === 0 ? 0 : 1 + Math.log(items.length / df) / logN;
  };
  // Reused between questions: the engine is synchronous, so one question at a time uses them.
  const scores = new Float64Array(items.length);
  const touched: number[] = [];
  // The last shortlist, by what it was drawn from: a reading copied with other unknown words or outside
  // names (a yes/no question read again without its stranger) shares these arrays and the shortlist.
  let last: { from: readonly unknown[]; list: readonly number[] } | undefined;

  return {
    rarity,
    naming: (entity) => byEntity.get(entity) ?? NONE,
    stating: (relation) => byRelation.get(relation) ?? NONE,
    shortlist(analysis) {
      const from = [analysis.mentions, analysis.cues, analysis.keywords];
      if (last?.from.every((a, k) => a === from[k])) return [...last.list];
      const list = drawShortlist(analysis);
      last = { from, list };
      return [...list];
    },
  };

  function drawShortlist(analysis: Analysis): number[] {
    // With a name in the question, the relation (which many items share) only ranks the items that
    // the name and the other words found; without a name, it finds candidates too.
    const named = analysis.mentions.length > 0;
    const add = (posting: readonly number[], weight: number, mayAdd: boolean) => {
      for (const i of posting) {
        if (scores[i] === 0) {
          if (!mayAdd) continue;
          touched.push(i);
        }
        scores[i] = (scores[i] ?? 0) + weight;
      }
    };
    try {
      for (const m of analysis.mentions) add(byEntity.get(m.entity) ?? NONE, WEIGHTS.entity, true);
      for (const relation of new Set(analysis.cues.map((c) => c.relation))) {
        add(byRelation.get(relation) ?? NONE, WEIGHTS.relation, !named);
      }
      // A rare word finds candidates even beside a name ("which Russian body manages military-technical
      // cooperation"); a common one only ranks, or it would bring in half the facts.
      // A relation word may be a fact's own keyword in another relation ("what gives X its strength").
      for (const k of new Set([...analysis.keywords, ...analysis.cues.flatMap((c) => c.concepts ?? [])])) {
        const posting = byConcept.get(k) ?? NONE;
        add(posting, WEIGHTS.keyword * rarity(k), !named || posting.length <= SHORTLIST);
      }
      return best(touched, scores, SHORTLIST);
    } finally {
      // The scratch arrays are shared by every question: leave them clean whatever happened.
      for (const i of touched) scores[i] = 0;
      touched.length = 0;
    }
  }
}

/**
 * The `count` best-scored items, best first and in knowledge order among equals. With many candidates a
 * typed-array sort finds the cut-off, and of the items at the cut-off (often thousands that share one
 * relation) only as many as are needed are taken, in knowledge order, without sorting them all.
 */
function best(candidates: readonly number[], scores: Float64Array, count: number): number[] {
  const byScore = (a: number, b: number) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b;
  if (candidates.length <= count) return [...candidates].sort(byScore);
  // A plain loop: Float64Array.from with a mapping function is many times slower.
  const values = new Float64Array(candidates.length);
  candidates.forEach((i, at) => {
    values[at] = scores[i] ?? 0;
  });
  values.sort();
  const cutoff = values[values.length - count] ?? 0;
  const above = candidates.filter((i) => (scores[i] ?? 0) > cutoff).sort(byScore);
  const at = Int32Array.from(candidates.filter((i) => scores[i] === cutoff)).sort();
  return [...above, ...at.subarray(0, count - above.length)];
}
