import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { groveEngine } from "./grove.js";

let engine: Engine;
beforeAll(async () => {
  engine = await groveEngine();
});
const ask = (q: string) => engine.answer(q);

describe("a verb of listing that opens the question", () => {
  it("lists every entity of the kind named after it", () => {
    for (const q of [
      "list every town the article mentions",
      "can you list the towns",
      "hey pls list all towns",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      for (const town of ["Brindle", "Corran"]) expect(a.text, q).toContain(town);
    }
  });

  it("lists the people quoted after 'everyone'", () => {
    const a = ask("list everyone quoted in the article");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Ruth Okafor and Tom Reyes\./);
    expect(a.text).not.toMatch(/Nils Berg/);
  });

  it("leaves a yes/no question about someone else's list alone", () => {
    const a = ask("did okafor list brindle");
    expect(a.text).not.toMatch(/^Brindle, Corran/);
  });
});
