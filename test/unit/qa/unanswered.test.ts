import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { trawlerEngine } from "./trawler.js";

let engine: Engine;
beforeAll(async () => {
  engine = await trawlerEngine();
});
const ask = (q: string) => engine.answer(q);
const unsaid = (q: string) => {
  const a = ask(q);
  expect(a.answered, q).toBe(false);
  expect(a.verdict, q).toBeNull();
  return a;
};

describe("questions the facts hold stay answered", () => {
  it("answers what the article says", () => {
    expect(ask("who argued the case").text).toMatch(/Ines Roa/);
    expect(ask("who is the harbor warden").text).toMatch(/Ella Brandt/);
    expect(ask("what must maas do").text).toMatch(/community service/);
    expect(ask("what is the top penalty under the coastal fisheries code").text).toMatch(/\$20,000/);
    expect(ask("when was maas fined").text).toMatch(/April 2/);
    expect(ask("is brandt the warden").verdict).toBe("yes");
  });

  it("reads a contraction of have typed without its apostrophe", () => {
    const a = ask("top penalty he couldve paid?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\$20,000/);
  });
});

describe("an office asked with another rank than the facts give", () => {
  it("does not answer the plain office with a deputy", () => {
    expect(unsaid("who was the harbor counsel").text).toMatch(/What it says: .*Deputy Harbor Counsel/);
  });

  it("does not answer an acting office with facts that never say acting", () => {
    unsaid("who was the acting warden");
  });
});

describe("a name the article never gives", () => {
  it("tells 'which N' as a gap when the facts use N only as an ordinary word", () => {
    expect(unsaid("which shelter will maas work at").text).toMatch(/What it says: .*at a shelter/);
  });
});

describe("a fact under another law", () => {
  it("does not give one law's penalty for another", () => {
    expect(unsaid("what is the top penalty under the salmon rivers charter").text).toMatch(
      /What it says: Under the Coastal Fisheries Code/,
    );
  });
});

describe("what the facts give no figure, date or payer for", () => {
  it("does not compare amounts the facts never give", () => {
    unsaid("which gets more patrol boats, kellby or ostmark");
  });

  it("does not say whether a state lasts to the present day", () => {
    unsaid("is brandt still the warden now");
  });

  it("does not say who pays where no fact does", () => {
    unsaid("is the harbor board funding the patrol boats itself");
  });

  it("does not date what the question's own verb asks by another fact's date", () => {
    const a = unsaid("when does maas have to hand over his trawler");
    expect(a.text).not.toMatch(/April 2/);
  });

  it("does not give a maximum from a fact that states none", () => {
    unsaid("what's the maximum service time for netting in kellby");
  });
});
