import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { AnswerService } from "../service/answer-service.js";
import { QuestionButtons } from "./question-buttons.js";
import { RateLimiter } from "./rate-limit.js";

/** What every handler needs, built once per bot. */
export interface BotContext {
  service: AnswerService;
  logger: Logger;
  rateLimiter: RateLimiter;
  questionButtons: QuestionButtons;
  moderatorRoleIds: readonly string[];
}

export function createBotContext(
  service: AnswerService,
  config: Pick<Config, "moderatorRoleIds" | "rateLimit">,
  logger: Logger,
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
  };
}
