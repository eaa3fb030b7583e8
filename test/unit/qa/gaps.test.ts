import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { orchardEngine } from "./synthetic.js";

let engine: Engine;
beforeAll(async () => {
  engine = await orchardEngine();
});
const ask = (q: string) => engine.answer(q);

describe("gaps read from what the question asks", () => {
  it("answers what the facts hold", () => {
    const a = ask("what does harbor foods get");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/apples/);
  });

  it("tells 'what is the N of X' as a gap when no fact holds N", () => {
    const a = ask("what is the size of the apples harbor foods gets");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article does not say "what is the size/);
    expect(ask("what's the weight of the apples lakeside market buys").answered).toBe(false);
  });

  it("tells 'what kind of N' as a gap when no fact holds N", () => {
    expect(ask("what kind of tractors does greenvale orchards use").answered).toBe(false);
  });

  it("tells a gap when the question's only words besides its names are ones no fact uses", () => {
    const a = ask("which farmer grows the apples for lakeside market");
    expect(a.answered).toBe(false);
    expect(ask("what brand are the apples for harbor foods").answered).toBe(false);
  });
});

describe("yes/no questions the other way round", () => {
  it("says yes the way the fact goes", () => {
    expect(ask("does greenvale orchards sell apples to harbor foods").verdict).toBe("yes");
    expect(ask("is harbor foods supplied by greenvale orchards").verdict).toBe("yes");
  });

  it("does not decide a question that swaps the fact's sides", () => {
    for (const q of [
      "does harbor foods sell apples to greenvale orchards",
      "is greenvale orchards supplied by harbor foods",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.verdict, q).toBeNull();
      expect(a.text, q).toMatch(/What it says: Greenvale Orchards sells apples/);
    }
  });
});

describe("names the article never uses", () => {
  it("are not corrected into an ordinary word where a yes/no question's subject stands", () => {
    // "storex" is one letter from "store", a word of the article; as the subject it is a name.
    const a = ask("does storex buy apples from greenvale orchards");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\. Greenvale Orchards sells apples to Harbor Foods and Lakeside Market/);
  });

  it("still correct a typo of a name there", () => {
    expect(ask("does harbr foods buy apples from greenvale orchards").verdict).toBe("yes");
  });

  it("are answered no against a list the article counts, and left undecided otherwise", () => {
    expect(ask("does greenvale orchards sell apples to storex").verdict).toBe("no");
    const open = ask("did storex say the harvest was the best");
    expect(open.answered).toBe(false);
    expect(open.verdict).toBeNull();
  });
});

describe("what a question counts or measures", () => {
  it("tells a gap when what 'how much' counts is nothing a fact holds", () => {
    expect(ask("how much money does harbor foods pay greenvale orchards").answered).toBe(false);
  });
});

describe("one name said to be another", () => {
  it("says no when the question calls a name by another one's alias of the same kind", () => {
    const a = ask("is tom baker the chief buyer?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\. Anna Reyes is the chief buyer at Harbor Foods/);
  });

  it("says yes when the alias is the name's own", () => {
    expect(ask("is anna reyes the chief buyer?").verdict).toBe("yes");
  });
});

describe("a relation labelled as a passive ('is located in')", () => {
  it("reads 'X is based in Y' the fact's way round, the verb listed as the relation's inverse", () => {
    expect(ask("is harbor foods based in millbrook").verdict).toBe("yes");
    expect(ask("which town is harbor foods located in").text).toMatch(/Millbrook/);
  });

  it("says no when the fact puts the name's single place elsewhere", () => {
    const a = ask("is harbor foods based in riverton");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\. Harbor Foods is in Millbrook/);
  });
});

describe("a count stated in a yes/no question", () => {
  it("is answered no when the fact counting the same thing gives another number", () => {
    const a = ask("does greenvale orchards sell apples to three shops?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\. Greenvale Orchards sells apples to Harbor Foods and Lakeside Market/);
    expect(ask("did greenvale orchards choose 3 drivers").verdict).toBe("no");
  });

  it("leaves the answer alone when the number agrees", () => {
    expect(ask("does greenvale orchards sell apples to 2 shops?").verdict).not.toBe("no");
    expect(ask("did greenvale orchards choose two drivers").verdict).not.toBe("no");
  });
});

describe("a time on the calendar", () => {
  it("is not given by a time that names no day, month or figure", () => {
    expect(ask("when did tom baker talk about the harvest").text).toMatch(/end of the season/);
    const a = ask("what date did tom baker talk about the harvest");
    expect(a.answered).toBe(false);
    expect(ask("which year did tom baker talk about the harvest").answered).toBe(false);
  });
});

describe("what a thing is called", () => {
  it("gives the name, not what anyone said, though 'call' is a verb of saying", () => {
    const a = ask("what is the orchard called");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Greenvale Orchards is an orchard/);
    expect(ask("whats the orchard named").text).toMatch(/^Greenvale Orchards/);
  });
});

describe("a condition inside the question", () => {
  it("is met by the fact whose own time states it", () => {
    const a = ask("what happens to the apples when the shops are closed");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^When the shops are closed, the apples are kept in a cold store/);
  });
});

describe("how many kinds one statement lists", () => {
  it("counts the names of that kind in the statement", () => {
    const a = ask("how many kinds of fruit did tom baker name");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^The article names three: apples, pears and plums/);
  });
});

describe("a count of one side of a relation", () => {
  it("counts the side the question leaves open, not the name it gives", () => {
    for (const q of [
      "how many companies does greenvale orchards sell to",
      "how many shops get apples from greenvale",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^The article names two: Harbor Foods and Lakeside Market/);
    }
  });
});
