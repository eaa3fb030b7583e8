import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";
import { MUSEUM_ARTICLE, MUSEUM_KNOWLEDGE, museumEngine } from "./harwick.js";

/**
 * Words of chat around a question that ask nothing themselves: "who tf is X", "X stands for what
 * again", a closing "tl;dr", and the article pointed at as where the thing asked is ("on this story").
 */
let engine: Engine;
let storied: Engine;
beforeAll(async () => {
  engine = await museumEngine();
  // The knowledge uses "story" as a word of its own facts, and "take" as a verb of taking photos.
  const knowledge = MUSEUM_KNOWLEDGE.replace("verbs: [photograph, shoot]", "verbs: [photograph, shoot, take]")
    .replace("types:\n", "synonyms:\n  - [story, report, release]\ntypes:\n")
    .replace(
      "    question: Who directs the museum?\n",
      "    keywords: [story]\n    question: Who directs the museum?\n",
    )
    .replace(
      "    question: What did Ian Moss say about Elena Voss?\n",
      "    keywords: [story]\n    question: What did Ian Moss say about Elena Voss?\n",
    );
  storied = await engineOf(knowledge, MUSEUM_ARTICLE, "<museum story>");
});

describe("chat words that ask nothing", () => {
  it("reads 'tf' and 'again' as chat", () => {
    const who = engine.answer("who tf is ian moss 😅");
    expect(who.answered).toBe(true);
    expect(who.text).toMatch(/chair of the Harwick Trust/);
    const again = engine.answer("moss is the chair of what again");
    expect(again.answered).toBe(true);
    expect(again.text).toMatch(/Harwick Trust/);
  });

  it("reads a closing 'tl;dr' as chat", () => {
    const a = engine.answer("what did moss say on monday, tl;dr?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/fine choice/);
  });

  it("reads 'on this story' as where the thing asked is, not a topic", () => {
    const a = storied.answer("who took the photo on this story 📸");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Lena Marsh/);
  });
});
