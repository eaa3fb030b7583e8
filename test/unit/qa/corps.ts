import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up report on a rescue corps: one commander with a rank in his name who speaks to one
 * newspaper, one agency head, and a reason given only in what the commander said.
 */
export const CORPS_ARTICLE = [
  "Brig. Gen. Tomas Rell, commander of the Northern Rescue Corps, spoke to the Valley Herald about the new boats.",
  "Rell said the new boats are a fine chance to reach flooded towns faster.",
  "On March 3, Nadia Korr, the head of the Harbor Supply Office, said the office will send the boats to Marsh Bay.",
  "The office paid $4,500 for the boats and $250 for the trailers.",
].join("\n");

export const CORPS_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Rescue corps gets new boats"
  publisher: Valley Wire
  abbreviations: [Brig., Gen.]
  summary: The Northern Rescue Corps gets new boats.
types:
  - id: person
    title: People
    words: [person, people, officer, general]
    person: true
  - id: organisation
    title: Organisations
    words: [organisation, office, corps]
  - id: publication
    title: Publications
    words: [newspaper, paper]
  - id: place
    title: Places
    words: [place, bay]
relations:
  - id: heads
    label: heads
    verbs: [head, lead, command]
    nouns: [head, commander, chief]
  - id: said
    label: said
    verbs: [say]
  - id: gave-interview
    label: gave an interview to
    related: [said]
    verbs: [speak, talk]
    nouns: [interview]
  - id: sends
    label: sends
    verbs: [send]
  - id: paid
    label: paid
    verbs: [pay, spend]
entities:
  - id: tomas-rell
    type: person
    name: Brig. Gen. Tomas Rell
    aliases: [Tomas Rell, Rell]
    description: Brig. Gen. Tomas Rell is the commander of the Northern Rescue Corps.
    evidence: Brig. Gen. Tomas Rell, commander of the Northern Rescue Corps
  - id: nadia-korr
    type: person
    name: Nadia Korr
    aliases: [Korr]
    description: Nadia Korr is the head of the Harbor Supply Office.
    evidence: Nadia Korr, the head of the Harbor Supply Office
  - id: corps
    type: organisation
    name: the Northern Rescue Corps
    aliases: [Northern Rescue Corps, rescue corps]
    description: The Northern Rescue Corps is commanded by Tomas Rell.
    evidence: commander of the Northern Rescue Corps
  - id: supply-office
    type: organisation
    name: the Harbor Supply Office
    aliases: [Harbor Supply Office, supply office]
    description: The Harbor Supply Office is headed by Nadia Korr.
    evidence: the head of the Harbor Supply Office
  - id: herald
    type: publication
    name: the Valley Herald
    aliases: [Valley Herald, Herald]
    description: The Valley Herald is the newspaper Rell spoke to.
    evidence: spoke to the Valley Herald
  - id: marsh-bay
    type: place
    name: Marsh Bay
    description: Marsh Bay is where the boats will go.
    evidence: send the boats to Marsh Bay
facts:
  - id: rell-heads-corps
    relation: heads
    subject: [tomas-rell]
    object: [corps]
    answer: Brig. Gen. Tomas Rell is the commander of the Northern Rescue Corps.
    evidence: Brig. Gen. Tomas Rell, commander of the Northern Rescue Corps
    question: Who commands the Northern Rescue Corps?
  - id: korr-heads-office
    relation: heads
    subject: [nadia-korr]
    object: [supply-office]
    answer: Nadia Korr is the head of the Harbor Supply Office.
    evidence: Nadia Korr, the head of the Harbor Supply Office
    question: Who heads the Harbor Supply Office?
  - id: rell-herald
    relation: gave-interview
    subject: [tomas-rell]
    object: [herald]
    answer: Tomas Rell spoke to the Valley Herald about the new boats.
    evidence: spoke to the Valley Herald about the new boats.
    question: Who did Tomas Rell speak to?
  - id: rell-chance
    relation: said
    subject: [tomas-rell]
    answer: Rell said the new boats are a fine chance to reach flooded towns faster.
    evidence: Rell said the new boats are a fine chance to reach flooded towns faster.
    keywords: [boats, chance, fine]
    why: to reach flooded towns faster
    question: Why are the new boats a fine chance?
  - id: korr-send
    relation: sends
    subject: [supply-office]
    object: [marsh-bay]
    answer: Nadia Korr said the Harbor Supply Office will send the boats to Marsh Bay.
    evidence: the office will send the boats to Marsh Bay.
    when: on March 3
    keywords: [boats]
    question: Where will the boats go?
  - id: office-paid
    relation: paid
    subject: [supply-office]
    answer: The Harbor Supply Office paid $4,500 for the boats and $250 for the trailers.
    evidence: The office paid $4,500 for the boats and $250 for the trailers.
    quantity: $4,500 for the boats and $250 for the trailers
    keywords: [boats, trailers, cost, price]
    question: How much did the office pay?
`;

let engine: Engine | undefined;

/** The engine built from the made-up rescue corps report's knowledge (once per test file). */
export async function corpsEngine(): Promise<Engine> {
  engine ??= await engineOf(CORPS_KNOWLEDGE, CORPS_ARTICLE, "<corps>");
  return engine;
}
