import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/** A made-up harbour: its master holds a rank, its clerk an office and no rank. */
const ARTICLE = [
  "Captain Oleg Rybin is the master of Gull Harbour.",
  "Pavel Orlov is the director of Gull Harbour.",
].join("\n");

const KNOWLEDGE = `
version: 1
languages: [en, ru]
article:
  file: article.txt
  title: "Gull Harbour and its people"
  publisher: Coast Times
  summary: Captain Oleg Rybin is the master of Gull Harbour.
  ru:
    title: "Порт «Чайка» и его люди"
    summary: "Капитан Олег Рыбин — начальник порта «Чайка»."
types:
  - id: person
    title: People
    words: [person]
    person: true
    ru:
      title: "Люди"
      words: ["человек"]
  - id: port
    title: Ports
    words: [port, harbour]
    ru:
      title: "Порты"
      words: ["порт"]
relations:
  - id: heads
    label: heads
    verbs: [head]
    nouns: [master, director]
    ru:
      label: "руководит"
      verbs: ["руководить"]
      nouns: ["начальник", "директор"]
entities:
  - id: rybin
    type: person
    name: Captain Oleg Rybin
    aliases: [Rybin]
    description: Captain Oleg Rybin is the master of Gull Harbour.
    evidence: Captain Oleg Rybin is the master of Gull Harbour.
    ru:
      name: "капитан Олег Рыбин"
      aliases: ["Рыбин"]
      description: "Капитан Олег Рыбин — начальник порта «Чайка»."
  - id: orlov
    type: person
    name: Pavel Orlov
    aliases: [Orlov]
    description: Pavel Orlov is the director of Gull Harbour.
    evidence: Pavel Orlov is the director of Gull Harbour.
    ru:
      name: "Павел Орлов"
      aliases: ["Орлов"]
      description: "Павел Орлов — директор порта «Чайка»."
  - id: gull
    type: port
    name: Gull Harbour
    description: Gull Harbour is the port Captain Oleg Rybin runs.
    evidence: Gull Harbour
    ru:
      name: "порт «Чайка»"
      aliases: ["Чайка"]
      description: "Порт «Чайка» — порт, которым руководит капитан Олег Рыбин."
facts:
  - id: rybin-heads
    relation: heads
    subject: [rybin]
    object: [gull]
    answer: Captain Oleg Rybin is the master of Gull Harbour.
    evidence: Captain Oleg Rybin is the master of Gull Harbour.
    question: Who is the master of Gull Harbour?
    ru:
      answer: "Капитан Олег Рыбин — начальник порта «Чайка»."
      question: "Кто начальник порта «Чайка»?"
  - id: orlov-heads
    relation: heads
    subject: [orlov]
    object: [gull]
    answer: Pavel Orlov is the director of Gull Harbour.
    evidence: Pavel Orlov is the director of Gull Harbour.
    question: Who is the director of Gull Harbour?
    ru:
      answer: "Павел Орлов — директор порта «Чайка»."
      question: "Кто директор порта «Чайка»?"
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "harbour");
});

describe("A rank asked beside a name (Russian)", () => {
  it("answers no with the rank the description gives, where it gives another", () => {
    const a = engine.answer("рыбин майор?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/Капитан/);
  });

  it("leaves a rank undecided where the description gives an office and no rank", () => {
    const a = engine.answer("орлов майор?");
    expect(a.answered).toBe(false);
    expect(a.verdict).toBeNull();
  });
});
