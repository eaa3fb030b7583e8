import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { AnswerService } from "../service/answer-service.js";
import { type Cluster, soloCluster } from "../service/cluster.js";
import { MemoryRateLimiter } from "../service/memory-rate-limiter.js";
import { type Metrics, NO_METRICS } from "../service/metrics.js";
import { createQuestionLog, type QuestionLog } from "../service/question-log.js";
import { autocompleteBudget, questionBudget, type RateLimiter } from "../service/rate-limiter.js";
import { type ModeratorRule, OwnerDirectory } from "./moderation.js";
import { QuestionButtons } from "./question-buttons.js";

/** What every handler needs, built once per process and shared by the gateway and the HTTP door. */
export interface BotContext {
  service: AnswerService;
  logger: Logger;
  /** The per-user budget every interaction and message spends from. */
  rateLimiter: RateLimiter;
  /** Autocomplete's own budget, so typing never spends the questions'. */
  autocompleteLimiter: RateLimiter;
  questionButtons: QuestionButtons;
  moderatorRoleIds: readonly string[];
  /** Who may run moderator commands, and where. */
  moderators: ModeratorRule;
  /** The other processes serving the bot, if any: /reload reaches them all, /about says which this is. */
  cluster: Cluster;
  /** Where questions and votes are logged (a log that keeps nothing when QUESTION_LOG=off). */
  questionLog: QuestionLog;
  /** Counts questions and how they ended; does nothing unless METRICS_PORT is set. */
  metrics: Metrics;
}

export interface BotContextOptions {
  /** Budgets kept elsewhere (shared by several processes); in memory by default. */
  rateLimiter?: RateLimiter;
  autocompleteLimiter?: RateLimiter;
  cluster?: Cluster;
  /** The process's question log; one that keeps nothing by default. */
  questionLog?: QuestionLog;
  /** The application's owners; fetched over REST with the bot's token by default. */
  owners?: OwnerDirectory;
  /** Where questions are counted; nowhere by default. */
  metrics?: Metrics;
}

export function createBotContext(
  service: AnswerService,
  config: Pick<Config, "moderatorRoleIds" | "adminGuildIds" | "rateLimit" | "token" | "apiUrl">,
  logger: Logger,
  options: BotContextOptions = {},
): BotContext {
  const windowMs = config.rateLimit.windowSeconds * 1000;
  return {
    service,
    logger,
    rateLimiter:
      options.rateLimiter ??
      new MemoryRateLimiter({ limit: questionBudget(config.rateLimit.count), windowMs }),
    autocompleteLimiter:
      options.autocompleteLimiter ??
      new MemoryRateLimiter({ limit: autocompleteBudget(config.rateLimit.count), windowMs }),
    questionButtons: new QuestionButtons(),
    moderatorRoleIds: config.moderatorRoleIds,
    moderators: {
      adminGuildIds: config.adminGuildIds,
      moderatorRoleIds: config.moderatorRoleIds,
      owners: options.owners ?? OwnerDirectory.overRest(config.token, config.apiUrl, logger),
    },
    cluster: options.cluster ?? soloCluster(service),
    questionLog: options.questionLog ?? createQuestionLog({ mode: "off", days: 1, logger, open: notOpened }),
    metrics: options.metrics ?? NO_METRICS,
  };
}

const notOpened = () => Promise.reject(new Error("the question log is off"));
