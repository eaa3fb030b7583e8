import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { RateDecision, RateLimiter } from "../rate-limiter.js";
import type { RedisLink } from "./redis-connection.js";

export interface SharedRateLimitOptions {
  /** Units per window; 0 turns the limit off. */
  limit: number;
  windowSeconds: number;
  keyPrefix: string;
  /** Which budget this is ("rate", "autocomplete"), so that two budgets never share a key. */
  name?: string;
  /** Users remembered for "say it only once"; bounded so memory stays flat. */
  maxRefusedKeys?: number;
}

/**
 * A per-user budget counted in Redis, so every process sees the same count: a user over the limit on
 * one replica is over it on all of them. While Redis is away, an in-memory limiter of the same budget
 * (rate-limiter-flexible's insurance limiter) decides instead, in each process on its own.
 */
export class SharedRateLimiter implements RateLimiter {
  readonly #limiter: RateLimiterRedis | undefined;
  /** Users told to slow down since their last accepted question, least recent first. */
  readonly #refused = new Map<string, true>();
  readonly #maxRefused: number;

  constructor(link: RedisLink, options: SharedRateLimitOptions) {
    this.#maxRefused = options.maxRefusedKeys ?? 10_000;
    if (options.limit <= 0) return;
    this.#limiter = new RateLimiterRedis({
      storeClient: link.commands,
      keyPrefix: `${options.keyPrefix}${options.name ?? "rate"}`,
      points: options.limit,
      duration: options.windowSeconds,
      // Straight to the insurance limiter while the connection is down, rather than after a timeout.
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ points: options.limit, duration: options.windowSeconds }),
    });
  }

  async take(key: string, cost: number): Promise<RateDecision> {
    if (!this.#limiter) return { ok: true };
    try {
      await this.#limiter.consume(key, cost);
      this.#refused.delete(key);
      return { ok: true };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const firstRefusal = !this.#refused.has(key);
      this.#refused.delete(key);
      this.#refused.set(key, true);
      if (this.#refused.size > this.#maxRefused)
        this.#refused.delete(this.#refused.keys().next().value as string);
      return { ok: false, retryAfterMs: Math.max(1, rejection.msBeforeNext), firstRefusal };
    }
  }
}
