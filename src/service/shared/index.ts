import type { Config } from "../../config.js";
import type { Logger } from "../../log.js";
import type { AnswerService } from "../answer-service.js";
import type { Cluster } from "../cluster.js";
import { autocompleteBudget, questionBudget, type RateLimiter } from "../rate-limiter.js";
import { startRedisCluster } from "./redis-cluster.js";
import { connectRedis } from "./redis-connection.js";
import { SharedRateLimiter } from "./redis-rate-limit.js";

/** What processes share through Redis: one rate-limit count per user and the reload broadcast. */
export interface SharedState {
  rateLimiter: RateLimiter;
  autocompleteLimiter: RateLimiter;
  cluster: Cluster;
  close(): Promise<void>;
}

export async function openSharedState(
  config: Pick<Config, "rateLimit"> & { redis: NonNullable<Config["redis"]> },
  options: { service: AnswerService; logger: Logger; replica: string; reloadTimeoutMs?: number },
): Promise<SharedState> {
  const link = connectRedis(config.redis.url, options.logger);
  const cluster = await startRedisCluster({
    link,
    service: options.service,
    logger: options.logger,
    keyPrefix: config.redis.keyPrefix,
    replica: options.replica,
    ...(options.reloadTimeoutMs ? { timeoutMs: options.reloadTimeoutMs } : {}),
  });
  const rateLimiter = new SharedRateLimiter(link, {
    limit: questionBudget(config.rateLimit.count),
    windowSeconds: config.rateLimit.windowSeconds,
    keyPrefix: config.redis.keyPrefix,
  });
  const autocompleteLimiter = new SharedRateLimiter(link, {
    limit: autocompleteBudget(config.rateLimit.count),
    windowSeconds: config.rateLimit.windowSeconds,
    keyPrefix: config.redis.keyPrefix,
    name: "autocomplete",
  });
  return {
    rateLimiter,
    autocompleteLimiter,
    cluster,
    async close() {
      await cluster.close?.();
      await link.close();
    },
  };
}
