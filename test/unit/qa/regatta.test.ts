import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { regattaEngine } from "./regatta.js";

let engine: Engine;
beforeAll(async () => {
  engine = await regattaEngine();
});
const ask = (q: string) => engine.answer(q);

describe("a tagged statement made with 'to be' after its name", () => {
  it("is asked as 'is X ...': another owner than the fact's is no", () => {
    const no = ask("the herald is the fisheries ministry's paper right?");
    expect(no.verdict).toBe("no");
    expect(no.text).toMatch(/Ministry of Harbours/);
    expect(ask("the herald is the harbours ministry's paper right?").verdict).toBe("yes");
  });

  it("reads 'run by' another owner as the possessive: no, with the owner the fact has", () => {
    // "Led" is a verb of heading, a relation of its own, in the passive.
    const no = ask("is the herald led by the fisheries ministry?");
    expect(no.verdict).toBe("no");
    expect(no.text).toMatch(/Ministry of Harbours/);
  });
});

describe("a letter typed for a preposition", () => {
  it("reads 'w' before a name the article never uses as 'with', so the name is what is asked", () => {
    const a = ask("was rook's interview w tidewatch?");
    expect(a.verdict).not.toBe("yes");
    expect(ask("was rook's interview w the herald?").verdict).toBe("yes");
  });
});

describe("a fact that denies the clause the question asks", () => {
  it("answers no, with the fact", () => {
    const a = ask("did rook say the point of the gull drill is testing boat speed in rough weather?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/not testing boat speed/);
  });

  it("gives no 'no' when the question denies it too, or asks another clause", () => {
    expect(
      ask("did rook say the point of the gull drill is not testing boat speed in rough weather?").verdict,
    ).not.toBe("no");
    expect(ask("did rook say the point of the gull drill is learning what crews need?").verdict).not.toBe(
      "no",
    );
  });
});

describe("a place in a series the question names", () => {
  it("answers no where the fact's count gives another place", () => {
    const a = ask("was the gull drill the first drill ever?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/fifth/);
    expect(ask("was the gull drill the 2nd one").verdict).toBe("no");
    expect(ask("was the gull drill the fifth drill?").verdict).toBe("yes");
  });
});

describe("a question whether something is like another", () => {
  it("is yes where the fact about the names itself calls it so, whatever relation names the other", () => {
    const a = ask("are gale's and hurst's agreements similar to the ones the 3 signed");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/Similar agreements/);
  });

  it("is yes with the names compared to named others, either way round", () => {
    for (const q of [
      "gale + hurst: are their agreements similar to the ones alder/brook/fenn signed?",
      "are the agreements of gale similar to the ones alder signed",
      "is alder's deal similar to gale's",
    ]) {
      const a = ask(q);
      expect(a.verdict, q).toBe("yes");
      expect(a.text, q).toMatch(/Similar agreements/);
    }
  });

  it("leaves a question asking the relation itself to the relation's facts", () => {
    expect(ask("has gale signed similar agreements").verdict).not.toBe("yes");
  });
});

describe("a name the article never uses that shares a word with names of one kind", () => {
  it("is another of that kind: no, with the fact that names the one the article gives", () => {
    const listed = ask("was the gull drill at port haven?");
    expect(listed.verdict).toBe("no");
    expect(listed.text).toMatch(/Port Wren/);
    const unknown = ask("did the gull drill end at the port of zorvik?");
    expect(unknown.verdict).toBe("no");
    expect(unknown.text).toMatch(/Port Wren/);
    expect(ask("did the gull drill end at port wren?").verdict).toBe("yes");
  });

  it("decides nothing against a list of examples", () => {
    const a = ask("is the port of zorvik a league member?");
    expect(a.verdict).toBeNull();
    expect(a.answered).toBe(false);
  });
});

describe("a tagged statement with a relation's verb and only a pronoun for its subject", () => {
  it("asks whether it is so", () => {
    expect(ask("they signed the patrol agreements yeah?").verdict).not.toBeNull();
  });
});
