import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";
import { museumEngine } from "./harwick.js";

/** A made-up report: two towns signed a river charter; a third's charter awaits approval. */
const CHARTER_ARTICLE = [
  "Avonby and Brill signed the river charter.",
  "A similar charter with Colfax is awaiting approval by its council.",
].join("\n");

const CHARTER_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Two towns sign a river charter"
  publisher: Valley Post
  summary: Avonby and Brill signed the river charter; Colfax's awaits approval.
types:
  - id: town
    title: Towns
    words: [town, towns]
  - id: charter
    title: Charters
    words: [charter, charters]
relations:
  - id: signed
    label: signed
    verbs: [sign]
  - id: awaits-approval
    label: awaits approval
    related: [signed]
    contrary: [signed]
    verbs: [await, approve, ratify]
    nouns: [approval, ratification]
entities:
  - id: avonby
    type: town
    name: Avonby
    description: Avonby signed the river charter.
    evidence: Avonby
  - id: brill
    type: town
    name: Brill
    description: Brill signed the river charter.
    evidence: Brill
  - id: colfax
    type: town
    name: Colfax
    description: Colfax's charter awaits approval by its council.
    evidence: Colfax
  - id: colfax-charter
    type: charter
    name: the Colfax charter
    aliases: [Colfax charter, similar charter]
    description: The Colfax charter is like the river charter and awaits approval.
    evidence: A similar charter with Colfax
  - id: charter
    type: charter
    name: the river charter
    aliases: [river charter, charter]
    description: The river charter was signed by Avonby and Brill.
    evidence: the river charter
facts:
  - id: charter-signed
    relation: signed
    subject: [avonby, brill]
    object: [charter]
    answer: Avonby and Brill signed the river charter.
    evidence: Avonby and Brill signed the river charter.
    question: Who signed the river charter?
  - id: colfax-pending
    relation: awaits-approval
    subject: [colfax]
    object: [colfax-charter]
    answer: A similar charter with Colfax is awaiting approval by its council.
    evidence: A similar charter with Colfax is awaiting approval by its council.
    question: Which charter awaits approval?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await museumEngine();
});
const ask = (q: string) => engine.answer(q);

describe("a yes/no question whose predicate no fact about its subject holds", () => {
  it("leaves a relation no fact about the subject is of undecided, with what the article says", () => {
    const a = ask("did Elena Voss photograph the rose garden?");
    expect(a.verdict).toBeNull();
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/does not say/);
  });

  it("leaves a verb whose relation no fact about the subject is of undecided", async () => {
    const towns = await engineOf(CHARTER_KNOWLEDGE, CHARTER_ARTICLE, "<charter>");
    const a = towns.answer("did Avonby ratify the river charter?");
    expect(a.verdict).toBeNull();
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/Avonby and Brill signed/);
    expect(towns.answer("did Brill sign the river charter?").verdict).toBe("yes");
    expect(towns.answer("has Colfax signed the river charter?").verdict).toBe("no");
  });

  it("still answers yes where a fact about the subject is of that relation", () => {
    expect(ask("did Elena Voss study at Northgate University?").verdict).toBe("yes");
    expect(ask("did the Harwick Trust select Elena Voss?").verdict).toBe("yes");
  });

  it("still answers what the facts say of the subject", () => {
    expect(ask("is Voss the new director of the museum?").verdict).toBe("yes");
  });
});
