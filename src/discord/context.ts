import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { AnswerService } from "../service/answer-service.js";
import { createQuestionLog, type QuestionLog } from "../service/question-log.js";
import { QuestionButtons } from "./question-buttons.js";
import { RateLimiter } from "./rate-limit.js";

/** What every handler needs, built once per bot. */
export interface BotContext {
  service: AnswerService;
  logger: Logger;
  rateLimiter: RateLimiter;
  questionButtons: QuestionButtons;
  moderatorRoleIds: readonly string[];
  /** Where questions and votes are logged (a log that keeps nothing when QUESTION_LOG=off). */
  questionLog: QuestionLog;
}

export function createBotContext(
  service: AnswerService,
  config: Pick<Config, "moderatorRoleIds" | "rateLimit">,
  logger: Logger,
  questionLog?: QuestionLog,
): BotContext {
  return {
    service,
    logger,
    rateLimiter: new RateLimiter({
      limit: config.rateLimit.count,
      windowMs: config.rateLimit.windowSeconds * 1000,
    }),
    questionButtons: new QuestionButtons(),
    moderatorRoleIds: config.moderatorRoleIds,
    questionLog: questionLog ?? createQuestionLog({ mode: "off", days: 1, logger, open: notOpened }),
  };
}

const notOpened = () => Promise.reject(new Error("the question log is off"));
