import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about a poacher fined for trapping a lynx, for yes/no questions whose answer is the
 * opposite of a fact's word ("by mistake" and "deliberately", "alive" and "killed", "listed" and
 * "delisted").
 */
export const MARSH_ARTICLE = [
  "Dale Marsh deliberately trapped and killed a lynx in Corbin Forest last winter.",
  "The lynx was delisted in 2019 after its numbers grew.",
  "Marsh was fined $800 by the Corbin County Court.",
  "The case was investigated by forest rangers with help from the Corbin Sheriff.",
  "Senior Warden Ada Voss led the rangers.",
  "The Corbin Courier is the newsletter of the Corbin Hunting Club.",
  "Marsh must pay $300 in restitution to the Lynx Recovery Trust and $40 in court costs.",
].join("\n");

export const MARSH_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: Lynx trapper fined
  publisher: Corbin Courier
  summary: Dale Marsh was fined for trapping and killing a lynx in Corbin Forest.
types:
  - id: person
    title: People
    words: [person]
    person: true
  - id: animal
    title: Animals
    words: [animal]
  - id: place
    title: Places
    words: [place]
  - id: court
    title: Courts
    words: [court]
  - id: body
    title: Bodies
    words: [body]
relations:
  - id: trapped
    label: trapped and killed
    verbs: [trap, kill]
  - id: delisted
    label: was delisted
    verbs: [delist]
  - id: fined
    label: fined
    verbs: [fine]
    nouns: [penalty]
  - id: investigated
    label: investigated
    verbs: [investigate]
    related: [assisted]
  - id: assisted
    label: assisted
    verbs: [assist]
  - id: newsletter-of
    label: is the newsletter of
    nouns: [newsletter]
  - id: must-pay
    label: must pay
    verbs: [pay]
    nouns: [restitution]
entities:
  - id: courier
    type: body
    name: Corbin Courier
    aliases: [the Courier]
    description: The Corbin Courier is the newsletter of the Corbin Hunting Club.
    evidence: The Corbin Courier is the newsletter of the Corbin Hunting Club.
  - id: hunting-club
    type: body
    name: Corbin Hunting Club
    aliases: [Hunting Club]
    description: The Corbin Hunting Club puts out the Corbin Courier.
    evidence: the Corbin Hunting Club
  - id: ada-voss
    type: person
    name: Senior Warden Ada Voss
    aliases: [Ada Voss, Voss, Warden Voss]
    description: Senior Warden Ada Voss led the forest rangers.
    evidence: Senior Warden Ada Voss led the rangers.
  - id: rangers
    type: body
    name: forest rangers
    aliases: [the rangers]
    description: Forest rangers investigated the case.
    evidence: The case was investigated by forest rangers
  - id: sheriff
    type: body
    name: Corbin Sheriff
    aliases: [the sheriff]
    description: The Corbin Sheriff helped the forest rangers.
    evidence: with help from the Corbin Sheriff
  - id: trust
    type: body
    name: Lynx Recovery Trust
    description: The Lynx Recovery Trust is to receive Marsh's restitution.
    evidence: Marsh must pay $300 in restitution to the Lynx Recovery Trust
  - id: dale-marsh
    type: person
    name: Dale Marsh
    aliases: [Marsh]
    description: Dale Marsh trapped and killed a lynx in Corbin Forest.
    evidence: Dale Marsh deliberately trapped and killed a lynx
  - id: lynx
    type: animal
    name: lynx
    aliases: [the lynx]
    description: The lynx is a wild cat of Corbin Forest.
    evidence: a lynx in Corbin Forest
  - id: corbin-forest
    type: place
    name: Corbin Forest
    description: Corbin Forest is where the lynx was trapped.
    evidence: in Corbin Forest last winter
  - id: county-court
    type: court
    name: Corbin County Court
    description: The Corbin County Court fined Marsh.
    evidence: Marsh was fined $800 by the Corbin County Court.
facts:
  - id: trapping
    relation: trapped
    subject: [dale-marsh]
    object: [lynx]
    mentions: [corbin-forest]
    answer: Dale Marsh deliberately trapped and killed a lynx in Corbin Forest last winter.
    evidence: Dale Marsh deliberately trapped and killed a lynx in Corbin Forest last winter.
    question: What did Dale Marsh do?
  - id: delisting
    relation: delisted
    subject: [lynx]
    answer: The lynx was delisted in 2019 after its numbers grew.
    evidence: The lynx was delisted in 2019 after its numbers grew.
    keywords: [list, numbers]
    question: When was the lynx delisted?
  - id: fine
    relation: fined
    subject: [county-court]
    object: [dale-marsh]
    answer: The Corbin County Court fined Marsh $800.
    evidence: Marsh was fined $800 by the Corbin County Court.
    quantity: $800
    question: How much was Marsh fined?
  - id: courier-owner
    relation: newsletter-of
    subject: [courier]
    object: [hunting-club]
    answer: The Corbin Courier is the newsletter of the Corbin Hunting Club.
    evidence: The Corbin Courier is the newsletter of the Corbin Hunting Club.
    question: Whose newsletter is the Corbin Courier?
  - id: investigation
    relation: investigated
    subject: [rangers]
    object: [dale-marsh]
    mentions: [sheriff]
    answer: The case was investigated by forest rangers with help from the Corbin Sheriff.
    evidence: The case was investigated by forest rangers with help from the Corbin Sheriff.
    keywords: [case]
    question: Who investigated the case?
  - id: sheriff-assisted
    relation: assisted
    subject: [sheriff]
    object: [rangers]
    answer: The Corbin Sheriff assisted the forest rangers.
    evidence: with help from the Corbin Sheriff
    question: Who assisted the rangers?
  - id: restitution
    relation: must-pay
    subject: [dale-marsh]
    object: [trust]
    answer: Marsh must pay $300 in restitution to the Lynx Recovery Trust.
    evidence: Marsh must pay $300 in restitution to the Lynx Recovery Trust
    quantity: $300
    question: How much restitution must Marsh pay?
  - id: court-costs
    relation: must-pay
    subject: [dale-marsh]
    answer: Marsh must also pay $40 in court costs.
    evidence: $40 in court costs
    quantity: $40
    question: How much in court costs must Marsh pay?
`;

let engine: Engine | undefined;

/** The engine built from the made-up lynx article's knowledge (once per test file). */
export async function marshEngine(): Promise<Engine> {
  engine ??= await engineOf(MARSH_KNOWLEDGE, MARSH_ARTICLE, "<marsh>");
  return engine;
}
