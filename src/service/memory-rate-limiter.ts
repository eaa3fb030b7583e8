import { ALLOW, type RateDecision, type RateLimiter } from "./rate-limiter.js";

export interface MemoryRateLimiterOptions {
  /** Units per window; 0 turns the limit off. */
  limit: number;
  windowMs: number;
  /** The most keys remembered; see `makeRoom` for what happens when they are all in use. */
  maxKeys?: number;
  now?: () => number;
}

interface Entry {
  /**
   * When the key's budget will be full again (the "theoretical arrival time" of the generic cell
   * rate algorithm): one number per key, and a key whose time has passed can be forgotten.
   */
  fullAt: number;
  /** Whether the key has been refused since its last accepted action. */
  refused: boolean;
}

/**
 * The budget of one process, in memory. Each key costs one small entry; a key whose budget is full
 * again is forgotten without losing anything, and at most `maxKeys` keys are kept. When that many are
 * in use, room is made only from keys that are not limited, so no flood of other users can reset a
 * limited one; when every remembered key is limited, newcomers are refused until room frees up.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly entries = new Map<string, Entry>();
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;
  private lastSweep: number;
  /** Until when every remembered key was limited: no point looking for room before. */
  private crowdedUntil = 0;

  constructor(options: MemoryRateLimiterOptions) {
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.maxKeys = Math.max(1, options.maxKeys ?? 100_000);
    this.now = options.now ?? Date.now;
    this.lastSweep = this.now();
  }

  take(key: string, cost: number): RateDecision {
    if (this.limit <= 0) return ALLOW;
    const now = this.now();
    const interval = this.windowMs / this.limit;
    this.sweep(now);
    let entry = this.entries.get(key);
    if (entry) {
      // Re-inserted, so the map's order is least recently seen first when room is made.
      this.entries.delete(key);
      this.entries.set(key, entry);
    } else {
      if (this.entries.size >= this.maxKeys && !this.makeRoom(now, interval)) {
        return { ok: false, retryAfterMs: Math.ceil(interval), firstRefusal: true };
      }
      entry = { fullAt: now, refused: false };
      this.entries.set(key, entry);
    }
    const fullAt = Math.max(entry.fullAt, now) + cost * interval;
    // A hair of tolerance: window / limit need not be a whole number of milliseconds.
    if (fullAt - now <= this.windowMs + 1e-6) {
      entry.fullAt = fullAt;
      entry.refused = false;
      return ALLOW;
    }
    const firstRefusal = !entry.refused;
    entry.refused = true;
    return { ok: false, retryAfterMs: Math.ceil(fullAt - this.windowMs - now), firstRefusal };
  }

  /** How many keys are remembered. */
  get size(): number {
    return this.entries.size;
  }

  /** Forgets, once a window, every key whose budget is full again: nothing is lost by it. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, entry] of this.entries) if (entry.fullAt <= now) this.entries.delete(key);
  }

  /**
   * Frees a tenth of the room: first keys whose budget is full again, then keys that could still take
   * a question (least recently seen first). A limited key is never dropped. False when none was free.
   */
  private makeRoom(now: number, interval: number): boolean {
    if (now < this.crowdedUntil) return false;
    const target = Math.max(1, Math.floor(this.maxKeys / 10));
    let freed = 0;
    for (const [key, entry] of this.entries) {
      if (freed >= target) break;
      if (entry.fullAt <= now) {
        this.entries.delete(key);
        freed++;
      }
    }
    for (const [key, entry] of this.entries) {
      if (freed >= target) break;
      if (entry.fullAt - now <= this.windowMs - interval) {
        this.entries.delete(key);
        freed++;
      }
    }
    if (freed === 0) this.crowdedUntil = now + interval;
    return freed > 0;
  }
}
