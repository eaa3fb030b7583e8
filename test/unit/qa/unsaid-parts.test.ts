import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { museumEngine } from "./museum.js";

let engine: Engine;
beforeAll(async () => {
  engine = await museumEngine();
});
const ask = (q: string) => engine.answer(q);

describe("questions whose asked part the knowledge does not hold", () => {
  it("tells a speaker no fact of saying quotes as a gap, and answers one it quotes", () => {
    expect(ask("what did clara voss say").answered).toBe(true);
    expect(ask("what did tom hale say about the wing").answered).toBe(false);
    expect(ask("what did delta library say").answered).toBe(false);
  });

  it("tells 'how long until' as a gap when no fact gives a length of time", () => {
    expect(ask("how long until the new wing opens").answered).toBe(false);
  });

  it("tells 'what month' as a gap when the fact's time gives the year alone", () => {
    expect(ask("what month did hale retire").answered).toBe(false);
    const a = ask("what month did voss start");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/March/);
  });

  it("does not answer a time of one year with a fact of another", () => {
    expect(ask("when did voss start her position in 2019").answered).toBe(false);
    expect(ask("when did voss start her position in 2021").answered).toBe(true);
  });

  it("tells who is in the photo as a gap, while who took it is answered", () => {
    expect(ask("who is in the photo").answered).toBe(false);
    const a = ask("who took the photo");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Lens Agency/);
  });

  it("tells a place asked precisely as a gap when the fact's place names no place", () => {
    expect(ask("where exactly are the museum's partners").answered).toBe(false);
  });

  it("tells the name of one whose every fact leaves it open as a gap, said with a possessive", () => {
    expect(ask("who does voss report to, the supervisor's name").answered).toBe(false);
  });
});
