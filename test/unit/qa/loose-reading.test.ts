import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { reservoirEngine } from "./reservoir.js";

let engine: Engine;
beforeAll(async () => {
  engine = await reservoirEngine();
});
const ask = (q: string) => engine.answer(q);

describe("questions put loosely", () => {
  it("reads 'where is X at' as the state X is in, and a plain 'where' as its place", () => {
    const state = ask("so where's the reservoir at");
    expect(state.answered).toBe(true);
    expect(state.text).toMatch(/underway/);
    const place = ask("where is the reservoir");
    expect(place.answered).toBe(true);
    expect(place.text).toMatch(/Fenwick Hill/);
  });

  it("reads a word for someone in a role that names no office as asking for a person", () => {
    const a = ask("which bigwig gave the interview about the reservoir?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Theodora Morrow/);
  });

  it("reads an office joined to a body the article never names, sharing a word with one it does, as that office", () => {
    const a = ask("who did the water agency boss talk to?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Valemont Courier/);
    // Alone, the name the article never uses is still refused.
    const alone = ask("what does the water agency do?");
    expect(alone.answered).toBe(false);
    expect(alone.text).toMatch(/does not mention Water Agency/);
  });

  it("reads a verb whose object is another relation's noun as carrying that noun", () => {
    const a = ask("which paper ran the interview with morrow?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Valemont Courier/);
  });

  it("answers a question for a link, even beside another part, with the fact that gives the address", () => {
    const a = ask("who heads the water board? is there a link");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/https:\/\/valemont\.example\/reservoir/);
    expect(ask("what's the website for the reservoir").text).toMatch(/valemont\.example/);
  });

  it("finds a short form of a name in what someone said of its holder", () => {
    const a = ask("what nickname does dunn have for morrow");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Theo has never missed/);
    expect(ask("what's morrow's nickname").text).toMatch(/Theo\b/);
  });

  it("reads 'figure out' as the verb it is, not a figure asked for", () => {
    const a = ask("how did the board figure out the site?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/survey/);
  });

  it("reads 'what part of X isn't done' as asking what goes on", () => {
    const a = ask("what part of the reservoir isn't finished yet?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/underway/);
  });
});
