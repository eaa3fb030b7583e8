import type { Answer } from "../qa/types.js";
import { answerAndLog } from "../service/answering.js";
import type { QuestionTransport } from "../service/metrics.js";
import { COSTS } from "../service/rate-limiter.js";
import { spend } from "./budget.js";
import type { BotContext } from "./context.js";
import { withFeedbackButtons } from "./feedback.js";
import { QUESTION_MAX_LENGTH } from "./limits.js";
import { renderAnswer } from "./render/answer.js";
import type { OutgoingReply } from "./reply.js";

/** Where a question came from, for the logs and the metrics. */
export type QuestionOrigin = QuestionTransport;

/** Where a question was asked: the guild and channel, for the question log. */
export interface AskPlace {
  guildId?: string | null;
  channelId?: string | null;
  /** A DM or a thread: follow-ups there are read against the user's previous question there. */
  conversation?: string | undefined;
}

export type AskOutcome =
  | { kind: "answer"; reply: OutgoingReply; answer: Answer }
  | { kind: "empty"; reply: OutgoingReply }
  | { kind: "rate-limited"; reply: OutgoingReply; firstRefusal: boolean };

/**
 * Everything a question goes through before it is sent, whatever the transport: the rate limit,
 * the engine, the rendering. Only the rate limit may wait (a shared limiter asks Redis); the engine
 * and the rendering are synchronous, so interactions are still answered well within Discord's 3 s.
 */
export async function ask(
  ctx: BotContext,
  userId: string,
  rawQuestion: string,
  origin: QuestionOrigin,
  place: AskPlace = {},
): Promise<AskOutcome> {
  // Spent before anything else: an empty question costs a reply too, and must not bypass the limit.
  const refused = await spend(ctx, userId, COSTS.question, origin);
  if (refused) {
    ctx.metrics.question(origin, "rate_limited");
    return { kind: "rate-limited", ...refused };
  }
  return answerQuestion(ctx, userId, rawQuestion, origin, place);
}

/** The engine and the rendering, once the question has been paid for. */
export function answerQuestion(
  ctx: BotContext,
  userId: string,
  rawQuestion: string,
  origin: QuestionOrigin,
  place: AskPlace = {},
): AskOutcome {
  const question = rawQuestion.trim().slice(0, QUESTION_MAX_LENGTH);
  if (!question) {
    ctx.metrics.question(origin, "empty");
    return { kind: "empty", reply: { content: helpText(ctx) } };
  }

  const conversation = place.conversation ? { person: userId, place: place.conversation } : undefined;
  const { answer, questionId, latencyMs } = answerAndLog(
    ctx.service,
    ctx.questionLog,
    question,
    { transport: origin, userId, guildId: place.guildId ?? null, channelId: place.channelId ?? null },
    conversation,
  );
  ctx.metrics.question(origin, answer.answered ? "answered" : "unanswered", latencyMs / 1000);
  ctx.logger.info(
    {
      userId,
      origin,
      question,
      answered: answer.answered,
      facts: answer.facts,
      confidence: answer.confidence,
    },
    "question answered",
  );
  return {
    kind: "answer",
    answer,
    reply: withFeedbackButtons(
      renderAnswer(answer, ctx.service.knowledge.article, ctx.questionButtons),
      questionId,
    ),
  };
}

/** What to say to an empty question: how to ask, with an example or two. */
export function helpText(ctx: BotContext): string {
  const examples = ctx.service.suggest("", 2);
  const lines = [
    `Ask me a question about the article “${ctx.service.knowledge.article.title}”: use /ask, send me a direct message, or mention me.`,
  ];
  if (examples.length > 0) lines.push(`For example: ${examples.map((e) => `“${e}”`).join(" or ")}`);
  lines.push("/topics lists what I know.");
  return lines.join("\n");
}
