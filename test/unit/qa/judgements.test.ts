import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article where a speaker judges one thing and says something else of another of its kind:
 * a question asking the opposite judgement is answered no, a statement typed as a question is read as
 * one, and the speaker's words on the other thing decide nothing about the first.
 */
const ARTICLE = [
  "Odell said the old pier needs repairs.",
  "Mayor Lena Odell said the new pier is an excellent investment for the town.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Mayor on the piers"
  publisher: Harbour Gazette
  summary: Mayor Lena Odell spoke about the town's piers.
types:
  - id: person
    title: People
    words: [person]
    person: true
  - id: structure
    title: Structures
    words: [pier, structure]
relations:
  - id: said
    label: said
    verbs: [say, think, believe, call]
entities:
  - id: odell
    type: person
    name: Lena Odell
    aliases: [Odell, mayor]
    description: Lena Odell is the mayor who spoke about the piers.
    evidence: Mayor Lena Odell
  - id: new-pier
    type: structure
    name: new pier
    description: The new pier is what Lena Odell called an excellent investment.
    evidence: the new pier
  - id: old-pier
    type: structure
    name: old pier
    description: The old pier is the one that needs repairs.
    evidence: the old pier
facts:
  - id: old-pier-repairs
    relation: said
    subject: [odell]
    mentions: [old-pier]
    answer: Lena Odell said the old pier needs repairs.
    evidence: Odell said the old pier needs repairs.
    question: What did Lena Odell say about the old pier?
  - id: new-pier-investment
    relation: said
    subject: [odell]
    mentions: [new-pier]
    answer: Lena Odell said the new pier is an excellent investment for the town.
    evidence: Mayor Lena Odell said the new pier is an excellent investment for the town.
    question: What did Lena Odell say about the new pier?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "judgements");
});

describe("a judgement and its opposite", () => {
  it("answers no when the question asks the opposite of what the speaker said", () => {
    const a = engine.answer("does odell think the new pier is a bad investment");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\b.*excellent/);
  });

  it("reads a statement with a question mark, after a word that leads in, as a yes/no question", () => {
    expect(engine.answer("so odell thinks the new pier is a terrible investment?").verdict).toBe("no");
  });

  it("does not answer no from the speaker's words on another thing of the kind", () => {
    expect(engine.answer("does odell think the new pier is wise").verdict).not.toBe("no");
  });
});
