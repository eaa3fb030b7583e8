import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about a governor's visit: one list of people met, each holding an office that
 * facts of its own relation state.
 */
const ARTICLE = [
  "Governor Ina Brandt met several county leaders, including Sheriff Tom Pell, Sheriff Ada Moss,",
  "Alderman Rudi Kast, Alderman Lea Frey and Alderman Jon Wirth.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Governor meets county leaders"
  publisher: County Courier
  summary: Governor Ina Brandt met sheriffs and aldermen.
types:
  - id: person
    title: People
    words: [person]
    person: true
  - id: group
    title: Groups
    words: [group]
relations:
  - id: met
    label: met
    verbs: [meet, see]
  - id: sheriff-of
    label: is sheriff of
    nouns: [sheriff]
  - id: alderman-of
    label: is alderman of
    nouns: [alderman, aldermen]
entities:
  - id: brandt
    type: person
    name: Governor Ina Brandt
    aliases: [Brandt, the governor]
    description: Ina Brandt is the Governor.
    evidence: Governor Ina Brandt
  - id: leaders
    type: group
    name: county leaders
    description: The county leaders the governor met.
    evidence: several county leaders
  - id: pell
    type: person
    name: Sheriff Tom Pell
    aliases: [Pell]
    description: Tom Pell is a sheriff.
    evidence: Sheriff Tom Pell
  - id: moss
    type: person
    name: Sheriff Ada Moss
    aliases: [Moss]
    description: Ada Moss is a sheriff.
    evidence: Sheriff Ada Moss
  - id: kast
    type: person
    name: Alderman Rudi Kast
    aliases: [Kast]
    description: Rudi Kast is an alderman.
    evidence: Alderman Rudi Kast
  - id: frey
    type: person
    name: Alderman Lea Frey
    aliases: [Frey]
    description: Lea Frey is an alderman.
    evidence: Alderman Lea Frey
  - id: wirth
    type: person
    name: Alderman Jon Wirth
    aliases: [Wirth]
    description: Jon Wirth is an alderman.
    evidence: Alderman Jon Wirth
facts:
  - id: brandt-met
    relation: met
    subject: [brandt]
    object: [leaders, pell, moss, kast, frey, wirth]
    partial: true
    answer: Governor Ina Brandt met several county leaders, including two sheriffs and three aldermen.
    evidence: Governor Ina Brandt met several county leaders
    question: Who did the governor meet?
  - id: sheriffs
    relation: sheriff-of
    subject: [pell, moss]
    object: [leaders]
    answer: Tom Pell and Ada Moss are sheriffs.
    evidence: Sheriff Tom Pell, Sheriff Ada Moss
    question: Who are the sheriffs?
  - id: aldermen
    relation: alderman-of
    subject: [kast, frey, wirth]
    object: [leaders]
    answer: Rudi Kast, Lea Frey and Jon Wirth are aldermen.
    evidence: Alderman Rudi Kast, Alderman Lea Frey and Alderman Jon Wirth
    question: Who are the aldermen?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "<holders-listed>");
});
const ask = (q: string) => engine.answer(q);

describe("an office counted within another relation's list", () => {
  it("counts the listed people who hold the office asked", () => {
    const a = ask("how many aldermen did Brandt see");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/three/i);
    expect(a.text).toMatch(/Kast/);
    expect(a.text).not.toMatch(/names \\w+: .*Pell/);
  });

  it("counts another office from the same list", () => {
    const a = ask("how many sheriffs did the governor meet");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/two/i);
  });
});
