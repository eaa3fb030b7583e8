import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { kilnEngine } from "./kiln.js";

let engine: Engine;
beforeAll(async () => {
  engine = await kilnEngine();
});
const ask = (q: string) => engine.answer(q);

describe("what the article leaves open, read from the knowledge", () => {
  it("tells what a short form stands for only where a name writes it out", () => {
    const spelled = ask("what does DTC stand for");
    expect(spelled.answered).toBe(true);
    expect(spelled.text).toMatch(/Dunmore Town Council/);
    const never = ask("what is kpg short for");
    expect(never.answered).toBe(false);
    expect(never.text).toMatch(/does not say what KPG stands for/);
    expect(ask("what is the KPG").answered).toBe(true);
  });

  it("does not give a term of years for an amount asked", () => {
    const paid = ask("how much does the guild pay for the hall");
    expect(paid.answered).toBe(false);
    expect(paid.text).toMatch(/does not say/);
    const term = ask("for how many years will the kpg rent the hall");
    expect(term.answered).toBe(true);
    expect(term.text).toMatch(/ten years/);
  });

  it("tells the name of a thing the knowledge never names as a gap", () => {
    expect(ask("what's the name of the studio the guild will build").answered).toBe(false);
    expect(ask("what is the new studio called").answered).toBe(false);
    const named = ask("what is the name of the hall the guild rents");
    expect(named.answered).toBe(true);
    expect(named.text).toMatch(/old mill hall/i);
  });

  it("leaves out only the names right after 'besides'", () => {
    const a = ask("may groups besides the kpg use the hall");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/other groups may also use it/);
  });

  it("reads 'according to its chair' as the holder of that office", () => {
    const a = ask("what has the guild been doing for 40 years according to its chair");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Rosa Linden said the guild has been firing its kilns/);
    expect(ask("has the guild been firing kilns according to its chair").text).toMatch(
      /^Yes\. Rosa Linden said/,
    );
  });

  it("reads 'who gets X' as whom the facts say X goes to, where no relation has a verb of receiving", () => {
    const a = ask("who gets the building permit");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/permit to the KPG/);
    expect(ask("who gets the studio").answered).toBe(false);
  });
});
