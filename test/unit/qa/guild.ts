import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A small made-up article and its knowledge: a bakers' guild whose head lists, by way of example,
 * what it sells and to which towns; a sale the article gives in full; an interview whose interviewer
 * the article never names; and a statement dated by its weekday alone.
 */
export const GUILD_ARTICLE = [
  "On Monday, Anna Berg, the head of the Millbrook Bakers Guild, said the guild would keep selling bread, including rye loaves and pretzels, to towns including Eastford and Westford.",
  "The guild sells flour to Northam.",
  "Berg spoke to the Valley Gazette in an interview.",
].join("\n");

export const GUILD_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "The Millbrook Bakers Guild keeps selling"
  publisher: Valley Gazette
  summary: The head of a bakers' guild says what it sells and to whom.
types:
  - id: town
    title: Towns
    words: [town, towns]
    place: true
  - id: body
    title: Bodies
    words: [body, organisation]
  - id: person
    title: People
    words: [person, woman]
    person: true
  - id: goods
    title: Goods
    words: [goods, product, products]
  - id: paper
    title: Newspapers
    words: [newspaper, paper]
relations:
  - id: sells
    label: sells
    verbs: [sell, supply]
    inverseVerbs: [buy, get]
  - id: heads
    label: heads
    verbs: [head, lead]
    nouns: [head, leader]
  - id: said
    label: said
    verbs: [say]
    nouns: [statement]
  - id: gave-interview
    label: gave an interview to
    verbs: [speak, talk]
    nouns: [interview]
  - id: interviewed
    label: was interviewed by
    inverseVerbs: [question]
    nouns: [reporter, questioner]
entities:
  - id: guild
    type: body
    name: Millbrook Bakers Guild
    aliases: [Bakers Guild, guild]
    description: The Millbrook Bakers Guild sells bread and flour to nearby towns.
    evidence: the Millbrook Bakers Guild
  - id: anna-berg
    type: person
    name: Anna Berg
    aliases: [Berg]
    description: Anna Berg is the head of the Millbrook Bakers Guild.
    evidence: Anna Berg, the head of the Millbrook Bakers Guild
  - id: eastford
    type: town
    name: Eastford
    description: Eastford is one of the towns the guild sells bread to.
    evidence: Eastford
  - id: westford
    type: town
    name: Westford
    description: Westford is one of the towns the guild sells bread to.
    evidence: Westford
  - id: northam
    type: town
    name: Northam
    description: Northam is a town that buys flour from the guild.
    evidence: The guild sells flour to Northam.
  - id: rye-loaves
    type: goods
    name: rye loaves
    description: Rye loaves are among the bread the guild sells.
    evidence: rye loaves
  - id: pretzels
    type: goods
    name: pretzels
    aliases: [pretzel]
    description: Pretzels are among the bread the guild sells.
    evidence: pretzels
  - id: flour
    type: goods
    name: flour
    description: Flour is what the guild sells to Northam.
    evidence: The guild sells flour to Northam.
  - id: gazette
    type: paper
    name: Valley Gazette
    aliases: [Gazette]
    description: The Valley Gazette is the newspaper Berg spoke to.
    evidence: the Valley Gazette
facts:
  - id: bread-sales
    relation: sells
    subject: [guild]
    object: [eastford, westford]
    mentions: [rye-loaves, pretzels, anna-berg]
    answer: Anna Berg said the guild would keep selling bread, including rye loaves and pretzels, to towns including Eastford and Westford.
    evidence: said the guild would keep selling bread, including rye loaves and pretzels, to towns including Eastford and Westford.
    when: on Monday
    question: What will the guild keep selling?
    partial: true
  - id: flour-northam
    relation: sells
    subject: [guild]
    object: [northam]
    mentions: [flour]
    answer: The guild sells flour to Northam.
    evidence: The guild sells flour to Northam.
    question: What does the guild sell to Northam?
  - id: berg-heads
    relation: heads
    subject: [anna-berg]
    object: [guild]
    answer: Anna Berg is the head of the Millbrook Bakers Guild.
    evidence: Anna Berg, the head of the Millbrook Bakers Guild
    question: Who heads the guild?
  - id: berg-statement
    relation: said
    subject: [anna-berg]
    mentions: [guild]
    answer: On Monday, Anna Berg said the guild would keep selling bread to towns including Eastford and Westford.
    evidence: On Monday, Anna Berg
    when: on Monday
    question: What did Anna Berg say?
  - id: berg-interview
    relation: gave-interview
    subject: [anna-berg]
    object: [gazette]
    answer: Berg spoke to the Valley Gazette in an interview.
    evidence: Berg spoke to the Valley Gazette in an interview.
    question: Who did Berg speak to?
  - id: interviewer-unnamed
    relation: interviewed
    subject: [anna-berg]
    answer: The article does not name who interviewed Berg; it says she spoke to the Valley Gazette.
    evidence: Berg spoke to the Valley Gazette in an interview.
    question: Was Berg questioned?
    leavesOpen: true
`;

let engine: Engine | undefined;

/** The engine built from the made-up guild article's knowledge (once per test file). */
export async function guildEngine(): Promise<Engine> {
  engine ??= await engineOf(GUILD_KNOWLEDGE, GUILD_ARTICLE, "<guild>");
  return engine;
}
