import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article where one fact names two parties on its far side: a group said in ordinary words
 * ("Dalmarian press") and one paper with a proper name. A paper the article never names, asked about in
 * that place, is answered against the paper, not refused for the group beside it.
 */
const ARTICLE = [
  "Mayor Ilse Varga spoke to the Dalmarian press, in an interview for the Korvath Ledger.",
  "Dalmaria is a small country.",
  "Varga has met reporters many times.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Mayor Varga speaks to the press"
  publisher: Korvath Ledger
  summary: Mayor Ilse Varga spoke to the Dalmarian press.
types:
  - id: person
    title: People
    words: [person]
    person: true
  - id: country
    title: Countries
    words: [country]
  - id: organisation
    title: Organisations
    words: [organisation]
  - id: publication
    title: Publications
    words: [newspaper, paper]
relations:
  - id: gave-interview
    label: gave an interview to
    verbs: [speak, talk, give]
    nouns: [interview]
entities:
  - id: varga
    type: person
    name: Ilse Varga
    aliases: [Varga]
    description: Ilse Varga is the mayor who spoke to the Dalmarian press.
    evidence: Mayor Ilse Varga spoke to the Dalmarian press
  - id: dalmaria
    type: country
    name: Dalmaria
    aliases: [Dalmarian]
    description: Dalmaria is a small country.
    evidence: Dalmaria is a small country.
  - id: dalmarian-press
    type: organisation
    name: Dalmarian press
    description: The Dalmarian press is who Ilse Varga spoke to.
    evidence: the Dalmarian press
  - id: ledger
    type: publication
    name: Korvath Ledger
    aliases: [Ledger]
    description: The Korvath Ledger is the paper the interview was for.
    evidence: the Korvath Ledger
facts:
  - id: varga-interview
    relation: gave-interview
    subject: [varga]
    object: [dalmarian-press, ledger]
    answer: Ilse Varga spoke to the Dalmarian press, in an interview for the Korvath Ledger.
    evidence: Mayor Ilse Varga spoke to the Dalmarian press, in an interview for the Korvath Ledger.
    question: Who did Ilse Varga give her interview to?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "proper-names");
});

describe("a stranger's proper name against a fact naming a group and one proper name", () => {
  it("answers no, with the paper the fact names", () => {
    const a = engine.answer("did varga give her interview to the zendrik times");
    expect(a.verdict).toBe("no");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No\b.*Korvath Ledger/);
  });

  it("answers yes for the paper the fact names", () => {
    expect(engine.answer("did varga give her interview to the korvath ledger").verdict).toBe("yes");
  });
});

describe("an ordinary word of the article that no fact uses, where the fact has a name", () => {
  it("leaves the question undecided rather than saying yes", () => {
    const a = engine.answer("did varga give her interview to the times");
    expect(a.verdict).not.toBe("yes");
    expect(a.answered).toBe(false);
  });
});
