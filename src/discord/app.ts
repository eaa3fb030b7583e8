// One process of the bot, whatever its part: the gateway (alone or as one shard), the HTTP
// interactions endpoint, or both, over one answer service and one set of handlers. With Redis, its
// rate limits and reloads are shared with every other process of the bot.
import type { Client } from "discord.js";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { AnswerService } from "../service/answer-service.js";
import { type Cluster, defaultReplicaName, soloCluster } from "../service/cluster.js";
import type { Metrics } from "../service/metrics.js";
import { questionLogFromConfig } from "../service/question-log-setup.js";
import type { SharedState } from "../service/shared/index.js";
import { openConfiguredService, type RunningBot, startBot } from "./bot.js";
import { loadCommands } from "./commands/index.js";
import { createBotContext } from "./context.js";
import { type InteractionsEndpoint, startHttpInteractions } from "./http/index.js";
import { exposeReload, isShardProcess, shardCluster, shardName } from "./sharding/index.js";

/** How long the question log may take to write its queue at shutdown. */
const LOG_FLUSH_MS = 3000;

export interface RunningApp {
  service: AnswerService;
  /** The gateway connection, unless INTERACTIONS=http. */
  gateway: RunningBot | undefined;
  /** The interactions endpoint, unless INTERACTIONS=gateway. */
  endpoint: InteractionsEndpoint | undefined;
  /** Closes the endpoint, the gateway and Redis; `signal` aborts when the shutdown deadline passes. */
  stop(signal?: AbortSignal): Promise<void>;
}

export interface AppOptions {
  logger: Logger;
  service?: AnswerService;
  /** Tests shorten how long a broadcast reload waits for the other processes. */
  reloadTimeoutMs?: number;
  /** Where questions are counted; nowhere by default. */
  metrics?: Metrics;
}

export async function startApp(config: Config, options: AppOptions): Promise<RunningApp> {
  const { logger } = options;
  const service = options.service ?? (await openConfiguredService(config, logger));
  const sharded = isShardProcess();
  const replica =
    config.replicaName ??
    (sharded ? `shard ${process.env.SHARDS} (${defaultReplicaName()})` : defaultReplicaName());

  let shared: SharedState | undefined;
  let gateway: RunningBot | undefined;
  let endpoint: InteractionsEndpoint | undefined;
  // One question log for both doors. A database newer than the code stops start-up here; one that
  // is merely down does not.
  const questionLog = questionLogFromConfig(config, logger);
  const stop = async (signal?: AbortSignal) => {
    await Promise.allSettled([gateway?.stop(signal), endpoint?.stop(signal)]);
    // What the log still holds gets a few seconds; a database that is away does not hold up the exit.
    await questionLog.close(LOG_FLUSH_MS, signal);
    await shared?.close();
  };

  try {
    await questionLog.start();
    if (config.redis) {
      // Loaded only here: a bot without Redis never pays for its client.
      const { openSharedState } = await import("../service/shared/index.js");
      shared = await openSharedState(
        { rateLimit: config.rateLimit, redis: config.redis },
        {
          service,
          logger,
          replica,
          ...(options.reloadTimeoutMs ? { reloadTimeoutMs: options.reloadTimeoutMs } : {}),
        },
      );
    }
    let client: Client | undefined;
    const cluster: Cluster =
      shared?.cluster ?? (sharded ? shardCluster(() => client, service) : soloCluster(service, replica));
    const ctx = createBotContext(service, config, logger, {
      ...(shared ? { rateLimiter: shared.rateLimiter, autocompleteLimiter: shared.autocompleteLimiter } : {}),
      cluster,
      questionLog,
      ...(options.metrics ? { metrics: options.metrics } : {}),
    });
    const commands = loadCommands();

    if (config.interactions !== "http") {
      gateway = await startBot(config, { logger, service, context: ctx, commands });
      client = gateway.client;
      if (sharded) {
        exposeReload(client, service);
        logger.info({ shard: shardName(client), shardCount: client.shard?.count }, "shard serving");
      }
    }
    if (config.interactions !== "gateway") {
      endpoint = await startHttpInteractions(config, ctx, commands, logger);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { service, gateway, endpoint, stop };
}
