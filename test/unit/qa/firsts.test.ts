import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article with a fact that calls itself the first of its kind: whether anyone did it before
 * is answered no from it, while whether the named party did it is still yes.
 */
const ARTICLE = [
  "Governor Ada Prynne visited the Tessaly Islands, the first time that a governor has visited the islands.",
  "Prynne previously served on the harbour board.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Governor visits the Tessaly Islands"
  publisher: Island Courier
  summary: Governor Ada Prynne visited the Tessaly Islands.
types:
  - id: person
    title: People
    words: [person]
    person: true
  - id: place
    title: Places
    words: [place, islands]
  - id: organisation
    title: Organisations
    words: [board]
relations:
  - id: visited
    label: visited
    verbs: [visit]
  - id: served-on
    label: served on
    verbs: [serve]
entities:
  - id: prynne
    type: person
    name: Ada Prynne
    aliases: [Prynne, governor]
    description: Ada Prynne is the governor who visited the Tessaly Islands.
    evidence: Governor Ada Prynne visited the Tessaly Islands
  - id: tessaly
    type: place
    name: Tessaly Islands
    description: The Tessaly Islands are the islands Ada Prynne visited.
    evidence: the Tessaly Islands
  - id: harbour-board
    type: organisation
    name: harbour board
    description: The harbour board is where Ada Prynne served before.
    evidence: the harbour board
facts:
  - id: visit
    relation: visited
    subject: [prynne]
    object: [tessaly]
    answer: Ada Prynne visited the Tessaly Islands, the first time that a governor has visited the islands.
    evidence: Governor Ada Prynne visited the Tessaly Islands, the first time that a governor has visited the islands.
    question: Who visited the Tessaly Islands?
  - id: board
    relation: served-on
    subject: [prynne]
    object: [harbour-board]
    answer: Ada Prynne previously served on the harbour board.
    evidence: Prynne previously served on the harbour board.
    question: Where did Ada Prynne serve before?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "firsts");
});

describe("a fact that calls itself the first time", () => {
  it("answers no to whether anyone did it before", () => {
    const a = engine.answer("has a governor ever visited the tessaly islands before?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\b.*first time/);
  });

  it("still answers yes to whether the named party did it", () => {
    expect(engine.answer("did prynne visit the tessaly islands").verdict).toBe("yes");
  });

  it("leaves an earlier deed of the named party to its own fact", () => {
    expect(engine.answer("did prynne serve on the harbour board before").verdict).toBe("yes");
  });
});
