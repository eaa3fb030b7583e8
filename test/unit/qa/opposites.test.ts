import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { marshEngine } from "./marsh.js";

let engine: Engine;
beforeAll(async () => {
  engine = await marshEngine();
});
const ask = (q: string) => engine.answer(q);

describe("a fact that says the opposite of what a yes/no question asks", () => {
  it("answers no to a manner the fact says the opposite of, with the fact", () => {
    const a = ask("did marsh trap the lynx by mistake?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\b.*deliberately/);
    expect(ask("did marsh trap the lynx deliberately?").verdict).toBe("yes");
  });

  it("answers no to whether a thing lives when a fact says it was killed", () => {
    const a = ask("is the lynx alive?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/killed/);
  });

  it("answers no to whether a thing is listed when a fact says it was delisted", () => {
    const a = ask("is the lynx still listed?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/delisted/);
    expect(ask("was the lynx delisted?").verdict).toBe("yes");
  });

  it("does not answer no for a word the fact does not oppose", () => {
    expect(ask("was the lynx trapped in the snow?").verdict).not.toBe("no");
  });
});

describe("what a related fact says of the same names", () => {
  it("answers yes where a fact of a related relation has the word the asked one lacks", () => {
    expect(ask("did the sheriff assist with the case?").verdict).toBe("yes");
  });
});

describe("a recipient the article never names, where one fact of the relation has one", () => {
  it("answers no with the recipient the fact gives", () => {
    const a = ask("was the restitution paid to the wildlife league?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\b.*Lynx Recovery Trust/);
    expect(ask("was the restitution paid to the lynx recovery trust?").verdict).toBe("yes");
  });
});

describe("a title the question gives a person, against the one the person's names hold", () => {
  it("answers no where the word before the title's last word is another", () => {
    const a = ask("is voss a junior warden?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\b.*Senior Warden/);
    expect(ask("is voss a senior warden?").verdict).not.toBe("no");
  });
});

describe("an owner the question names with a word its names never use", () => {
  it("answers no with the owner the fact gives", () => {
    const a = ask("is the courier the fishing club's newsletter?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\b.*Corbin Hunting Club/);
    expect(ask("is the courier the hunting club's newsletter?").verdict).not.toBe("no");
  });
});
