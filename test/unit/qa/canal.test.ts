import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { canalEngine } from "./canal.js";

let engine: Engine;
beforeAll(async () => {
  engine = await canalEngine();
});
const ask = (q: string) => engine.answer(q);

describe("whether a piece of work is over", () => {
  it("is no where a fact says it is still under way, with or without 'yet'", () => {
    for (const q of ["is the dredging of the east basin finished yet?", "is the east basin dredging done"]) {
      const a = ask(q);
      expect(a.verdict, q).toBe("no");
      expect(a.text, q).toMatch(/still underway/);
    }
  });

  it("is no where the fact says it is pending", () => {
    const a = ask("has the county completed its review of the west lock permits?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/pending review/);
  });

  it("is not no from a fact that says the work was completed", () => {
    expect(ask("is the towpath repair finished").verdict).not.toBe("no");
  });
});

describe("the state a piece of work is in", () => {
  it("is answered by the fact that says it goes on, though no fact has the word asked", () => {
    for (const q of [
      "what is the status of the dredging at the east basin",
      "what's happening with the east basin right now",
      "what stage is the east basin at",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/still underway/);
    }
  });

  it("is read as any other question when no fact says the work goes on", () => {
    expect(ask("what is the status of the towpath").text).not.toMatch(/underway|pending/);
  });
});

describe("what someone told a newspaper", () => {
  it("is what they said, not who they are", () => {
    for (const q of [
      "what did okafor tell the courier about the east basin",
      "what has okafor told the courier about the east basin",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^Speaking to the Harlow Courier, Okafor said dredging/);
      expect(a.text, q).not.toMatch(/engineer/);
    }
  });

  it("still takes 'tell me' as a request", () => {
    const a = ask("tell me about Okafor");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/engineer/);
  });
});
