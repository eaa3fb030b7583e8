import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/** A made-up article: two bakers created one recipe together, and one of them wrote a book. */
const ARTICLE = "Ada Pell created the rye recipe with her colleague Ben Ocks. Pell also wrote a baking book.";

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Two bakers and a rye recipe"
  publisher: Oven Weekly
  summary: Ada Pell and Ben Ocks created a rye recipe; Pell wrote a book.
types:
  - id: person
    title: People
    words: [person, baker]
    person: true
  - id: work
    title: Works
    words: [recipe, book]
relations:
  - id: created
    label: created
    verbs: [create, invent, make]
  - id: wrote
    label: wrote
    verbs: [write]
entities:
  - id: pell
    type: person
    name: Ada Pell
    aliases: [Pell]
    description: Ada Pell is a baker who created the rye recipe with Ben Ocks and wrote a baking book.
    evidence: Ada Pell
  - id: ocks
    type: person
    name: Ben Ocks
    aliases: [Ocks]
    description: Ben Ocks is Ada Pell's colleague, with whom she created the rye recipe.
    evidence: Ben Ocks
  - id: recipe
    type: work
    name: the rye recipe
    aliases: [rye recipe]
    description: The rye recipe was created by Ada Pell and Ben Ocks.
    evidence: the rye recipe
  - id: book
    type: work
    name: the baking book
    aliases: [baking book]
    description: Ada Pell wrote a baking book.
    evidence: a baking book
facts:
  - id: recipe-created
    relation: created
    subject: [pell, ocks]
    object: [recipe]
    answer: Ada Pell created the rye recipe with her colleague Ben Ocks.
    evidence: Ada Pell created the rye recipe with her colleague Ben Ocks
    question: Who created the rye recipe?
  - id: book-written
    relation: wrote
    subject: [pell]
    object: [book]
    answer: Ada Pell wrote a baking book.
    evidence: Pell also wrote a baking book
    question: What did Pell write?
`;

describe("whether someone did a thing alone", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOf(KNOWLEDGE, ARTICLE, "<done-alone>");
  });

  it("answers no where the fact puts another beside the name", () => {
    for (const q of [
      "did pell create the rye recipe alone?",
      "did ada pell make the rye recipe by herself",
      "did pell invent the rye recipe on her own",
    ]) {
      const a = engine.answer(q);
      expect(a.verdict, q).toBe("no");
      expect(a.text).toMatch(/Ben Ocks/);
    }
  });

  it("answers yes where nobody else is on the name's side", () => {
    expect(engine.answer("did pell write the baking book by herself?").verdict).toBe("yes");
  });

  it("answers yes to the plain question, and where every doer is named", () => {
    expect(engine.answer("did pell create the rye recipe?").verdict).toBe("yes");
    expect(engine.answer("did pell and ocks create the rye recipe alone?").verdict).toBe("yes");
  });
});
