import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about a librarian moving between towns: a kind's word given in the singular only,
 * and a relation whose verb has an irregular past.
 */
const ARTICLE = [
  "Ada Vale worked for the city of Brookfield and the city of Millport before joining the Harbor Library.",
  "Ada Vale quit the Millport Museum in 2019.",
  "Ada Vale had worked at the Millport Museum since 2015.",
  "The Harbor Library published this notice on May 2, 2024.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Ada Vale joins the Harbor Library"
  publisher: Harbor Library
  summary: Ada Vale, who worked for two cities and quit a museum, joins the Harbor Library.
types:
  - id: person
    title: People
    words: [person]
    person: true
  - id: place
    title: Places
    words: [city, town]
    place: true
  - id: body
    title: Bodies
    words: [library, museum]
relations:
  - id: worked-for
    label: worked for
    verbs: [work, serve]
  - id: left
    label: quit
    verbs: [quit, leave]
  - id: published
    label: published
    verbs: [publish, issue]
entities:
  - id: ada-vale
    type: person
    name: Ada Vale
    aliases: [Vale]
    description: Ada Vale joins the Harbor Library.
    evidence: Ada Vale worked for the city of Brookfield
  - id: brookfield
    type: place
    name: Brookfield
    description: A city Ada Vale worked for.
    evidence: the city of Brookfield
  - id: millport
    type: place
    name: Millport
    description: A city Ada Vale worked for.
    evidence: the city of Millport
  - id: museum
    type: body
    name: Millport Museum
    description: The museum Ada Vale quit in 2019.
    evidence: Ada Vale quit the Millport Museum in 2019.
  - id: library
    type: body
    name: Harbor Library
    description: The library Ada Vale joins.
    evidence: before joining the Harbor Library
facts:
  - id: vale-cities
    relation: worked-for
    subject: [ada-vale]
    object: [brookfield, millport]
    answer: Ada Vale worked for the city of Brookfield and the city of Millport.
    evidence: Ada Vale worked for the city of Brookfield and the city of Millport
    question: Which cities did Ada Vale work for?
  - id: vale-museum
    relation: worked-for
    subject: [ada-vale]
    object: [museum]
    answer: Ada Vale had worked at the Millport Museum since 2015.
    evidence: Ada Vale had worked at the Millport Museum since 2015.
    when: since 2015
    question: Since when had Ada Vale worked at the museum?
  - id: vale-left
    relation: left
    subject: [ada-vale]
    object: [museum]
    answer: Ada Vale quit the Millport Museum in 2019.
    evidence: Ada Vale quit the Millport Museum in 2019.
    when: in 2019
    question: When did Ada Vale quit the museum?
  - id: notice-published
    relation: published
    subject: [library]
    answer: The Harbor Library published this notice on May 2, 2024.
    evidence: The Harbor Library published this notice on May 2, 2024.
    when: on May 2, 2024
    question: When was the notice published?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "<kind-words>");
});
const ask = (q: string) => engine.answer(q);

describe("a kind's word and a relation's verb, by their forms", () => {
  it("asks for a kind by the plural of its word", () => {
    const a = ask("which cities did Vale work for");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Brookfield/);
    expect(a.text).toMatch(/Millport/);
  });

  it("reads an irregular past as its verb", () => {
    const a = ask("which museum has Vale left");
    expect(a.answered).toBe(true);
    expect(a.facts).toContain("vale-left");
    expect(ask("when did Vale leave the museum").text).toMatch(/2019/);
    expect(ask("when had Vale left the museum").text).toMatch(/2019/);
  });
});

describe("the article named by 'this' alone", () => {
  it("reads 'this' between a helping verb and a participle as the article", () => {
    const a = ask("when was this published");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/May 2, 2024/);
  });

  it("answers a part only an article has from the article itself", () => {
    expect(ask("whats the headline").text).toMatch(/Ada Vale joins the Harbor Library/);
    expect(ask("what is this about").text).toMatch(/two cities/);
  });
});
