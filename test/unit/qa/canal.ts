import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about a canal trust, for the state a piece of work is in: dredging still
 * underway, permits pending review, a repair already completed, and what the trust's director told a
 * newspaper about each.
 */
export const CANAL_ARTICLE = [
  "The Harlow Canal Trust is dredging the east basin of the canal.",
  "Nils Okafor, an engineer, has directed the trust since 2010.",
  "Speaking to the Harlow Courier, Okafor said dredging of the east basin is still underway.",
  "Permits for the west lock are pending review by the county, he added.",
  "Repairs to the towpath were completed in May.",
].join("\n");

export const CANAL_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Canal trust dredges the east basin"
  publisher: Harlow Courier
  summary: The Harlow Canal Trust is dredging the east basin; permits wait for the county; the towpath is repaired.
types:
  - id: group
    title: Groups
    words: [group, trust, county]
  - id: person
    title: People
    words: [person, man]
    person: true
  - id: place
    title: Places
    words: [basin, lock, towpath]
  - id: paper
    title: Newspapers
    words: [newspaper, paper]
relations:
  - id: dredges
    label: dredges
    verbs: [dredge, clear]
    nouns: [dredging]
  - id: directs
    label: directs
    verbs: [direct, run, lead]
    nouns: [director, head]
  - id: said
    label: said
    verbs: [say, add]
    nouns: [statement]
  - id: reviews
    label: reviews
    verbs: [review]
    nouns: [review]
  - id: repaired
    label: repaired
    verbs: [repair, complete]
    nouns: [repairs]
entities:
  - id: trust
    type: group
    name: Harlow Canal Trust
    aliases: [the trust, canal trust]
    description: The Harlow Canal Trust looks after the canal and is dredging its east basin.
    evidence: The Harlow Canal Trust is dredging the east basin of the canal.
  - id: county
    type: group
    name: the county
    aliases: [county]
    description: The county reviews the permits for the west lock.
    evidence: pending review by the county
  - id: okafor
    type: person
    name: Nils Okafor
    aliases: [Okafor]
    description: Nils Okafor is an engineer who has directed the Harlow Canal Trust since 2010.
    evidence: Nils Okafor, an engineer, has directed the trust since 2010.
  - id: courier
    type: paper
    name: Harlow Courier
    aliases: [the Courier, Courier]
    description: The Harlow Courier is the newspaper Okafor spoke to.
    evidence: Speaking to the Harlow Courier
  - id: east-basin
    type: place
    name: the east basin
    aliases: [east basin]
    description: The east basin is the part of the canal being dredged.
    evidence: the east basin of the canal
  - id: west-lock
    type: place
    name: the west lock
    aliases: [west lock]
    description: The west lock needs permits the county is reviewing.
    evidence: Permits for the west lock
  - id: towpath
    type: place
    name: the towpath
    aliases: [towpath]
    description: The towpath runs beside the canal.
    evidence: Repairs to the towpath
facts:
  - id: okafor-directs
    relation: directs
    subject: [okafor]
    object: [trust]
    answer: Nils Okafor has directed the Harlow Canal Trust since 2010.
    evidence: Nils Okafor, an engineer, has directed the trust since 2010.
    question: Who directs the trust?
  - id: trust-dredges
    relation: dredges
    subject: [trust]
    object: [east-basin]
    answer: The Harlow Canal Trust is dredging the east basin of the canal.
    evidence: The Harlow Canal Trust is dredging the east basin of the canal.
    question: What is the trust dredging?
  - id: dredging-underway
    relation: said
    subject: [okafor]
    mentions: [east-basin, courier]
    answer: Speaking to the Harlow Courier, Okafor said dredging of the east basin is still underway.
    evidence: Speaking to the Harlow Courier, Okafor said dredging of the east basin is still underway.
    keywords: [dredging]
    question: What did Okafor say about the east basin?
  - id: permits-pending
    relation: reviews
    subject: [county]
    mentions: [west-lock, okafor]
    answer: Permits for the west lock are pending review by the county, Okafor added.
    evidence: Permits for the west lock are pending review by the county, he added.
    keywords: [permits]
    question: Who reviews the permits for the west lock?
  - id: towpath-repaired
    relation: repaired
    subject: [towpath]
    answer: Repairs to the towpath were completed in May.
    evidence: Repairs to the towpath were completed in May.
    when: in May
    question: When was the towpath repaired?
`;

let engine: Engine | undefined;

/** The engine built from the made-up canal article's knowledge (once per test file). */
export async function canalEngine(): Promise<Engine> {
  engine ??= await engineOf(CANAL_KNOWLEDGE, CANAL_ARTICLE, "<canal>");
  return engine;
}
