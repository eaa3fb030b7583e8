import { beforeAll, describe, expect, it } from "vitest";
import type { Knowledge } from "../../src/knowledge/schema.js";
import { createEngine } from "../../src/qa/engine.js";
import type { Engine } from "../../src/qa/types.js";
import { checkKnowledge, loadTestArticle } from "../support/test-article.js";

/**
 * The fourth article (NASA's release on leasing Exploration Park land to the Texas A&M University System)
 * has a knowledge file written by following the README alone. It must load, pass `check-knowledge`
 * (its warnings are aliases kept on purpose) and answer from its own facts only. How well it answers is
 * the question set's business (test/questions/nasa-exploration-park.jsonl), not this file's.
 */
const FILE = "test/articles/nasa-texas-am-exploration-park/knowledge.yaml";

let knowledge: Knowledge;
let engine: Engine;
beforeAll(async () => {
  knowledge = await loadTestArticle(FILE);
  engine = createEngine(knowledge);
});

describe("the fourth article's knowledge file", () => {
  it("loads with the release it cites, every fact's evidence found in it", () => {
    expect(knowledge.articleText).toContain("RELEASE: J24-003");
    expect(knowledge.facts.length).toBeGreaterThanOrEqual(30);
    for (const fact of knowledge.facts) expect(knowledge.articleText).toContain(fact.evidence);
  });

  it("is English only: without the languages field, no translations are asked for", () => {
    expect(knowledge.languages).toEqual(["en"]);
  });

  it("passes check-knowledge given as its argument", () => {
    const result = checkKnowledge(FILE);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/: ok, \d+ facts, \d+ entities/);
  });

  it("knows nothing of the other articles", () => {
    expect(engine.answer("what does russia supply to armenia").answered).toBe(false);
    expect(engine.answer("who are the four licensees of grx-810").answered).toBe(false);
  });
});
