import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A small made-up article and its knowledge, for testing what the engine does in general terms, apart
 * from any real article: an orchard that sells fruit to two shops, who runs what, and what was said.
 */
export const ORCHARD_ARTICLE = [
  "Greenvale Orchards sells apples to Harbor Foods and Lakeside Market.",
  "Tom Baker heads Greenvale Orchards.",
  "Anna Reyes is the chief buyer at Harbor Foods.",
  "Greenvale Orchards has chosen two drivers for its deliveries, and which of them drives on Mondays is not yet decided.",
  "When the shops are closed, the apples are kept in a cold store at the orchard.",
  "Tom Baker said the harvest was the best in ten years.",
  "Harbor Foods is in Millbrook, and Lakeside Market is in Riverton.",
  "Tom Baker named apples, pears and plums as the orchard's best fruit.",
].join("\n");

export const ORCHARD_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Greenvale Orchards and its customers"
  publisher: Valley News
  summary: Greenvale Orchards sells apples to two shops; who runs what and what was said.
types:
  - id: company
    title: Companies
    words: [company, companies, shop, shops, business]
  - id: person
    title: People
    words: [person, people, man, woman]
    person: true
    question: "Who is {name}?"
  - id: town
    title: Towns
    words: [town, towns, city]
    place: true
  - id: produce
    title: Produce
    words: [fruit, produce]
    models: true
relations:
  - id: sells
    label: sells
    verbs: [sell, supply, send]
    inverseVerbs: [buy, get, receive]
    nouns: [sale, sales, supplier]
  - id: heads
    label: heads
    verbs: [head, run, lead]
    nouns: [head, boss, owner]
  - id: works-at
    label: works at
    related: [heads]
    verbs: [work]
    nouns: [buyer, job, role, title]
  - id: stores
    label: stores
    verbs: [keep, store]
    nouns: [storage]
  - id: said
    label: said
    verbs: [say, state, call]
    nouns: [statement, comment]
  - id: located-in
    label: is located in
    inverseVerbs: [base, locate]
    nouns: [location]
  - id: chose
    label: chose
    verbs: [choose, pick, hire]
    nouns: [choice]
entities:
  - id: greenvale
    type: company
    name: Greenvale Orchards
    aliases: [Greenvale, the orchard]
    description: Greenvale Orchards is an orchard that sells apples to Harbor Foods and Lakeside Market.
    evidence: Greenvale Orchards sells apples
  - id: harbor
    type: company
    name: Harbor Foods
    description: Harbor Foods is a shop that buys apples from Greenvale Orchards.
    evidence: Harbor Foods
  - id: lakeside
    type: company
    name: Lakeside Market
    description: Lakeside Market is a shop that buys apples from Greenvale Orchards.
    evidence: Lakeside Market
  - id: apples
    type: produce
    name: apples
    aliases: [apple]
    description: Apples are the fruit Greenvale Orchards sells.
    evidence: sells apples
  - id: pears
    type: produce
    name: pears
    description: Pears are among the fruit Tom Baker named as the orchard's best.
    evidence: pears
  - id: plums
    type: produce
    name: plums
    description: Plums are among the fruit Tom Baker named as the orchard's best.
    evidence: plums
  - id: tom-baker
    type: person
    name: Tom Baker
    aliases: [Baker]
    description: Tom Baker heads Greenvale Orchards.
    evidence: Tom Baker heads Greenvale Orchards.
  - id: anna-reyes
    type: person
    name: Anna Reyes
    aliases: [Reyes, the chief buyer]
    description: Anna Reyes is the chief buyer at Harbor Foods.
    evidence: Anna Reyes is the chief buyer at Harbor Foods.
    keywords: [chief buyer]
  - id: millbrook
    type: town
    name: Millbrook
    description: Millbrook is the town where Harbor Foods is.
    evidence: Harbor Foods is in Millbrook
  - id: riverton
    type: town
    name: Riverton
    description: Riverton is the town where Lakeside Market is.
    evidence: Lakeside Market is in Riverton
facts:
  - id: baker-best-fruit
    relation: said
    subject: [tom-baker]
    mentions: [apples, pears, plums]
    answer: Tom Baker named apples, pears and plums as the orchard's best fruit.
    evidence: Tom Baker named apples, pears and plums as the orchard's best fruit.
    question: Which fruit did Tom Baker name as the orchard's best?
  - id: harbor-in-millbrook
    relation: located-in
    subject: [harbor]
    object: [millbrook]
    answer: Harbor Foods is in Millbrook.
    evidence: Harbor Foods is in Millbrook
    question: Where is Harbor Foods?
  - id: lakeside-in-riverton
    relation: located-in
    subject: [lakeside]
    object: [riverton]
    answer: Lakeside Market is in Riverton.
    evidence: Lakeside Market is in Riverton
    question: Where is Lakeside Market?
  - id: sells-apples
    relation: sells
    subject: [greenvale]
    object: [harbor, lakeside]
    mentions: [apples]
    answer: Greenvale Orchards sells apples to Harbor Foods and Lakeside Market.
    evidence: Greenvale Orchards sells apples to Harbor Foods and Lakeside Market.
    quantity: two shops, Harbor Foods and Lakeside Market
    question: Whom does Greenvale Orchards sell apples to?
  - id: baker-heads
    relation: heads
    subject: [tom-baker]
    object: [greenvale]
    answer: Tom Baker heads Greenvale Orchards.
    evidence: Tom Baker heads Greenvale Orchards.
    question: Who heads Greenvale Orchards?
  - id: reyes-buyer
    relation: works-at
    subject: [anna-reyes]
    object: [harbor]
    answer: Anna Reyes is the chief buyer at Harbor Foods.
    evidence: Anna Reyes is the chief buyer at Harbor Foods.
    keywords: [chief buyer]
    question: Who is the chief buyer at Harbor Foods?
  - id: drivers-chosen
    relation: chose
    subject: [greenvale]
    answer: Greenvale Orchards has chosen two drivers for its deliveries; which of them drives on Mondays is not yet decided.
    evidence: Greenvale Orchards has chosen two drivers for its deliveries, and which of them drives on Mondays is not yet decided.
    quantity: two drivers
    keywords: [drivers, deliveries, mondays]
    question: How many drivers has Greenvale Orchards chosen?
  - id: cold-store
    relation: stores
    subject: [greenvale]
    mentions: [apples]
    answer: When the shops are closed, the apples are kept in a cold store at the orchard.
    evidence: When the shops are closed, the apples are kept in a cold store at the orchard.
    where: in a cold store at the orchard
    when: when the shops are closed
    question: Where are the apples kept when the shops are closed?
  - id: baker-harvest
    relation: said
    subject: [tom-baker]
    answer: Tom Baker said the harvest was the best in ten years.
    evidence: Tom Baker said the harvest was the best in ten years.
    keywords: [harvest]
    when: at the end of the season
    question: What did Tom Baker say about the harvest?
`;

let engine: Engine | undefined;

/** The engine built from the made-up article's knowledge (once per test file). */
export async function orchardEngine(): Promise<Engine> {
  engine ??= await engineOf(ORCHARD_KNOWLEDGE, ORCHARD_ARTICLE, "<orchard>");
  return engine;
}
