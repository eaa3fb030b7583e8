// Scripted failures: "the next request that matches gets a 429 (or a 500)". They let tests
// prove the bot survives Discord's bad moments, through discord.js's own retry logic.
import type { RecordedRequest, RecordedResponse } from "./http-io.js";
import type { Predicate } from "./recorder.js";

/** What a request must look like to be hit: a predicate, or a method and a path (exact or RegExp). */
export type RequestMatcher = Predicate<RecordedRequest> | { method?: string; path?: string | RegExp };

export interface FaultSpec {
  /** HTTP status to answer with, e.g. 429 or 502. */
  status: number;
  /** For 429: seconds to wait, sent as `Retry-After` and `retry_after`. Fractions keep tests fast. */
  retryAfter?: number;
  /** For 429: a global rate limit (`X-RateLimit-Global`) rather than a per-route one. */
  global?: boolean;
  /** Replaces the default Discord error body. */
  body?: unknown;
  /** How many matching requests fail; default 1. */
  times?: number;
}

export interface FaultResponse {
  response: RecordedResponse;
  headers: Record<string, string>;
}

interface PendingFault {
  matches: Predicate<RecordedRequest>;
  spec: FaultSpec;
  remaining: number;
}

export function toPredicate(matcher: RequestMatcher): Predicate<RecordedRequest> {
  if (typeof matcher === "function") return matcher;
  const { method, path } = matcher;
  return (request) =>
    (method === undefined || request.method === method.toUpperCase()) &&
    (path === undefined || (typeof path === "string" ? request.path === path : path.test(request.path)));
}

export class FaultInjector {
  readonly #pending: PendingFault[] = [];

  add(matcher: RequestMatcher, spec: FaultSpec): void {
    this.#pending.push({ matches: toPredicate(matcher), spec, remaining: spec.times ?? 1 });
  }

  /** The fault this request should get, if any; each use counts against `times`. */
  take(request: RecordedRequest): FaultResponse | undefined {
    const index = this.#pending.findIndex((fault) => fault.matches(request));
    const fault = this.#pending[index];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#pending.splice(index, 1);
    return respond(fault.spec);
  }
}

function respond(spec: FaultSpec): FaultResponse {
  if (spec.status !== 429) {
    return {
      response: {
        status: spec.status,
        body: spec.body ?? { message: `${spec.status}: Fault injected`, code: 0 },
      },
      headers: {},
    };
  }
  const retryAfter = spec.retryAfter ?? 1;
  const global = spec.global ?? false;
  return {
    response: {
      status: 429,
      body: spec.body ?? { message: "You are being rate limited.", retry_after: retryAfter, global },
    },
    headers: {
      "retry-after": String(retryAfter),
      "x-ratelimit-scope": global ? "global" : "user",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset-after": String(retryAfter),
      ...(global ? { "x-ratelimit-global": "true" } : {}),
    },
  };
}
