import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { quarryEngine } from "./quarry.js";

let engine: Engine;
beforeAll(async () => {
  engine = await quarryEngine();
});
const ask = (q: string) => engine.answer(q);

describe("a title a person's names give", () => {
  it("names its one holder when it stands alone", () => {
    for (const q of ["who is the major general", "whats the first name of the major general"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^Maj\. Gen\. Hana Vos is the chair of the Quarry Board\./);
    }
  });

  it("stays a title asked of another name beside it", () => {
    const a = ask("is lund a major general");
    expect(a.verdict).toBeNull();
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/Hana Vos/);
  });

  it("answers a person's rank written out, with its short form", () => {
    for (const q of ["what is vos's rank", "what rank does vos hold"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^Hana Vos holds the rank of Major General \(Maj\. Gen\.\)\./);
    }
  });

  it("gives no rank for a person whose names hold none", () => {
    expect(ask("what is lund's rank").answered).toBe(false);
  });
});
