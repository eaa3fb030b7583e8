import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { bakeryEngine } from "./bakery.js";

/**
 * "Is X from W or something else": the article never mentions W, so the open alternative is what is
 * asked, and X is answered with what the article says it is.
 */
let engine: Engine;
beforeAll(async () => {
  engine = await bakeryEngine();
});

describe("a yes/no question that leaves its alternative open", () => {
  it("says the name offered is not mentioned, then what the article says of the question's name", () => {
    const a = engine.answer("is sokolov from zerkovia or something else?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^The article does not mention zerkovia\.\n.*Sunrise Bakery/i);
  });

  it("answers with what the article says where the words offered are none of its facts", () => {
    const a = engine.answer("does sokolov run the moonlight cafe or something else?");
    expect(a.verdict).not.toBe("yes");
    expect(a.text).toMatch(/^Ivan Sokolov runs Sunrise Bakery/);
  });

  it("does the same in Russian", () => {
    const a = engine.answer("соколов руководит кафе «луна» или что-то другое?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Рассвет/);
  });

  it("leaves a question asking what, with a guess, to itself", () => {
    expect(engine.answer("what does sunrise send, cakes or something?").text).not.toMatch(/does not mention/);
  });
});

describe("a phrase of words no fact uses where the fact has a name", () => {
  it("leaves the question undecided, though one of its words is no word of the language", () => {
    const a = engine.answer("does sokolov run the moonlight cafe");
    expect(a.verdict).toBeNull();
    expect(a.answered).toBe(false);
  });
});
