import { beforeAll, describe, expect, it } from "vitest";
import type { Answer, Engine } from "../../../src/qa/types.js";
import { converseAll } from "../../support/conversation.js";
import { orchardEngine } from "./synthetic.js";

let engine: Engine;
beforeAll(async () => {
  engine = await orchardEngine();
});

const conversation = (...questions: string[]): Answer[] => converseAll(engine, ...questions);

describe("a pronoun after 'is' in a follow-up", () => {
  it("stands for the name before when a name later in the question says what it is", () => {
    const [, second, third] = conversation(
      "what does lakeside market buy",
      "is it supplied by greenvale orchards?",
      "and harbor foods?",
    );
    expect(second?.verdict).toBe("yes");
    // The turn remembers the name "it" stood for, so the next name takes its place.
    expect(third?.verdict).toBe("yes");
    expect(third?.text).toMatch(/Greenvale Orchards sells apples/);
  });

  it("stays itself when the name right after it is what it is asked to be", () => {
    const [, second] = conversation("who heads greenvale orchards", "is it harbor foods or lakeside market?");
    expect(second?.text).not.toMatch(/Tom Baker heads/);
  });
});
