import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about a village fair: an office held by a person ("Parish Administrator"), a
 * group named with "temporary", a permission and a thing done before an event.
 */
const ARTICLE = [
  "The Elmstead parish council approved the harvest fair on the green.",
  "Parish Administrator Nell Harrow has been at the green since Friday evening.",
  "Four temporary stewards are hired to guide the visitors.",
  "Before the fair opened, the council mowed the green.",
  "The council ordered the stewards to keep the lanes clear.",
  "The council told the visitors that the fair ends at dusk.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Elmstead holds its harvest fair"
  publisher: Elmstead Gazette
  summary: The Elmstead parish council approved the harvest fair and hired temporary stewards.
types:
  - id: person
    title: People
    words: [person]
    person: true
  - id: body
    title: Bodies
    words: [council, body]
  - id: group
    title: Groups
    words: [group]
  - id: event
    title: Events
    words: [fair, event]
relations:
  - id: approved
    label: approved
    verbs: [approve, allow, permit]
  - id: hired
    label: hired
    verbs: [hire, employ]
  - id: at
    label: is at
    verbs: [be at, stay]
  - id: mowed
    label: mowed
    verbs: [mow, cut]
  - id: ordered
    label: ordered
    verbs: [order, direct]
  - id: said
    label: said
    verbs: [say, tell]
entities:
  - id: council
    type: body
    name: Elmstead parish council
    aliases: [parish council, the council]
    description: The parish council of Elmstead.
    evidence: The Elmstead parish council approved the harvest fair
  - id: harrow
    type: person
    name: Parish Administrator Nell Harrow
    aliases: [Nell Harrow, Harrow, Parish Administrator]
    description: Nell Harrow is the Parish Administrator.
    evidence: Parish Administrator Nell Harrow
  - id: stewards
    type: group
    name: temporary stewards
    aliases: [stewards]
    description: Four temporary stewards guide the visitors.
    evidence: Four temporary stewards are hired
  - id: visitors
    type: group
    name: visitors
    description: The visitors of the fair.
    evidence: guide the visitors
  - id: fair
    type: event
    name: harvest fair
    aliases: [the fair]
    description: The harvest fair on the green.
    evidence: the harvest fair on the green
facts:
  - id: council-approved-fair
    relation: approved
    subject: [council]
    object: [fair]
    answer: The Elmstead parish council approved the harvest fair on the green.
    evidence: The Elmstead parish council approved the harvest fair on the green.
    question: Who approved the fair?
  - id: harrow-at-green
    relation: at
    subject: [harrow]
    answer: Parish Administrator Nell Harrow has been at the green since Friday evening.
    evidence: Parish Administrator Nell Harrow has been at the green since Friday evening.
    keywords: [green]
    when: since Friday evening
    question: Since when has Nell Harrow been at the green?
  - id: stewards-hired
    relation: hired
    subject: [council]
    object: [stewards]
    answer: Four temporary stewards are hired to guide the visitors.
    evidence: Four temporary stewards are hired to guide the visitors.
    quantity: four temporary stewards
    why: to guide the visitors
    question: How many stewards are hired?
  - id: council-mowed
    relation: mowed
    subject: [council]
    mentions: [fair]
    answer: Before the fair opened, the council mowed the green.
    evidence: Before the fair opened, the council mowed the green.
    when: before the fair opened
    question: What did the council do before the fair?
  - id: council-ordered-stewards
    relation: ordered
    subject: [council]
    object: [stewards]
    answer: The council ordered the stewards to keep the lanes clear.
    evidence: The council ordered the stewards to keep the lanes clear.
    question: What did the council order the stewards to do?
  - id: council-told-visitors
    relation: said
    subject: [council]
    object: [visitors]
    answer: The council told the visitors that the fair ends at dusk.
    evidence: The council told the visitors that the fair ends at dusk.
    question: What did the council tell the visitors?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "<chat-clippings>");
});
const ask = (q: string) => engine.answer(q);

describe("chat spellings and clipped words", () => {
  it("reads ok'd as approved", () => {
    const a = ask("which body ok'd the fair");
    expect(a.answered).toBe(true);
    expect(a.facts).toContain("council-approved-fair");
  });

  it("reads a clipped office word as the office", () => {
    const a = ask("since when has the parish admin been at the green");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Friday evening/);
  });

  it("reads a clipped word of a name, and r for are", () => {
    const a = ask("how many temp stewards r hired");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Four/);
  });

  it("reads b4 as before", () => {
    const a = ask("what did the council do b4 the fair");
    expect(a.answered).toBe(true);
    expect(a.facts).toContain("council-mowed");
  });
});

describe("a clause of time after the question's own words", () => {
  it("reads the clause's name and verb as the time, not as what is asked", () => {
    const a = ask("what did the council do before the fair opened");
    expect(a.answered).toBe(true);
    expect(a.facts).toContain("council-mowed");
    expect(a.facts).not.toContain("council-approved-fair");
  });
});

describe("telling someone to act", () => {
  it("reads 'tell X to do' as the relation of ordering", () => {
    const a = ask("what did the parish council tell the stewards to do");
    expect(a.answered).toBe(true);
    expect(a.facts[0]).toBe("council-ordered-stewards");
  });

  it("keeps 'tell X' without 'to' as saying", () => {
    expect(ask("what did the parish council tell the visitors").facts[0]).toBe("council-told-visitors");
  });
});
