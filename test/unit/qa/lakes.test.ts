import { beforeAll, describe, expect, it } from "vitest";
import { russian } from "../../../src/qa/lang/ru.js";
import { splitParts } from "../../../src/qa/parts.js";
import type { Engine } from "../../../src/qa/types.js";
import { lakesEngine } from "./lakes.js";

let engine: Engine;
beforeAll(async () => {
  engine = await lakesEngine();
});
const ask = (q: string) => engine.answer(q);

describe("a name cut short that runs into another name it holds", () => {
  it("reads the two as one name, not as a second name the fact lacks", () => {
    // "Объединённого спасения" is the system's alias; "ССО", the union, ends the system's full name.
    for (const q of ["орлов председатель совета объединенного спасения ссо?", "орлов председатель совета?"]) {
      const a = ask(q);
      expect(a.verdict, q).toBe("yes");
    }
  });

  it("keeps apart a name after one whose names do not hold it", () => {
    // "Норландия" is no word of the council's names: still a name of its own, which the fact lacks.
    const a = ask("орлов председатель совета норландии?");
    expect(a.verdict).not.toBe("yes");
  });
});

describe("initials of a phrase of the knowledge", () => {
  it("reads them as the phrase, inside a name or as a keyword", () => {
    const a = ask("кто возглавляет федеральное агентство по нтс");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Максим Белов/);
    const b = ask("что орлов сказал о нтс");
    expect(b.answered).toBe(true);
    expect(b.text).toMatch(/научно-техническое сотрудничество/);
    const c = ask("who heads the federal agency for stc");
    expect(c.answered).toBe(true);
    expect(c.text).toMatch(/Maxim Belov/);
  });

  it("leaves initials no phrase has unknown", () => {
    const a = ask("кто возглавляет федеральное агентство по втс");
    expect(a.answered).toBe(false);
  });
});

describe("questions of who is quoted, in Russian", () => {
  it("lists the people the facts of saying have speak", () => {
    const a = ask("кого цитирует статья");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Орлов/);
    expect(a.text).toMatch(/Белов/);
  });
});

describe("chat spellings of question words when splitting a message", () => {
  it("splits as the word the spelling stands for", () => {
    const isName = () => false;
    // "Какие" after a count asks which ones the count counts: one question, however "сколько" is typed.
    expect(splitParts("сколько стран подписали и какие", russian, isName)).toHaveLength(1);
    expect(splitParts("скока стран подписали и какие", russian, isName)).toHaveLength(1);
    // A spelling of a word that asks still opens a question of its own.
    expect(splitParts("кто подписал и чо получит норландия", russian, isName)).toHaveLength(2);
    const a = ask("скока стран подписали соглашения и какие");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Норландия/);
  });
});

describe("a verb in its other aspect", () => {
  it("reads the imperfective of a keyword's perfective as the keyword ('углубляется' of 'углубить')", () => {
    const a = ask("с какой страной углубляется сотрудничество");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Норландией/);
  });
});

describe("'кем работает' asks what someone is", () => {
  it("with the name anywhere before the verb, or a pronoun for it", () => {
    for (const q of ["кем работает белов", "кем белов работает", "кем максим белов работал"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/глава Федерального агентства/);
    }
    const b = ask("кто дал интервью морской газете и кем он работает");
    expect(b.answered).toBe(true);
    expect(b.text).toMatch(/командующий Северной флотской школой/);
  });
});

describe("an office asked of a name, with whose office it is", () => {
  it("answers no with the name's own offices when a country follows the office", () => {
    for (const q of ["орлов министр обороны норландии?", "орлов министр норландии?"]) {
      const a = ask(q);
      expect(a.verdict, q).toBe("no");
      expect(a.text, q).toMatch(/Северной флотской школой|Northern Fleet School/);
    }
  });
});

describe("who is quoted besides someone", () => {
  it("leaves out the speaker the question excludes", () => {
    for (const [q, other, left] of [
      ["кого цитируют в статье, кроме орлова?", /Белов/, /Орлов/],
      ["who is quoted besides orlov?", /Belov/, /Orlov/],
      ["who is quoted other than orlov?", /Belov/, /Orlov/],
      ["aside from orlov, who is quoted?", /Belov/, /Orlov/],
    ] as const) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      const lead = a.text.split("\n")[0] ?? "";
      expect(lead, q).toMatch(other);
      expect(lead, q).not.toMatch(left);
    }
  });
});

describe("a choice between words, one of them a word of the name", () => {
  it("answers with the name in full where one of its names holds the choice", () => {
    for (const [q, shown] of [
      ["белова зовут максим или михаил", /Максим Белов/],
      ["белова зовут михаил или максим?", /Максим Белов/],
      ["орлов вице-адмирал или контр-адмирал", /Контр-адмирал Павел Орлов/],
      ["is orlov a vice admiral or a rear admiral", /Rear Adm\. Pavel Orlov/],
      ["is belov's first name maxim or mikhail", /Maxim Belov/],
    ] as const) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(shown);
    }
  });

  it("does not answer when no name holds either choice", () => {
    expect(ask("белова зовут игорь или олег").answered).toBe(false);
  });
});

describe("whether someone mentioned a name", () => {
  it("answers no where nothing the speaker is reported saying names it", () => {
    for (const q of ["did belov mention the council?", "did belov say anything about the council"]) {
      const a = ask(q);
      expect(a.verdict, q).toBe("no");
      expect(a.text, q).toMatch(/Belov said that rescue boats/);
    }
  });

  it("still answers yes where what the speaker said names it", () => {
    expect(ask("did orlov mention norland?").verdict).toBe("yes");
  });
});
