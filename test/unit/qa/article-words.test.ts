import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { quarryEngine } from "./quarry.js";

let engine: Engine;
beforeAll(async () => {
  engine = await quarryEngine();
});
const ask = (q: string) => engine.answer(q);

describe("the article called by another word", () => {
  it("reads 'this news' as the article itself", () => {
    for (const q of ["where is this news from", "where's this news from, like what outlet"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/Dale Gazette/);
    }
    const about = ask("what is this news about");
    expect(about.text).toMatch(/^The article is Dale Gazette's report "The Portmere quarry/);
  });
});
