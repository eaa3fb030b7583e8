import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about a potters' guild renting a hall, for questions an article's own words
 * leave open: a short form never written out, a thing with no name, a term of years and no price.
 */
export const KILN_ARTICLE = [
  "The KPG, a guild of potters, will rent the old mill hall from the Dunmore Town Council for an initial term of ten years.",
  "The guild will build a studio at the hall to train young potters.",
  "Other groups may also use the hall on weekends.",
  "Rosa Linden is the chair of the KPG.",
  "Rosa Linden said the guild has been firing its kilns for 40 years.",
  "Dunmore Town Council (DTC) approved the rental in March.",
  "The council issued a building permit to the KPG.",
].join("\n");

export const KILN_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Potters' guild rents the old mill hall"
  publisher: Dunmore Gazette
  summary: The KPG rents the old mill hall from the town council and will build a studio there.
types:
  - id: group
    title: Groups
    words: [group, groups, guild, council]
  - id: person
    title: People
    words: [person, people]
    person: true
  - id: place
    title: Places
    words: [building, hall, studio]
  - id: document
    title: Documents
    words: [document, documents]
relations:
  - id: rents
    label: rents
    verbs: [rent, lease]
    nouns: [rental, lease, tenant]
  - id: lasts
    label: lasts
    verbs: [last, run]
    nouns: [term, period]
  - id: builds
    label: builds
    verbs: [build, construct]
  - id: uses
    label: uses
    verbs: [use]
  - id: chairs
    label: chairs
    verbs: [chair, head, lead]
    nouns: [chair, head, leader, president]
  - id: said
    label: said
    verbs: [say, state]
    nouns: [statement]
  - id: approved
    label: approved
    verbs: [approve]
  - id: issues
    label: issues
    verbs: [issue, grant]
entities:
  - id: kpg
    type: group
    name: KPG
    aliases: [the KPG, the guild, potters' guild]
    description: The KPG is a guild of potters that will rent the old mill hall.
    evidence: The KPG, a guild of potters
  - id: council
    type: group
    name: Dunmore Town Council
    aliases: [DTC, the council, town council]
    description: Dunmore Town Council owns the old mill hall and approved the rental.
    evidence: Dunmore Town Council (DTC) approved the rental
  - id: hall
    type: place
    name: the old mill hall
    aliases: [Old Mill Hall, mill hall, the hall]
    description: The old mill hall is the building the KPG will rent from Dunmore Town Council.
    evidence: the old mill hall
  - id: studio
    type: place
    name: the KPG's planned studio
    aliases: [the studio, a studio, new studio, planned studio]
    description: The KPG will build a studio at the hall to train young potters.
    evidence: The guild will build a studio at the hall to train young potters.
  - id: rosa-linden
    type: person
    name: Rosa Linden
    aliases: [Linden]
    description: Rosa Linden is the chair of the KPG.
    evidence: Rosa Linden is the chair of the KPG.
  - id: permit
    type: document
    name: the building permit
    aliases: [building permit, permit]
    description: The building permit lets the KPG build at the hall.
    evidence: a building permit
facts:
  - id: permit-issued
    relation: issues
    subject: [council]
    object: [permit]
    mentions: [kpg]
    answer: Dunmore Town Council issued the building permit to the KPG.
    evidence: The council issued a building permit to the KPG.
    question: What did the council issue?
  - id: rental
    relation: rents
    subject: [kpg]
    object: [hall]
    mentions: [council]
    answer: The KPG will rent the old mill hall from Dunmore Town Council.
    evidence: The KPG, a guild of potters, will rent the old mill hall from the Dunmore Town Council
    question: What will the KPG rent?
  - id: rental-term
    relation: lasts
    subject: [kpg]
    mentions: [hall, council]
    answer: The KPG will rent the hall for an initial term of ten years.
    evidence: for an initial term of ten years
    quantity: an initial term of ten years
    keywords: [term, initial, years]
    question: For how long will the KPG rent the hall?
  - id: studio-built
    relation: builds
    subject: [kpg]
    object: [studio]
    mentions: [hall]
    answer: The KPG will build a studio at the hall to train young potters.
    evidence: The guild will build a studio at the hall to train young potters.
    why: to train young potters
    question: What will the KPG build?
  - id: others-use
    relation: uses
    subject: [kpg]
    object: [hall]
    answer: The KPG will use the hall, and other groups may also use it on weekends.
    evidence: Other groups may also use the hall on weekends.
    keywords: [other, others, groups, weekends]
    question: Who else may use the hall?
  - id: linden-chairs
    relation: chairs
    subject: [rosa-linden]
    object: [kpg]
    answer: Rosa Linden is the chair of the KPG.
    evidence: Rosa Linden is the chair of the KPG.
    question: Who chairs the KPG?
  - id: linden-kilns
    relation: said
    subject: [rosa-linden]
    mentions: [kpg]
    answer: Rosa Linden said the guild has been firing its kilns for 40 years.
    evidence: Rosa Linden said the guild has been firing its kilns for 40 years.
    keywords: [kilns, firing, years, "40"]
    question: What did Rosa Linden say about the guild's kilns?
  - id: council-approved
    relation: approved
    subject: [council]
    mentions: [kpg]
    answer: Dunmore Town Council approved the rental in March.
    evidence: Dunmore Town Council (DTC) approved the rental in March.
    when: in March
    question: When did the council approve the rental?
`;

let engine: Engine | undefined;

/** The engine built from the made-up guild article's knowledge (once per test file). */
export async function kilnEngine(): Promise<Engine> {
  engine ??= await engineOf(KILN_KNOWLEDGE, KILN_ARTICLE, "<kiln>");
  return engine;
}
