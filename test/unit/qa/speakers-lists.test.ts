import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { quarryEngine } from "./quarry.js";

let engine: Engine;
beforeAll(async () => {
  engine = await quarryEngine();
});
const ask = (q: string) => engine.answer(q);

describe("what a speaker listed", () => {
  it("reads 'list' after its speaker as what the speaker said", () => {
    for (const q of ["what did lund list", "what stone did lund list", "what kinds of stone did lund list"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/granite, slate and marble/);
    }
  });

  it("counts what the speaker's list holds, not the name behind it", () => {
    const towns = ask("how many vale league towns did lund list");
    expect(towns.text).toMatch(/^The article names three: Ashby, Brill and Colne\./);
    const stone = ask("how many kinds of stone did lund list");
    expect(stone.text).toMatch(/^The article names three: granite, slate and marble\./);
  });
});
