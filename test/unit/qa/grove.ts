import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A small made-up article and its knowledge: a growers' cooperative whose chair lists what it delivers
 * to four towns, and the head of a produce board who speaks about it too.
 */
export const GROVE_ARTICLE = [
  "Photo: Valley Courier/Nils Berg",
  "Greenvale Growers chair Ruth Okafor listed the cooperative's main deliveries: pears for Ashby, apples for Brindle and Corran, and cider presses for Dunmore.",
  "Okafor said the new cold store will open in spring.",
  "Tom Reyes, the head of the Regional Produce Board, said the cooperative would keep delivering fruit to towns including Ashby.",
].join("\n");

export const GROVE_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Greenvale Growers and the valley towns"
  publisher: Valley Courier
  summary: What Greenvale Growers delivers to four towns, and what its chair and a produce board head said.
synonyms:
  - [article, story, report]
types:
  - id: town
    title: Towns
    words: [town, towns]
    place: true
  - id: body
    title: Bodies
    words: [cooperative, board]
  - id: person
    title: People
    words: [person, people]
    person: true
  - id: produce
    title: Produce
    words: [produce, fruit]
relations:
  - id: delivers
    label: delivers
    verbs: [deliver, supply]
    inverseVerbs: [get, receive]
  - id: heads
    label: heads
    verbs: [head, chair, lead]
    nouns: [head, chair]
  - id: said
    label: said
    verbs: [say]
    nouns: [statement]
  - id: photographed
    label: took the photo
    verbs: [photograph]
    nouns: [photo, credit]
entities:
  - id: greenvale
    type: body
    name: Greenvale Growers
    aliases: [Greenvale, the cooperative]
    description: Greenvale Growers is a cooperative that delivers produce to four towns.
    evidence: Greenvale Growers chair Ruth Okafor
  - id: produce-board
    type: body
    name: Regional Produce Board
    aliases: [Produce Board]
    description: The Regional Produce Board is headed by Tom Reyes.
    evidence: the head of the Regional Produce Board
  - id: ashby
    type: town
    name: Ashby
    description: Ashby is a town that gets pears from Greenvale Growers.
    evidence: pears for Ashby
  - id: brindle
    type: town
    name: Brindle
    description: Brindle is a town that gets apples from Greenvale Growers.
    evidence: apples for Brindle and Corran
  - id: corran
    type: town
    name: Corran
    description: Corran is a town that gets apples from Greenvale Growers.
    evidence: apples for Brindle and Corran
  - id: dunmore
    type: town
    name: Dunmore
    description: Dunmore is a town that gets cider presses from Greenvale Growers.
    evidence: cider presses for Dunmore
  - id: pears
    type: produce
    name: pears
    description: Pears are what Greenvale Growers delivers to Ashby.
    evidence: pears for Ashby
  - id: apples
    type: produce
    name: apples
    description: Apples are what Greenvale Growers delivers to Brindle and Corran.
    evidence: apples for Brindle and Corran
  - id: presses
    type: produce
    name: cider presses
    description: Cider presses are what Greenvale Growers delivers to Dunmore.
    evidence: cider presses for Dunmore
  - id: ruth-okafor
    type: person
    name: Ruth Okafor
    aliases: [Okafor]
    description: Ruth Okafor chairs Greenvale Growers.
    evidence: Greenvale Growers chair Ruth Okafor
  - id: tom-reyes
    type: person
    name: Tom Reyes
    aliases: [Reyes]
    description: Tom Reyes is the head of the Regional Produce Board.
    evidence: Tom Reyes, the head of the Regional Produce Board
  - id: nils-berg
    type: person
    name: Nils Berg
    aliases: [Berg]
    description: Nils Berg is the photographer credited with the article's photo.
    evidence: Valley Courier/Nils Berg
facts:
  - id: pears-ashby
    relation: delivers
    subject: [greenvale]
    object: [ashby]
    mentions: [pears, ruth-okafor]
    answer: Greenvale Growers delivers pears to Ashby.
    evidence: pears for Ashby
    keywords: [deliveries]
    question: What does Greenvale Growers deliver to Ashby?
  - id: apples-brindle-corran
    relation: delivers
    subject: [greenvale]
    object: [brindle, corran]
    mentions: [apples, ruth-okafor]
    answer: Greenvale Growers delivers apples to Brindle and Corran.
    evidence: apples for Brindle and Corran
    keywords: [deliveries]
    question: What does Greenvale Growers deliver to Brindle and Corran?
  - id: presses-dunmore
    relation: delivers
    subject: [greenvale]
    object: [dunmore]
    mentions: [presses, ruth-okafor]
    answer: Greenvale Growers delivers cider presses to Dunmore.
    evidence: cider presses for Dunmore
    keywords: [deliveries]
    question: What does Greenvale Growers deliver to Dunmore?
  - id: okafor-chairs
    relation: heads
    subject: [ruth-okafor]
    object: [greenvale]
    answer: Ruth Okafor chairs Greenvale Growers.
    evidence: Greenvale Growers chair Ruth Okafor
    question: Who chairs Greenvale Growers?
  - id: reyes-heads
    relation: heads
    subject: [tom-reyes]
    object: [produce-board]
    answer: Tom Reyes is the head of the Regional Produce Board.
    evidence: Tom Reyes, the head of the Regional Produce Board
    question: Who heads the Regional Produce Board?
  - id: cold-store
    relation: said
    subject: [ruth-okafor]
    answer: Okafor said the new cold store will open in spring.
    evidence: Okafor said the new cold store will open in spring.
    keywords: [cold store, spring]
    question: When will the new cold store open?
  - id: reyes-statement
    relation: said
    subject: [tom-reyes]
    mentions: [greenvale, ashby]
    answer: Tom Reyes said the cooperative would keep delivering fruit to towns including Ashby.
    evidence: the cooperative would keep delivering fruit to towns including Ashby
    keywords: [keep, future]
    question: What did Tom Reyes say about the cooperative?
    partial: true
  - id: photo-credit
    relation: photographed
    subject: [nils-berg]
    answer: The photo is credited to Valley Courier/Nils Berg.
    evidence: Valley Courier/Nils Berg
    keywords: [photo, credit]
    question: Who is the photo credited to?
`;

let engine: Engine | undefined;

/** The engine built from the made-up orchard article's knowledge (once per test file). */
export async function groveEngine(): Promise<Engine> {
  engine ??= await engineOf(GROVE_KNOWLEDGE, GROVE_ARTICLE, "<orchard>");
  return engine;
}
