// SHARD_COUNT: one gateway shard per process, under discord.js's ShardingManager. The manager process
// holds no gateway connection and answers nothing itself: it spawns the shards (this same entry file,
// with the same node options, so a compiled build spawns compiled shards), respawns one that dies, and
// stops them all on SIGINT/SIGTERM.
import { REST, Routes, ShardingManager } from "discord.js";
import type { Config } from "../../config.js";
import type { Logger } from "../../log.js";

/** Discord allows `max_concurrency` IDENTIFYs every 5 s; shards are spawned no faster. */
const IDENTIFY_WINDOW_MS = 5000;

export interface RunningManager {
  manager: ShardingManager;
  stop(): Promise<void>;
}

/** Whether this process is a shard spawned by a ShardingManager (discord.js sets these variables). */
export function isShardProcess(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SHARDING_MANAGER === "true" && env.SHARDS !== undefined;
}

interface GatewayBot {
  shards: number;
  session_start_limit?: { max_concurrency?: number };
}

export async function startShardingManager(
  config: Pick<Config, "token" | "apiUrl" | "shardCount">,
  options: { entryFile: string; logger: Logger; spawnTimeoutMs?: number },
): Promise<RunningManager> {
  const { logger } = options;
  if (!config.token) throw new Error("DISCORD_TOKEN is not set");
  // Asked of the configured REST base (discord.js's own helper would always ask discord.com).
  const rest = new REST({ version: "10", ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(
    config.token,
  );
  const gateway = (await rest.get(Routes.gatewayBot())) as GatewayBot;
  const totalShards = config.shardCount === "auto" ? Math.max(1, gateway.shards) : (config.shardCount ?? 1);
  const concurrency = Math.max(1, gateway.session_start_limit?.max_concurrency ?? 1);
  const delay = Math.ceil(IDENTIFY_WINDOW_MS / concurrency);

  const manager = new ShardingManager(options.entryFile, {
    token: config.token,
    totalShards,
    mode: "process",
    respawn: true,
    execArgv: process.execArgv,
  });
  manager.on("shardCreate", (shard) => {
    logger.info({ shardId: shard.id, totalShards }, "shard process spawned");
    shard.on("death", (child) => {
      const exitCode = "exitCode" in child ? child.exitCode : undefined;
      logger.warn({ shardId: shard.id, exitCode }, "shard process died; respawning it");
    });
    shard.on("ready", () => logger.info({ shardId: shard.id, pid: shard.process?.pid }, "shard ready"));
  });
  logger.info(
    { totalShards, asked: config.shardCount, recommended: gateway.shards, spawnDelayMs: delay },
    "starting shards",
  );
  await manager.spawn({ amount: totalShards, delay, timeout: options.spawnTimeoutMs ?? 60_000 });

  let stopped = false;
  return {
    manager,
    async stop() {
      if (stopped) return;
      stopped = true;
      const exits = [...manager.shards.values()].map((shard) => {
        const child = shard.process;
        if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
        const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
        // kill() detaches the respawn first, then sends SIGTERM: each shard shuts down cleanly.
        shard.kill();
        return exited;
      });
      await Promise.all(exits);
      logger.info("all shards stopped");
    },
  };
}
