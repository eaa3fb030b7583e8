import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { AnswerService } from "../service/answer-service.js";
import { MemoryRateLimiter } from "../service/memory-rate-limiter.js";
import { AUTOCOMPLETE_PER_QUESTION, type RateLimiter } from "../service/rate-limiter.js";
import { QuestionButtons } from "./question-buttons.js";

/** What every handler needs, built once per bot. */
export interface BotContext {
  service: AnswerService;
  logger: Logger;
  /** The per-user budget every interaction and message spends from. */
  rateLimiter: RateLimiter;
  /** Autocomplete's own budget, so typing never spends the questions'. */
  autocompleteLimiter: RateLimiter;
  questionButtons: QuestionButtons;
  moderatorRoleIds: readonly string[];
}

export interface BotContextOptions {
  /** Budgets kept elsewhere (shared by several processes); in memory by default. */
  rateLimiter?: RateLimiter;
  autocompleteLimiter?: RateLimiter;
}

export function createBotContext(
  service: AnswerService,
  config: Pick<Config, "moderatorRoleIds" | "rateLimit">,
  logger: Logger,
  options: BotContextOptions = {},
): BotContext {
  const windowMs = config.rateLimit.windowSeconds * 1000;
  return {
    service,
    logger,
    rateLimiter: options.rateLimiter ?? new MemoryRateLimiter({ limit: config.rateLimit.count, windowMs }),
    autocompleteLimiter:
      options.autocompleteLimiter ??
      new MemoryRateLimiter({ limit: config.rateLimit.count * AUTOCOMPLETE_PER_QUESTION, windowMs }),
    questionButtons: new QuestionButtons(),
    moderatorRoleIds: config.moderatorRoleIds,
  };
}
