import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about a trawler owner fined for netting salmon out of season, for questions the
 * article leaves open: an office held with a lesser rank, a thing never named, a law other than the one
 * a penalty is given under, amounts never given, the present day and who pays.
 */
export const TRAWLER_ARTICLE = [
  "Harbor Warden Ella Brandt fined Piet Maas, owner of the trawler Grey Heron, on April 2 for netting salmon in the closed season.",
  "Under the Coastal Fisheries Code, Maas could have paid a penalty of at most $20,000.",
  "The Salmon Rivers Charter also protects the fish.",
  "Maas must do ninety hours of community service at a shelter.",
  "The case was argued by Deputy Harbor Counsel Ines Roa of the Harbor Counsel's Office.",
  "The harbor board sends patrol boats to Kellby and Ostmark.",
].join("\n");

export const TRAWLER_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Trawler owner fined for netting salmon"
  publisher: Coastline Courier
  summary: The harbor warden fined a trawler owner for netting salmon in the closed season.
types:
  - id: person
    title: People
    words: [person, people]
    person: true
  - id: body
    title: Bodies
    words: [body, office, board]
  - id: law
    title: Laws
    words: [law, laws, code, charter]
  - id: town
    title: Towns
    words: [town, towns]
  - id: vessel
    title: Vessels
    words: [vessel, boat, boats]
relations:
  - id: fined
    label: fined
    verbs: [fine, penalise]
    nouns: [fine, penalty]
  - id: heads
    label: is warden of
    nouns: [warden]
  - id: argued
    label: argued
    verbs: [argue, prosecute]
    nouns: [counsel, lawyer]
  - id: protects
    label: protects
    verbs: [protect]
  - id: serves
    label: serves
    verbs: [serve, do]
    nouns: [service]
  - id: sends
    label: sends
    verbs: [send, give]
    inverseVerbs: [get, receive]
entities:
  - id: brandt
    type: person
    name: Ella Brandt
    aliases: [Brandt, the warden]
    description: Ella Brandt is the harbor warden.
    evidence: Harbor Warden Ella Brandt
  - id: maas
    type: person
    name: Piet Maas
    aliases: [Maas]
    description: Piet Maas owns the trawler Grey Heron.
    evidence: Piet Maas, owner of the trawler Grey Heron
  - id: roa
    type: person
    name: Ines Roa
    aliases: [Roa]
    description: Ines Roa is a Deputy Harbor Counsel of the Harbor Counsel's Office.
    evidence: Deputy Harbor Counsel Ines Roa
  - id: counsel-office
    type: body
    name: Harbor Counsel's Office
    aliases: [the counsel's office]
    description: The Harbor Counsel's Office argued the case against Maas.
    evidence: the Harbor Counsel's Office
  - id: board
    type: body
    name: the harbor board
    aliases: [harbor board]
    description: The harbor board sends patrol boats to Kellby and Ostmark.
    evidence: The harbor board sends patrol boats
  - id: fisheries-code
    type: law
    name: Coastal Fisheries Code
    aliases: [the fisheries code]
    description: The Coastal Fisheries Code is the law Maas was fined under.
    evidence: Under the Coastal Fisheries Code
  - id: rivers-charter
    type: law
    name: Salmon Rivers Charter
    aliases: [the rivers charter]
    description: The Salmon Rivers Charter protects salmon.
    evidence: The Salmon Rivers Charter also protects the fish.
  - id: kellby
    type: town
    name: Kellby
    description: Kellby is a town that gets patrol boats from the harbor board.
    evidence: Kellby
  - id: ostmark
    type: town
    name: Ostmark
    description: Ostmark is a town that gets patrol boats from the harbor board.
    evidence: Ostmark
  - id: patrol-boats
    type: vessel
    name: patrol boats
    aliases: [patrol boat]
    description: The harbor board sends patrol boats to Kellby and Ostmark.
    evidence: patrol boats
facts:
  - id: fine
    relation: fined
    subject: [brandt]
    object: [maas]
    answer: Harbor Warden Ella Brandt fined Piet Maas for netting salmon in the closed season.
    evidence: Harbor Warden Ella Brandt fined Piet Maas, owner of the trawler Grey Heron, on April 2
    keywords: [salmon, netting, closed season]
    when: on April 2
    question: Who fined Maas?
  - id: brandt-warden
    relation: heads
    subject: [brandt]
    answer: Ella Brandt is the Harbor Warden.
    evidence: Harbor Warden Ella Brandt
    question: Who is the harbor warden?
  - id: top-penalty
    relation: fined
    subject: [fisheries-code]
    object: [maas]
    answer: Under the Coastal Fisheries Code, Maas could have paid a penalty of at most $20,000.
    evidence: Under the Coastal Fisheries Code, Maas could have paid a penalty of at most $20,000.
    keywords: [maximum, most, could have, "$20,000"]
    quantity: at most $20,000
    question: What is the top penalty Maas faced?
  - id: charter-protects
    relation: protects
    subject: [rivers-charter]
    answer: The Salmon Rivers Charter also protects salmon.
    evidence: The Salmon Rivers Charter also protects the fish.
    keywords: [salmon, fish]
    question: What does the Salmon Rivers Charter protect?
  - id: service
    relation: serves
    subject: [maas]
    answer: Maas must do ninety hours of community service at a shelter.
    evidence: Maas must do ninety hours of community service at a shelter.
    keywords: [community, hours, shelter]
    quantity: ninety hours
    question: What must Maas do?
  - id: argued
    relation: argued
    subject: [roa, counsel-office]
    object: [maas]
    answer: The case was argued by Deputy Harbor Counsel Ines Roa of the Harbor Counsel's Office.
    evidence: The case was argued by Deputy Harbor Counsel Ines Roa of the Harbor Counsel's Office.
    keywords: [case]
    question: Who argued the case?
  - id: boats-sent
    relation: sends
    subject: [board]
    object: [patrol-boats]
    mentions: [kellby, ostmark]
    answer: The harbor board sends patrol boats to Kellby and Ostmark.
    evidence: The harbor board sends patrol boats to Kellby and Ostmark.
    question: Where does the harbor board send patrol boats?
`;

let engine: Engine | undefined;

/** The engine built from the made-up trawler article's knowledge (once per test file). */
export async function trawlerEngine(): Promise<Engine> {
  engine ??= await engineOf(TRAWLER_KNOWLEDGE, TRAWLER_ARTICLE, "<trawler>");
  return engine;
}
