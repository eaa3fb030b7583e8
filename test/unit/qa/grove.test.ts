import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { groveEngine } from "./grove.js";

let engine: Engine;
beforeAll(async () => {
  engine = await groveEngine();
});
const ask = (q: string) => engine.answer(q);

describe("the people an article quotes", () => {
  it("names everyone a fact of saying has speak, and no one else", () => {
    for (const q of ["who does the report cite?", "what officials are quoted in the story"]) {
      const a = ask(q);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/^Ruth Okafor and Tom Reyes\./);
      expect(a.text).not.toMatch(/Nils Berg/);
    }
  });

  it("counts them", () => {
    const a = ask("how many people does the article quote");
    expect(a.text).toMatch(/two/);
  });
});

describe("two names joined by a sign", () => {
  it("reads a plus or an ampersand as 'and'", () => {
    for (const q of ["brindle + corran receive what", "what do Brindle&Corran get?"]) {
      const a = ask(q);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/^Greenvale Growers delivers apples to Brindle and Corran/);
    }
  });
});

describe("a count over one statement's list", () => {
  it("reads a relation's word after 'of' as its noun, not as the counted kind's verb", () => {
    const a = ask("how many towns are in okafor's list of supply items");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/four/);
  });
});

describe("a name's list", () => {
  it("is what the name's statement enumerates, not a thing a fact must hold", () => {
    const a = ask("in okafor's rundown, what is dunmore getting");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Greenvale Growers delivers cider presses to Dunmore/);
  });
});
