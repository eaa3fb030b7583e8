// Discord's rate-limit headers, computed from a fixed window per bucket. @discordjs/rest
// schedules requests from these headers (it waits when `remaining` hits 0 until
// `reset-after`), so they must be coherent: a bucket id per route, a count that goes down, a
// reset in the future. Limits are generous by default so tests are not slowed down.
import { createHash } from "node:crypto";

export interface RateLimitOptions {
  /** Requests per window and bucket; default 50. */
  limit?: number;
  /** Window length in ms; default 1000. */
  windowMs?: number;
}

interface Window {
  startedAt: number;
  used: number;
}

export class RateLimitBuckets {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #windows = new Map<string, Window>();

  constructor(options: RateLimitOptions = {}) {
    this.#limit = options.limit ?? 50;
    this.#windowMs = options.windowMs ?? 1000;
  }

  /** Counts one request in the bucket of (method, route template, major parameter). */
  take(method: string, template: string, major: string, now: number = Date.now()): Record<string, string> {
    const bucket = bucketHash(method, template);
    const key = `${bucket}:${major}`;
    let window = this.#windows.get(key);
    if (!window || now - window.startedAt >= this.#windowMs) {
      window = { startedAt: now, used: 0 };
      this.#windows.set(key, window);
    }
    window.used += 1;
    const resetAt = window.startedAt + this.#windowMs;
    return {
      "x-ratelimit-limit": String(this.#limit),
      "x-ratelimit-remaining": String(Math.max(0, this.#limit - window.used)),
      "x-ratelimit-reset": (resetAt / 1000).toFixed(3),
      "x-ratelimit-reset-after": (Math.max(0, resetAt - now) / 1000).toFixed(3),
      "x-ratelimit-bucket": bucket,
    };
  }
}

/** Discord's bucket ids are opaque hex strings; a hash of the route gives a stable one. */
function bucketHash(method: string, template: string): string {
  return createHash("sha1").update(`${method} ${template}`).digest("hex").slice(0, 32);
}
