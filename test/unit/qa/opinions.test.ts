import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { museumEngine } from "./harwick.js";

let engine: Engine;
beforeAll(async () => {
  engine = await museumEngine();
});
const ask = (q: string) => engine.answer(q);

describe("a question asking the reader's own view", () => {
  it.each([
    "in ur opinion is the museum worth a visit",
    "do you think the museum is a good place",
    "what do u reckon about the museum's galleries",
    "whats your take on the rose garden",
  ])("is not covered: %s", (question) => {
    const a = ask(question);
    expect(a.answered).toBe(false);
    expect(a.verdict).toBeNull();
    expect(a.text).toMatch(/gives no opinion/);
  });

  it("gives a view the article tells of as what it says", () => {
    const a = ask("in your opinion is Voss a fine choice");
    expect(a.answered).toBe(false);
    expect(a.verdict).toBeNull();
    expect(a.text).toMatch(/no opinion of its own/);
    expect(a.text).toMatch(/Ian Moss said Voss was a fine choice/);
  });

  it("still answers a yes or no the facts decide, framed as a view", () => {
    const yes = ask("do you think Voss replaced Peter Grall");
    expect(yes.answered).toBe(true);
    expect(yes.verdict).toBe("yes");
    expect(ask("in your opinion did Elena Voss study at Northgate University").verdict).toBe("yes");
  });

  it("still answers what someone else said", () => {
    const a = ask("what did Ian Moss say about Voss");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/fine choice/);
  });
});
