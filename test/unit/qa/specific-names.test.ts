import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

const ARTICLE = [
  "The Tarn Valley Water Network is being expanded, engineer Ida Holm said.",
  "The council will keep buying water pumps for the villages of Elsby and Fenwick.",
  "Photo: Valley Courier",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Expanding the Tarn Valley Water Network"
  publisher: Valley Courier
  summary: The Tarn Valley Water Network is being expanded, and the council buys pumps for two villages.
types:
  - id: system
    title: Systems
    words: [system, network]
  - id: village
    title: Villages
    words: [village, villages]
    place: true
  - id: equipment
    title: Equipment
    words: [equipment]
  - id: body
    title: Bodies
    words: [council]
  - id: outlet
    title: Outlets
    words: [outlet, newspaper]
  - id: person
    title: People
    words: [person, people]
    person: true
relations:
  - id: expands
    label: expands
    verbs: [expand, enlarge]
  - id: buys
    label: buys
    verbs: [buy]
entities:
  - id: valley-courier
    type: outlet
    name: Valley Courier
    description: Valley Courier is the outlet that published the article.
    evidence: "Photo: Valley Courier"
  - id: tarn-network
    type: system
    name: Tarn Valley Water Network
    aliases: [Valley Water Network]
    description: The Tarn Valley Water Network is the valley's water network, which is being expanded.
    evidence: The Tarn Valley Water Network is being expanded
  - id: networks
    type: equipment
    name: water networks
    aliases: [water pipes]
    description: Water networks are what the council keeps up.
    evidence: The council will keep buying water pumps
  - id: pumps
    type: equipment
    name: water pumps
    description: Water pumps are what the council buys for Elsby and Fenwick.
    evidence: water pumps for the villages of Elsby and Fenwick
  - id: council
    type: body
    name: council
    description: The council buys water pumps for two villages.
    evidence: The council will keep buying water pumps
  - id: elsby
    type: village
    name: Elsby
    description: Elsby is a village the council buys water pumps for.
    evidence: the villages of Elsby and Fenwick
  - id: fenwick
    type: village
    name: Fenwick
    description: Fenwick is a village the council buys water pumps for.
    evidence: the villages of Elsby and Fenwick
  - id: ida-holm
    type: person
    name: Ida Holm
    description: Ida Holm is the engineer who spoke about the network.
    evidence: engineer Ida Holm said
facts:
  - id: network-expanded
    relation: expands
    subject: [ida-holm]
    object: [tarn-network]
    answer: The Tarn Valley Water Network is being expanded, engineer Ida Holm said.
    evidence: The Tarn Valley Water Network is being expanded
    question: What is being expanded?
  - id: pumps-bought
    relation: buys
    subject: [council]
    object: [elsby, fenwick]
    mentions: [pumps]
    answer: The council will keep buying water pumps for Elsby and Fenwick.
    evidence: The council will keep buying water pumps for the villages of Elsby and Fenwick
    question: What does the council buy?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "<water>");
});

describe("words that end one longer name", () => {
  it("ask for that one by name, not for the class written in common words", () => {
    for (const q of [
      "which water network is being expanded",
      "what's the name of the water network",
      "what is the water network called",
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^Tarn Valley Water Network\./);
    }
  });

  it("leave a question in the class's own words to the class", () => {
    const a = engine.answer("which water networks does the council keep up");
    expect(a.text).not.toMatch(/^Tarn Valley Water Network\./);
  });

  it("leave a relation the longer name's facts never hold to the facts that do", () => {
    const a = engine.answer("which water network does the council buy for elsby");
    expect(a.text).not.toMatch(/^Tarn Valley Water Network\./);
  });

  it("leave a model asked for unanswered by the longer name", () => {
    const a = engine.answer("which model of water network is being expanded");
    expect(a.text).not.toMatch(/^Tarn Valley Water Network\./);
  });
});

describe("where the article itself is from", () => {
  it("is who put it out", () => {
    const a = engine.answer("where is this report from");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Valley Courier/);
  });
});
