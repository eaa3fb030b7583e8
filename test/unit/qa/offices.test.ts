import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { coatingEngine } from "./coating.js";
import { orchardEngine } from "./synthetic.js";

let coating: Engine;
let orchard: Engine;
beforeAll(async () => {
  coating = await coatingEngine();
  orchard = await orchardEngine();
});

describe("an office asked of a name whose description gives another", () => {
  it("answers no with what the name is", () => {
    const a = coating.answer("is sam reed the finance director?");
    expect(a.answered).toBe(true);
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\. Sam Reed is the project manager at Harbor Works/);
    const b = orchard.answer("is anna reyes a government minister");
    expect(b.verdict).toBe("no");
    expect(b.text).toMatch(/chief buyer at Harbor Foods/);
  });

  it("leaves it undecided when the description gives no office", () => {
    const a = coating.answer("is mia holt the finance director?");
    expect(a.verdict).not.toBe("no");
    expect(a.answered).toBe(false);
  });

  it("keeps yes for the office the description gives", () => {
    const a = coating.answer("is sam reed the project manager?");
    expect(a.verdict).toBe("yes");
  });
});
