import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up note on a maker of farm machines: one statement lists the kinds of a class the knowledge
 * gives as a thing of its own ("farm machines, including tractors, balers and mowers"), on a day.
 */
const ARTICLE = [
  "Northfield Works sells tractors to Elm Co-op.",
  "On Monday, Ann Lee said Northfield Works would keep shipping farm machines, including tractors, balers and mowers, to co-ops.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Northfield Works keeps shipping"
  publisher: Farm Weekly
  summary: Northfield Works sells farm machines to co-ops.
types:
  - id: company
    title: Companies
    words: [company, companies, co-op, maker]
  - id: person
    title: People
    words: [person, people]
    person: true
  - id: machine
    title: Machines
    words: [machine, machines, equipment]
    models: true
relations:
  - id: sells
    label: sells
    verbs: [sell, ship, supply]
    inverseVerbs: [buy, get]
  - id: said
    label: said
    verbs: [say]
entities:
  - id: northfield
    type: company
    name: Northfield Works
    aliases: [Northfield]
    description: Northfield Works is a maker of farm machines.
    evidence: Northfield Works sells tractors to Elm Co-op.
  - id: elm
    type: company
    name: Elm Co-op
    description: Elm Co-op buys tractors from Northfield Works.
    evidence: Northfield Works sells tractors to Elm Co-op.
  - id: ann-lee
    type: person
    name: Ann Lee
    aliases: [Lee]
    description: Ann Lee spoke for Northfield Works.
    evidence: Ann Lee said Northfield Works would keep shipping
  - id: farm-machines
    type: machine
    name: farm machines
    description: Farm machines are what Northfield Works will keep shipping.
    evidence: farm machines, including tractors, balers and mowers
  - id: tractors
    type: machine
    name: tractors
    aliases: [tractor]
    description: Tractors are among the farm machines Northfield Works ships.
    evidence: Northfield Works sells tractors to Elm Co-op.
  - id: balers
    type: machine
    name: balers
    aliases: [baler]
    description: Balers are among the farm machines Northfield Works ships.
    evidence: tractors, balers and mowers
  - id: mowers
    type: machine
    name: mowers
    aliases: [mower]
    description: Mowers are among the farm machines Northfield Works ships.
    evidence: tractors, balers and mowers
facts:
  - id: sells-elm
    relation: sells
    subject: [northfield]
    object: [elm, tractors]
    answer: Northfield Works sells tractors to Elm Co-op.
    evidence: Northfield Works sells tractors to Elm Co-op.
    question: What does Northfield Works sell to Elm Co-op?
  - id: lee-statement
    relation: said
    subject: [ann-lee]
    mentions: [northfield, farm-machines, tractors, balers, mowers]
    answer: >-
      On Monday, Ann Lee said Northfield Works would keep shipping farm machines, including tractors,
      balers and mowers, to co-ops.
    evidence: On Monday, Ann Lee said Northfield Works would keep shipping farm machines, including tractors, balers and mowers, to co-ops.
    keywords: [keep, shipping]
    when: on Monday
    partial: true
    question: What did Ann Lee say?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "<farm machines>");
});

describe("what kinds of a class one statement lists", () => {
  it("lists the kinds the statement gives, not a model the article never names", () => {
    const a = engine.answer("what kinds of farm machines did lee say northfield will keep shipping?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/tractors, balers and mowers/);
  });

  it("still says the article names no kind of one of the entries", () => {
    const a = engine.answer("what kind of balers did lee say northfield will ship?");
    expect(a.answered).toBe(false);
  });
});

describe("a time as the whole topic", () => {
  it("answers 'what happened on <day>' with the fact of that day", () => {
    for (const q of ["what happened on monday", "what happened on monday according to the article"]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/Ann Lee said/);
    }
  });
});
