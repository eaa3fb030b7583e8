import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about a frost in an apple valley, for verdicts on counts and bounds, times told by
 * an event, and questions that ask finer than the article's words: a part of a count, the named ones of
 * a class, an exact spot where the article gives a county.
 */
export const ORCHARD_ARTICLE = [
  "Before the frost's onset, the Valley Growers Cooperative moved pickers and crates to the orchards.",
  "The frost struck Benton County overnight.",
  "More than 2,000 pickers from 12 counties and Oregon are bringing in the harvest.",
  "Four cooperative cold-storage crews are stationed in the valley to keep packing houses, such as cider mills, cold.",
  "Mayor Ada Brook toured the orchards on Tuesday.",
  "Truckers drive the crates to market.",
  "The U.K. Pomology Board sent two advisers.",
].join("\n");

export const ORCHARD_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Frost strikes the apple valley"
  publisher: Valley Courier
  summary: A frost struck Benton County; the growers' cooperative had moved pickers to the orchards before it.
types:
  - id: group
    title: Groups
    words: [group, cooperative, crew]
  - id: person
    title: People
    words: [person, people]
    person: true
  - id: place
    title: Places
    words: [place, county]
    place: true
  - id: building
    title: Buildings
    words: [building]
relations:
  - id: moved
    label: moved
    verbs: [move, send]
  - id: strikes
    label: strikes
    verbs: [strike, hit]
    nouns: [onset]
  - id: harvests
    label: harvests
    verbs: [harvest, pick]
  - id: stationed
    label: is stationed in
    verbs: [station]
  - id: cools
    label: keeps cold
    verbs: [cool, chill]
  - id: comes-from
    label: comes from
    verbs: [come]
  - id: tours
    label: toured
    verbs: [tour, visit]
  - id: carries
    label: carries
    verbs: [carry, haul]
entities:
  - id: cooperative
    type: group
    name: Valley Growers Cooperative
    aliases: [the cooperative, growers' cooperative]
    description: The Valley Growers Cooperative moved pickers and crates to the orchards before the frost.
    evidence: the Valley Growers Cooperative moved pickers and crates to the orchards
  - id: frost
    type: group
    name: the frost
    aliases: [frost]
    description: The frost struck Benton County overnight.
    evidence: The frost struck Benton County overnight.
  - id: benton-county
    type: place
    name: Benton County
    aliases: [Benton]
    description: Benton County is where the frost struck.
    evidence: The frost struck Benton County overnight.
  - id: counties-12
    type: place
    name: 12 counties
    description: Pickers have come from 12 counties.
    evidence: from 12 counties and Oregon
  - id: oregon
    type: place
    name: Oregon
    description: Oregon is one of the places the pickers come from.
    evidence: from 12 counties and Oregon
  - id: pickers
    type: group
    name: pickers
    aliases: [apple pickers]
    description: More than 2,000 pickers are bringing in the harvest.
    evidence: More than 2,000 pickers from 12 counties and Oregon
  - id: crews
    type: group
    name: cold-storage crews
    aliases: [cold storage crews, storage crews]
    description: Four cooperative cold-storage crews are stationed in the valley.
    evidence: Four cooperative cold-storage crews are stationed in the valley
  - id: packing-houses
    type: building
    name: packing houses
    description: Packing houses are kept cold by the cold-storage crews.
    evidence: to keep packing houses, such as cider mills, cold
  - id: cider-mills
    type: building
    name: cider mills
    description: Cider mills are the article's example of packing houses.
    evidence: such as cider mills
  - id: ada-brook
    type: person
    name: Mayor Ada Brook
    aliases: [Ada Brook, Brook]
    description: Ada Brook is the mayor; she toured the orchards on Tuesday.
    evidence: Mayor Ada Brook toured the orchards on Tuesday.
  - id: pomology-board
    type: group
    name: U.K. Pomology Board
    aliases: [UKPB]
    description: The U.K. Pomology Board sent two advisers.
    evidence: The U.K. Pomology Board sent two advisers.
  - id: truckers
    type: group
    name: truckers
    description: Truckers drive the crates to market.
    evidence: Truckers drive the crates to market.
facts:
  - id: moved-ahead
    relation: moved
    subject: [cooperative]
    mentions: [frost]
    answer: Before the frost's onset, the Valley Growers Cooperative moved pickers and crates to the orchards.
    evidence: Before the frost's onset, the Valley Growers Cooperative moved pickers and crates to the orchards.
    keywords: [before, ready, prepare]
    when: before the frost's onset
    question: What did the cooperative do before the frost?
  - id: frost-struck
    relation: strikes
    subject: [frost]
    object: [benton-county]
    answer: The frost struck Benton County overnight.
    evidence: The frost struck Benton County overnight.
    where: Benton County
    question: Where did the frost strike?
  - id: pickers-harvest
    relation: harvests
    subject: [pickers]
    mentions: [counties-12, oregon]
    answer: More than 2,000 pickers from 12 counties and Oregon are bringing in the harvest.
    evidence: More than 2,000 pickers from 12 counties and Oregon are bringing in the harvest.
    quantity: more than 2,000 pickers
    question: How many pickers are bringing in the harvest?
  - id: pickers-origin
    relation: comes-from
    subject: [pickers]
    object: [counties-12, oregon]
    answer: The pickers come from 12 counties and Oregon.
    evidence: More than 2,000 pickers from 12 counties and Oregon
    quantity: 12 counties, plus Oregon
    question: Where do the pickers come from?
  - id: crews-stationed
    relation: stationed
    subject: [crews]
    answer: Four cooperative cold-storage crews are stationed in the valley.
    evidence: Four cooperative cold-storage crews are stationed in the valley
    quantity: four cold-storage crews
    question: How many cold-storage crews are stationed in the valley?
  - id: crews-cool
    relation: cools
    subject: [crews]
    object: [packing-houses, cider-mills]
    partial: true
    answer: The cold-storage crews keep packing houses, such as cider mills, cold.
    evidence: to keep packing houses, such as cider mills, cold.
    question: What do the cold-storage crews keep cold?
  - id: brook-toured
    relation: tours
    subject: [ada-brook]
    answer: Mayor Ada Brook toured the orchards on Tuesday.
    evidence: Mayor Ada Brook toured the orchards on Tuesday.
    when: on Tuesday
    question: When did the mayor tour the orchards?
  - id: truckers-drive
    relation: carries
    subject: [truckers]
    answer: Truckers drive the crates to market.
    evidence: Truckers drive the crates to market.
    keywords: [drive, market]
    question: Who takes the crates to market?
`;

let engine: Engine | undefined;

/** The engine built from the made-up frost article's knowledge (once per test file). */
export async function orchardEngine(): Promise<Engine> {
  engine ??= await engineOf(ORCHARD_KNOWLEDGE, ORCHARD_ARTICLE, "<orchard>");
  return engine;
}
