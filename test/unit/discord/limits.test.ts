import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/discord/limits.js";
import { clampChoices, embedLength, toMessagePayload } from "../../../src/discord/reply.js";
import { shorten } from "../../../src/discord/text.js";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("shorten", () => {
  it("leaves text that fits alone", () => {
    expect(shorten("short", 10)).toBe("short");
  });

  it("cuts at a word boundary and adds an ellipsis", () => {
    expect(shorten("the supply of anti-aircraft missile systems to Kazakhstan", 40)).toBe(
      "the supply of anti-aircraft missile…",
    );
  });

  it("cuts inside a word when no boundary is near", () => {
    expect(shorten("a".repeat(50), 10)).toBe(`${"a".repeat(9)}…`);
  });

  it("never exceeds the limit nor splits a surrogate pair", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 300 }),
        fc.integer({ min: 0, max: 200 }),
        (text, max) => {
          const out = shorten(text, max);
          expect(out.length).toBeLessThanOrEqual(Math.max(max, 0));
          expect(LONE_SURROGATE.test(out)).toBe(false);
          if (text.length <= max) expect(out).toBe(text);
        },
      ),
    );
  });
});

describe("toMessagePayload", () => {
  it("puts allowedMentions.parse = [] on every payload", () => {
    expect(toMessagePayload({ content: "@everyone hi" }).allowedMentions).toEqual({ parse: [] });
    expect(toMessagePayload({ embeds: [{ title: "x" }] }).allowedMentions).toEqual({ parse: [] });
  });

  it("clamps content, every embed part and the embeds' total", () => {
    const big = "word ".repeat(20_000);
    const payload = toMessagePayload({
      content: big,
      embeds: [
        {
          title: big,
          description: big,
          footer: { text: big },
          author: { name: big },
          fields: Array.from({ length: 40 }, () => ({ name: big, value: big })),
        },
        { description: big },
      ],
    });
    expect(payload.content!.length).toBeLessThanOrEqual(LIMITS.content);
    const [first, second] = payload.embeds;
    expect(first!.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(first!.footer!.text.length).toBeLessThanOrEqual(LIMITS.embedFooter);
    expect(first!.author!.name.length).toBeLessThanOrEqual(LIMITS.embedAuthorName);
    expect(first!.fields!.length).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const f of first!.fields!) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.embedFieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
    }
    expect(first!.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embedLength(first!) + embedLength(second!)).toBeLessThanOrEqual(LIMITS.embedsTotal);
  });

  it("lays buttons out at most 5 a row, labels within 80, and drops custom ids over 100", () => {
    const buttons = Array.from({ length: 12 }, (_, i) => ({
      label: `${"label ".repeat(30)}${i}`,
      customId: `ask:${i}`,
    }));
    buttons.push({ label: "too long", customId: `ask:${"x".repeat(100)}` });
    const { components } = toMessagePayload({ content: "x", buttons });
    expect(components.map((r) => r.components.length)).toEqual([5, 5, 2]);
    for (const b of components.flatMap((r) => r.components)) {
      expect(b.label!.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
      expect(b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
    }
  });

  it("never sends an empty message", () => {
    expect(toMessagePayload({ content: "" }).content).toBe("…");
  });
});

describe("clampChoices", () => {
  it("keeps 25 distinct, non-empty choices of at most 100 characters", () => {
    const choices = Array.from({ length: 60 }, (_, i) => ({
      name: `${i} ${"q".repeat(150)}`,
      value: `${i} ${"v".repeat(150)}`,
    }));
    choices.push({ name: "", value: "" }, { name: "dup", value: choices[0]!.value });
    const out = clampChoices(choices);
    expect(out).toHaveLength(25);
    expect(new Set(out.map((c) => c.value)).size).toBe(25);
    for (const c of out) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });
});
