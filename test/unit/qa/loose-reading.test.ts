import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { reservoirEngine } from "./reservoir.js";

let engine: Engine;
beforeAll(async () => {
  engine = await reservoirEngine();
});
const ask = (q: string) => engine.answer(q);

describe("questions put loosely", () => {
  it("reads 'where is X at' as the state X is in, and a plain 'where' as its place", () => {
    const state = ask("so where's the reservoir at");
    expect(state.answered).toBe(true);
    expect(state.text).toMatch(/underway/);
    const place = ask("where is the reservoir");
    expect(place.answered).toBe(true);
    expect(place.text).toMatch(/Fenwick Hill/);
  });

  it("reads a word for someone in a role that names no office as asking for a person", () => {
    const a = ask("which bigwig gave the interview about the reservoir?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Ada Morrow/);
  });

  it("reads an office joined to a body the article never names, sharing a word with one it does, as that office", () => {
    const a = ask("who did the water agency boss talk to?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Valemont Courier/);
    // Alone, the name the article never uses is still refused.
    const alone = ask("what does the water agency do?");
    expect(alone.answered).toBe(false);
    expect(alone.text).toMatch(/does not mention Water Agency/);
  });

  it("reads a verb whose object is another relation's noun as carrying that noun", () => {
    const a = ask("which paper ran the interview with morrow?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Valemont Courier/);
  });
});
