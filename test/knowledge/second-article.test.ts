import { beforeAll, describe, expect, it } from "vitest";
import type { Knowledge } from "../../src/knowledge/schema.js";
import { createEngine } from "../../src/qa/engine.js";
import type { Engine } from "../../src/qa/types.js";
import { checkKnowledge, loadTestArticle } from "../support/test-article.js";

/**
 * The second article (NASA's release on the Lunar Terrain Vehicle) proves the engine is not tied to the
 * first: its knowledge file must load, pass `check-knowledge`, and answer from its own facts only.
 */
const FILE = "test/articles/nasa-lunar-terrain-vehicle-release/knowledge.yaml";

let knowledge: Knowledge;
let engine: Engine;
beforeAll(async () => {
  knowledge = await loadTestArticle(FILE);
  engine = createEngine(knowledge);
});

describe("the second article's knowledge file", () => {
  it("loads with the release it cites, every fact's evidence found in it", () => {
    expect(knowledge.articleText).toContain("Lunar Terrain Vehicle Services contract");
    expect(knowledge.facts.length).toBeGreaterThanOrEqual(25);
    for (const fact of knowledge.facts) expect(knowledge.articleText).toContain(fact.evidence.slice(0, 30));
  });

  it("passes check-knowledge given as its argument", () => {
    const result = checkKnowledge(FILE);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/: ok, \d+ facts, \d+ entities/);
  });
});

describe("answering from the second article", () => {
  it.each([
    [
      "which companies did nasa choose for the moon rover",
      [/intuitive machines/i, /lunar outpost/i, /astrolab/i],
    ],
    ["what's the LTVS contract worth", [/\$4\.6 billion/]],
    ["who runs johnson space center", [/vanessa wyche/i]],
    ["when does nasa want to start using the rover with crews", [/artemis v\b/i]],
    // A wh-word in chat spelling, and a passive made with "get".
    ["wat does LTV stand for", [/lunar terrain vehicle/i]],
    ["how many companies got selected", [/three/i, /venturi astrolab/i]],
  ])("%s", (question, expected) => {
    const a = engine.answer(question);
    expect(a.answered).toBe(true);
    for (const pattern of expected) expect(a.text).toMatch(pattern);
  });

  it("counts the companies from the types its knowledge declares", () => {
    const a = engine.answer("how many companies were picked");
    expect(a.text).toMatch(/names three: Intuitive Machines, Lunar Outpost and Venturi Astrolab/);
  });

  it("reads a figure word inside a phrase of the release as its topic, and says yes from the fact", () => {
    // "Price" is part of "firm-fixed-price", not a question about a figure; the question names no entity.
    const a = engine.answer("does the contract have firm fixed price task orders");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/^Yes\. .*firm-fixed-price/);
  });

  it("does not say yes when the words that end a yes/no question are ones no fact uses", () => {
    const a = engine.answer("is the ltv solar powered");
    expect(a.verdict).toBeNull();
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article does not say\. What it says: .*power management/);
  });

  it("tells a fact that leaves the winner open as a gap to 'who', and answers 'how many' from it", () => {
    const open = engine.answer("who will win the demonstration award");
    expect(open.answered).toBe(false);
    expect(open.text).toMatch(/^The article does not say ".+"\. What it says: .*only one provider/);
    expect(engine.answer("how many providers get the demonstration award").text).toMatch(/only one/);
  });

  it("gives the release's title when asked about the release itself", () => {
    expect(engine.answer("what's the headline of the press release").text).toMatch(/NASA Selects Companies/);
  });

  it("knows nothing of the first article", () => {
    expect(engine.answer("what does russia supply to armenia").answered).toBe(false);
    expect(engine.answer("who is viktor bondarev").answered).toBe(false);
  });
});
