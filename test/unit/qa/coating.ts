import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A small made-up article and its knowledge, written the way an author of another article would: a
 * shipyard licensing a hull coating to three companies, where each is based, who made the coating, and
 * what was said. The engine must answer it from what the knowledge declares, knowing nothing else of it.
 */
export const COATING_ARTICLE = [
  "Harbor Works, a shipyard in Portsmouth, is licensing its new hull coating, SeaShield, to three companies: Tidewater Marine of Bristol, Kestrel Boats of Dover and North Quay Yachts of Leeds.",
  "The exclusive licenses allow the companies to make and sell SeaShield to boat builders.",
  "Harbor Works designed SeaShield for racing yachts and ferries.",
  "Tiny glass beads in the coating give it its hardness.",
  "Dr. Mia Holt invented SeaShield with her colleague Sam Reed at Harbor Works.",
  "The shipyard's patent office works with inventors to find partners.",
  "Oakfield University helped test the coating.",
  "SeaShield is a nontoxic coating.",
  "Dr. Mia Holt works in the coatings lab at Harbor Works in Portsmouth.",
  "Sam Reed, the project manager, said the coating will cut fuel costs.",
].join("\n");

const place = (id: string, name: string) => `
  - id: ${id}
    type: place
    name: ${name}
    description: ${name} is where one of the companies is.
    evidence: ${name}`;

const located = (id: string, company: string, town: string, name: string, evidence?: string) => `
  - id: ${id}
    relation: located-in
    subject: [${company}]
    object: [${town}]
    answer: ${name} is in ${town.charAt(0).toUpperCase()}${town.slice(1)}.
    evidence: ${evidence ?? `${name} of ${town.charAt(0).toUpperCase()}${town.slice(1)}`}
    where: in ${town.charAt(0).toUpperCase()}${town.slice(1)}
    keywords: [where, in]
    question: Where is ${name}?`;

export const COATING_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Shipyard licenses its hull coating"
  publisher: Coast Weekly
  summary: Harbor Works licenses its SeaShield coating to three companies.
synonyms:
  - [university, uni, college]
  - [costs, cost, money]
types:
  - id: company
    title: Companies
    words: [company, companies, firm, firms]
  - id: licensees
    title: The licensees, together
  - id: person
    title: People
    words: [person, people, man, woman]
    person: true
  - id: organisation
    title: Organisations
    words: [organisation, organization, university, universities, office]
  - id: material
    title: The coating
    words: [coating, material]
  - id: buyers
    title: Buyers
  - id: place
    title: Places
    words: [place, city, cities, town]
    place: true
relations:
  - id: licenses
    label: licenses SeaShield to
    verbs: [license, grant, give]
    inverseVerbs: [get, receive]
    nouns: [license, licenses, licensee, licensees]
  - id: markets
    label: may make and sell SeaShield to
    verbs: [make, sell]
    nouns: [market, customers]
  - id: designed-for
    label: designed SeaShield for
    verbs: [design, intend, mean]
    nouns: [purpose]
  - id: contains
    label: contains
    verbs: [contain]
    nouns: [ingredients]
  - id: invented
    label: invented
    verbs: [invent]
    nouns: [inventor]
  - id: tech-transfer
    label: transfers technology
    verbs: [patent, find]
    nouns: [partners]
  - id: research
    label: researches
    verbs: [test, develop, help]
    nouns: [testing]
  - id: works-at
    label: works at
    verbs: [work]
    nouns: [job, title, colleague]
  - id: located-in
    label: is located in
    related: [works-at]
    verbs: [sit]
    inverseVerbs: [locate, base]
    nouns: [location, located, based]
  - id: said
    label: said
    verbs: [say]
    nouns: [statement]
entities:
  - id: harbor-works
    type: organisation
    name: Harbor Works
    aliases: [the shipyard]
    description: Harbor Works is a shipyard in Portsmouth that is licensing its hull coating SeaShield.
    evidence: Harbor Works, a shipyard in Portsmouth
  - id: seashield
    type: material
    name: SeaShield
    aliases: [the coating, Sea Shield]
    description: SeaShield is the new hull coating of Harbor Works.
    evidence: its new hull coating, SeaShield
  - id: tidewater
    type: company
    name: Tidewater Marine
    aliases: [Tidewater]
    description: Tidewater Marine, of Bristol, is one of the three licensees.
    evidence: Tidewater Marine of Bristol
  - id: kestrel
    type: company
    name: Kestrel Boats
    aliases: [Kestrel]
    description: Kestrel Boats, of Dover, is one of the three licensees.
    evidence: Kestrel Boats of Dover
  - id: north-quay
    type: company
    name: North Quay Yachts
    aliases: [North Quay]
    description: North Quay Yachts, of Leeds, is one of the three licensees.
    evidence: North Quay Yachts of Leeds
  - id: licensees
    type: licensees
    name: the three licensees
    aliases: [licensees, the licensees, the companies]
    description: The three licensees are Tidewater Marine, Kestrel Boats and North Quay Yachts.
    evidence: to three companies
  - id: boat-builders
    type: buyers
    name: boat builders
    description: Boat builders are whom the licensees may sell SeaShield to.
    evidence: to boat builders
  - id: mia-holt
    type: person
    name: Dr. Mia Holt
    aliases: [Mia Holt, Holt]
    description: Dr. Mia Holt invented SeaShield with her colleague Sam Reed.
    evidence: Dr. Mia Holt invented SeaShield
  - id: sam-reed
    type: person
    name: Sam Reed
    aliases: [Reed, the project manager, project manager]
    description: Sam Reed is the project manager at Harbor Works.
    evidence: Sam Reed, the project manager
  - id: patent-office
    type: organisation
    name: the patent office
    aliases: [patent office, the shipyard's patent office]
    description: The shipyard's patent office works with inventors to find partners.
    evidence: The shipyard's patent office
  - id: coatings-lab
    type: organisation
    name: the coatings lab
    aliases: [coatings lab]
    description: The coatings lab at Harbor Works is where Dr. Mia Holt works.
    evidence: the coatings lab at Harbor Works
  - id: oakfield
    type: organisation
    name: Oakfield University
    description: Oakfield University helped test the coating.
    evidence: Oakfield University helped test the coating.
    keywords: [university]
${place("portsmouth", "Portsmouth")}
${place("bristol", "Bristol")}
${place("dover", "Dover")}
${place("leeds", "Leeds")}
facts:
  - id: license-three
    relation: licenses
    subject: [harbor-works]
    object: [licensees, tidewater, kestrel, north-quay]
    mentions: [seashield]
    answer: Harbor Works is licensing SeaShield to three companies, Tidewater Marine, Kestrel Boats and North Quay Yachts.
    evidence: is licensing its new hull coating, SeaShield, to three companies
    quantity: three companies
    keywords: [three, companies]
    question: Which companies is Harbor Works licensing SeaShield to?
  - id: license-terms
    relation: markets
    subject: [licensees, tidewater, kestrel, north-quay]
    object: [boat-builders]
    mentions: [seashield]
    answer: The exclusive licenses allow the companies to make and sell SeaShield to boat builders.
    evidence: The exclusive licenses allow the companies to make and sell SeaShield to boat builders.
    keywords: [allow, let, terms]
    question: What do the licenses allow the companies to do?
  - id: designed-for-yachts
    relation: designed-for
    subject: [harbor-works]
    object: [seashield]
    answer: Harbor Works designed SeaShield for racing yachts and ferries.
    evidence: Harbor Works designed SeaShield for racing yachts and ferries.
    keywords: [racing, yachts, ferries, boats]
    question: What did Harbor Works design SeaShield for?
  - id: glass-beads
    relation: contains
    subject: [seashield]
    answer: Tiny glass beads in the coating give it its hardness.
    evidence: Tiny glass beads in the coating give it its hardness.
    keywords: [glass, beads, hardness, gives]
    question: What gives SeaShield its hardness?
  - id: invented-seashield
    relation: invented
    subject: [mia-holt, sam-reed]
    object: [seashield]
    answer: Dr. Mia Holt invented SeaShield with her colleague Sam Reed.
    evidence: Dr. Mia Holt invented SeaShield with her colleague Sam Reed at Harbor Works.
    question: Who invented SeaShield?
  - id: patent-office-partners
    relation: tech-transfer
    subject: [patent-office]
    answer: The patent office works with inventors to find partners.
    evidence: The shipyard's patent office works with inventors to find partners.
    keywords: [works, with, inventors]
    question: Who does the patent office work with?
  - id: seashield-nontoxic
    relation: contains
    subject: [seashield]
    answer: SeaShield is a nontoxic coating.
    evidence: SeaShield is a nontoxic coating.
    keywords: [nontoxic, toxic, safe]
    question: Is SeaShield toxic?
  - id: holt-at-office
    relation: works-at
    subject: [mia-holt]
    object: [coatings-lab, harbor-works]
    mentions: [portsmouth]
    answer: Dr. Mia Holt works in the coatings lab at Harbor Works in Portsmouth.
    evidence: Dr. Mia Holt works in the coatings lab at Harbor Works in Portsmouth.
    where: in the coatings lab at Harbor Works in Portsmouth
    keywords: [work, works]
    question: Where does Mia Holt work?
  - id: oakfield-testing
    relation: research
    subject: [oakfield]
    object: [seashield]
    answer: Oakfield University helped test the coating.
    evidence: Oakfield University helped test the coating.
    keywords: [helped, test]
    question: Who helped test SeaShield?
  - id: reed-costs
    relation: said
    subject: [sam-reed]
    mentions: [seashield]
    answer: Sam Reed said the coating will cut fuel costs.
    evidence: said the coating will cut fuel costs
    keywords: [fuel, costs, cut]
    question: What did Sam Reed say about costs?
  - id: reed-at-harbor
    relation: works-at
    subject: [sam-reed]
    object: [harbor-works]
    answer: Sam Reed is the project manager at Harbor Works.
    evidence: Sam Reed, the project manager
    keywords: [project, manager, work]
    question: What is Sam Reed's job?
${located("harbor-in-portsmouth", "harbor-works", "portsmouth", "Harbor Works", "a shipyard in Portsmouth")}
${located("tidewater-in-bristol", "tidewater", "bristol", "Tidewater Marine")}
${located("kestrel-in-dover", "kestrel", "dover", "Kestrel Boats")}
${located("north-quay-in-leeds", "north-quay", "leeds", "North Quay Yachts")}
`;

let engine: Engine | undefined;

/** The engine built from the made-up coating article's knowledge (once per test file). */
export async function coatingEngine(): Promise<Engine> {
  engine ??= await engineOf(COATING_KNOWLEDGE, COATING_ARTICLE, "<coating>");
  return engine;
}
