import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about a rowing union: a body whose members it names, a town it lies in, and
 * spare parts, so "part" is also a name of the knowledge.
 */
const ARTICLE = [
  "Union members Dover, Calais and Ostend will share a new boathouse in Bruges.",
  "Dover will also receive spare parts for its racing shells.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Rowing union opens a boathouse"
  publisher: Canal Courier
  summary: The rowing union's members will share a new boathouse.
types:
  - id: club
    title: Clubs
    words: [club, clubs]
  - id: body
    title: Bodies
    words: [union]
  - id: town
    title: Towns
    words: [town, city]
  - id: thing
    title: Things
    words: [thing]
relations:
  - id: member-of
    label: is a member of
    nouns: [member, members]
  - id: receives
    label: receives
    verbs: [receive, get]
  - id: located-in
    label: is located in
    verbs: [locate]
entities:
  - id: dover
    type: club
    name: Dover
    description: Dover is a member of the rowing union.
    evidence: Dover
  - id: calais
    type: club
    name: Calais
    description: Calais is a member of the rowing union.
    evidence: Calais
  - id: ostend
    type: club
    name: Ostend
    description: Ostend is a member of the rowing union.
    evidence: Ostend
  - id: union
    type: body
    name: the rowing union
    aliases: [rowing union, RU]
    description: The rowing union's members will share a new boathouse.
    evidence: Union members
  - id: bruges
    type: town
    name: Bruges
    description: The new boathouse is in Bruges.
    evidence: Bruges
  - id: spare-parts
    type: thing
    name: spare parts
    aliases: [parts]
    description: Dover will receive spare parts for its racing shells.
    evidence: spare parts
facts:
  - id: union-members
    relation: member-of
    subject: [dover, calais, ostend]
    object: [union]
    answer: The article names Dover, Calais and Ostend as members of the rowing union.
    evidence: Union members Dover, Calais and Ostend
    question: Which clubs are members of the rowing union?
  - id: dover-parts
    relation: receives
    subject: [dover]
    object: [spare-parts]
    answer: Dover will receive spare parts for its racing shells.
    evidence: Dover will also receive spare parts for its racing shells
    question: What will Dover receive?
`;

describe("words of belonging before a body with members", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOf(KNOWLEDGE, ARTICLE, "<membership-words>");
  });

  it('reads "part of" as membership, not as the name "parts"', () => {
    const a = engine.answer("is calais part of the rowing union?");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/members of the rowing union/);
    expect(engine.answer("is ostend a part of the rowing union").verdict).toBe("yes");
  });

  it('reads "in" and "within" as membership', () => {
    expect(engine.answer("is dover in the rowing union").verdict).toBe("yes");
    expect(engine.answer("are dover and calais within the rowing union?").verdict).toBe("yes");
  });

  it('leaves a name the members leave out undecided, as "a member of" does', () => {
    const a = engine.answer("is bruges in the rowing union?");
    expect(a.verdict).toBeNull();
    expect(a.text).toMatch(/Dover, Calais and Ostend/);
    expect(a.text).toBe(engine.answer("is bruges a member of the rowing union?").text);
  });

  it("lists the members for a wh-question with the same words", () => {
    const a = engine.answer("which clubs are part of the rowing union");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Dover, Calais and Ostend/);
  });

  it("keeps a verb's own reading and the name elsewhere", () => {
    const parts = engine.answer("does dover get parts?");
    expect(parts.verdict).toBe("yes");
    expect(parts.text).toMatch(/spare parts/);
  });

  it("counts the parties a relation's noun names where the question asks something of them", () => {
    const a = engine.answer("how many rowing union members get spare parts");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^The article names one: Dover/);
  });

  it("leaves how many members a body has to a list the knowledge marks complete", () => {
    for (const q of [
      "how many members does the rowing union have",
      "how many rowing union members are there",
    ]) {
      const a = engine.answer(q);
      expect(a.answered).toBe(false);
      expect(a.text).toMatch(/Dover, Calais and Ostend/);
    }
    const closed = KNOWLEDGE.replace(
      "question: Which clubs are members",
      "complete: true\n    question: Which clubs are members",
    );
    return engineOf(closed, ARTICLE, "<membership-complete>").then((complete) => {
      const a = complete.answer("how many members does the rowing union have");
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/^The article names three: Dover, Calais and Ostend/);
    });
  });
});
