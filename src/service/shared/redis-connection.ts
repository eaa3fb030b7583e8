// The Redis connections one process shares between its rate limiter and its reload broadcast. Redis
// is a help, never a requirement: the process starts and keeps answering without it, says once that
// it is gone and once that it is back, and ioredis keeps trying to reconnect in between.
import { Redis } from "ioredis";
import type { Logger } from "../../log.js";

export interface RedisLink {
  /** Commands; fails at once while Redis is away (no queue), so callers fall back instead of waiting. */
  commands: Redis;
  /** Subscriptions; resubscribes by itself after a reconnection. */
  subscriber: Redis;
  /** Whether the command connection is up right now. */
  readonly up: boolean;
  /** Resolves once the command connection is up, or after `timeoutMs` either way. */
  whenUp(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export function connectRedis(url: string, logger: Logger): RedisLink {
  const options = {
    connectTimeout: 2000,
    maxRetriesPerRequest: 1,
    // Quick to notice the return of Redis, never hammering it: 100 ms, 200 ms… at most 2 s apart.
    retryStrategy: (times: number) => Math.min(times * 100, 2000),
  };
  const commands = new Redis(url, { ...options, enableOfflineQueue: false });
  const subscriber = new Redis(url, { ...options, enableOfflineQueue: true });

  let up = false;
  let everUp = false;
  let warned = false;
  const where = redactedUrl(url);
  commands.on("ready", () => {
    up = true;
    if (warned) logger.info({ redis: where }, "Redis is back: rate limits and reloads are shared again");
    else if (!everUp) logger.info({ redis: where }, "connected to Redis: rate limits and reloads are shared");
    everUp = true;
    warned = false;
  });
  const down = (error?: unknown) => {
    up = false;
    if (warned) return;
    warned = true;
    logger.warn(
      { redis: where, err: error },
      "Redis is unreachable: rate limits are counted in this process alone, and a reload reaches only this process, until it returns",
    );
  };
  commands.on("error", (error) => down(error));
  commands.on("close", () => down());
  // The subscriber reports nothing of its own: the command connection speaks for both.
  subscriber.on("error", () => {});

  return {
    commands,
    subscriber,
    get up() {
      return up;
    },
    whenUp(timeoutMs) {
      if (up) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          commands.off("ready", done);
          resolve(up);
        };
        const timer = setTimeout(done, timeoutMs);
        commands.once("ready", done);
      });
    },
    async close() {
      await Promise.allSettled([commands.quit(), subscriber.quit()]);
      commands.disconnect();
      subscriber.disconnect();
    },
  };
}

/** The URL without its password, for logs. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "redacted";
    return parsed.toString();
  } catch {
    return "redis";
  }
}
