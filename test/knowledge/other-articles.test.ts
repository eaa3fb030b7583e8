import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/qa/engine.js";
import { checkKnowledge, loadTestArticle } from "../support/test-article.js";

/**
 * Articles the engine was never tuned on, each with a knowledge file written from its article (the
 * fourth and fifth by following the README and the knowledge reference alone). Each must load, pass
 * `check-knowledge` given as its argument, and answer from its own facts only. How well each answers is
 * its question set's business (test/questions/, wired in floors.json), not this file's.
 */
const ARTICLES = [
  {
    name: "NASA's GRX-810 superalloy licences",
    file: "test/articles/nasa-grx-810-superalloy-licenses/knowledge.yaml",
    marker: "The four co-exclusive licensees are:",
    minFacts: 25,
    languages: ["en", "ru"],
    foreign: ["what does russia supply to armenia", "who is vanessa wyche"],
  },
  {
    name: "NASA's Exploration Park lease to Texas A&M",
    file: "test/articles/nasa-texas-am-exploration-park/knowledge.yaml",
    marker: "RELEASE: J24-003",
    minFacts: 30,
    languages: ["en"],
    foreign: ["what does russia supply to armenia", "who are the four licensees of grx-810"],
  },
  {
    name: "BLM's new El Centro field manager",
    file: "test/articles/blm-el-centro-field-manager/knowledge.yaml",
    marker: "EL CENTRO, Calif.",
    minFacts: 30,
    languages: ["en"],
    foreign: ["what does russia supply to armenia", "who is vanessa wyche"],
  },
  {
    name: "the FWS release on a bald eagle's shooter",
    file: "test/articles/fws-eagle-shooter-sentenced/knowledge.yaml",
    marker: "Jesse Barresse of Hudson",
    minFacts: 30,
    languages: ["en"],
    foreign: ["what does russia supply to armenia", "who is matthew lohr"],
  },
  {
    name: "the White House fact sheet on the response to Hurricane Milton",
    file: "test/articles/wh-hurricane-milton-response/knowledge.yaml",
    marker: "Port of Tampa",
    minFacts: 30,
    languages: ["en"],
    foreign: ["what does russia supply to armenia", "who is jesse barresse"],
  },
  {
    name: "the Army story on Defense officials at the Network Integration Evaluation",
    file: "test/articles/army-nie-kendall-visit/knowledge.yaml",
    marker: "Fort Bliss, Texas",
    minFacts: 30,
    languages: ["en"],
    foreign: ["what does russia supply to armenia", "who is deanne criswell"],
  },
  {
    name: "the Treasury release on Lynn Malerba's appointment as Treasurer",
    file: "test/articles/treasury-malerba-treasurer-release/knowledge.yaml",
    marker: "Rosebud Indian Reservation",
    minFacts: 40,
    languages: ["en"],
    foreign: ["what does russia supply to armenia", "who is frank kendall"],
  },
  {
    name: "the FWS release on Georgia's 2016 Junior Duck Stamp art contest",
    file: "test/articles/fws-georgia-junior-duck-stamp/knowledge.yaml",
    marker: "Piedmont National Wildlife Refuge in Juliette",
    minFacts: 40,
    languages: ["en"],
    foreign: ["what does russia supply to armenia", "who is lynn malerba"],
  },
];

describe.each(ARTICLES)("the knowledge file of $name", (article) => {
  it("loads with the article it cites, every fact's evidence found in it", async () => {
    const knowledge = await loadTestArticle(article.file);
    expect(knowledge.articleText).toContain(article.marker);
    expect(knowledge.facts.length).toBeGreaterThanOrEqual(article.minFacts);
    for (const fact of knowledge.facts) expect(knowledge.articleText).toContain(fact.evidence);
  });

  it("offers the languages it declares (English alone when it declares none), translated on every fact", async () => {
    const knowledge = await loadTestArticle(article.file);
    expect(knowledge.languages).toEqual(article.languages);
    if (article.languages.includes("ru"))
      for (const fact of knowledge.facts) expect(fact.ru?.answer).toBeTruthy();
  });

  it("passes check-knowledge given as its argument", () => {
    const result = checkKnowledge(article.file);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/: ok, \d+ facts, \d+ entities/);
  });

  it("knows nothing of the other articles", async () => {
    const engine = createEngine(await loadTestArticle(article.file));
    for (const question of article.foreign) expect(engine.answer(question).answered).toBe(false);
  });
});
