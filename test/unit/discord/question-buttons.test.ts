import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/discord/limits.js";
import { QuestionButtons } from "../../../src/discord/question-buttons.js";

describe("QuestionButtons", () => {
  it("carries a short question whole, so the button survives a restart", () => {
    const id = new QuestionButtons().encode("Who supplies Tajikistan?");
    expect(id).toBe("ask:Who supplies Tajikistan?");
    expect(new QuestionButtons().decode(id)).toEqual({
      kind: "question",
      question: "Who supplies Tajikistan?",
    });
  });

  it("keeps a long question in memory behind a short key", () => {
    const buttons = new QuestionButtons();
    const long = "Why ".repeat(40);
    const id = buttons.encode(long);
    expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
    expect(id.startsWith("askref:")).toBe(true);
    expect(buttons.encode(long)).toBe(id);
    expect(buttons.decode(id)).toEqual({ kind: "question", question: long });
  });

  it("stays bounded, and an evicted key decodes as expired", () => {
    const buttons = new QuestionButtons(10);
    const first = buttons.encode(`${"x".repeat(120)}0`);
    for (let i = 1; i <= 20; i++) buttons.encode(`${"x".repeat(120)}${i}`);
    expect(buttons.size).toBe(10);
    expect(buttons.decode(first)).toEqual({ kind: "expired" });
  });

  it("evicts the question offered least recently, not the one stored first", () => {
    const buttons = new QuestionButtons(10);
    const kept = `${"x".repeat(120)}kept`;
    const id = buttons.encode(kept);
    for (let i = 1; i <= 20; i++) {
      buttons.encode(`${"x".repeat(120)}${i}`);
      buttons.encode(kept); // still offered under each new answer
    }
    expect(buttons.decode(id)).toEqual({ kind: "question", question: kept });
  });

  it("derives a long question's key from the question, so no other process can read it as another", () => {
    const before = new QuestionButtons();
    const asked = `${"Which agreement ".repeat(8)}did Armenia sign?`;
    const id = before.encode(asked);

    // A restart: a fresh process that has since offered other long questions of its own.
    const after = new QuestionButtons();
    for (let i = 0; i < 5; i++) after.encode(`${"Which system ".repeat(9)}is number ${i}?`);
    expect(after.decode(id)).toEqual({ kind: "expired" });

    // Once the same question is offered again, its old buttons ask it again.
    expect(after.encode(asked)).toBe(id);
    expect(after.decode(id)).toEqual({ kind: "question", question: asked });
  });

  it("never decodes a key to a question other than the one it was made from", () => {
    const long = fc.string({ minLength: 100, maxLength: 300 });
    fc.assert(
      fc.property(fc.uniqueArray(long, { minLength: 2, maxLength: 20 }), fc.nat(), (questions, pick) => {
        const first = new QuestionButtons();
        const ids = questions.map((q) => first.encode(q));
        expect(new Set(ids).size).toBe(questions.length);
        for (const id of ids) expect(id.length).toBeLessThanOrEqual(LIMITS.customId);

        // Another process that knows every question but one.
        const missing = pick % questions.length;
        const second = new QuestionButtons();
        for (const [i, q] of questions.entries()) if (i !== missing) second.encode(q);
        for (const [i, id] of ids.entries()) {
          const expected = i === missing ? { kind: "expired" } : { kind: "question", question: questions[i] };
          expect(second.decode(id)).toEqual(expected);
        }
      }),
    );
  });

  it("ignores custom ids that are not its own", () => {
    expect(new QuestionButtons().decode("other:thing")).toBeUndefined();
  });
});
