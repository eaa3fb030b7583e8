import { beforeAll, describe, expect, it } from "vitest";
import { questionWordFirst, reshapeFragment } from "../../../src/qa/fragments.js";
import { english } from "../../../src/qa/lang/en.js";
import type { Engine } from "../../../src/qa/types.js";
import { corpsEngine } from "./corps.js";
import { ferryEngine } from "./ferry.js";

let engine: Engine;
let corps: Engine;
beforeAll(async () => {
  engine = await ferryEngine();
  corps = await corpsEngine();
});
const ask = (q: string) => engine.answer(q);

describe("words that only lead in before a question", () => {
  it("are left out before a question word", () => {
    expect(reshapeFragment("lol wait what does cmdr stand for", english)).toBe("what does cmdr stand for");
    expect(ask("lol wait what does cmdr stand for").text).toMatch(/stands for Commander/);
    expect(ask("hmm, who heads the fleet office").text).toMatch(/Brandt/);
  });

  it("stay where no question follows them", () => {
    expect(reshapeFragment("ok thanks", english)).toBe("ok thanks");
    expect(reshapeFragment("so bluewater sells barges", english)).toBe("so bluewater sells barges");
  });
});

describe("a statement closed by a question mark or a yes/no mark", () => {
  it("asks whether it is so", () => {
    expect(ask("southholm getting motorboats?").verdict).toBe("no");
    expect(ask("northholm gets motorboats? y/n").verdict).toBe("yes");
  });

  it("keeps a question that asks already as it is", () => {
    expect(reshapeFragment("does bluewater sell barges to southholm y/n", english)).toBe(
      "does bluewater sell barges to southholm?",
    );
    expect(ask("does bluewater sell barges to southholm yes or no").verdict).toBe("yes");
  });
});

describe("a question word typed last", () => {
  it("is read first", () => {
    expect(questionWordFirst("the photo by who 📷", english)).toBe("who the photo by?");
    expect(ask("the photo by who").text).toMatch(/Mara Lind/);
    expect(ask("motorboats sold to which island").text).toMatch(/Northholm/);
    // With no helping verb, the word after a name is its noun: the office's head.
    expect(corps.answer("harbor supply office head who").text).toMatch(/Nadia Korr/);
  });

  it("asks of the statement before it when typed as a part of its own", () => {
    const a = ask("barges were supplied?? by who");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Bluewater Lines supplies cargo barges/);
  });

  it("leaves a relative clause alone", () => {
    expect(questionWordFirst("the islands which bluewater supplies", english)).toBe(
      "the islands which bluewater supplies",
    );
  });
});

describe("lists the article gives", () => {
  it("reads the article after a passive as what names them", () => {
    expect(ask("which islands are mentioned in the story").text).toMatch(/^Northholm and Southholm/);
  });

  it("leaves out a bare request after the question", () => {
    expect(reshapeFragment("which islands are named? list em pls", english)).toBe("which islands are named?");
    expect(ask("which islands are mentioned in the article? list em").text).toMatch(
      /^Northholm and Southholm/,
    );
  });
});
