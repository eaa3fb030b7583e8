import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about a coast guard and its drills: a body whose name holds its country's
 * adjective, a head of it, and a schedule that changed from one rhythm into another.
 */
export const BEACON_ARTICLE = [
  "Admiral Ida Storm, commander of the Norlandic Coast Guard, visited the harbour on Monday.",
  "Tom Reed is the director of the Norland Port Authority.",
  "The rescue drills evolved from monthly exercises into weekly exercises.",
  "A trawler crew rescued a seal at Gull Point, where the seals are protected.",
].join("\n");

export const BEACON_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Coast guard chief visits the harbour"
  publisher: Harbour Times
  summary: The head of the Norlandic Coast Guard visited the harbour, where rescue drills are now weekly.
types:
  - id: country
    title: Countries
    words: [country, countries]
  - id: organisation
    title: Organisations
    words: [organisation, body, agency]
  - id: person
    title: People
    words: [person, people]
    person: true
  - id: place
    title: Places
    words: [place, cape]
  - id: animal
    title: Animals
    words: [animal]
  - id: event
    title: Events
    words: [event, events, exercise]
relations:
  - id: heads
    label: heads
    verbs: [head, lead, command, run]
    nouns: [head, commander, chief, director, in charge]
  - id: rescued
    label: rescued
    verbs: [rescue, save, catch, harm]
  - id: held
    label: is held
    verbs: [hold, evolve]
    nouns: [schedule]
entities:
  - id: norland
    type: country
    name: Norland
    aliases: [Norlandic]
    description: Norland is the country whose coast guard the article is about.
    evidence: Norlandic Coast Guard
  - id: coast-guard
    type: organisation
    name: Norlandic Coast Guard
    aliases: [Coast Guard]
    description: The Norlandic Coast Guard is commanded by Admiral Ida Storm.
    evidence: commander of the Norlandic Coast Guard
  - id: port-authority
    type: organisation
    name: Norland Port Authority
    aliases: [Port Authority]
    description: The Norland Port Authority is directed by Tom Reed.
    evidence: Tom Reed is the director of the Norland Port Authority.
  - id: ida-storm
    type: person
    name: Admiral Ida Storm
    aliases: [Ida Storm, Storm]
    description: Admiral Ida Storm is the commander of the Norlandic Coast Guard.
    evidence: Admiral Ida Storm, commander of the Norlandic Coast Guard
  - id: tom-reed
    type: person
    name: Tom Reed
    aliases: [Reed]
    description: Tom Reed is the director of the Norland Port Authority.
    evidence: Tom Reed is the director of the Norland Port Authority.
  - id: gull-point
    type: place
    name: Gull Point
    description: Gull Point is a cape of Norland, where the seals are protected.
    evidence: at Gull Point, where the seals are protected
  - id: harbour
    type: place
    name: the harbour
    aliases: [harbour]
    description: The harbour is where Admiral Ida Storm went on Monday.
    evidence: visited the harbour on Monday
  - id: crew
    type: organisation
    name: a trawler crew
    aliases: [trawler crew, the crew]
    description: A trawler crew rescued a seal at Gull Point.
    evidence: A trawler crew rescued a seal at Gull Point
  - id: seal
    type: animal
    name: seal
    aliases: [seals, a seal]
    description: The seals are protected at Gull Point.
    evidence: where the seals are protected
  - id: drills
    type: event
    name: the rescue drills
    aliases: [rescue drills, drills]
    description: The rescue drills are exercises held weekly.
    evidence: The rescue drills evolved from monthly exercises into weekly exercises.
facts:
  - id: storm-heads
    relation: heads
    subject: [ida-storm]
    object: [coast-guard]
    answer: Admiral Ida Storm is the commander of the Norlandic Coast Guard.
    evidence: Admiral Ida Storm, commander of the Norlandic Coast Guard
    question: Who commands the Norlandic Coast Guard?
  - id: reed-heads
    relation: heads
    subject: [tom-reed]
    object: [port-authority]
    answer: Tom Reed is the director of the Norland Port Authority.
    evidence: Tom Reed is the director of the Norland Port Authority.
    question: Who heads the Norland Port Authority?
  - id: seal-rescued
    relation: rescued
    subject: [crew]
    object: [seal]
    answer: A trawler crew rescued a seal at Gull Point.
    evidence: A trawler crew rescued a seal at Gull Point
    where: at Gull Point
    question: Where was the seal rescued?
  - id: drills-schedule
    relation: held
    subject: [drills]
    answer: The rescue drills evolved from monthly exercises into weekly exercises.
    evidence: The rescue drills evolved from monthly exercises into weekly exercises.
    keywords: [monthly, often, frequency, month]
    question: How often are the rescue drills held?
`;

let engine: Engine | undefined;

/** The engine built from the made-up coast guard article's knowledge (once per test file). */
export async function beaconEngine(): Promise<Engine> {
  engine ??= await engineOf(BEACON_KNOWLEDGE, BEACON_ARTICLE, "<beacon>");
  return engine;
}
