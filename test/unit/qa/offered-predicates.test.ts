import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

const ARTICLE = [
  "The towns of Elmford and Ashby have signed a water deal.",
  "Work is underway on carrying out the deal, mayor Rita Quinn said.",
  "Photo: Dale Gazette",
].join("\n");

const KNOWLEDGE = `
version: 1
languages: [en, ru]
article:
  file: article.txt
  title: "Two towns sign a water deal"
  publisher: Dale Gazette
  summary: Elmford and Ashby signed a water deal, which is being carried out.
  ru:
    title: "Два города подписали соглашение о воде"
    summary: "Элмфорд и Эшби подписали соглашение о воде, которое сейчас выполняется."
types:
  - id: town
    title: Towns
    words: [town, towns]
    place: true
    ru:
      title: "Города"
      words: ["город", "города"]
  - id: deal
    title: Deals
    words: [deal, deals]
    ru:
      title: "Соглашения"
      words: ["соглашение", "соглашения"]
  - id: person
    title: People
    words: [person]
    person: true
    ru:
      title: "Люди"
      words: ["человек"]
relations:
  - id: signed
    label: signed
    verbs: [sign]
    ru:
      label: "подписали"
      verbs: ["подписать", "подписывать"]
  - id: said
    label: said
    verbs: [say]
    ru:
      label: "сказал"
      verbs: ["сказать"]
entities:
  - id: elmford
    type: town
    name: Elmford
    description: Elmford is a town that signed the water deal.
    evidence: The towns of Elmford and Ashby
    ru:
      name: "Элмфорд"
      description: "Элмфорд — город, подписавший соглашение о воде."
  - id: ashby
    type: town
    name: Ashby
    description: Ashby is a town that signed the water deal.
    evidence: The towns of Elmford and Ashby
    ru:
      name: "Эшби"
      description: "Эшби — город, подписавший соглашение о воде."
  - id: water-deal
    type: deal
    name: water deal
    description: The water deal is the deal Elmford and Ashby signed.
    evidence: a water deal
    ru:
      name: "соглашение о воде"
      description: "Соглашение о воде подписали Элмфорд и Эшби."
  - id: quinn
    type: person
    name: Rita Quinn
    description: Rita Quinn is the mayor who spoke about the deal.
    evidence: mayor Rita Quinn said
    ru:
      name: "Рита Куинн"
      aliases: ["Куинн"]
      description: "Рита Куинн — мэр, рассказавшая о соглашении."
facts:
  - id: deal-signed
    relation: signed
    subject: [elmford, ashby]
    object: [water-deal]
    answer: Elmford and Ashby have signed a water deal.
    evidence: The towns of Elmford and Ashby have signed a water deal.
    question: Who signed the water deal?
    ru:
      answer: "Элмфорд и Эшби подписали соглашение о воде."
      question: "Кто подписал соглашение о воде?"
  - id: deal-carried-out
    relation: said
    subject: [quinn]
    mentions: [water-deal, elmford, ashby]
    answer: Rita Quinn said that work is underway on carrying out the water deal of Elmford and Ashby.
    evidence: Work is underway on carrying out the deal, mayor Rita Quinn said.
    keywords: [implementation, implement, underway]
    question: How far along is the water deal?
    ru:
      answer: "Рита Куинн сказала, что идёт работа по выполнению соглашения Элмфорда и Эшби о воде."
      question: "Как выполняется соглашение о воде?"
      keywords: ["выполнение", "выполняется", "выполняют", "реализация", "реализуется"]
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "<water deal>");
});

describe("two predicates offered with 'or'", () => {
  it("answers each with its own fact, not 'yes' to the first", () => {
    for (const q of [
      "соглашение с элмфордом и эшби уже выполняется или просто подписано",
      "соглашение о воде реализуется или только подписано?",
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.verdict, q).toBeNull();
      expect(a.facts, q).toEqual(expect.arrayContaining(["deal-signed", "deal-carried-out"]));
    }
  });

  it("leaves a choice with a word no fact uses to the question as it is", () => {
    const a = engine.answer("did elmford pay for the water deal or just sign it");
    expect(a.facts).not.toContain("deal-carried-out");
  });
});
