import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";
import { bakeryEngine } from "./bakery.js";

let engine: Engine;
beforeAll(async () => {
  engine = await bakeryEngine();
});
const ask = (q: string) => engine.answer(q);

describe("Russian questions beyond what the article says, from a made-up article", () => {
  it("leaves a state asked of the present day ('сейчас всё ещё', 'до сих пор') to the article's own date", () => {
    for (const q of [
      "соколов сейчас всё ещё руководит пекарней рассвет?",
      "соколов до сих пор руководит пекарней?",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/Соколов руководит/);
    }
    // Without a word of the present day, the fact answers.
    expect(ask("соколов руководит пекарней рассвет?").verdict).toBe("yes");
  });

  it("reads a fragment headed by a word of time ('дата выхода') as asking when", () => {
    for (const q of ["дата выхода материала?", "год открытия пекарни?"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/не сказано, когда/);
    }
  });

  it("tells the article's author apart from its publisher", () => {
    for (const q of ["кто автор этого материала", "кто автор статьи?"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/Town Herald/);
    }
    expect(ask("кто опубликовал статью").answered).toBe(true);
  });

  it("answers a chat word for a summary with the article's summary", () => {
    const a = ask("tldr материала");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/ржаной хлеб/);
  });

  it("reads 'about this' with no name as the article's news, asked of its publisher's kind", () => {
    const a = ask("какое издание об этом сообщило");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Town Herald/);
  });

  it("reads an office over a name, beside another relation's verb, as its holder doing it", () => {
    const a = ask("владелец рассвета что сказал про печь");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/печь новая/);
  });

  it("reads a word after the statement ('верно?') as its question tag", () => {
    expect(ask("соколов дал интервью «Утреннему колоколу», верно?").verdict).toBe("yes");
  });

  it("does not confirm an outlet the article never names after a verb's phrase ('дал интервью')", () => {
    const a = ask("соколов дал интервью трибуне?");
    expect(a.verdict).not.toBe("yes");
    expect(a.text).toMatch(/Утреннему колоколу/);
  });
});

/** A made-up article where leading a choir and conducting it are related relations. */
const CHOIR_ARTICLE = [
  "Nora Lind conducts the Riverside Choir.",
  "Paul Hart heads the Riverside Orchestra.",
].join("\n");

const CHOIR_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Riverside music season"
  publisher: Valley Notes
  summary: Nora Lind conducts the Riverside Choir; Paul Hart heads the Riverside Orchestra.
types:
  - id: person
    title: People
    words: [person]
    person: true
  - id: ensemble
    title: Ensembles
    words: [ensemble, choir, orchestra]
relations:
  - id: heads
    label: heads
    verbs: [head, lead]
    nouns: [head, leader]
  - id: conducts
    label: conducts
    related: [heads]
    verbs: [conduct]
    nouns: [conductor]
entities:
  - id: lind
    type: person
    name: Nora Lind
    aliases: [Lind]
    description: Nora Lind is the conductor of the Riverside Choir.
    evidence: Nora Lind conducts the Riverside Choir.
  - id: hart
    type: person
    name: Paul Hart
    aliases: [Hart]
    description: Paul Hart heads the Riverside Orchestra.
    evidence: Paul Hart heads the Riverside Orchestra.
  - id: choir
    type: ensemble
    name: Riverside Choir
    description: The Riverside Choir is the choir Nora Lind conducts.
    evidence: the Riverside Choir
  - id: orchestra
    type: ensemble
    name: Riverside Orchestra
    description: The Riverside Orchestra is the orchestra Paul Hart heads.
    evidence: the Riverside Orchestra
facts:
  - id: lind-conducts
    relation: conducts
    subject: [lind]
    object: [choir]
    answer: Nora Lind conducts the Riverside Choir.
    evidence: Nora Lind conducts the Riverside Choir.
    question: Who conducts the Riverside Choir?
  - id: hart-heads
    relation: heads
    subject: [hart]
    object: [orchestra]
    answer: Paul Hart heads the Riverside Orchestra.
    evidence: Paul Hart heads the Riverside Orchestra.
    question: Who heads the Riverside Orchestra?
`;

describe("yes/no questions answered by a related relation's fact", () => {
  it("confirms 'does X lead Y' from a fact of a relation related to leading that joins X and Y", async () => {
    const choir = await engineOf(CHOIR_KNOWLEDGE, CHOIR_ARTICLE, "choir");
    const a = choir.answer("does Nora Lind lead the Riverside Choir?");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/conducts the Riverside Choir/);
    // The relation's own fact still tells another holder apart.
    expect(choir.answer("does Paul Hart lead the Riverside Choir?").verdict).not.toBe("yes");
  });
});
