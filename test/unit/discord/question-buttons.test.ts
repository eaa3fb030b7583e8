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

  it("ignores custom ids that are not its own", () => {
    expect(new QuestionButtons().decode("other:thing")).toBeUndefined();
  });
});
