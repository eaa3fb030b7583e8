import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article: a lighthouse trust whose keeper talked to a radio station, and the lamps it
 * fits. Nothing in it tells who wrote it, where the keeper was, or what make the lamps are.
 */
const ARTICLE = [
  "Keeper Ida Moss told Harbour Radio that the Greyrock Lighthouse Trust keeps fitting new lamps.",
  "The trust installs bright signal lamps at Greyrock and foghorns at Pellham.",
  "Moss remains the trust's head keeper, the Coast Courier reports.",
  "The trust is led by its chair, Tom Reid.",
  "The trust drew up comparable service contracts with Greyrock and Pellham.",
  "Moss said the work covers signal lamps for Greyrock and foghorns for Pellham.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "New lamps for Greyrock"
  publisher: Coast Courier
  summary: The Greyrock Lighthouse Trust fits new lamps; its keeper spoke to Harbour Radio.
types:
  - id: place
    title: Places
    words: [place, headland]
    place: true
  - id: body
    title: Bodies
    words: [trust, station, paper]
  - id: person
    title: People
    words: [person, keeper]
    person: true
  - id: gear
    title: Gear
    words: [lamp, lamps, gear]
relations:
  - id: interviewed
    label: spoke to
    verbs: [tell, speak, talk]
    nouns: [interview]
  - id: installs
    label: installs
    verbs: [install, fit]
    inverseVerbs: [get, receive]
  - id: keeps
    label: is head keeper of
    verbs: [remain]
    nouns: [keeper]
  - id: chairs
    label: chairs
    verbs: [lead, chair]
    nouns: [chair, head]
  - id: contracted
    label: has a contract with
    verbs: [contract]
    inverseVerbs: [sign]
  - id: said
    label: said
    verbs: [say]
  - id: reported
    label: reported
    verbs: [report, write]
    nouns: [author, source, paper]
entities:
  - id: moss
    type: person
    name: Ida Moss
    aliases: [Moss]
    description: Ida Moss is the head keeper of the Greyrock Lighthouse Trust.
    evidence: Moss remains the trust's head keeper
  - id: trust
    type: body
    name: Greyrock Lighthouse Trust
    aliases: [the trust]
    description: The Greyrock Lighthouse Trust fits new lamps.
    evidence: the Greyrock Lighthouse Trust keeps fitting new lamps
  - id: radio
    type: body
    name: Harbour Radio
    description: Harbour Radio is the station Ida Moss spoke to.
    evidence: Keeper Ida Moss told Harbour Radio
  - id: courier
    type: body
    name: Coast Courier
    description: The Coast Courier reports the story.
    evidence: the Coast Courier reports
  - id: greyrock
    type: place
    name: Greyrock
    description: Greyrock is where the trust installs signal lamps.
    evidence: bright signal lamps at Greyrock
  - id: pellham
    type: place
    name: Pellham
    description: Pellham is where the trust installs foghorns.
    evidence: foghorns at Pellham
  - id: lamps
    type: gear
    name: bright signal lamps
    aliases: [signal lamps, lamps]
    description: Bright signal lamps are what the trust installs at Greyrock.
    evidence: bright signal lamps at Greyrock
  - id: reid
    type: person
    name: Tom Reid
    aliases: [Reid]
    description: Tom Reid chairs the Greyrock Lighthouse Trust.
    evidence: The trust is led by its chair, Tom Reid.
  - id: contracts
    type: gear
    name: service contracts
    aliases: [contracts, contract]
    description: Service contracts were drawn up with Greyrock and Pellham.
    evidence: comparable service contracts with Greyrock and Pellham
  - id: foghorns
    type: gear
    name: foghorns
    aliases: [foghorn, horns]
    description: Foghorns are what the trust installs at Pellham.
    evidence: foghorns at Pellham
facts:
  - id: contracts-drawn
    relation: contracted
    subject: [trust]
    object: [greyrock, pellham]
    mentions: [contracts]
    answer: The trust drew up comparable service contracts with Greyrock and Pellham.
    evidence: The trust drew up comparable service contracts with Greyrock and Pellham.
    question: What was drawn up with Greyrock and Pellham?
  - id: reid-chairs
    relation: chairs
    subject: [reid]
    object: [trust]
    answer: Tom Reid chairs the Greyrock Lighthouse Trust.
    evidence: The trust is led by its chair, Tom Reid.
    question: Who chairs the trust?
  - id: moss-work
    relation: said
    subject: [moss]
    mentions: [lamps, greyrock, foghorns, pellham]
    answer: Moss said the work covers signal lamps for Greyrock and foghorns for Pellham.
    evidence: Moss said the work covers signal lamps for Greyrock and foghorns for Pellham.
    question: What did Moss say the work covers?
  - id: foghorns-pellham
    relation: installs
    subject: [trust]
    object: [pellham]
    mentions: [foghorns]
    answer: The trust installs foghorns at Pellham.
    evidence: foghorns at Pellham
    question: What does the trust install at Pellham?
  - id: moss-radio
    relation: interviewed
    subject: [moss]
    object: [radio]
    answer: Ida Moss spoke to Harbour Radio about the trust's new lamps.
    evidence: Keeper Ida Moss told Harbour Radio
    where: on Harbour Radio
    question: Who did Ida Moss speak to?
  - id: lamps-greyrock
    relation: installs
    subject: [trust]
    object: [greyrock]
    mentions: [lamps]
    answer: The trust installs bright signal lamps at Greyrock.
    evidence: The trust installs bright signal lamps at Greyrock
    question: What does the trust install at Greyrock?
  - id: moss-keeper
    relation: keeps
    subject: [moss]
    object: [trust]
    answer: Ida Moss remains the head keeper of the Greyrock Lighthouse Trust.
    evidence: Moss remains the trust's head keeper
    question: Who is the trust's head keeper?
  - id: courier-reports
    relation: reported
    subject: [courier]
    answer: The story is a Coast Courier report.
    evidence: the Coast Courier reports
    keywords: [wrote, story]
    question: Who reported the story?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "<lighthouse>");
});
const ask = (q: string) => engine.answer(q);

describe("what the facts cannot tell", () => {
  it("tells whether a state lasts to the present day as a gap, however the present is said", () => {
    expect(ask("is moss still the head keeper nowadays?").answered).toBe(false);
    expect(ask("is moss still head keeper of the trust these days").answered).toBe(false);
    expect(ask("is moss the head keeper of the trust anymore").answered).toBe(false);
    expect(ask("who is the head keeper of the trust").answered).toBe(true);
  });

  it("does not take the publisher for the author", () => {
    expect(ask("who is the author of this story").answered).toBe(false);
    expect(ask("who wrote the story, writer's name please").answered).toBe(false);
    const published = ask("which paper reported this story");
    expect(published.answered).toBe(true);
    expect(published.text).toMatch(/Coast Courier/);
  });

  it("tells a make or model asked of a thing the facts only describe as a gap", () => {
    expect(ask("what model of signal lamps does greyrock get").answered).toBe(false);
    expect(ask("which lamps is greyrock getting, make/brand?").answered).toBe(false);
    expect(ask("what lamps does greyrock get").answered).toBe(true);
  });

  it("does not take a circumstance that names no place for where a person was", () => {
    expect(ask("where was moss while she talked to the radio").answered).toBe(false);
    expect(ask("who did moss talk to").text).toMatch(/Harbour Radio/);
  });

  it("judges what a person is said to have said by the facts of the clause", () => {
    const a = ask("moss said greyrock is getting foghorns, right?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/signal lamps/);
    expect(ask("moss said greyrock is getting signal lamps, right?").verdict).toBe("yes");
  });

  it("says no to a person heading a body whose words no name of the one they head has", () => {
    const a = ask("reid heads the harbour council, yes?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/Greyrock Lighthouse Trust/);
    expect(ask("does reid head the lighthouse trust?").verdict).toBe("yes");
  });

  it("says yes to the same kind as the others where the fact itself says it is alike", () => {
    const a = ask("do greyrock and pellham get the same sort of contracts as the other places?");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/comparable/);
    expect(ask("does greyrock get the same as pellham?").verdict).not.toBe("yes");
  });
});
