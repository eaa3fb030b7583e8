import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { coatingEngine } from "./coating.js";

let engine: Engine;
beforeAll(async () => {
  engine = await coatingEngine();
});
const ask = (q: string) => engine.answer(q);

describe("the knowledge builds", () => {
  it("answers a plain question", () => {
    const a = ask("who invented seashield");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Mia Holt/);
  });
});

describe("a relation's word that another fact owns", () => {
  it("goes to the fact whose own keyword it is when its relation never holds the names asked", () => {
    const a = ask("what gives seashield its hardness");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/glass beads/);
    const b = ask("who does the patent office work with");
    expect(b.answered).toBe(true);
    expect(b.text).toMatch(/inventors/);
  });

  it("keeps the relation's own facts when they hold the names", () => {
    const a = ask("who gives seashield licenses to tidewater marine");
    expect(a.text).toMatch(/licensing SeaShield/);
  });
});

describe("ordinary words that change nothing", () => {
  it("reads 'what even is X' as 'what is X'", () => {
    const a = ask("what even is seashield");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/hull coating/);
  });

  it("reads 'what has X got to do with it' as asking about X, whatever relation 'get' names", () => {
    // "get" is a verb of the licences here: the idiom must not ask what Oakfield got.
    const a = ask("whats oakfield university got to do with all this");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/helped test/);
    const b = ask("what has tidewater marine got to do with it");
    expect(b.answered).toBe(true);
    expect(b.text).toMatch(/Tidewater Marine/);
  });

  it("reads an irregular participle as a passive", () => {
    const a = ask("what boats is seashield meant for");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/racing yachts/);
  });
});

describe("a kind asked for beside a name", () => {
  it("reads 'in which city' as the knowledge's kind of place, not a map it lacks", () => {
    const a = ask("tidewater marine is in which city");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Bristol/);
  });

  it("reads a synonym of a kind's word as that kind", () => {
    const a = ask("which uni helped test seashield");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Oakfield/);
  });

  it("reads a kind's word that only some of its entities are as asking for those", () => {
    // Harbor Works and the patent office are organisations too, but only Oakfield is a university.
    const a = ask("what college was involved with seashield");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Oakfield/);
    expect(a.text).not.toMatch(/Harbor Works designed/);
  });

  it("tells a gap when no fact about the name holds one of that narrower kind", () => {
    const a = ask("which university did mia holt attend");
    expect(a.answered).toBe(false);
    const b = ask("what uni is sam reed from");
    expect(b.answered).toBe(false);
  });

  it("reads a group's name after 'which' as one of its members", () => {
    const a = ask("which licensee is in dover");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Kestrel/);
  });
});

describe("a kind of thing asked", () => {
  it("answers 'what sort of X' with the fact that puts a word of its own before X", () => {
    const a = ask("what sort of licenses do the three licensees hold");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/exclusive licenses/);
  });
});

describe("a list of examples after a question", () => {
  it("reads 'X? a, b, etc' as one question with its examples", () => {
    const a = ask("what boats was seashield designed for?? yachts, ferries, etc");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/racing yachts and ferries/);
    expect(a.text).not.toMatch(/does not say/);
  });
});

describe("a measure asked under a condition", () => {
  it("is a gap when the condition is in words the article never uses", () => {
    const a = ask("how hard is seashield in freezing water");
    expect(a.answered).toBe(false);
  });

  it("answers the measure asked plainly", () => {
    const a = ask("how hard is seashield");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/glass beads/);
  });
});

describe("the name of one name's own thing", () => {
  it("is a gap where the knowledge has only the thing in general", () => {
    // The patent office and the project manager are Harbor Works's, the only ones the article names.
    const a = ask("whats the name of kestrel boats' patent office");
    expect(a.answered).toBe(false);
    const b = ask("what is tidewater marine's project manager called");
    expect(b.answered).toBe(false);
  });

  it("still names the thing itself", () => {
    const a = ask("what is the name of the coating");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/SeaShield/);
  });
});

describe("a word said with a negative prefix", () => {
  it("answers no when the fact has only the prefixed word", () => {
    const a = ask("is seashield toxic?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/nontoxic/);
  });

  it("answers yes when the question uses the prefixed word itself", () => {
    expect(ask("is seashield nontoxic").verdict).toBe("yes");
  });
});

describe("'no' when the place asked is another's", () => {
  it("answers no with where the name is", () => {
    const a = ask("is kestrel boats based in leeds");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/Dover/);
    const b = ask("is tidewater marine in dover");
    expect(b.verdict).toBe("no");
    expect(b.text).toMatch(/Bristol/);
  });

  it("still says yes where it is", () => {
    expect(ask("is kestrel boats based in dover").verdict).toBe("yes");
    expect(ask("is tidewater marine in bristol").verdict).toBe("yes");
  });
});

describe("'no' when someone is based elsewhere", () => {
  it("answers no from where the person works, one place however many names it takes", () => {
    const a = ask("is mia holt based at oakfield university in leeds?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/Portsmouth/);
  });
});

describe("passives and parts", () => {
  it("reads a passive across a long name, and keeps it when a second question follows", () => {
    const a = ask("where is north quay yachts located and what about kestrel boats");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Leeds/);
    expect(a.text).toMatch(/Dover/);
  });
});

describe("a plain question kept plain", () => {
  it("reads a figure word the question speaks about as its topic, not a figure asked", () => {
    const a = ask("the project manager guy, what did he say about costs");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/fuel costs/);
  });

  it("reads 'what does the article say about X' as a question about X", () => {
    const a = ask("what does the article say about oakfield");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Oakfield University/);
  });
});

describe("a word of one name alone", () => {
  it("names the entity when no dictionary has the word and only that entity's names use it", () => {
    // "Oakfield" is no alias: only a word of "Oakfield University".
    const a = ask("what did oakfield do");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/helped test/);
  });
});
