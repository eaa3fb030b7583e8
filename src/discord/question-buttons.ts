import { LIMITS } from "./limits.js";

/**
 * custom_id of a "related question" button. A question that fits is carried whole, so the button
 * keeps working after a restart: `ask:<question>`. A longer one is kept in a bounded map and the
 * button carries its key: `askref:<key>`; such a button expires when its key is evicted or on restart.
 */
export const QUESTION_PREFIX = "ask:";
export const REFERENCE_PREFIX = "askref:";

export type DecodedButton = { kind: "question"; question: string } | { kind: "expired" };

export class QuestionButtons {
  private readonly byKey = new Map<string, string>();
  private readonly byQuestion = new Map<string, string>();
  private next = 0;

  constructor(private readonly capacity = 1000) {}

  encode(question: string): string {
    const whole = `${QUESTION_PREFIX}${question}`;
    if (whole.length <= LIMITS.customId) return whole;
    const known = this.byQuestion.get(question);
    if (known !== undefined) return `${REFERENCE_PREFIX}${known}`;
    const key = (this.next++).toString(36);
    this.byKey.set(key, question);
    this.byQuestion.set(question, key);
    if (this.byKey.size > this.capacity) {
      const [oldKey, oldQuestion] = this.byKey.entries().next().value as [string, string];
      this.byKey.delete(oldKey);
      this.byQuestion.delete(oldQuestion);
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
