import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Knowledge } from "../../src/knowledge/schema.js";
import { createEngine } from "../../src/qa/engine.js";
import type { Answer, Engine } from "../../src/qa/types.js";
import { realKnowledge } from "../support/knowledge.js";

let engine: Engine;
let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await realKnowledge();
  engine = createEngine(knowledge);
});

function expectWellFormed(answer: Answer, ids: Set<string>): void {
  expect(typeof answer.answered).toBe("boolean");
  expect(answer.text.length).toBeGreaterThan(0);
  expect(answer.text.length).toBeLessThanOrEqual(2000);
  expect(answer.confidence).toBeGreaterThanOrEqual(0);
  expect(answer.confidence).toBeLessThanOrEqual(1);
  expect(answer.suggestions.length).toBeLessThanOrEqual(3);
  for (const id of answer.facts) expect(ids.has(id)).toBe(true);
  // An answer proves itself; a refusal may quote what the article says instead, with that proof.
  if (answer.answered) expect(answer.evidence.length).toBeGreaterThan(0);
  expect(answer.evidence.length).toBeLessThanOrEqual(answer.facts.length);
  if (answer.facts.length === 0) expect(answer.evidence).toEqual([]);
  expect([null, "yes", "no"]).toContain(answer.verdict);
  if (answer.verdict !== null) expect(answer.answered).toBe(true);
}

describe("any input gives a well-formed answer", () => {
  const ids = () => new Set([...knowledge.facts.map((f) => f.id), ...knowledge.entities.map((e) => e.id)]);

  /** Asks 300 questions drawn from `questions` and checks every answer. */
  function expectWellFormedAnswers(questions: fc.Arbitrary<string>): void {
    const known = ids();
    fc.assert(
      fc.property(questions, (q) => expectWellFormed(engine.answer(q), known)),
      { numRuns: 300 },
    );
  }

  it("for arbitrary Unicode strings", () => {
    expectWellFormedAnswers(fc.string({ unit: "grapheme", maxLength: 300 }));
  });

  it("for binary junk and lone surrogates", () => {
    expectWellFormedAnswers(fc.string({ unit: "binary", maxLength: 500 }));
  });

  it("for questions made of the knowledge's own words in any order", () => {
    const words = [...new Set(knowledge.entities.flatMap((e) => [e.name, ...e.aliases]))];
    const glue = ["who", "what", "supplies", "gets", "to", "from", "is", "the", "did", "say", "signed", "?"];
    expectWellFormedAnswers(
      fc.array(fc.constantFrom(...words, ...glue), { maxLength: 12 }).map((parts) => parts.join(" ")),
    );
  });

  it("for words that name properties every JavaScript object has", () => {
    // Word tables are looked up by the question's words: "constructor" once found Object's own.
    const known = ids();
    const names = [
      ...Object.getOwnPropertyNames(Object.prototype),
      ...Object.getOwnPropertyNames(Array.prototype),
      "prototype",
    ];
    for (const name of names)
      for (const q of [name, `what is ${name}`, `кто ${name}`, `is ${name} a member?`])
        expectWellFormed(engine.answer(q), known);
  });

  it("for values that are not strings at all", () => {
    const known = ids();
    for (const value of [undefined, null, 42, {}, [], Symbol("q")]) {
      expectWellFormed(engine.answer(value as unknown as string), known);
    }
  });

  it("for a 100,000-character question", () => {
    const known = ids();
    const huge = "who supplies kazakhstan ".repeat(5000).slice(0, 100_000);
    const answer = engine.answer(huge);
    expectWellFormed(answer, known);
    expect(answer.question.length).toBeLessThanOrEqual(500);
  });

  it("is deterministic: the same question, the same answer", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (q) => {
        expect(engine.answer(q)).toEqual(engine.answer(q));
      }),
      { numRuns: 100 },
    );
  });
});

describe("autocomplete suggestions", () => {
  it("are at most the limit, at most 100 characters, and questions the engine answers", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.integer({ min: 0, max: 40 }), (typed, limit) => {
        const list = engine.suggest(typed, limit);
        expect(list.length).toBeLessThanOrEqual(Math.min(limit, 25));
        for (const s of list) {
          expect(s.length).toBeLessThanOrEqual(100);
          expect(engine.answer(s).answered, s).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("offers a default list when nothing is typed", () => {
    expect(engine.suggest("", 25)).toHaveLength(25);
  });

  it("offers only questions whose answer uses the fact that offers them", () => {
    for (const fact of knowledge.facts)
      expect(engine.answer(fact.question).facts, fact.question).toContain(fact.id);
  });

  it("offers, for every entity's name, questions that the engine answers", () => {
    for (const entity of knowledge.entities) {
      const offered = engine.suggest(entity.name, 25);
      expect(offered.length, entity.name).toBeGreaterThan(0);
      for (const question of offered) expect(engine.answer(question).answered, question).toBe(true);
    }
  });

  it("ranks what matches the typed words first, typos included", () => {
    expect(engine.suggest("kyrgyz", 5)[0]).toMatch(/Kyrgyzstan/);
    expect(engine.suggest("shugaev", 5).some((s) => /Shugaev/.test(s))).toBe(true);
    expect(engine.suggest("bondarv", 5).some((s) => /Bondarev/.test(s))).toBe(true);
  });
});
