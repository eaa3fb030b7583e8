import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up report on a storm: a place its description calls a province, a relief office whose head
 * is named after it, a body described by what it does, and two countries whose codes are typed in
 * lower case ("by" is an ordinary word, "kz" is not).
 */
const ARTICLE = [
  "Cyclone Dara hit Norland on Monday.",
  "About 300 volunteers have joined Relief Office Director Ines Moran in Norland.",
  "The Tent Bureau, the body charged with handing out shelter to displaced families, is led by Pavel Ostrov.",
  "Belarus is sending blankets, and Kazakhstan is sending water pumps.",
  "Governor Lena Park has been briefed about Cyclone Dara and about the recovery from Cyclone Ebb, an earlier storm.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Cyclone Dara hits Norland"
  publisher: Storm Desk
  summary: Cyclone Dara hit Norland; volunteers, a bureau and two countries help.
types:
  - id: person
    title: People
    words: [person, official]
    person: true
  - id: organisation
    title: Organisations
    words: [organisation, office, body]
  - id: place
    title: Places
    words: [place, region]
    place: true
  - id: country
    title: Countries
    words: [country]
  - id: group
    title: Groups
    words: [group]
  - id: event
    title: Storms
    words: [storm]
relations:
  - id: struck
    label: struck
    verbs: [strike, hit]
  - id: joins
    label: joins
    verbs: [join]
  - id: leads
    label: leads
    verbs: [lead]
  - id: hands-out
    label: hands out
    verbs: [hand out, distribute]
  - id: sends
    label: sends
    verbs: [send]
  - id: briefed
    label: is briefed about
    verbs: [brief]
entities:
  - id: dara
    type: event
    name: Cyclone Dara
    aliases: [Dara]
    description: Cyclone Dara is the storm that hit Norland on Monday.
    evidence: Cyclone Dara hit Norland on Monday.
  - id: ebb
    type: event
    name: Cyclone Ebb
    aliases: [Ebb]
    description: Cyclone Ebb is an earlier storm Norland is recovering from.
    evidence: the recovery from Cyclone Ebb, an earlier storm
  - id: lena-park
    type: person
    name: Governor Lena Park
    aliases: [Lena Park, Park]
    description: Lena Park is the governor who has been briefed about Cyclone Dara.
    evidence: Governor Lena Park has been briefed about Cyclone Dara
  - id: norland
    type: place
    name: Norland
    description: Norland is the province Cyclone Dara hit.
    evidence: Cyclone Dara hit Norland on Monday.
  - id: relief-office
    type: organisation
    name: Relief Office
    description: The Relief Office is led by Ines Moran.
    evidence: Relief Office Director Ines Moran
  - id: ines-moran
    type: person
    name: Relief Office Director Ines Moran
    aliases: [Ines Moran, Moran]
    description: Ines Moran is the director of the Relief Office.
    evidence: Relief Office Director Ines Moran
  - id: tent-bureau
    type: organisation
    name: Tent Bureau
    description: The Tent Bureau is the body charged with handing out shelter to displaced families.
    evidence: the body charged with handing out shelter to displaced families
  - id: pavel-ostrov
    type: person
    name: Pavel Ostrov
    aliases: [Ostrov]
    description: Pavel Ostrov leads the Tent Bureau.
    evidence: is led by Pavel Ostrov
  - id: volunteers
    type: group
    name: volunteers
    description: About 300 volunteers have joined Ines Moran.
    evidence: About 300 volunteers have joined Relief Office Director Ines Moran in Norland.
  - id: belarus
    type: country
    name: Belarus
    description: Belarus is sending blankets.
    evidence: Belarus is sending blankets
  - id: kazakhstan
    type: country
    name: Kazakhstan
    description: Kazakhstan is sending water pumps.
    evidence: Kazakhstan is sending water pumps.
facts:
  - id: dara-struck
    relation: struck
    subject: [dara]
    object: [norland]
    answer: Cyclone Dara hit Norland on Monday.
    evidence: Cyclone Dara hit Norland on Monday.
    when: on Monday
    question: Where did Cyclone Dara hit?
  - id: volunteers-join
    relation: joins
    subject: [volunteers]
    object: [ines-moran]
    answer: About 300 volunteers have joined Relief Office Director Ines Moran in Norland.
    evidence: About 300 volunteers have joined Relief Office Director Ines Moran in Norland.
    quantity: about 300 volunteers
    question: How many volunteers have joined Ines Moran?
  - id: moran-leads
    relation: leads
    subject: [ines-moran]
    object: [relief-office]
    answer: Ines Moran is the director of the Relief Office.
    evidence: Relief Office Director Ines Moran
    question: Who leads the Relief Office?
  - id: bureau-role
    relation: hands-out
    subject: [tent-bureau]
    answer: The Tent Bureau is the body charged with handing out shelter to displaced families.
    evidence: the body charged with handing out shelter to displaced families
    question: What does the Tent Bureau do?
  - id: ostrov-leads
    relation: leads
    subject: [pavel-ostrov]
    object: [tent-bureau]
    answer: Pavel Ostrov leads the Tent Bureau.
    evidence: is led by Pavel Ostrov
    question: Who leads the Tent Bureau?
  - id: belarus-sends
    relation: sends
    subject: [belarus]
    answer: Belarus is sending blankets.
    evidence: Belarus is sending blankets
    question: What is Belarus sending?
  - id: park-briefed
    relation: briefed
    subject: [lena-park]
    object: [dara]
    answer: Governor Lena Park has been briefed about Cyclone Dara.
    evidence: Governor Lena Park has been briefed about Cyclone Dara
    question: Who has been briefed about Cyclone Dara?
  - id: kazakhstan-sends
    relation: sends
    subject: [kazakhstan]
    answer: Kazakhstan is sending water pumps.
    evidence: Kazakhstan is sending water pumps.
    question: What is Kazakhstan sending?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "<described-roles>");
});
const ask = (q: string) => engine.answer(q);

describe("a word for a person that names no role", () => {
  it("asks for the person the rest of the question describes", () => {
    const a = ask("who is the relief office director guy");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Ines Moran/);
  });

  it("after a body's name, stands for the one person whose name holds it", () => {
    const a = ask("how many volunteers are with the relief office lady");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/300/);
  });

  it("after a name no person's name holds, is still not an answer", () => {
    expect(ask("how many volunteers are with the tent bureau lady").answered).toBe(false);
  });
});

describe("the noun a description calls its entity by", () => {
  it("answers 'what N' with the fact whose answer is called so", () => {
    const a = ask("what province got hit");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Norland/);
  });
});

describe("a noun a description alone calls its entity by", () => {
  it("names that entity after an article", () => {
    const a = ask("who has been getting briefed on the storm");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Lena Park/);
  });
});

describe("a description whose kind is qualified by a name", () => {
  it("is read as its own question, the name left out", () => {
    const a = ask("what's the norland body that distributes shelter called");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Tent Bureau/);
    expect(ask("who leads the norland body that distributes shelter").text).toMatch(/Pavel Ostrov/);
  });

  it("is not read so when no name qualifies the kind", () => {
    expect(ask("who leads the first body that distributes shelter").text).not.toMatch(/Pavel Ostrov/);
  });
});

describe("a short form that is an ordinary word, typed in lower case", () => {
  it("is the country when offered as a choice beside another", () => {
    const a = ask("who sends blankets, kz or by?");
    expect(a.answered).toBe(true);
    // The choice is answered by the name it offered.
    expect(a.text).toMatch(/^Belarus\./);
    expect(a.text).not.toMatch(/Kazakhstan/);
  });

  it("is the plain word elsewhere", () => {
    const a = ask("what is sent by kz");
    expect(a.text).toMatch(/water pumps/);
  });
});

describe("options offered after the question, some the article never names", () => {
  it("are answered by the one the facts bear out", () => {
    const a = ask("which country sends water pumps: peru, kazakhstan or the eastern states");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Kazakhstan\./);
  });

  it("are refused when the facts bear out none of them", () => {
    expect(ask("which country sends water pumps: china or peru").answered).toBe(false);
  });
});
