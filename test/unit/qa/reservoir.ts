import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about a town water board building a reservoir, for questions put loosely: the
 * state of the work asked with "where ... at", a person asked for with a word of no office, an office
 * joined to a body the article never names, a verb that only carries another relation's noun, a web
 * address and a short form of a name used in a quotation.
 */
export const RESERVOIR_ARTICLE = [
  "The Valemont Water Board has approved a new reservoir at Fenwick Hill.",
  "Work on the reservoir is underway and will continue through next year.",
  "Theodora Morrow heads the Valemont Water Board.",
  "Theodora Morrow gave an interview to the Valemont Courier about the reservoir.",
  "The Harbor Works company will supply pipes for the reservoir.",
  'Board member Carl Dunn said: "Theo has never missed a deadline."',
  "Details of the reservoir are at https://valemont.example/reservoir.",
  "The board learned of the site from a survey of the hills.",
].join("\n");

export const RESERVOIR_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Valemont approves a reservoir at Fenwick Hill"
  publisher: Valemont Courier
  summary: The Valemont Water Board approved a reservoir at Fenwick Hill; the work is underway.
outside:
  - Water Agency
types:
  - id: body
    title: Bodies
    words: [board, company]
  - id: person
    title: People
    words: [person, people]
    person: true
  - id: paper
    title: Newspapers
    words: [newspaper, paper]
  - id: place
    title: Places
    words: [reservoir, hill]
relations:
  - id: approved
    label: approved
    verbs: [approve]
    nouns: [approval]
  - id: builds
    label: builds
    verbs: [build, work]
    nouns: [work, construction]
  - id: heads
    label: heads
    verbs: [head, lead, run]
    nouns: [head, chief, boss, leader]
  - id: interview
    label: gave an interview to
    verbs: [speak, talk]
    inverseVerbs: [interview]
    nouns: [interview]
  - id: said
    label: said
    verbs: [say]
    nouns: [quote]
  - id: details
    label: has details at
    nouns: [details]
  - id: supplies
    label: supplies
    verbs: [supply, provide]
    nouns: [supplier]
entities:
  - id: board
    type: body
    name: Valemont Water Board
    aliases: [the water board, the board]
    description: The Valemont Water Board approved a new reservoir at Fenwick Hill.
    evidence: The Valemont Water Board has approved a new reservoir at Fenwick Hill.
  - id: reservoir
    type: place
    name: the Fenwick Hill reservoir
    aliases: [reservoir, the reservoir, new reservoir]
    description: The new reservoir the Valemont Water Board approved at Fenwick Hill.
    evidence: a new reservoir at Fenwick Hill
  - id: morrow
    type: person
    name: Theodora Morrow
    aliases: [Morrow, Theo]
    description: Theodora Morrow heads the Valemont Water Board.
    evidence: Theodora Morrow heads the Valemont Water Board.
  - id: courier
    type: paper
    name: Valemont Courier
    aliases: [the Courier]
    description: The Valemont Courier is the newspaper Theodora Morrow gave an interview to.
    evidence: the Valemont Courier
  - id: harbor-works
    type: body
    name: Harbor Works
    aliases: [the Harbor Works company]
    description: Harbor Works is the company that will supply pipes for the reservoir.
    evidence: The Harbor Works company will supply pipes for the reservoir.
  - id: dunn
    type: person
    name: Carl Dunn
    aliases: [Dunn]
    description: Carl Dunn is a member of the Valemont Water Board.
    evidence: Board member Carl Dunn
facts:
  - id: dunn-deadline
    relation: said
    subject: [dunn]
    mentions: [morrow]
    answer: 'Carl Dunn said: "Theo has never missed a deadline."'
    evidence: 'Board member Carl Dunn said: "Theo has never missed a deadline."'
    question: What did Carl Dunn say about Theodora Morrow?
  - id: survey
    relation: approved
    subject: [board]
    object: [reservoir]
    answer: The board learned of the site from a survey of the hills.
    evidence: The board learned of the site from a survey of the hills.
    keywords: [survey, learned, found out, how]
    question: How did the board learn of the site?
  - id: details-online
    relation: details
    subject: [reservoir]
    answer: Details of the reservoir are at https://valemont.example/reservoir.
    evidence: Details of the reservoir are at https://valemont.example/reservoir.
    question: Where are the details of the reservoir?
  - id: approved
    relation: approved
    subject: [board]
    object: [reservoir]
    answer: The Valemont Water Board approved a new reservoir at Fenwick Hill.
    evidence: The Valemont Water Board has approved a new reservoir at Fenwick Hill.
    where: at Fenwick Hill
    question: What did the water board approve?
  - id: work-underway
    relation: builds
    subject: [board]
    object: [reservoir]
    answer: Work on the reservoir is underway and will continue through next year.
    evidence: Work on the reservoir is underway and will continue through next year.
    question: How far along is the work on the reservoir?
  - id: morrow-heads
    relation: heads
    subject: [morrow]
    object: [board]
    answer: Theodora Morrow heads the Valemont Water Board.
    evidence: Theodora Morrow heads the Valemont Water Board.
    question: Who heads the water board?
  - id: morrow-interview
    relation: interview
    subject: [morrow]
    object: [courier]
    mentions: [reservoir]
    answer: Theodora Morrow gave an interview to the Valemont Courier about the reservoir.
    evidence: Theodora Morrow gave an interview to the Valemont Courier about the reservoir.
    question: Who did Theodora Morrow speak to?
  - id: pipes
    relation: supplies
    subject: [harbor-works]
    mentions: [reservoir]
    detail: pipes
    answer: Harbor Works will supply pipes for the reservoir.
    evidence: The Harbor Works company will supply pipes for the reservoir.
    keywords: [pipes]
    question: What will Harbor Works supply?
`;

let engine: Engine | undefined;

/** The engine built from the made-up reservoir article's knowledge (once per test file). */
export async function reservoirEngine(): Promise<Engine> {
  engine ??= await engineOf(RESERVOIR_KNOWLEDGE, RESERVOIR_ARTICLE, "<reservoir>");
  return engine;
}
