import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { museumEngine } from "./harwick.js";

/**
 * A choice between a body the article never mentions and a name it does: the known name is the
 * answer, told with what the article says of it, rather than "the article does not mention ...".
 */
let engine: Engine;
beforeAll(async () => {
  engine = await museumEngine();
});
const ask = (q: string) => engine.answer(q);

describe("a choice between a name the article never uses and one it does", () => {
  it("answers a yes/no choice with the known name", () => {
    for (const q of [
      "is voss at the arts board or the harwick city museum",
      "tbh is voss harwick city museum or arts board?",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^The Harwick City Museum\.\n.*director/i);
    }
  });

  it("answers a question that ends with an unknown guess after its question mark", () => {
    const a = ask("who directs the museum now? arts board?? 🤷");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Elena Voss/);
  });

  it("still says the article does not mention a name offered on its own", () => {
    expect(ask("is voss at the arts board?").text).toMatch(/does not mention Arts Board/i);
  });
});

describe("a yes/no question about the article itself naming what it never mentions", () => {
  it("answers no, as an answer to the question asked", () => {
    for (const q of [
      "does the article mention the arts board at all?",
      "is the arts board mentioned in this story",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.verdict, q).toBe("no");
      expect(a.text, q).toMatch(/^No\. The article does not mention Arts Board/);
    }
  });
});
