import type { Turn } from "../qa/types.js";

/** How long a question stays the one a follow-up is read against. */
export const CONVERSATION_TTL_MS = 10 * 60 * 1000;
/** The most conversations remembered at once; past it the oldest is forgotten first. */
export const MAX_CONVERSATIONS = 10_000;

/**
 * The last turn of each conversation: one person in one place (a DM, a thread, a channel, the
 * console). Bounded in size and in time, so memory cannot grow with the number of people, and keyed
 * by person and place together, so one person's question never shapes another's answer.
 */
export interface Conversations {
  /** The turn to read this person's next question here against, if it is recent enough. */
  get(person: string, place: string): Turn | undefined;
  set(person: string, place: string, turn: Turn | undefined): void;
  readonly size: number;
}

export function createConversations(
  options: { ttlMs?: number; max?: number; now?: () => number } = {},
): Conversations {
  const ttl = options.ttlMs ?? CONVERSATION_TTL_MS;
  const max = options.max ?? MAX_CONVERSATIONS;
  const now = options.now ?? Date.now;
  // A Map keeps insertion order: re-inserting on every write keeps the least recent first.
  const turns = new Map<string, { turn: Turn; at: number }>();
  const keyOf = (person: string, place: string) => JSON.stringify([person, place]);

  return {
    get(person, place) {
      const key = keyOf(person, place);
      const entry = turns.get(key);
      if (!entry) return undefined;
      if (now() - entry.at > ttl) {
        turns.delete(key);
        return undefined;
      }
      return entry.turn;
    },
    set(person, place, turn) {
      const key = keyOf(person, place);
      turns.delete(key);
      if (!turn) return;
      turns.set(key, { turn, at: now() });
      while (turns.size > max) {
        const oldest = turns.keys().next().value;
        if (oldest === undefined) break;
        turns.delete(oldest);
      }
    },
    get size() {
      return turns.size;
    },
  };
}
