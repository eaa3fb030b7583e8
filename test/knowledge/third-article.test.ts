import { beforeAll, describe, expect, it } from "vitest";
import type { Knowledge } from "../../src/knowledge/schema.js";
import { createEngine } from "../../src/qa/engine.js";
import type { Engine } from "../../src/qa/types.js";
import { checkKnowledge, loadTestArticle } from "../support/test-article.js";

/**
 * The third article (NASA's news on licensing the GRX-810 superalloy) measures the engine on an article
 * it was never tuned on. Its knowledge file must load, pass `check-knowledge`, offer Russian beside
 * English, and answer from its own facts only. How well it answers is the question set's business
 * (test/questions/nasa-grx-810.jsonl), not this file's.
 */
const FILE = "test/articles/nasa-grx-810-superalloy-licenses/knowledge.yaml";

let knowledge: Knowledge;
let engine: Engine;
beforeAll(async () => {
  knowledge = await loadTestArticle(FILE);
  engine = createEngine(knowledge);
});

describe("the third article's knowledge file", () => {
  it("loads with the article it cites, every fact's evidence found in it", () => {
    expect(knowledge.articleText).toContain("The four co-exclusive licensees are:");
    expect(knowledge.facts.length).toBeGreaterThanOrEqual(25);
    for (const fact of knowledge.facts) expect(knowledge.articleText).toContain(fact.evidence);
  });

  it("offers Russian, with a translation on every fact", () => {
    expect(knowledge.languages).toEqual(["en", "ru"]);
    for (const fact of knowledge.facts) expect(fact.ru?.answer).toBeTruthy();
  });

  it("passes check-knowledge given as its argument", () => {
    const result = checkKnowledge(FILE);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/: ok, \d+ facts, \d+ entities/);
  });

  it("knows nothing of the other two articles", () => {
    expect(engine.answer("what does russia supply to armenia").answered).toBe(false);
    expect(engine.answer("who is vanessa wyche").answered).toBe(false);
  });
});
