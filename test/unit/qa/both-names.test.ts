import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article where two officials each speak of the same port: a question whether the port comes
 * up in both their words is not answered no from the words of one of them.
 */
const ARTICLE = [
  "Minister Tor Halden said new cranes will arrive at the port of Vessa.",
  "Director Mira Quell said the port of Vessa will hire forty workers.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Two officials on the port of Vessa"
  publisher: Coast Daily
  summary: Two officials spoke about the port of Vessa.
types:
  - id: person
    title: People
    words: [person, official]
    person: true
  - id: place
    title: Places
    words: [port, place]
relations:
  - id: said
    label: said
    verbs: [say, mention]
entities:
  - id: halden
    type: person
    name: Tor Halden
    aliases: [Halden]
    description: Tor Halden is the minister who spoke of cranes for the port of Vessa.
    evidence: Minister Tor Halden
  - id: quell
    type: person
    name: Mira Quell
    aliases: [Quell]
    description: Mira Quell is the director who spoke of hiring at the port of Vessa.
    evidence: Director Mira Quell
  - id: vessa
    type: place
    name: port of Vessa
    aliases: [Vessa]
    description: The port of Vessa is the port both officials spoke about.
    evidence: the port of Vessa
facts:
  - id: cranes
    relation: said
    subject: [halden]
    mentions: [vessa]
    answer: Tor Halden said new cranes will arrive at the port of Vessa.
    evidence: Minister Tor Halden said new cranes will arrive at the port of Vessa.
    question: What did Tor Halden say about the port?
  - id: hiring
    relation: said
    subject: [quell]
    mentions: [vessa]
    answer: Mira Quell said the port of Vessa will hire forty workers.
    evidence: Director Mira Quell said the port of Vessa will hire forty workers.
    question: What did Mira Quell say about the port?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "both-names");
});

describe("a yes/no question about both of two names", () => {
  it("is not answered no from a fact that names only one of them", () => {
    expect(engine.answer("does vessa come up in both halden's and quell's words").verdict).not.toBe("no");
  });

  it("does not say yes when the words are the other official's", () => {
    expect(engine.answer("did halden say the port of vessa will hire forty workers").verdict).not.toBe("yes");
  });
});
