import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

// A made-up town council: a plan it approved, and what is being done with the plan now.
const ARTICLE = [
  "The Elmford council has already approved the river plan.",
  "Officials said the creation of the river plan is progressing slowly.",
  "The council uses barges on the river to reach the farms.",
  'Mayor Ada Voss said: "We will use the river to reach farms we could not reach by road."',
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Elmford approves its river plan"
  publisher: Vale Times
  summary: The Elmford council approved a river plan, and work on it goes slowly.
types:
  - id: body
    title: Bodies
    words: [council]
  - id: plan
    title: Plans
    words: [plan, plans]
relations:
  - id: approved
    label: approved
    verbs: [approve, adopt]
  - id: said
    label: said
    verbs: [say]
  - id: uses
    label: uses
    verbs: [use, travel]
entities:
  - id: ada-voss
    type: body
    name: Mayor Ada Voss
    aliases: [Ada Voss, Voss]
    description: Ada Voss is the mayor.
    evidence: Mayor Ada Voss
  - id: river
    type: plan
    name: the river
    aliases: [river]
    description: The river runs through Elmford.
    evidence: the river
  - id: council
    type: body
    name: the Elmford council
    aliases: [Elmford council, council]
    description: The Elmford council approved the river plan.
    evidence: The Elmford council has already approved the river plan.
  - id: river-plan
    type: plan
    name: the river plan
    aliases: [river plan, plan]
    description: The river plan is the plan the Elmford council approved.
    evidence: the river plan
facts:
  - id: council-approved
    relation: approved
    subject: [council]
    object: [river-plan]
    answer: The Elmford council has already approved the river plan.
    evidence: The Elmford council has already approved the river plan.
    keywords: [already, adopted]
    question: Who approved the river plan?
  - id: plan-progress
    relation: said
    subject: [council]
    mentions: [river-plan]
    answer: Officials said the creation of the approved river plan is progressing slowly.
    evidence: Officials said the creation of the river plan is progressing slowly.
    keywords: [created, creation, progress, slowly]
    question: How is the river plan progressing?
  - id: council-barges
    relation: uses
    subject: [council]
    object: [river]
    answer: The council uses barges on the river to reach the farms.
    evidence: The council uses barges on the river to reach the farms.
    keywords: [barges, reach, farms]
    question: What does the council use on the river?
  - id: voss-farms
    relation: said
    subject: [ada-voss]
    mentions: [river]
    answer: 'Ada Voss said: "We will use the river to reach farms we could not reach by road."'
    evidence: We will use the river to reach farms we could not reach by road.
    keywords: [farms, reach, road]
    question: What did Ada Voss say about the river?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "<river plan>");
});

describe("a passive of no relation as the question's own verb", () => {
  it("goes to the fact that owns the verb, over one that has the name on a side", () => {
    const a = engine.answer("is the approved plan already being built");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/progressing slowly/);
    expect(a.verdict).not.toBe("no");
  });

  it("reads a verb the language gives as a synonym of the knowledge's, irregular forms too", () => {
    for (const q of ["is the approved plan being constructed", "has the approved plan been built yet"]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/progressing slowly/);
    }
  });

  it("does not read a participle before a name as the question's verb", () => {
    const a = engine.answer("was the built plan approved");
    expect(a.text).toMatch(/has already approved/);
  });
});

describe("a quote after 'who said'", () => {
  it("is matched as what was said, its verbs and names no relation of the question", () => {
    const a = engine.answer("who said we will use the river to reach farms we cannot reach by road");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Ada Voss said/);
  });
});
