import { beforeAll, describe, expect, it } from "vitest";
import type { Turn } from "../../../src/qa/conversation.js";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

const ARTICLE = [
  "Bluewater Lines will keep supplying boats to islands including Northholm and Southholm, Ola Brandt said.",
  "Bluewater Lines supplies motorboats to Northholm.",
  "Bluewater Lines supplies cargo barges to Southholm.",
  "Bluewater Lines supplies rowing boats to Westholm.",
  "Photo: Island Post",
].join("\n");

const KNOWLEDGE = `
version: 1
languages: [en, ru]
article:
  file: article.txt
  title: "Bluewater Lines and the islands"
  publisher: Island Post
  summary: Bluewater Lines supplies boats to three islands.
  ru:
    title: "Bluewater Lines и острова"
    summary: "Bluewater Lines поставляет лодки на три острова."
types:
  - id: island
    title: Islands
    words: [island, islands]
    place: true
    ru:
      title: "Острова"
      words: ["остров", "острова"]
  - id: company
    title: Companies
    words: [company]
    ru:
      title: "Компании"
      words: ["компания"]
  - id: person
    title: People
    words: [person]
    person: true
    ru:
      title: "Люди"
      words: ["человек"]
  - id: boat
    title: Boats
    words: [boat, boats]
    ru:
      title: "Суда"
      words: ["лодка", "лодки"]
relations:
  - id: supplies
    label: supplies
    verbs: [supply]
    inverseVerbs: [get, receive]
    ru:
      label: "поставляет"
      verbs: ["поставлять"]
      inverseVerbs: ["получать", "получить"]
entities:
  - id: bluewater
    type: company
    name: Bluewater Lines
    description: Bluewater Lines is the company that supplies boats to the islands.
    evidence: Bluewater Lines supplies motorboats to Northholm.
    ru:
      name: "Bluewater Lines"
      description: "Bluewater Lines — компания, которая поставляет лодки на острова."
  - id: brandt
    type: person
    name: Ola Brandt
    description: Ola Brandt spoke about the supplies.
    evidence: Ola Brandt said
    ru:
      name: "Ула Брандт"
      aliases: ["Брандт"]
      description: "Ула Брандт рассказал о поставках."
  - id: northholm
    type: island
    name: Northholm
    description: Northholm is an island that gets motorboats.
    evidence: Bluewater Lines supplies motorboats to Northholm.
    ru:
      name: "Нортхольм"
      description: "Нортхольм — остров, которому поставляют моторные лодки."
  - id: southholm
    type: island
    name: Southholm
    description: Southholm is an island that gets cargo barges.
    evidence: Bluewater Lines supplies cargo barges to Southholm.
    ru:
      name: "Саутхольм"
      description: "Саутхольм — остров, которому поставляют грузовые баржи."
  - id: westholm
    type: island
    name: Westholm
    description: Westholm is an island that gets rowing boats.
    evidence: Bluewater Lines supplies rowing boats to Westholm.
    ru:
      name: "Вестхольм"
      description: "Вестхольм — остров, которому поставляют вёсельные лодки."
facts:
  - id: keep-supplying
    relation: supplies
    subject: [bluewater]
    object: [northholm, southholm]
    answer: Ola Brandt said Bluewater Lines will keep supplying boats to islands including Northholm and Southholm.
    evidence: Bluewater Lines will keep supplying boats to islands including Northholm and Southholm
    question: What will Bluewater Lines keep supplying?
    ru:
      answer: "По словам Улы Брандта, Bluewater Lines продолжит поставлять лодки на острова, в том числе Нортхольм и Саутхольм."
      question: "Что Bluewater Lines продолжит поставлять?"
  - id: supply-northholm
    relation: supplies
    subject: [bluewater]
    object: [northholm]
    answer: Bluewater Lines supplies motorboats to Northholm.
    evidence: Bluewater Lines supplies motorboats to Northholm.
    question: What does Northholm get?
    ru:
      answer: "Bluewater Lines поставляет Нортхольму моторные лодки."
      question: "Что получает Нортхольм?"
  - id: supply-southholm
    relation: supplies
    subject: [bluewater]
    object: [southholm]
    answer: Bluewater Lines supplies cargo barges to Southholm.
    evidence: Bluewater Lines supplies cargo barges to Southholm.
    question: What does Southholm get?
    ru:
      answer: "Bluewater Lines поставляет Саутхольму грузовые баржи."
      question: "Что получает Саутхольм?"
  - id: supply-westholm
    relation: supplies
    subject: [bluewater]
    object: [westholm]
    answer: Bluewater Lines supplies rowing boats to Westholm.
    evidence: Bluewater Lines supplies rowing boats to Westholm.
    question: What does Westholm get?
    ru:
      answer: "Bluewater Lines поставляет Вестхольму вёсельные лодки."
      question: "Что получает Вестхольм?"
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "<islands, in Russian>");
});

describe("names joined as companions", () => {
  it("reads 'X с Y' of two names of one kind as 'X и Y', each on the same side", () => {
    for (const q of ["что получат нортхольм с саутхольмом", "что получат нортхольм вместе с саутхольмом"]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.facts, q).toEqual(expect.arrayContaining(["supply-northholm", "supply-southholm"]));
    }
  });

  it("leaves 'с' before a name of another kind as 'with'", () => {
    const a = engine.answer("что bluewater lines поставляет с нортхольмом");
    expect(a.facts).not.toContain("supply-southholm");
  });
});

describe("a name alone after a question about names joined together", () => {
  it("stands for all of them, not only the first", () => {
    for (const [first, next] of [
      ["что получат нортхольм и саутхольм", "а что вестхольм"],
      ["что получат нортхольм с саутхольмом", "а вестхольм?"],
      ["what do northholm and southholm get", "and what about westholm"],
    ] as const) {
      const a = engine.converse(first, undefined);
      const b = engine.converse(next, a.turn as Turn);
      expect(b.answer.facts, next).toEqual(["supply-westholm"]);
    }
  });
});
