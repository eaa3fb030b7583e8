import type { APIEmbed } from "discord.js";
import { embedLength } from "discord.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/discord/limits.js";
import { clampChoices, toMessagePayload } from "../../../src/discord/reply.js";
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

  it("clamps the content to 2,000 characters", () => {
    expect(toMessagePayload({ content: "word ".repeat(20_000) }).content!.length).toBeLessThanOrEqual(
      LIMITS.content,
    );
  });

  it("keeps 1 to 10 embeds of any size inside every part's limit and 6,000 characters in all", () => {
    // Short texts, and long ones made by repeating a short text (so surrogate pairs and spaces occur).
    const text = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc
        .tuple(fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 900 }))
        .map(([unit, times]) => unit.repeat(times)),
    );
    const embed = fc.record(
      {
        title: text,
        description: text,
        footer: fc.record({ text }),
        author: fc.record({ name: text }),
        fields: fc.array(fc.record({ name: text, value: text }), { maxLength: 30 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(embed, { minLength: 1, maxLength: 10 }), (embeds: APIEmbed[]) => {
        const out = toMessagePayload({ embeds }).embeds;
        expect(out.length).toBeGreaterThan(0);
        expect(out.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedsTotal);
        for (const e of out) {
          expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
          expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
          expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFooter);
          expect(e.author?.name.length ?? 0).toBeLessThanOrEqual(LIMITS.embedAuthorName);
          // Discord refuses a footer or an author without text.
          if (e.footer) expect(e.footer.text.length).toBeGreaterThan(0);
          if (e.author) expect(e.author.name.length).toBeGreaterThan(0);
          expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
          for (const f of e.fields ?? []) {
            expect(f.name.length).toBeGreaterThan(0);
            expect(f.name.length).toBeLessThanOrEqual(LIMITS.embedFieldName);
            expect(f.value.length).toBeGreaterThan(0);
            expect(f.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
          }
          for (const part of [e.title, e.description, e.footer?.text, e.author?.name])
            expect(LONE_SURROGATE.test(part ?? "")).toBe(false);
        }
      }),
    );
  });

  it("shortens footers, last embed first, when titles, footers and authors alone pass 6,000 characters", () => {
    const long = "word ".repeat(1000);
    const embeds = Array.from({ length: 3 }, () => ({
      title: long,
      footer: { text: long },
      author: { name: long },
    }));
    const out = toMessagePayload({ embeds }).embeds;
    expect(out.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedsTotal);
    // The first embed, read first, keeps its footer whole; the last one gives up what is needed.
    expect(out[0]!.footer!.text.length).toBeGreaterThan(2000);
    expect(out[2]!.footer?.text.length ?? 0).toBeLessThan(out[0]!.footer!.text.length);
  });

  it("leaves embeds that fit as they are", () => {
    const embeds: APIEmbed[] = [
      { title: "t", description: "d".repeat(4000), footer: { text: "f" }, author: { name: "a" } },
      { title: "t", description: "d".repeat(1900), fields: [{ name: "n", value: "v" }] },
    ];
    expect(toMessagePayload({ embeds }).embeds).toEqual(embeds);
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
      value: `${i} ${"v".repeat(50)}`,
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

  it("shortens a long name but never the value, which is the question submitted", () => {
    const question = `Who supplies ${"very ".repeat(13)}distant Tajikistan?`;
    expect(question.length).toBeLessThanOrEqual(100);
    const [choice] = clampChoices([{ name: `${question} (from the article)`, value: question }]);
    expect(choice!.name.length).toBeLessThanOrEqual(100);
    expect(choice!.name.endsWith("…")).toBe(true);
    expect(choice!.value).toBe(question);
  });

  it("drops a choice whose value is over 100 characters rather than submit it cut", () => {
    const head = `Who supplies ${"very ".repeat(20)}distant`;
    const out = clampChoices([
      { name: "first", value: `${head} Tajikistan?` },
      { name: "second", value: `${head} Kazakhstan?` },
      { name: "short", value: "Who supplies Armenia?" },
    ]);
    expect(out).toEqual([{ name: "short", value: "Who supplies Armenia?" }]);
  });
});
