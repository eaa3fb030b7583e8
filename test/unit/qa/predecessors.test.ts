import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";
import { museumEngine } from "./harwick.js";

/** A made-up notice naming who leads a lighthouse trust now, and nobody who led it before. */
const ARTICLE = [
  "Captain Mara Quell is the keeper of the Sandby Light Trust.",
  "Quell said the lamp would be relit in May.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "The Sandby Light will shine again"
  publisher: Sandby Notes
  summary: Captain Mara Quell, keeper of the Sandby Light Trust, says the lamp will be relit.
types:
  - id: person
    title: People
    words: [person, people]
    person: true
  - id: body
    title: Bodies
    words: [trust]
relations:
  - id: keeps
    label: is the keeper of
    verbs: [keep, lead, head]
    nouns: [keeper]
  - id: said
    label: said
    verbs: [say]
entities:
  - id: quell
    type: person
    name: Mara Quell
    aliases: [Quell, Captain Mara Quell]
    description: Captain Mara Quell is the keeper of the Sandby Light Trust.
    evidence: Captain Mara Quell is the keeper of the Sandby Light Trust.
  - id: trust
    type: body
    name: the Sandby Light Trust
    aliases: [Sandby Light Trust]
    description: The Sandby Light Trust looks after the Sandby Light.
    evidence: the Sandby Light Trust.
facts:
  - id: quell-keeper
    relation: keeps
    subject: [quell]
    object: [trust]
    answer: Captain Mara Quell is the keeper of the Sandby Light Trust.
    evidence: Captain Mara Quell is the keeper of the Sandby Light Trust.
    question: Who is the keeper of the Sandby Light Trust?
  - id: quell-lamp
    relation: said
    subject: [quell]
    answer: Quell said the lamp would be relit in May.
    evidence: Quell said the lamp would be relit in May.
    when: in May
    question: When will the lamp be relit?
`;

describe("who held an office before", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOf(KNOWLEDGE, ARTICLE, "<lighthouse>");
  });

  it.each([
    "who was the keeper of the Sandby Light Trust before Quell?",
    "who led the trust before Mara Quell",
    "who was the previous keeper of the trust?",
    "who was the former keeper of the Sandby Light Trust",
  ])("is a gap where the article names no one earlier: %s", (question) => {
    const a = engine.answer(question);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/does not say/);
  });

  it("still answers who holds it now", () => {
    const a = engine.answer("who is the keeper of the Sandby Light Trust?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Quell/);
  });

  it("answers with the predecessor where the article names one", async () => {
    const museum = await museumEngine();
    const before = museum.answer("who directed the museum before Voss?");
    expect(before.answered).toBe(true);
    expect(before.text).toMatch(/Grall/);
    expect(museum.answer("who did Voss replace as director?").text).toMatch(/Grall/);
  });
});
