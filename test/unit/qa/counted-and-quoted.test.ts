import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";
import { MUSEUM_ARTICLE, MUSEUM_KNOWLEDGE, museumEngine } from "./harwick.js";

/**
 * Counting a kind the article names, in chat ("in total", "incl the photographer"), and who of the
 * speakers a fact quotes in their own words.
 */
let engine: Engine;
let quoting: Engine;
beforeAll(async () => {
  engine = await museumEngine();
  // The knowledge gives Moss's words in quotation marks, and Voss's as reported speech.
  const knowledge = MUSEUM_KNOWLEDGE.replace(
    "    answer: On Monday, Ian Moss said Voss was a fine choice.\n",
    '    answer: "On Monday, Ian Moss said: “Voss was a fine choice.”"\n',
  );
  quoting = await engineOf(knowledge, MUSEUM_ARTICLE, "<museum quoting>");
});

describe("a count of a kind the article names", () => {
  it("counts the kind as a whole, in total", () => {
    const a = engine.answer("how many people r named in the artcle in total");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^The article names four/);
  });

  it("takes in what follows 'including' rather than counting only that", () => {
    for (const q of [
      "how many people are named in the article incl the photographer",
      "how many people are named in the article, including the photographer?",
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^The article names four/);
    }
  });
});

describe("who is quoted in their own words", () => {
  it("names only the speakers a fact quotes directly", () => {
    const a = quoting.answer("who is directly quoted?");
    expect(a.text).toMatch(/^Ian Moss\.\n/);
  });

  it("chooses among the people offered", () => {
    for (const q of [
      "voss and moss - which one actually gets directly quoted?",
      "which one gets quoted word for word, voss or moss",
    ]) {
      const a = quoting.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^Ian Moss\.\n/);
    }
  });

  it("tells the words in quotation marks where they are asked for", () => {
    expect(quoting.answer("who is directly quoted?").text).toMatch(/fine choice/);
    expect(quoting.answer("who is quoted").text).toMatch(/take its shows/);
  });
});
