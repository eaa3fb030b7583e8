import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { corpsEngine } from "./corps.js";

let corps: Engine;
beforeAll(async () => {
  corps = await corpsEngine();
});

describe("a kind's word after a helping verb that opens the question", () => {
  it("reads the verb after it as the question's own, not as a description", () => {
    const a = corps.answer("what paper did the general talk to?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Valley Herald/);
  });
});

describe("an office's noun right after the name of what it heads", () => {
  it("stands for the one who holds it, in a reason asked of what was said", () => {
    const a = corps.answer("why are the boats a fine chance, according to the rescue corps commander?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/flooded towns/);
  });

  it("still answers the holder asked with 'of'", () => {
    const a = corps.answer("who is the chief of the supply office?");
    expect(a.text).toMatch(/Nadia Korr/);
  });
});

describe("a fragment ending on a word of time", () => {
  it("asks when, answered by a fact's date", () => {
    const a = corps.answer("office send date?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/March 3/);
  });

  it("is not answered by a fact that gives no time", () => {
    const a = corps.answer("interview date?");
    expect(a.answered).toBe(false);
  });
});

describe("a name right before a word of another kind", () => {
  it("says which one of that kind is meant", () => {
    const a = corps.answer("why are the boats a fine chance according to the herald general?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/flooded towns/);
  });

  it("is still no answer when the name alone is asked", () => {
    const a = corps.answer("why are the boats a fine chance according to the herald?");
    expect(a.answered).toBe(false);
  });
});

describe("a name before a kind's word that is not the noun's last word", () => {
  it("does not stand for one of that kind", () => {
    const a = corps.answer("who is the chief of the herald general staff?");
    expect(a.answered).toBe(false);
  });
});

describe("amounts asked together", () => {
  it("are added up, with their parts", () => {
    const a = corps.answer("total the office paid for the boats plus the trailers?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^In total, \$4,750 \(\$4,500 \+ \$250\)\./);
  });

  it("are given apart when no sum is asked", () => {
    const a = corps.answer("how much did the office pay for the boats?");
    expect(a.text).not.toMatch(/In total/);
  });
});

describe("an amount asked by the period", () => {
  it("is no answer when the facts give the amount once", () => {
    const a = corps.answer("how much does the office pay for boats each year?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/\$4,500/);
  });

  it("is answered as asked without a period", () => {
    const a = corps.answer("how much did the office pay for the boats?");
    expect(a.answered).toBe(true);
  });
});
