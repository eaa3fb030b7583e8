import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { AnswerService } from "../service/answer-service.js";
import { type Cluster, soloCluster } from "../service/cluster.js";
import { createQuestionLog, type QuestionLog } from "../service/question-log.js";
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
  /** Where questions and votes are logged (a log that keeps nothing when QUESTION_LOG=off). */
  questionLog: QuestionLog;
}

export function createBotContext(
  service: AnswerService,
  config: Pick<Config, "moderatorRoleIds" | "rateLimit">,
  logger: Logger,
  shared: { rateLimiter?: UserRateLimiter; cluster?: Cluster; questionLog?: QuestionLog } = {},
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
    questionLog: shared.questionLog ?? createQuestionLog({ mode: "off", days: 1, logger, open: notOpened }),
  };
}

const notOpened = () => Promise.reject(new Error("the question log is off"));
