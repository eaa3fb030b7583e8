import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/** A made-up article, in both languages: a rowing union and the clubs it names as its members. */
const ARTICLE = "Union members Dover and Calais will share a new boathouse; Ostend will rent it.";

const KNOWLEDGE = `
version: 1
languages: [en, ru]
article:
  file: article.txt
  title: "Rowing union opens a boathouse"
  publisher: Canal Courier
  summary: The rowing union's members will share a new boathouse.
  ru:
    title: "Гребной союз открывает эллинг"
    summary: "Члены гребного союза будут делить новый эллинг."
types:
  - id: club
    title: Clubs
    words: [club, clubs]
    ru:
      title: "Клубы"
      words: ["клуб", "клубы"]
  - id: body
    title: Bodies
    words: [union]
    ru:
      title: "Объединения"
      words: ["союз"]
relations:
  - id: member-of
    label: is a member of
    nouns: [member, members]
    ru:
      label: "является членом"
      nouns: ["член", "члены", "членов"]
  - id: rents
    label: rents
    verbs: [rent]
    ru:
      label: "арендует"
      verbs: ["арендовать", "арендует"]
entities:
  - id: dover
    type: club
    name: Dover
    description: Dover is a member of the rowing union.
    evidence: Dover
    ru:
      name: "Дувр"
      description: "Дувр — член гребного союза."
  - id: calais
    type: club
    name: Calais
    description: Calais is a member of the rowing union.
    evidence: Calais
    ru:
      name: "Кале"
      description: "Кале — член гребного союза."
  - id: ostend
    type: club
    name: Ostend
    description: Ostend will rent the boathouse.
    evidence: Ostend
    ru:
      name: "Остенде"
      description: "Остенде будет арендовать эллинг."
  - id: union
    type: body
    name: the rowing union
    aliases: [rowing union]
    description: The rowing union's members will share a new boathouse.
    evidence: Union members
    ru:
      name: "гребной союз"
      aliases: ["союз гребцов"]
      description: "Члены гребного союза будут делить новый эллинг."
facts:
  - id: union-members
    relation: member-of
    subject: [dover, calais]
    object: [union]
    answer: The article names Dover and Calais as members of the rowing union.
    evidence: Union members Dover and Calais
    question: Which clubs are members of the rowing union?
    ru:
      answer: "Статья называет Дувр и Кале членами гребного союза."
      question: "Какие клубы — члены гребного союза?"
  - id: ostend-rents
    relation: rents
    subject: [ostend]
    object: []
    answer: Ostend will rent the boathouse.
    evidence: Ostend will rent it
    question: What will Ostend do?
    ru:
      answer: "Остенде будет арендовать эллинг."
      question: "Что будет делать Остенде?"
`;

describe("Russian words of belonging before a body with members", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOf(KNOWLEDGE, ARTICLE, "<membership, in Russian>");
  });

  it('reads "часть" and "в составе" as membership', () => {
    for (const q of [
      "дувр часть союза гребцов?",
      "является ли кале частью союза гребцов",
      "дувр в составе союза гребцов?",
    ]) {
      const a = engine.answer(q);
      expect(a.verdict, q).toBe("yes");
      expect(a.text).toMatch(/Дувр и Кале/);
    }
  });

  it("leaves a club the members leave out undecided, naming them", () => {
    const a = engine.answer("остенде в составе союза гребцов?");
    expect(a.verdict).toBeNull();
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/Дувр и Кале/);
  });
});
