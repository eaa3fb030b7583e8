import { createHash } from "node:crypto";
import { LIMITS } from "./limits.js";

/**
 * custom_id of a "related question" button. A question that fits is carried whole, so the button
 * keeps working after a restart: `ask:<question>`. A longer one is kept in a bounded map under a key
 * derived from the question itself (the start of its SHA-256, base64url), and the button carries that
 * key: `askref:<key>`. A key therefore only ever stands for its own question: in a process that has
 * not offered the question (after a restart) or has evicted it, the button says it has expired, and
 * it works again once the same question is offered again.
 */
export const QUESTION_PREFIX = "ask:";
export const REFERENCE_PREFIX = "askref:";

/** 16 base64url characters: 96 bits, far beyond any chance of two questions sharing a key. */
const KEY_LENGTH = 16;

export type DecodedButton = { kind: "question"; question: string } | { kind: "expired" };

/** The key of a question too long to be carried whole. */
function questionKey(question: string): string {
  return createHash("sha256").update(question, "utf8").digest("base64url").slice(0, KEY_LENGTH);
}

export class QuestionButtons {
  /** Least recently offered first, for eviction. */
  private readonly byKey = new Map<string, string>();

  constructor(private readonly capacity = 1000) {}

  encode(question: string): string {
    const whole = `${QUESTION_PREFIX}${question}`;
    if (whole.length <= LIMITS.customId) return whole;
    const key = questionKey(question);
    // Re-inserted so that a question still being offered is the last to be evicted.
    this.byKey.delete(key);
    this.byKey.set(key, question);
    if (this.byKey.size > this.capacity) {
      const oldest = this.byKey.keys().next().value as string;
      this.byKey.delete(oldest);
    }
    return `${REFERENCE_PREFIX}${key}`;
  }

  /** The question a button asks; undefined when the custom_id is not one of these buttons. */
  decode(customId: string): DecodedButton | undefined {
    if (customId.startsWith(QUESTION_PREFIX)) {
      return { kind: "question", question: customId.slice(QUESTION_PREFIX.length) };
    }
    if (customId.startsWith(REFERENCE_PREFIX)) {
      const question = this.byKey.get(customId.slice(REFERENCE_PREFIX.length));
      return question === undefined ? { kind: "expired" } : { kind: "question", question };
    }
    return undefined;
  }

  get size(): number {
    return this.byKey.size;
  }
}
