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

  it("is read at the end of a long message, and only as a whole mark", () => {
    const long = "so about the ferries and the barges and the harbor office, northholm gets motorboats";
    expect(reshapeFragment(`${long}? y/n`, english)).toBe(`${long}, right?`);
    expect(reshapeFragment(`${long} or no`, english)).toBe(`${long} or no`);
    expect(reshapeFragment("yes or no", english)).toBe("yes or no");
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

  it("is found after a long message, however much filler follows it", () => {
    const long = "the photo that ran beside the story about the harbor and the ferries last week";
    expect(questionWordFirst(`${long} by who please`, english)).toBe(`who please ${long} by?`);
    // Only the last words are where it can stand: one earlier leaves the message as it is.
    const earlier = `the photo by who ${long}`;
    expect(questionWordFirst(earlier, english)).toBe(earlier);
    // A question word earlier in the message keeps the last one from being moved.
    const twice = `who knows ${long} by who`;
    expect(questionWordFirst(twice, english)).toBe(twice);
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
