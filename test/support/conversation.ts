import type { Answer, Engine, Turn } from "../../src/qa/types.js";

/** Asks each question as a follow-up of the one before it, as one conversation; returns every answer. */
export function converseAll(engine: Engine, ...questions: string[]): Answer[] {
  let turn: Turn | undefined;
  return questions.map((q) => {
    const next = engine.converse(q, turn);
    turn = next.turn;
    return next.answer;
  });
}
