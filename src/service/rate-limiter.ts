/**
 * Whether an action may go ahead; when not, how long until it may, and whether this is the first
 * refusal since the user's last accepted action (so a transport can say "slow down" only once).
 */
export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number; firstRefusal: boolean };

/**
 * A per-key budget that refills over a window: `limit` units at most, one unit back every
 * `window / limit`. Every transport spends from it before doing any work. Implementations: in memory
 * (one process), or a shared store for several processes; both keep a key limited until its budget
 * has refilled, whatever other keys do.
 */
export interface RateLimiter {
  /**
   * Spends `cost` units (a whole number) of `key`'s budget when it has that much left; refuses,
   * spending nothing, otherwise. In memory the answer is immediate; a shared store may take a trip.
   */
  take(key: string, cost: number): Promise<RateDecision> | RateDecision;
  /** Releases what the limiter holds (connections, timers); the in-memory one holds nothing. */
  close?(): Promise<void>;
}

/** What each kind of request costs, in units: cheap ones cost less, but nothing is free. */
export const COSTS = {
  /** A question, blank or not, by /ask, a button, a DM or a mention: the engine runs and a reply goes out. */
  question: 4,
  /** /topics, /about, a refused or moderator command, an expired button: a reply, no engine. */
  light: 1,
} as const;

/** The budget, in units, of a user allowed `questions` questions a window (RATE_LIMIT_COUNT). */
export function questionBudget(questions: number): number {
  return questions * COSTS.question;
}

/**
 * Autocomplete has its own budget, this many requests per question of the question budget, one unit
 * each: Discord sends one per keystroke, and typing must never eat into the questions themselves.
 */
export const AUTOCOMPLETE_PER_QUESTION = 6;

export function autocompleteBudget(questions: number): number {
  return questions * AUTOCOMPLETE_PER_QUESTION;
}

export const ALLOW: RateDecision = { ok: true };
