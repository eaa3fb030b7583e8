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

describe("verbs of two relations joined", () => {
  it("answers with the best fact of each relation, however far one outscores the other", () => {
    const count = ask("how many towns have signed or drafted the supply deals");
    expect(count.text).toMatch(/^The article names five: /);
    for (const town of ["Ashby", "Brill", "Colne", "Dunn", "Eske"]) expect(count.text).toContain(town);
    const which = ask("which towns have signed or drafted the supply deals");
    expect(which.text).toMatch(/Ashby, Brill and Colne have already signed/);
    expect(which.text).toMatch(/drafted with Dunn and Eske/);
  });

  it("keeps to one relation where no second verb is joined", () => {
    const a = ask("how many towns have signed the supply deals");
    expect(a.text).toMatch(/^The article names three: Ashby, Brill and Colne\./);
  });
});
