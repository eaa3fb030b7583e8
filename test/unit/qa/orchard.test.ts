import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { orchardEngine } from "./orchard.js";

let engine: Engine;
beforeAll(async () => {
  engine = await orchardEngine();
});
const ask = (q: string) => engine.answer(q);

describe("counts, bounds and times told by an event", () => {
  it("reads a relation's noun after 'before' as a time, not the relation asked", () => {
    const a = ask("did the cooperative send anyone before the onset");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/moved pickers/);
  });

  it("judges each figure of a tagged statement, a bound being a lower limit", () => {
    const low = ask("around 1500 pickers from 20 counties, right");
    expect(low.verdict).toBe("no");
    expect(low.text).toMatch(/2,000/);
    const under = ask("so 1k pickers from 12 counties right");
    expect(under.verdict).toBe("no");
    const within = ask("so 3k pickers from 12 counties right");
    expect(within.verdict).not.toBe("yes");
    expect(within.verdict).not.toBe("no");
  });

  it("asks whether a count is so from a figure and the names it counts", () => {
    const wrong = ask("5 cold storage crews?");
    expect(wrong.verdict).toBe("no");
    expect(wrong.text).toMatch(/Four/);
    expect(ask("4 cold storage crews?").verdict).toBe("yes");
  });
});

describe("questions finer than the article", () => {
  it("does not split a count by one of the places it comes from", () => {
    expect(ask("how many of the pickers are from oregon").answered).toBe(false);
    expect(ask("how many pickers are bringing in the harvest").text).toMatch(/2,000/);
  });

  it("tells a class the article names none of as a gap", () => {
    expect(ask("which cider mills are kept cold").answered).toBe(false);
  });

  it("takes 'exactly' as asking more than a county's name", () => {
    expect(ask("where exactly did the frost strike").answered).toBe(false);
    expect(ask("where did the frost strike").text).toMatch(/Benton County/);
  });

  it("does not take another fact's verb as said of the question's subject", () => {
    expect(ask("did ada brook drive to benton county").answered).toBe(false);
  });

  it("leads a count asked by a kind's word with the fact's own count of that kind", () => {
    expect(ask("how many crews are stationed").text).toMatch(/^Four/);
  });

  it("reads dotted letters in a long name as its initials", () => {
    expect(ask("what does UKPB stand for").text).toMatch(/U\.K\. Pomology Board/);
  });
});
