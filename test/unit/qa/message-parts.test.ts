import { beforeAll, describe, expect, it } from "vitest";
import { english } from "../../../src/qa/lang/en.js";
import { russian } from "../../../src/qa/lang/ru.js";
import { splitParts } from "../../../src/qa/parts.js";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about a harbour town: its paper, its mayor, and a bridge. It says who publishes
 * the paper and what the mayor said, not who edits the paper.
 */
const ARTICLE = [
  "The Harbor Times, a weekly newspaper published by the Coast Press Group, interviewed Mayor Ana Ruiz on Monday.",
  "Ruiz said the old bridge was repaired last year and will reopen in May.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Harbor mayor on the bridge"
  publisher: Harbor Times
  summary: Mayor Ana Ruiz told the Harbor Times the repaired bridge reopens in May.
types:
  - id: person
    title: People
    words: [person, mayor]
    person: true
  - id: paper
    title: Newspapers
    words: [newspaper, paper]
  - id: company
    title: Companies
    words: [company, group]
  - id: structure
    title: Structures
    words: [bridge]
relations:
  - id: publishes
    label: publishes
    verbs: [publish, run, own]
    nouns: [publisher, owner]
  - id: said
    label: said
    verbs: [say, speak, tell]
entities:
  - id: times
    type: paper
    name: the Harbor Times
    aliases: [Harbor Times]
    description: The Harbor Times is a weekly newspaper published by the Coast Press Group.
    evidence: The Harbor Times, a weekly newspaper published by the Coast Press Group
  - id: coast
    type: company
    name: the Coast Press Group
    aliases: [Coast Press Group, Coast Press]
    description: The Coast Press Group publishes the Harbor Times.
    evidence: published by the Coast Press Group
  - id: ruiz
    type: person
    name: Mayor Ana Ruiz
    aliases: [Ruiz, Ana Ruiz]
    description: Ana Ruiz is the mayor; the Harbor Times interviewed her on Monday.
    evidence: Mayor Ana Ruiz
  - id: bridge
    type: structure
    name: the old bridge
    aliases: [bridge, old bridge]
    description: The old bridge was repaired last year and will reopen in May.
    evidence: the old bridge was repaired last year
facts:
  - id: times-publisher
    relation: publishes
    subject: [coast]
    object: [times]
    answer: The Harbor Times is a weekly newspaper published by the Coast Press Group.
    evidence: The Harbor Times, a weekly newspaper published by the Coast Press Group
    question: Who publishes the Harbor Times?
  - id: ruiz-said
    relation: said
    subject: [ruiz]
    object: [bridge]
    answer: On Monday, Mayor Ana Ruiz told the Harbor Times that the old bridge, repaired last year, will reopen in May.
    evidence: Ruiz said the old bridge was repaired last year and will reopen in May.
    question: What did Ruiz say about the bridge?
`;

describe("a message of several questions", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOf(KNOWLEDGE, ARTICLE, "harbor");
  });

  it("is answered when one question is, the other saying the article does not say it", () => {
    const a = engine.answer("what did ruiz say about the bridge and whats the editor's name");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/May/);
    expect(engine.answer("whats the editor's name").answered).toBe(false);
  });

  it("is not answered when a part after a comma only narrows a question the article leaves open", () => {
    const a = engine.answer("who publishes the harbor times, whats the editor's name");
    expect(a.answered).toBe(false);
  });

  it("reads chat spellings of ordinary words as the words", () => {
    const a = engine.answer("what did ruiz say smth about the bridge");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/May/);
  });

  it("keeps the two ends of a range in one question", () => {
    expect(splitParts("who was mayor between 2010 and when ruiz started", english, () => false)).toHaveLength(
      1,
    );
    expect(splitParts("what is the harbor times and who runs it", english, () => false)).toHaveLength(2);
  });

  it("splits before a question word that follows its preposition", () => {
    expect(splitParts("who is ruiz and in which paper did she speak", english, () => false)).toEqual([
      "who is ruiz",
      "in which paper did she speak",
    ]);
    expect(splitParts("кто такая руис и в какой газете она говорила", russian, () => false)).toHaveLength(2);
    expect(splitParts("what did ruiz say about the bridge and the paper", english, () => false)).toHaveLength(
      1,
    );
  });
});
