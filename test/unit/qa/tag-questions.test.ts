import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { ferryEngine } from "./ferry.js";

let engine: Engine;
beforeAll(async () => {
  engine = await ferryEngine();
});
const ask = (q: string) => engine.answer(q);

describe("a statement closed by an offered alternative", () => {
  it("reads 'or not' and 'or nah' as a tag, asking whether the statement holds", () => {
    const yes = ask("bluewater sells motorboats to northholm or not");
    expect(yes.verdict).toBe("yes");
    const no = ask("southholm buys the motorboats or nah");
    expect(no.verdict).toBe("no");
  });

  it("keeps a real choice between two names a choice", () => {
    const a = ask("does bluewater supply northholm or southholm with barges");
    expect(a.verdict).not.toBe("yes");
    expect(a.text).toMatch(/Southholm/);
  });
});

describe("a tagged statement made with 'to be'", () => {
  it("is a yes/no question even with no relation's word", () => {
    const a = ask("mara lind is the photographer, right?");
    expect(a.answered).toBe(true);
    expect(a.verdict).toBe("yes");
  });
});

describe("where something comes from", () => {
  it("asks who gives it", () => {
    const a = ask("where do northholm's motorboats come from");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Bluewater Lines supplies motorboats to Northholm/);
  });
});

describe("a figure typed for a preposition", () => {
  it("reads 'stand 4' as 'stand for'", () => {
    expect(ask("wht does cmdr stand 4").text).toMatch(/stands for Commander/);
  });

  it("reads '2' before a name as 'to'", () => {
    expect(ask("what does bluewater sell 2 southholm").text).toMatch(/cargo barges/);
  });
});

describe("two predicates of one subject", () => {
  it("is yes when each holds", () => {
    const a = ask("does bluewater both sell motorboats to northholm and construct the new pier");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/motorboats to Northholm/);
    expect(a.text).toMatch(/constructing the new pier/);
  });

  it("is no when one does not", () => {
    expect(ask("does bluewater both construct the pier and sell barges to northholm").verdict).toBe("no");
  });
});
