import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about a water pact: one act whose every party the article names ("signed by
 * Norway, Chile and Ghana"), and a league whose members it gives as examples only ("such as ...").
 */
const ARTICLE = [
  "The water pact, signed by Norway, Chile and Ghana, sets shared rules for river basins.",
  "Members of the Harbor League such as Norway, Chile and Peru back the pact.",
].join("\n");

const knowledge = (complete: boolean) => `
version: 1
article:
  file: article.txt
  title: "Three countries sign a water pact"
  publisher: River Gazette
  summary: Norway, Chile and Ghana signed a water pact; Harbor League members back it.
types:
  - id: country
    title: Countries
    words: [country, countries]
  - id: body
    title: Bodies
    words: [league, pact]
relations:
  - id: signed
    label: signed
    verbs: [sign]
    nouns: [signatory, signatories]
  - id: member-of
    label: is a member of
    nouns: [member, members]
entities:
  - id: norway
    type: country
    name: Norway
    description: Norway signed the water pact.
    evidence: Norway
  - id: chile
    type: country
    name: Chile
    description: Chile signed the water pact.
    evidence: Chile
  - id: ghana
    type: country
    name: Ghana
    description: Ghana signed the water pact.
    evidence: Ghana
  - id: peru
    type: country
    name: Peru
    description: Peru is a member of the Harbor League.
    evidence: Peru
  - id: pact
    type: body
    name: the water pact
    aliases: [water pact]
    description: The water pact sets shared rules for river basins.
    evidence: The water pact
  - id: league
    type: body
    name: the Harbor League
    aliases: [Harbor League]
    description: The Harbor League backs the pact.
    evidence: the Harbor League
facts:
  - id: pact-signed
    relation: signed
    subject: [norway, chile, ghana]
    object: [pact]
    answer: Norway, Chile and Ghana signed the water pact.
    evidence: The water pact, signed by Norway, Chile and Ghana
    question: Who signed the water pact?
${complete ? "    complete: true\n" : ""}  - id: league-members
    relation: member-of
    subject: [norway, chile, peru]
    object: [league]
    partial: true
    answer: Norway, Chile and Peru are among the members of the Harbor League.
    evidence: Members of the Harbor League such as Norway, Chile and Peru
    question: Which countries are members of the Harbor League?
`;

describe("a list closed by the act it names (complete)", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOf(knowledge(true), ARTICLE, "<complete-list>");
  });

  it("answers no for a known country the list leaves out, naming the parties", () => {
    const a = engine.answer("did Peru sign the water pact?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/Ghana/);
  });

  it("answers no when one of several countries asked is not a party", () => {
    const a = engine.answer("did Norway, Chile and Peru sign the water pact?");
    expect(a.verdict).toBe("no");
  });

  it("answers no for a country the article never mentions, asked about this very pact", () => {
    const a = engine.answer("is Fiji one of the countries that signed this water pact?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/Norway, Chile and Ghana/);
  });

  it.each([
    "did Fiji sign the water pact?",
    "has Fiji signed yet?",
    "did Fiji sign?",
    // The act named only by a clause's verb, or beside what someone said of it.
    "is Fiji one of the countries that signed",
    "is Fiji among the countries that signed the pact the minister praised",
  ])(
    "answers no for a country the article never mentions, asked about the act it tells of: %s",
    (question) => {
      const a = engine.answer(question);
      expect(a.verdict).toBe("no");
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/Norway, Chile and Ghana/);
    },
  );

  it("leaves any other pact, asked with no article, to what the article does not cover", () => {
    expect(engine.answer("did Fiji sign any water pact?").verdict).toBeNull();
    expect(engine.answer("did Fiji sign another pact?").answered).toBe(false);
    // Another form of the word the pact's name ends in ("pacts") may be other pacts of the kind.
    expect(engine.answer("did Fiji sign the water pacts?").verdict).toBeNull();
  });

  it("leaves a pact like it, not pointed at, to what the article does not cover", () => {
    const a = engine.answer("did Fiji sign a water pact?");
    expect(a.verdict).toBeNull();
    expect(a.answered).toBe(false);
  });

  it("still says yes for a listed party", () => {
    expect(engine.answer("did Ghana sign the water pact?").verdict).toBe("yes");
  });

  it("decides nothing for a name of another kind (a capital city)", () => {
    const a = engine.answer("did Nairobi sign this water pact?");
    expect(a.verdict).toBeNull();
    expect(a.answered).toBe(false);
  });

  it("leaves membership of a class given by examples undecided", () => {
    expect(engine.answer("is Ghana a member of the Harbor League?").verdict).toBeNull();
    const outside = engine.answer("is Fiji a member of the Harbor League?");
    expect(outside.verdict).toBeNull();
    expect(outside.answered).toBe(false);
  });
});

describe("the same list without the switch", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOf(knowledge(false), ARTICLE, "<open-list>");
  });

  it("leaves a name the list does not give undecided", () => {
    expect(engine.answer("did Peru sign the water pact?").verdict).toBeNull();
    expect(engine.answer("did Fiji sign this water pact?").verdict).toBeNull();
    expect(engine.answer("did Fiji sign the water pact?").verdict).toBeNull();
  });
});
