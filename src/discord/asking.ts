import { articleIn, type Locale, messages, toLocale } from "../i18n/index.js";
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
  /** The language to reply in when the question does not tell (the interaction's locale). */
  fallback?: Locale,
): Promise<AskOutcome> {
  // Spent before anything else: an empty question costs a reply too, and must not bypass the limit.
  const locale = replyLocale(ctx, rawQuestion, fallback);
  const refused = await spend(ctx, userId, COSTS.question, origin, locale);
  if (refused) {
    ctx.metrics.question(origin, "rate_limited");
    return { kind: "rate-limited", ...refused };
  }
  return answerQuestion(ctx, userId, rawQuestion, origin, place, fallback);
}

/**
 * The language to reply in: the question's own, and where the question does not tell (an empty one,
 * a bare number), the interaction's locale, else English.
 */
export function replyLocale(ctx: BotContext, question: string, fallback?: Locale): Locale {
  return toLocale(ctx.service.languageOf(question.slice(0, QUESTION_MAX_LENGTH), fallback));
}

/** The engine and the rendering, once the question has been paid for. */
export function answerQuestion(
  ctx: BotContext,
  userId: string,
  rawQuestion: string,
  origin: QuestionOrigin,
  place: AskPlace = {},
  /** The language to reply in when the question does not tell (the interaction's locale). */
  fallback?: Locale,
): AskOutcome {
  const question = rawQuestion.trim().slice(0, QUESTION_MAX_LENGTH);
  if (!question) {
    ctx.metrics.question(origin, "empty");
    return { kind: "empty", reply: { content: helpText(ctx, fallback ?? "en") } };
  }

  const conversation = place.conversation ? { person: userId, place: place.conversation } : undefined;
  const { answer, questionId, latencyMs } = answerAndLog(
    ctx.service,
    ctx.questionLog,
    question,
    { transport: origin, userId, guildId: place.guildId ?? null, channelId: place.channelId ?? null },
    conversation,
    { fallback },
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
      language: answer.language,
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
export function helpText(ctx: BotContext, locale: Locale = "en"): string {
  const examples = ctx.service.suggest("", 2, locale);
  const { title } = articleIn(ctx.service.knowledge.article, locale);
  return messages(locale).bot.help(title, examples);
}
