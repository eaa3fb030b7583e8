import Fuse from "fuse.js";
import { foldInput, normaliseText } from "../text/normalise.js";
import type { FactIndex } from "./fact-index.js";
import type { Item } from "./items.js";
import { MAX_TYPED_WORD_CHARS, MAX_TYPED_WORDS, MAX_TYPED_WORDS_CHARS, RELATION_SAMPLE } from "./weights.js";

/** Autocomplete: the questions the knowledge can answer, ranked by a fuzzy match on what is typed. */
export interface Suggester {
  suggest(partial: string, limit: number): string[];
  /** Questions about these entities (each with its weight) or relations, best first, for "did you mean" and "related". */
  related(
    entities: ReadonlyMap<string, number>,
    relations: ReadonlySet<string>,
    exclude: ReadonlySet<string>,
    limit: number,
  ): string[];
}

/**
 * What is typed is read up to this many folded characters: a choice is at most 100 characters, so
 * more says nothing about which one is meant, and fuzzy matching costs grow with the pattern.
 */
export const MAX_TYPED_CHARS = 100;

export function buildSuggester(items: readonly Item[], index: FactIndex): Suggester {
  // Facts first, then descriptions: the default list leads with what the article is about.
  const questions = [...new Set(items.map((i) => i.question))];
  // Only what is typed into the box is matched against it, never a question asked: the fuzzy index is
  // made when first typed into, not with the engine, whose build at 10,000 facts it slowed.
  let fuse: Fuse<{ text: string; folded: string }> | undefined;
  const fuzzy = () =>
    (fuse ??= new Fuse(
      questions.map((text) => ({ text, folded: normaliseText(text) })),
      { keys: ["folded"], ignoreLocation: true, threshold: 0.4, includeScore: true, useTokenSearch: true },
    ));

  return {
    suggest(partial, limit) {
      const words: string[] = [];
      let budget = MAX_TYPED_WORDS_CHARS;
      for (const word of foldInput(partial, MAX_TYPED_CHARS).split(" ").slice(0, MAX_TYPED_WORDS)) {
        if (budget <= 0) break;
        const kept = word.slice(0, Math.min(MAX_TYPED_WORD_CHARS, budget));
        words.push(kept);
        budget -= kept.length;
      }
      const typed = words.join(" ");
      if (typed === "") return questions.slice(0, limit);
      return fuzzy()
        .search(typed, { limit })
        .map((r) => r.item.text);
    },
    related(entities, relations, exclude, limit) {
      // Only items that name one of the entities (or, failing those, state the relation) are looked at.
      const candidates = new Set<number>();
      for (const id of entities.keys()) for (const i of index.naming(id)) candidates.add(i);
      if (candidates.size === 0) {
        for (const r of relations)
          for (const i of index.stating(r).slice(0, RELATION_SAMPLE)) candidates.add(i);
      }
      // Every answer asks this, so each candidate is scored without building arrays of its names.
      const ranked: { item: Item; order: number; score: number }[] = [];
      for (const order of candidates) {
        const item = items[order];
        if (!item || exclude.has(item.id)) continue;
        let score = relations.has(item.relation) ? 1 : 0;
        for (const id of item.subject) score += entities.get(id) ?? 0;
        for (const id of item.object) score += entities.get(id) ?? 0;
        for (const id of item.mentions) score += entities.get(id) ?? 0;
        ranked.push({ item, order, score });
      }
      ranked.sort((a, b) => b.score - a.score || a.order - b.order);
      const out: string[] = [];
      for (const r of ranked) {
        if (out.length >= limit) break;
        if (!out.includes(r.item.question)) out.push(r.item.question);
      }
      for (const q of questions) {
        if (out.length >= limit) break;
        if (!out.includes(q)) out.push(q);
      }
      return out;
    },
  };
}
