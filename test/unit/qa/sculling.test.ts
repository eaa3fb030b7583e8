import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about a rowing regatta: a rower of a given age wins the county race and goes on to
 * a final the article does not report; a retired coach judged it; a clerk took calls from the crews.
 */
const ARTICLE = [
  "Tova Reyes, a 17-year-old Chilean rower from Penhallow, won the Kestrel County Regatta on Saturday.",
  "The regatta was held at Marrow Lake.",
  "The regatta crowned 40 winners across its classes.",
  "The stewards decided unanimously to shorten the course.",
  "The Kestrel Rowing Club gives Reyes a $300 purse.",
  "She has rowed for more than six years and trained for about 12 weeks for the race.",
  "Reyes will now row in the National Sculling Final in June.",
  "Among the judges was Odell Finch, a retired harbor pilot of the Penhallow Port Authority.",
  "The regatta clerk took calls from several crews before the start.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Penhallow rower wins Kestrel County Regatta"
  publisher: Penhallow Tide
  summary: Tova Reyes won the county regatta and goes on to the national final.
types:
  - id: person
    title: People
    words: [person, rower, judge, winner]
  - id: race
    title: Races
    words: [race, regatta, final]
  - id: body
    title: Organisations
    words: [authority]
  - id: group
    title: Groups
  - id: place
    title: Places
    words: [lake, harbor]
    place: true
relations:
  - id: held-at
    label: was held at
    verbs: [hold]
  - id: won
    label: won
    verbs: [win]
    nouns: [winner]
  - id: gives
    label: gives
    verbs: [give, award]
    inverseVerbs: [get, receive]
  - id: decided
    label: decided
    verbs: [decide]
  - id: crowned
    label: crowned
    verbs: [crown]
  - id: rowed
    label: rowed
    verbs: [row, train]
  - id: age
    label: is aged
    nouns: [age]
  - id: works-for
    label: works for
    verbs: [work, serve]
  - id: called
    label: took calls from
    verbs: [call, phone, talk]
entities:
  - id: reyes
    type: person
    name: Tova Reyes
    aliases: [Reyes, Tova]
    description: Tova Reyes is a 17-year-old Chilean rower from Penhallow.
    evidence: Tova Reyes, a 17-year-old Chilean rower from Penhallow
  - id: county-regatta
    type: race
    name: Kestrel County Regatta
    aliases: [county regatta]
    description: The Kestrel County Regatta was rowed on Saturday.
    evidence: the Kestrel County Regatta
  - id: national-final
    type: race
    name: National Sculling Final
    aliases: [national final]
    description: The National Sculling Final is rowed in June.
    evidence: the National Sculling Final in June
  - id: finch
    type: person
    name: Odell Finch
    aliases: [Finch]
    description: Odell Finch, one of the judges, is a retired harbor pilot of the Penhallow Port Authority.
    evidence: Odell Finch, a retired harbor pilot
  - id: port-authority
    type: body
    name: Penhallow Port Authority
    aliases: [port authority]
    description: The Penhallow Port Authority employed Odell Finch as a harbor pilot.
    evidence: the Penhallow Port Authority
  - id: marrow-lake
    type: place
    name: Marrow Lake
    description: The Kestrel County Regatta was held at Marrow Lake.
    evidence: Marrow Lake
  - id: rowing-club
    type: body
    name: Kestrel Rowing Club
    aliases: [rowing club]
    description: The Kestrel Rowing Club, which keeps its accounts in dollars, gives Reyes a $300 purse.
    evidence: The Kestrel Rowing Club
  - id: stewards
    type: group
    name: the stewards
    aliases: [stewards]
    description: The stewards decided unanimously to shorten the course.
    evidence: The stewards
  - id: clerk
    type: person
    name: the regatta clerk
    aliases: [clerk]
    description: The regatta clerk took calls from several crews.
    evidence: The regatta clerk
  - id: crews
    type: group
    name: several crews
    aliases: [crews]
    description: Several crews called the regatta clerk.
    evidence: several crews
facts:
  - id: stewards-decided
    relation: decided
    subject: [stewards]
    answer: The stewards decided unanimously to shorten the course.
    evidence: The stewards decided unanimously to shorten the course.
    keywords: [unanimously, shorten, course]
    question: What did the stewards decide?
  - id: purse
    relation: gives
    subject: [rowing-club]
    object: [reyes]
    mentions: [county-regatta]
    quantity: $300
    answer: The Kestrel Rowing Club gives Reyes, the county regatta's winner, a $300 purse.
    evidence: The Kestrel Rowing Club gives Reyes a $300 purse.
    question: What does Reyes get?
  - id: winners-crowned
    relation: crowned
    subject: [county-regatta]
    quantity: 40 winners
    answer: The regatta crowned 40 winners across its classes.
    evidence: The regatta crowned 40 winners across its classes.
    question: How many winners did the regatta crown?
  - id: regatta-held
    relation: held-at
    subject: [county-regatta]
    object: [marrow-lake]
    answer: The Kestrel County Regatta was held at Marrow Lake.
    evidence: The regatta was held at Marrow Lake.
    question: Where was the county regatta held?
  - id: reyes-won
    relation: won
    subject: [reyes]
    object: [county-regatta]
    answer: Tova Reyes won the Kestrel County Regatta on Saturday.
    evidence: Tova Reyes, a 17-year-old Chilean rower from Penhallow, won the Kestrel County Regatta on Saturday.
    question: Who won the county regatta?
  - id: reyes-age
    relation: age
    subject: [reyes]
    quantity: 17 years old
    answer: Tova Reyes is 17 years old.
    evidence: a 17-year-old Chilean rower
    question: How old is Tova Reyes?
  - id: reyes-years
    relation: rowed
    subject: [reyes]
    quantity: more than six years
    answer: Tova Reyes has rowed for more than six years.
    evidence: She has rowed for more than six years
    question: How long has Reyes rowed?
  - id: reyes-weeks
    relation: rowed
    subject: [reyes]
    quantity: about 12 weeks
    answer: Tova Reyes trained for about 12 weeks for the race.
    evidence: trained for about 12 weeks for the race
    question: How long did Reyes train?
  - id: final-open
    relation: won
    subject: [reyes]
    object: [national-final]
    leavesOpen: true
    answer: Reyes rows next in the National Sculling Final in June; the article does not say who wins it.
    evidence: Reyes will now row in the National Sculling Final in June.
    question: Who wins the national final?
  - id: finch-job
    relation: works-for
    subject: [finch]
    object: [port-authority]
    answer: Odell Finch is a retired harbor pilot of the Penhallow Port Authority; he no longer works there.
    evidence: Odell Finch, a retired harbor pilot of the Penhallow Port Authority
    keywords: [retired, pilot]
    question: Who did Odell Finch work for?
  - id: clerk-calls
    relation: called
    subject: [clerk]
    object: [crews]
    leavesOpen: true
    answer: The regatta clerk took calls from several crews before the start.
    evidence: The regatta clerk took calls from several crews before the start.
    question: Which crews called the clerk?
`;

describe("a figure alone, an outcome left open, a place never named, and what someone no longer does", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOf(KNOWLEDGE, ARTICLE, "<sculling>");
  });

  it('reads "is X 16" against the one figure a relation of no verb gives of X', () => {
    const wrong = engine.answer("is tova reyes 16");
    expect(wrong.verdict).toBe("no");
    expect(wrong.text).toMatch(/17 years old/);
    expect(engine.answer("is reyes 17?").verdict).toBe("yes");
  });

  it("leaves a figure alone undecided where the name has no such fact", () => {
    expect(engine.answer("is odell finch 60").verdict).not.toBe("no");
  });

  it("does not say yes from a fact that leaves the outcome open", () => {
    const a = engine.answer("did reyes win the national final");
    expect(a.answered).toBe(false);
    expect(a.verdict).toBeNull();
    expect(engine.answer("did reyes win the county regatta").verdict).toBe("yes");
  });

  it("still says yes where the question names only the side the fact does not leave open", () => {
    expect(engine.answer("did the clerk talk to any crews").verdict).toBe("yes");
  });

  it('answers no where the fact says someone "no longer" does what is asked', () => {
    const a = engine.answer("does finch still work for the port authority?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/no longer works/);
  });

  it("answers no to a place the article never names, said to be of a kind by the word after it", () => {
    const a = engine.answer("was the county regatta at quillon lake?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/Marrow Lake/);
    expect(engine.answer("was the county regatta held at marrow lake").verdict).toBe("yes");
  });

  it("says where a thing is from a fact that puts it in a place, with no time or place of its own", () => {
    expect(engine.answer("where is the county regatta").text).toMatch(/Marrow Lake/);
    expect(engine.answer("where is the county regatta gonna be").text).toMatch(/Marrow Lake/);
  });

  it("reads a people's adjective the article writes as that word, not as a country it never names", () => {
    const a = engine.answer("is tova reyes chilean?");
    expect(a.verdict).toBe("yes");
    expect(a.text).not.toMatch(/Chile\b/);
  });

  it("leaves undecided a word the article says of someone else", () => {
    const a = engine.answer("is odell finch chilean");
    expect(a.answered).toBe(false);
    expect(a.verdict).toBeNull();
  });

  it("counts the kind asked from a fact of another relation whose figure is of that kind", () => {
    const a = engine.answer("how many winners were there in total");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/40 winners/);
  });

  it("gives no figure of the relation asked that is about none of the question's names", () => {
    expect(engine.answer("how much does reyes get").text).toMatch(/\$300/);
    expect(engine.answer("how much does the national final winner get").answered).toBe(false);
  });

  it('knows the noun a verb in -de makes: "decision" asks about deciding', () => {
    const a = engine.answer("was the stewards decision unanimous?");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/decided unanimously/);
  });

  it("says the article gives no amount where money is asked and the facts give none", () => {
    expect(engine.answer("what does reyes get in dollars").text).toMatch(/\$300/);
    const counted = engine.answer("how many dollars does reyes get");
    expect(counted.answered).toBe(true);
    expect(counted.text).toMatch(/\$300/);
    expect(engine.answer("what did the stewards decide, in dollars").answered).toBe(false);
  });
});
