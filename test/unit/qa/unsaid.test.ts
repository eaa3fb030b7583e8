import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { ferryEngine } from "./ferry.js";
import { guildEngine } from "./guild.js";

let guild: Engine;
let ferry: Engine;
beforeAll(async () => {
  guild = await guildEngine();
  ferry = await ferryEngine();
});

describe("a name the article leaves open", () => {
  it("is a gap when asked as a name, not an answer", () => {
    const a = guild.answer("what is the name of the reporter");
    expect(a.answered).toBe(false);
  });

  it("is a gap when the one named is a word the facts never use", () => {
    const a = guild.answer("tell me the name of the columnist who wrote it");
    expect(a.answered).toBe(false);
  });

  it("still answers a name the facts give", () => {
    const a = guild.answer("what's the name of the guild's head");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Anna Berg/);
  });
});

describe("a part that only says more of the one before it", () => {
  it("answers 'X? what's that' as one question about X", () => {
    const a = ferry.answer("Bluewater?? whats that");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/ferry company/);
  });

  it("answers a question followed by how to list the answer", () => {
    const a = ferry.answer("which island gets cargo barges? list the islands pls");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Southholm/);
  });

  it("keeps a second question about a pronoun a question of its own", () => {
    const a = guild.answer("who heads the guild? and when did she speak");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Anna Berg/);
    expect(a.text).toMatch(/Monday/);
  });
});

describe("a list of examples ('including')", () => {
  it("leaves a name it does not list undecided, not 'no'", () => {
    const a = guild.answer("does the guild sell pretzels to northam?");
    expect(a.verdict).toBeNull();
    expect(a.answered).toBe(false);
  });

  it("still says yes for a name it lists", () => {
    expect(guild.answer("does the guild sell pretzels to westford").verdict).toBe("yes");
  });

  it("is judged from the party's own side too", () => {
    const a = guild.answer("does northam get rye loaves");
    expect(a.verdict).not.toBe("no");
    expect(a.answered).toBe(false);
  });
});

describe("a date asked where the article gives a weekday", () => {
  it("is a gap: the weekday is no date", () => {
    expect(guild.answer("what date did berg make her statement").answered).toBe(false);
    expect(guild.answer("which year did anna berg say it").answered).toBe(false);
  });

  it("still answers what day, and when", () => {
    expect(guild.answer("what day did berg make her statement").text).toMatch(/Monday/);
    expect(guild.answer("when did anna berg say it").text).toMatch(/Monday/);
  });
});

describe("a holder described by the relation's noun and an article", () => {
  it("reads 'the head of the guild' as the one who heads it", () => {
    const a = guild.answer("what day did the head of the bakers guild say it");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Monday/);
  });
});

describe("counting one statement's list", () => {
  it("leaves a total open where the list counted gives examples only", () => {
    const a = guild.answer("how many towns does the bakers guild sell bread to in total");
    expect(a.answered).toBe(false);
  });
});
