import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { orchardEngine } from "./orchard.js";

let engine: Engine;
beforeAll(async () => {
  engine = await orchardEngine();
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
