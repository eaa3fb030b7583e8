import type { Answer, AnswerOptions } from "../qa/types.js";
import type { AnswerService, Conversation } from "./answer-service.js";
import { synonymStems } from "./question-groups.js";
import type { AskOrigin, QuestionLog } from "./question-log.js";

export interface LoggedAnswer {
  answer: Answer;
  /** The logged question's id, which feedback buttons carry; absent when the log is off. */
  questionId: string | undefined;
  /** How long the engine took. */
  latencyMs: number;
}

/**
 * The one path every transport's question takes: the engine answers, and the question log is told
 * (which only queues it, so the answer does not wait for the database).
 */
export function answerAndLog(
  service: AnswerService,
  log: QuestionLog | undefined,
  question: string,
  origin: AskOrigin,
  conversation?: Conversation,
  options?: AnswerOptions,
): LoggedAnswer {
  const started = performance.now();
  const answer = service.answer(question, conversation, options);
  const latencyMs = performance.now() - started;
  let questionId: string | undefined;
  try {
    questionId = log?.recordQuestion(origin, answer, latencyMs, synonymStems(service.knowledge.synonyms));
  } catch {
    // The log is best effort by design: a fault in it must never cost the answer.
    questionId = undefined;
  }
  return { answer, questionId, latencyMs };
}
