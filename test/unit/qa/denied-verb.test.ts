import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about a city's buses: the city leases them rather than buying them, from firms it
 * picked; one fact gives a figure with "of" in it, which "one of the firms" must not be read against.
 */
const ARTICLE = [
  "Marlow City picked Tarn Motors, Bexley Coach and Orrin Fleet to supply electric buses.",
  "The city will lease the buses from the firms.",
  "The deal has a total value of $12 million for all buses.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Marlow City leases electric buses"
  publisher: Marlow Herald
  summary: Marlow City picked three firms and will lease electric buses from them.
types:
  - id: city
    title: Cities
    words: [city]
  - id: firm
    title: Firms
    words: [firm, firms, company, companies]
  - id: group
    title: The firms, together
  - id: vehicle
    title: Vehicles
    words: [bus, buses]
  - id: deal
    title: Deals
    words: [deal]
relations:
  - id: picked
    label: picked
    verbs: [pick, choose, select]
  - id: acquires
    label: acquires
    verbs: [lease, acquire, buy, get]
  - id: worth
    label: is worth
    nouns: [value]
entities:
  - id: marlow
    type: city
    name: Marlow City
    aliases: [the city, Marlow]
    description: Marlow City picked three firms to supply electric buses.
    evidence: Marlow City picked
  - id: tarn
    type: firm
    name: Tarn Motors
    description: Tarn Motors is one of the firms Marlow City picked.
    evidence: Tarn Motors
  - id: bexley
    type: firm
    name: Bexley Coach
    description: Bexley Coach is one of the firms Marlow City picked.
    evidence: Bexley Coach
  - id: orrin
    type: firm
    name: Orrin Fleet
    description: Orrin Fleet is one of the firms Marlow City picked.
    evidence: Orrin Fleet
  - id: picked-firms
    type: group
    name: the picked firms
    aliases: [the firms, the companies, the three firms]
    description: Tarn Motors, Bexley Coach and Orrin Fleet are the firms Marlow City picked.
    evidence: the firms
  - id: buses
    type: vehicle
    name: electric buses
    aliases: [the buses, buses]
    description: Marlow City will lease electric buses.
    evidence: electric buses
  - id: the-deal
    type: deal
    name: the deal
    description: The deal has a total value of $12 million for all buses.
    evidence: The deal
facts:
  - id: firms-picked
    relation: picked
    subject: [marlow]
    object: [tarn, bexley, orrin, picked-firms]
    answer: Marlow City picked three firms, Tarn Motors, Bexley Coach and Orrin Fleet, to supply electric buses.
    evidence: Marlow City picked Tarn Motors, Bexley Coach and Orrin Fleet to supply electric buses
    quantity: three firms
    question: Which firms did Marlow City pick?
  - id: lease
    relation: acquires
    subject: [marlow]
    object: [buses]
    mentions: [picked-firms]
    answer: Marlow City will lease the buses from the firms, rather than buying them.
    evidence: The city will lease the buses from the firms.
    question: How will Marlow City get its buses?
  - id: value
    relation: worth
    subject: [the-deal]
    mentions: [picked-firms]
    answer: The deal has a total value of $12 million for all buses.
    evidence: The deal has a total value of $12 million for all buses.
    quantity: a total value of $12 million for all buses
    question: What is the deal worth?
`;

describe("a number before 'of' and a verb the fact denies", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOf(KNOWLEDGE, ARTICLE, "<denied-verb>");
  });

  it('reads "one of the firms" as picking one out, not as a count to check against a figure', () => {
    const a = engine.answer("is bexley coach one of the firms?");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/Tarn Motors, Bexley Coach and Orrin Fleet/);
  });

  it("still answers no to a count the facts give otherwise", () => {
    expect(engine.answer("did marlow city pick 4 firms?").verdict).toBe("no");
  });

  it("answers no where the fact denies the very verb asked", () => {
    const a = engine.answer("will the city buy the buses?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/rather than buying/);
  });

  it("answers yes to the verb the fact affirms", () => {
    expect(engine.answer("will the city lease the buses?").verdict).toBe("yes");
  });
});
