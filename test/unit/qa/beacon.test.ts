import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { beaconEngine } from "./beacon.js";

let engine: Engine;
beforeAll(async () => {
  engine = await beaconEngine();
});
const ask = (q: string) => engine.answer(q);

describe("a country's name before a body whose own name holds it", () => {
  it("reads the two as the one body, and confirms its head", () => {
    expect(ask("is storm the head of norland's coast guard?").verdict).toBe("yes");
    expect(ask("is reed the head of norland's coast guard?").verdict).toBe("no");
    // The country after the body, as a genitive puts it.
    expect(ask("is reed the head of the port authority norland?").verdict).toBe("yes");
  });
});

describe("a relation named by a phrase of two words", () => {
  it("confirms with the phrase's words as the relation, not as words the fact must hold", () => {
    expect(ask("is storm in charge of the coast guard?").verdict).toBe("yes");
    expect(ask("is storm the person in charge of norlands coast guard").verdict).toBe("yes");
  });
});

describe("whether a state lasts, against a fact that it changed from it into another", () => {
  it("answers no, with the fact that says what it is now", () => {
    const a = ask("are the rescue drills still held monthly?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\b.*weekly/);
  });

  it("leaves a question without the lasting word, or about the new state, alone", () => {
    expect(ask("are the rescue drills held monthly?").verdict).not.toBe("no");
    expect(ask("are the rescue drills still held weekly?").verdict).not.toBe("no");
  });
});

describe("a rule asked with an empty subject and an infinitive", () => {
  it("takes no deed done elsewhere for a no", () => {
    expect(ask("is it illegal to rescue a seal at the harbour?").verdict).not.toBe("no");
  });
});
