import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { quarryEngine } from "./quarry.js";

let engine: Engine;
beforeAll(async () => {
  engine = await quarryEngine();
});
const ask = (q: string) => engine.answer(q);

describe("a person's thing asked of", () => {
  it("answers where the person's interview was published from the interview's circumstance", () => {
    const a = ask("where was vos's interview published");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^According to the article: in an interview for the Vale Herald/);
  });

  it("still finds no place for the person herself", () => {
    expect(ask("where was vos").answered).toBe(false);
  });
});
