import { beforeAll, describe, expect, it } from "vitest";
import { reshapeFragment } from "../../../src/qa/fragments.js";
import { english } from "../../../src/qa/lang/en.js";
import type { Engine } from "../../../src/qa/types.js";
import { ferryEngine } from "./ferry.js";

let engine: Engine;
beforeAll(async () => {
  engine = await ferryEngine();
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
    expect(reshapeFragment("the photo by who 📷", english)).toBe("who the photo by?");
    expect(ask("the photo by who").text).toMatch(/Mara Lind/);
    expect(ask("motorboats sold to which island").text).toMatch(/Northholm/);
  });

  it("leaves a relative clause alone", () => {
    expect(reshapeFragment("the islands which bluewater supplies", english)).toBe(
      "the islands which bluewater supplies",
    );
  });
});
