import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { museumEngine } from "./harwick.js";

let engine: Engine;
beforeAll(async () => {
  engine = await museumEngine();
});
const ask = (q: string) => engine.answer(q);

describe("an answer whose own words admit what the article leaves out", () => {
  it("does not answer the names it says the article does not give", () => {
    const a = ask("what are the names of the nine galleries");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/does not name/);
  });

  it("does not answer a count it says the article does not give", () => {
    expect(ask("exactly how many reading rooms does the museum have").answered).toBe(false);
  });

  it("still answers the count the article gives, and yes/no about the rooms", () => {
    const count = ask("how many galleries does the museum have");
    expect(count.answered).toBe(true);
    expect(count.text).toMatch(/nine/);
    expect(ask("does the museum have reading rooms").answered).toBe(true);
  });
});

describe("chat spellings", () => {
  it("reads 'yrs' as years and 'govt' as government", () => {
    expect(ask("how many yrs of experience does voss have").text).toMatch(/18/);
    expect(ask("in which levels of govt does voss have experience").text).toMatch(/city and state/);
  });

  it("keeps 'list them' with the question before it", () => {
    const a = ask("which cities did voss work for before? list them");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Alder/);
  });
});

describe("a person's pronoun with no conversation before it", () => {
  it("stands for the one person the article's title names", () => {
    const a = ask("who did she replace");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Peter Grall/);
  });
});

describe("a thing asked that the article does not have", () => {
  it("is a gap when an unused word narrows the kind asked", () => {
    expect(ask("what high school did voss go to").answered).toBe(false);
    expect(ask("what university did voss go to").answered).toBe(true);
  });

  it("is a gap for an office no fact names", () => {
    expect(ask("what did the gazette's editor say about voss").answered).toBe(false);
  });

  it("is a gap for the person of a relation whose every fact leaves who open", () => {
    expect(ask("who was the journalist who interviewed voss").answered).toBe(false);
    const paper = ask("which newspaper did voss speak to");
    expect(paper.answered).toBe(true);
    expect(paper.text).toMatch(/Gazette/);
  });
});

describe("a measure or a picture the article does not give", () => {
  it("is a gap when the measure is asked in a unit the figure does not use", () => {
    expect(ask("how big is the rose garden in square feet").answered).toBe(false);
    const museum = ask("how big is the museum in square feet");
    expect(museum.answered).toBe(true);
    expect(museum.text).toMatch(/40,000/);
  });

  it("is a gap for what a photo shows when only its credit is known", () => {
    expect(ask("what is shown in the photo").answered).toBe(false);
    expect(ask("who took the photo").text).toMatch(/Lena Marsh/);
  });
});

describe("counts", () => {
  it("counts what one person listed, not the other names of their statement", () => {
    const a = ask("how many museum cities did moss list by name");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/three/);
  });

  it("reads 'the new director' as the person the title calls so", () => {
    const a = ask("how many universities did the new director study at");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/two/);
  });
});

describe("idioms read plainly", () => {
  it("reads 'day of the week' as the day asked", () => {
    const a = ask("which day of the week did moss speak");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Monday/);
  });
});

describe("a kind's word after a word of its own", () => {
  it("asks for the entities whose names say that kind", () => {
    const a = ask("name the big garden mentioned in the article");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/rose garden/);
  });
});

describe("a name the article never mentions, before the kind asked", () => {
  it("only says which of the kind, and the rest picks the person out", () => {
    const a = ask("which arts board official spoke to the gazette");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Voss/);
    expect(ask("what did the arts board decide").answered).toBe(false);
  });
});

describe("a phrase the question quotes", () => {
  it("is answered by the fact that says it", () => {
    const a = ask("what was 'a fine choice' according to the trust chair");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/fine choice/);
  });
});
