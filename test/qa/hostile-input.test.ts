import Fuse from "fuse.js";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createEngine } from "../../src/qa/engine.js";
import type { Engine } from "../../src/qa/types.js";
import {
  boundInput,
  foldInput,
  MAX_FOLDED_CHARS,
  MAX_WORD_CHARS,
  normaliseText,
} from "../../src/text/normalise.js";
import { realKnowledge } from "../support/knowledge.js";

// U+FDFA folds to 18 characters: what is cut before folding is not bounded after it.
const EXPANDING = "\uFDFA";

let engine: Engine;
beforeAll(async () => {
  engine = createEngine(await realKnowledge());
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("input is bounded after folding", () => {
  it("folds an expanding character to many, and keeps at most the bound of them", () => {
    const typed = EXPANDING.repeat(500);
    expect(normaliseText(typed).length).toBeGreaterThan(5000);
    const folded = foldInput(typed);
    expect(folded.length).toBeGreaterThan(0);
    expect(folded.length).toBeLessThanOrEqual(MAX_FOLDED_CHARS);
  });

  it("cuts a run of letters longer than any word", () => {
    const words = foldInput(`who supplies ${"k".repeat(300)}`).split(" ");
    expect(words.slice(0, 2)).toEqual(["who", "supplies"]);
    expect(Math.max(...words.map((w) => w.length))).toBe(MAX_WORD_CHARS);
  });

  it("leaves an ordinary question as normalisation gives it", () => {
    const question = "Who supplies Tajikistan with S-300s? ﬁnd it";
    expect(foldInput(question)).toBe(normaliseText(question));
  });

  it("never splits a surrogate pair when cutting", () => {
    const folded = foldInput("𝒜".repeat(200).normalize("NFD") + "\u{20000}".repeat(300));
    expect(folded.isWellFormed()).toBe(true);
  });
});

describe("the engine reads a question bounded once folded", () => {
  const long = `Who supplies Tajikistan? ${`${EXPANDING} `.repeat(200)}`;

  it("keeps the start as typed, cut where it folds past the bound", () => {
    const bounded = boundInput(long);
    expect(long.startsWith(bounded)).toBe(true);
    expect(bounded.startsWith("Who supplies Tajikistan?")).toBe(true);
    expect(normaliseText(bounded).length).toBeLessThanOrEqual(MAX_FOLDED_CHARS);
    expect(normaliseText(bounded).length).toBeGreaterThan(MAX_FOLDED_CHARS - 40);
  });

  it("leaves a question that fits as it is", () => {
    for (const question of [
      "who supplies Tajikistan?",
      `${"Who signed the agreement? ".repeat(15)}`,
      "что получает Армения",
    ])
      expect(boundInput(question)).toBe(question);
  });

  it("answers the whole question as it answers its bounded start, and reports it as asked", () => {
    const whole = engine.answer(long);
    const start = engine.answer(boundInput(long));
    expect({ ...whole, question: "" }).toEqual({ ...start, question: "" });
    expect(whole.question).toBe(long.slice(0, 500).trim());
    expect(engine.explain(long).analysis).toMatchObject({ reading: { text: boundInput(long) } });
  });
});

describe("autocomplete reads a bounded pattern", () => {
  it("matches at most 100 folded characters in eight words, whatever is typed", () => {
    const search = vi.spyOn(Fuse.prototype, "search");
    engine.suggest(EXPANDING.repeat(100), 25);
    engine.suggest(`${"kazakhstan ".repeat(40)}`, 25);
    expect(search).toHaveBeenCalledTimes(2);
    for (const [pattern] of search.mock.calls) {
      expect(typeof pattern).toBe("string");
      expect((pattern as string).length).toBeLessThanOrEqual(100);
      expect((pattern as string).split(" ").length).toBeLessThanOrEqual(8);
    }
  });

  it("still suggests from what fits", () => {
    expect(engine.suggest(`Tajikistan ${EXPANDING.repeat(100)}`, 5).some((q) => /Tajikistan/.test(q))).toBe(
      true,
    );
  });
});

describe("a refusal repeats little of the question", () => {
  it("quotes at most a short, visible part of an unknown name", () => {
    const answer = engine.answer(`Who is ${EXPANDING.repeat(400)}?`);
    expect(answer.answered).toBe(false);
    expect(answer.text.length).toBeLessThan(400);
    for (const part of answer.echoed ?? []) expect(part.length).toBeLessThanOrEqual(60);
  });

  it("quotes a name as it was written", () => {
    const answer = engine.answer("Who is Vladimir Putin?");
    expect(answer.echoed).toEqual(["Vladimir Putin"]);
    expect(answer.text).toContain('"Vladimir Putin"');
  });
});
