import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article with one officer whose names carry a rank and one official whose names carry none:
 * the rank asked of the official is something the article does not say, neither yes nor no.
 */
const ARTICLE = [
  "Major General Ilya Dorn commands the northern garrison.",
  "Pavel Ivers heads the supply agency.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Garrison and agency"
  publisher: North Post
  summary: Major General Ilya Dorn commands the northern garrison; Pavel Ivers heads the supply agency.
types:
  - id: person
    title: People
    words: [person]
    person: true
  - id: organisation
    title: Organisations
    words: [garrison, agency]
relations:
  - id: heads
    label: heads
    verbs: [head, command]
entities:
  - id: dorn
    type: person
    name: Ilya Dorn
    aliases: [Major General Ilya Dorn, Dorn]
    description: Major General Ilya Dorn commands the northern garrison.
    evidence: Major General Ilya Dorn commands the northern garrison.
  - id: ivers
    type: person
    name: Pavel Ivers
    aliases: [Ivers]
    description: Pavel Ivers heads the supply agency.
    evidence: Pavel Ivers heads the supply agency.
  - id: garrison
    type: organisation
    name: northern garrison
    description: The northern garrison is what Ilya Dorn commands.
    evidence: the northern garrison
  - id: agency
    type: organisation
    name: supply agency
    description: The supply agency is what Pavel Ivers heads.
    evidence: the supply agency
facts:
  - id: dorn-commands
    relation: heads
    subject: [dorn]
    object: [garrison]
    answer: Major General Ilya Dorn commands the northern garrison.
    evidence: Major General Ilya Dorn commands the northern garrison.
    question: Who commands the northern garrison?
  - id: ivers-heads
    relation: heads
    subject: [ivers]
    object: [agency]
    answer: Pavel Ivers heads the supply agency.
    evidence: Pavel Ivers heads the supply agency.
    question: Who heads the supply agency?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "titles");
});

describe("a title asked of a name", () => {
  it("is left undecided when only others' names carry it", () => {
    const a = engine.answer("is ivers a general?");
    expect(a.answered).toBe(false);
    expect(a.verdict).toBeNull();
    expect(a.text).toMatch(/does not say.*supply agency/);
  });

  it("is undecided the same with chat after the title, and with a second part asking the rank", () => {
    for (const q of ["is ivers a general too?", "is ivers a general too? whats his rank"]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(false);
      expect(a.verdict, q).toBeNull();
    }
  });

  it("is yes when the name's own names carry it", () => {
    expect(engine.answer("is dorn a general?").verdict).toBe("yes");
  });
});
