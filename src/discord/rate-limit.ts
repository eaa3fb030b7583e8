/**
 * Whether an action may go ahead; when not, how long until it may, and whether this is the first
 * refusal since the user's last accepted action (so a transport can say "slow down" only once).
 */
export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number; firstRefusal: boolean };

/**
 * What the transports ask before answering a user. The in-memory limiter decides at once; a shared
 * one (Redis, across processes) may need a round trip, hence the promise.
 */
export interface UserRateLimiter {
  take(key: string): RateDecision | Promise<RateDecision>;
  /** Releases what the limiter holds (connections, timers); the in-memory one holds nothing. */
  close?(): Promise<void>;
}

export interface RateLimiterOptions {
  /** 0 turns the limit off. */
  limit: number;
  windowMs: number;
  maxKeys?: number;
  now?: () => number;
}

interface Entry {
  /** Times of accepted actions inside the window, oldest first; never more than `limit`. */
  times: number[];
  /** Whether the user has been told to slow down since their last accepted action. */
  refused: boolean;
}

/**
 * A per-user sliding window held in memory: at most `limit` actions in any `windowMs`. Users idle for
 * a whole window are forgotten, and at most `maxKeys` users are kept, so memory stays bounded.
 */
export class RateLimiter implements UserRateLimiter {
  private readonly entries = new Map<string, Entry>();
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;
  private lastSweep: number;

  constructor(options: RateLimiterOptions) {
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.maxKeys = options.maxKeys ?? 10_000;
    this.now = options.now ?? Date.now;
    this.lastSweep = this.now();
  }

  take(key: string): RateDecision {
    if (this.limit <= 0) return { ok: true };
    const now = this.now();
    this.sweep(now);
    const entry = this.entries.get(key) ?? { times: [], refused: false };
    while (entry.times.length > 0 && entry.times[0]! <= now - this.windowMs) entry.times.shift();
    // Re-insert so the map's order is least recently used first, for eviction.
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (entry.times.length < this.limit) {
      entry.times.push(now);
      entry.refused = false;
      this.evict();
      return { ok: true };
    }
    const firstRefusal = !entry.refused;
    entry.refused = true;
    return { ok: false, retryAfterMs: entry.times[0]! + this.windowMs - now, firstRefusal };
  }

  /** How many users are remembered. */
  get size(): number {
    return this.entries.size;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, entry] of this.entries) {
      const newest = entry.times[entry.times.length - 1];
      if (newest === undefined || newest <= now - this.windowMs) this.entries.delete(key);
    }
  }

  private evict(): void {
    while (this.entries.size > this.maxKeys) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
