import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { AnswerService } from "../service/answer-service.js";
import { type Cluster, soloCluster } from "../service/cluster.js";
import { QuestionButtons } from "./question-buttons.js";
import { RateLimiter, type UserRateLimiter } from "./rate-limit.js";

/** What every handler needs, built once per process and shared by the gateway and the HTTP door. */
export interface BotContext {
  service: AnswerService;
  logger: Logger;
  rateLimiter: UserRateLimiter;
  questionButtons: QuestionButtons;
  moderatorRoleIds: readonly string[];
  /** The other processes serving the bot, if any: /reload reaches them all, /about says which this is. */
  cluster: Cluster;
}

export function createBotContext(
  service: AnswerService,
  config: Pick<Config, "moderatorRoleIds" | "rateLimit">,
  logger: Logger,
  shared: { rateLimiter?: UserRateLimiter; cluster?: Cluster } = {},
): BotContext {
  return {
    service,
    logger,
    rateLimiter:
      shared.rateLimiter ??
      new RateLimiter({
        limit: config.rateLimit.count,
        windowMs: config.rateLimit.windowSeconds * 1000,
      }),
    questionButtons: new QuestionButtons(),
    moderatorRoleIds: config.moderatorRoleIds,
    cluster: shared.cluster ?? soloCluster(service),
  };
}
