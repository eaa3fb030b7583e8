import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about an appointment: a governor names a warden of a guild as harbourmaster, the
 * first islander in the post; the warden is the guild's seventh, the wardenship is for life, and the
 * new harbourmaster's seal will soon be on the port's charts.
 */
const ARTICLE = [
  "Governor Ada Quill named Warden Tomas Brandt as Harbourmaster of Port Elling.",
  "Brandt is the first Islander to serve as Harbourmaster.",
  "Brandt became the 7th Warden of the Elling Guild in 2015 and is the first sailor to hold this post.",
  "The post is a lifetime appointment made by the Guild Council.",
  "Brandt's seal will soon be seen on the port's charts.",
  "The Guild created a grants team in 2019 to help administer $2 million in grants through the Harbour Fund.",
  "Governor Quill will meet with guild leaders about their plans to rebuild the docks.",
  "Before becoming Warden, Brandt was a ferry pilot.",
  "Assembly President Ines Moor welcomed the appointment.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Governor names Warden Tomas Brandt as Harbourmaster of Port Elling"
  publisher: Elling Gazette
  summary: Governor Ada Quill named Warden Tomas Brandt as Harbourmaster of Port Elling.
types:
  - id: person
    title: People
    words: [person, man, woman, official]
    person: true
  - id: group
    title: Groups
    words: [group]
  - id: body
    title: Bodies
    words: [guild, council, team]
  - id: position
    title: Positions
    words: [position, post, job, role]
  - id: fund
    title: Funds
    words: [fund, program]
relations:
  - id: appointed
    label: appointed
    verbs: [name, pick, choose, appoint]
    nouns: [appointment]
  - id: holds
    label: serves as
    verbs: [serve, hold, become]
  - id: leads
    label: leads
    verbs: [lead, run]
  - id: seal-on
    label: has his seal on
    nouns: [seal]
  - id: created
    label: created
    verbs: [create, set up]
  - id: administers
    label: administers
    verbs: [administer]
  - id: welcomed
    label: welcomed
    verbs: [welcome]
  - id: meets
    label: meets
    verbs: [meet, speak]
entities:
  - id: quill
    type: person
    name: Ada Quill
    aliases: [Governor Quill, Quill, Governor Ada Quill]
    description: Governor Ada Quill named Tomas Brandt as Harbourmaster of Port Elling.
    evidence: Governor Ada Quill named Warden Tomas Brandt as Harbourmaster of Port Elling.
  - id: brandt
    type: person
    name: Tomas Brandt
    aliases: [Brandt, Warden Brandt, Warden Tomas Brandt, new Harbourmaster]
    description: Tomas Brandt is the Warden of the Elling Guild and the new Harbourmaster of Port Elling.
    evidence: Governor Ada Quill named Warden Tomas Brandt as Harbourmaster of Port Elling.
  - id: islanders
    type: group
    name: Islanders
    aliases: [Islander]
    description: Tomas Brandt is the first Islander to serve as Harbourmaster.
    evidence: Brandt is the first Islander to serve as Harbourmaster.
  - id: harbourmaster
    type: position
    name: Harbourmaster of Port Elling
    aliases: [Harbourmaster]
    description: The Harbourmaster of Port Elling is Tomas Brandt, named by Governor Quill.
    evidence: Governor Ada Quill named Warden Tomas Brandt as Harbourmaster of Port Elling.
  - id: warden
    type: position
    name: Warden of the Elling Guild
    aliases: [Guild Warden]
    description: The Warden of the Elling Guild is a lifetime appointment made by the Guild Council.
    evidence: The post is a lifetime appointment made by the Guild Council.
    keywords: [lifetime, life]
  - id: guild
    type: body
    name: Elling Guild
    aliases: [the Guild]
    description: The Elling Guild, whose 7th Warden is Tomas Brandt.
    evidence: Brandt became the 7th Warden of the Elling Guild in 2015
  - id: grants-team
    type: body
    name: grants team
    description: A team the Guild created in 2019 to help administer grants through the Harbour Fund.
    evidence: The Guild created a grants team in 2019
  - id: ferry-pilot
    type: position
    name: ferry pilot
    description: Brandt was a ferry pilot before becoming Warden.
    evidence: Before becoming Warden, Brandt was a ferry pilot.
  - id: moor
    type: person
    name: Ines Moor
    aliases: [Assembly President Ines Moor, President Moor, Moor]
    description: Ines Moor is the Assembly President; she welcomed the appointment.
    evidence: Assembly President Ines Moor welcomed the appointment.
  - id: harbour-fund
    type: fund
    name: Harbour Fund
    description: Through the Harbour Fund, $2 million in grants is administered by the Guild's grants team.
    evidence: to help administer $2 million in grants through the Harbour Fund.
facts:
  - id: quill-names-brandt
    relation: appointed
    subject: [quill]
    object: [brandt]
    mentions: [harbourmaster]
    answer: Governor Ada Quill named Tomas Brandt as Harbourmaster of Port Elling.
    evidence: Governor Ada Quill named Warden Tomas Brandt as Harbourmaster of Port Elling.
    question: Who named Brandt as Harbourmaster?
  - id: brandt-harbourmaster
    relation: holds
    subject: [brandt]
    object: [harbourmaster]
    mentions: [islanders]
    answer: Tomas Brandt will serve as Harbourmaster; he is the first Islander in the post.
    evidence: Brandt is the first Islander to serve as Harbourmaster.
    keywords: [first]
    question: Who is the Harbourmaster?
  - id: brandt-warden
    relation: holds
    subject: [brandt]
    object: [warden, guild]
    answer: Tomas Brandt became the 7th Warden of the Elling Guild in 2015 and is the first sailor to hold the post.
    evidence: Brandt became the 7th Warden of the Elling Guild in 2015 and is the first sailor to hold this post.
    when: in 2015
    keywords: [first, sailor, warden]
    question: When did Brandt become Warden?
  - id: council-appoints-warden
    relation: appointed
    subject: [warden]
    mentions: [guild]
    answer: The post of Warden of the Elling Guild is a lifetime appointment made by the Guild Council.
    evidence: The post is a lifetime appointment made by the Guild Council.
    keywords: [lifetime, life, warden]
    question: Who appoints the Warden?
  - id: brandt-seal
    relation: seal-on
    subject: [brandt]
    answer: Brandt's seal will soon be seen on the port's charts.
    evidence: Brandt's seal will soon be seen on the port's charts.
    when: soon
    keywords: [charts, seen]
    question: Where will Brandt's seal appear?
  - id: guild-created-team
    relation: created
    subject: [guild]
    object: [grants-team]
    answer: The Guild created a grants team in 2019 to help administer $2 million in grants through the Harbour Fund.
    evidence: The Guild created a grants team in 2019 to help administer $2 million in grants through the Harbour Fund.
    when: in 2019
    question: When did the Guild create its grants team?
  - id: team-administers-fund
    relation: administers
    subject: [grants-team]
    object: [harbour-fund]
    answer: The grants team helps administer $2 million in grants through the Harbour Fund.
    evidence: to help administer $2 million in grants through the Harbour Fund.
    quantity: $2 million
    keywords: [grants, million]
    question: How much goes through the Harbour Fund?
  - id: brandt-pilot
    relation: holds
    subject: [brandt]
    object: [ferry-pilot]
    answer: Before becoming Warden, Brandt was a ferry pilot.
    evidence: Before becoming Warden, Brandt was a ferry pilot.
    keywords: [before]
    question: What was Brandt before becoming Warden?
  - id: moor-welcomed
    relation: welcomed
    subject: [moor]
    answer: Assembly President Ines Moor welcomed the appointment.
    evidence: Assembly President Ines Moor welcomed the appointment.
    question: Who welcomed the appointment?
  - id: quill-meets-leaders
    relation: meets
    subject: [quill]
    answer: Governor Quill will meet with guild leaders about their plans to rebuild the docks.
    evidence: Governor Quill will meet with guild leaders about their plans to rebuild the docks.
    keywords: [leaders, plans, rebuild, docks]
    question: Who will Governor Quill meet?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "<harbourmaster>");
});

describe("what someone is taken as", () => {
  it('reads a name after "as" as what a party is taken as, on no side of its own', () => {
    const a = engine.answer("who got picked as the new harbourmaster?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Quill named Tomas Brandt/);
    expect(engine.answer("who was chosen as harbourmaster").text).toMatch(/Quill named Tomas Brandt/);
  });
});

describe("an ordinal in a description", () => {
  it('is no noun the description calls its entity by ("the first Islander")', () => {
    const a = engine.answer("was brandt the first sailor warden of the guild");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/first sailor/);
  });
});

describe("a word the names of several entities share", () => {
  it('names the one of the kind a "to be" question ends on', () => {
    const a = engine.answer("is the warden thing a lifetime position?");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/lifetime appointment/);
  });
});

describe("words typed with a slash", () => {
  it("are offered as alternatives", () => {
    const a = engine.answer("what law/fund did the $2 million in grants go through");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Harbour Fund/);
  });
});

describe("a count of those before a place in a series", () => {
  it("is one fewer than the ordinal the fact gives", () => {
    const a = engine.answer("how many wardens did the guild have before brandt");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^6 came before the 7th Warden\./);
  });
});

describe("someone earlier than a named person", () => {
  it("is a gap where the facts name no one else in that place", () => {
    const a = engine.answer("who was harbourmaster before brandt");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/first Islander/);
  });

  it("keeps a clause of time after the word for earlier", () => {
    expect(engine.answer("who named brandt before quill met guild leaders").answered).toBe(true);
  });
});

describe("a time on the calendar", () => {
  it('is asked by "when ... actually", which "soon" does not give', () => {
    expect(engine.answer("when will his seal be seen on the charts").text).toMatch(/soon/);
    const a = engine.answer("when will the first charts with brandt's seal actually be printed");
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/soon|2015/);
  });

  it("is not taken from a fact of another relation that gives one", () => {
    const a = engine.answer("what date will brandt's seal be on the charts");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/seal will soon be seen/);
    expect(a.text).not.toMatch(/2015/);
  });
});

describe("an office no fact chosen says", () => {
  it("has no holder the article names", () => {
    const a = engine.answer("who is the guild president that quill is meeting");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/guild leaders/);
  });

  it("still answers an office the facts give", () => {
    expect(engine.answer("who is the harbourmaster").text).toMatch(/Brandt/);
  });
});
