import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { ferryEngine } from "./ferry.js";

let engine: Engine;
beforeAll(async () => {
  engine = await ferryEngine();
});
const ask = (q: string) => engine.answer(q);

describe("a thing going to a receiver", () => {
  it("reads a verb of going before 'to' as the relation that receives", () => {
    const a = ask("cargo barges heading to which island?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Southholm/);
    expect(a.text).not.toMatch(/Northholm/);
    const b = ask("which island are the motorboats going to");
    expect(b.answered).toBe(true);
    expect(b.text).toMatch(/^Bluewater Lines supplies motorboats to Northholm/);
  });
});

describe("where a thing is at, right now", () => {
  it("asks for its state with a word of the present after the preposition", () => {
    const a = ask("where's the new pier at right now");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/continues to make progress/);
  });
});

describe("what happens next with a thing", () => {
  it("asks the state it is in", () => {
    const a = ask("so what happens next with the new pier?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Brandt said work on the new pier at Northholm continues to make progress/);
  });
});
