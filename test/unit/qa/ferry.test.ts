import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { ferryEngine } from "./ferry.js";

let engine: Engine;
beforeAll(async () => {
  engine = await ferryEngine();
});
const ask = (q: string) => engine.answer(q);

describe("a one-word name known by its synonyms", () => {
  it("reads a synonym of a name as that name", () => {
    const a = ask("which island receives speedboats");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/motorboats to Northholm/);
    expect(a.text).not.toMatch(/Southholm/);
  });

  it("answers no when another holds what the synonym names", () => {
    const a = ask("does southholm buy lighters");
    expect(a.verdict).toBe("yes");
    const b = ask("does northholm buy lighters");
    expect(b.verdict).toBe("no");
    expect(b.text).toMatch(/motorboats to Northholm/);
  });
});

describe("a kind's own word", () => {
  it("is not a country's name spelt the same in another language", () => {
    const a = ask("which island does bluewater sell barges to");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Southholm/);
  });
});

describe("a statement closed by a tag", () => {
  it("is asked as a yes/no question", () => {
    const yes = ask("northholm receives motorboats, right?");
    expect(yes.verdict).toBe("yes");
    const no = ask("southholm gets the motorboats correct?");
    expect(no.verdict).toBe("no");
    expect(no.text).toMatch(/^No\. Bluewater Lines supplies cargo barges to Southholm/);
  });
});

describe("what a short form stands for", () => {
  it("is read from two names of one entity, one written short and one in full", () => {
    const a = ask("what do the letters capt cmdr stand for");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Capt\. Cmdr\. stands for Captain Commander\./);
    expect(ask("whats the meaning of cmdr.").text).toMatch(/^Cmdr\. stands for Commander\./);
  });

  it("is not made from a name that only shares its opening letters", () => {
    expect(ask("what does bluewater mean").text).not.toMatch(/stands for/);
  });
});

describe("a reason asked without 'why'", () => {
  it("reads 'the point of X' and 'the purpose of X' as why", () => {
    for (const q of ["what's the point of the new pier", "what is the purpose of the pier"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/larger ferries/);
    }
  });

  it("knows a verb by another that means the same in any article", () => {
    const a = ask("why build the new pier at all");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/larger ferries/);
  });
});

describe("whether work is over", () => {
  it("is answered from a fact that says the work goes on", () => {
    const done = ask("is the work on the new pier finished?");
    expect(done.verdict).toBe("no");
    expect(done.text).toMatch(/^No\. Brandt said work on the new pier at Northholm continues/);
    expect(ask("is work on the pier still going").verdict).toBe("yes");
  });

  it("is left alone when no fact about the names says the work goes on", () => {
    expect(ask("is the barge to southholm finished").verdict).not.toBe("no");
  });
});

describe("a relative clause after a name", () => {
  it("says which one is meant, and is not the relation asked", () => {
    const a = ask("what is the status now of the pier that is being constructed");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/continues to make progress/);
  });
});

describe("the article speaking of a kind", () => {
  it("lists every entity of the kind it mentions", () => {
    for (const q of ["which islands does the article mention", "which islands does the story mention"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^Northholm and Southholm\./);
    }
  });
});

describe("what a thing shows", () => {
  it("is a gap when no relation of the knowledge is about showing", () => {
    const a = ask("so what does the photo on top actually show");
    expect(a.answered).toBe(false);
    expect(ask("what does the photo depict").answered).toBe(false);
  });

  it("is what the article says when the article shows it", () => {
    const a = ask("what does the article show about southholm");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Southholm/);
  });
});
