import type { Analysis } from "../analyse.js";
import { composeRefusal, type RefusalReason } from "../compose.js";
import type { Answer } from "../types.js";
import { SUGGESTIONS } from "../weights.js";
import type { ReaderContext } from "./context.js";

export function withSuggestions(
  ctx: ReaderContext,
  answer: Omit<Answer, "suggestions">,
  q: Analysis | undefined,
): Answer {
  const { byId, suggester } = ctx;
  // What the question named weighs most; the answer's other names widen the choice.
  const entities = new Map<string, number>();
  for (const id of answer.facts) {
    const item = byId.get(id);
    if (!item) continue;
    for (const e of item.subject) entities.set(e, 1);
    for (const e of item.object) entities.set(e, 1);
  }
  for (const m of q?.mentions ?? []) entities.set(m.entity, 3);
  const relations = new Set(q?.cues.map((c) => c.relation) ?? []);
  return {
    ...answer,
    suggestions: suggester.related(entities, relations, new Set(answer.facts), SUGGESTIONS),
  };
}

export function refuse(ctx: ReaderContext, question: string, q: Analysis | undefined, reason: RefusalReason) {
  const { lang, topic } = ctx;
  return withSuggestions(ctx, composeRefusal(question, q, reason, topic, lang), q);
}
