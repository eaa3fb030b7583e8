import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up report on a coastal drill: a paper some ministry owns, an interview given to it, a speaker
 * who says what the drill is not for, a drill that was one of several, and agreements signed by a
 * closed list of towns beside a league whose members are only examples.
 */
export const REGATTA_ARTICLE = [
  "Admiral Ida Rook spoke in an interview for the Coast Herald, the official newspaper of the Ministry of Harbours.",
  "The Gull Drill ended on Friday at Port Wren.",
  "The Gull Drill was the fifth such drill since 2012.",
  "Rook said the point of the drill is not testing boat speed in rough weather; it is learning what crews need.",
  "Alder, Brook and Fenn have signed agreements on shared patrols.",
  "Similar agreements with Gale and Hurst are awaiting approval.",
  "League members Alder and Brook will send boats.",
  "Captain Ned Marr heads the Wren Pilots Guild.",
].join("\n");

export const REGATTA_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "The Gull Drill ends at Port Wren"
  publisher: Coast Herald
  summary: The Gull Drill ended at Port Wren; Admiral Ida Rook said what it was for.
outside:
  - Port Haven
types:
  - id: person
    title: People
    words: [person, people, official, officials]
    person: true
  - id: organisation
    title: Organisations
    words: [organisation, organisations, ministry, guild]
  - id: publication
    title: Publications
    words: [newspaper, paper]
  - id: place
    title: Places
    words: [place, port, town, towns]
  - id: event
    title: Events
    words: [drill, drills, exercise]
  - id: document
    title: Documents
    words: [document]
relations:
  - id: gave-interview
    label: gave an interview to
    verbs: [speak, talk]
    nouns: [interview]
  - id: newspaper-of
    label: is the newspaper of
    nouns: [newspaper]
  - id: held-at
    label: is held at
    verbs: [hold, end]
  - id: said
    label: said
    verbs: [say]
  - id: serves-purpose
    label: serves the purpose
    nouns: [point, purpose]
  - id: signed
    label: signed
    verbs: [sign]
    contrary: [awaits-approval]
  - id: awaits-approval
    label: awaits approval
    nouns: [approval]
  - id: member-of
    label: is a member of
    nouns: [member, members]
  - id: heads
    label: heads
    verbs: [head, lead]
entities:
  - id: ida-rook
    type: person
    name: Ida Rook
    aliases: [Rook, Admiral Rook]
    description: Admiral Ida Rook spoke to the Coast Herald about the Gull Drill.
    evidence: Admiral Ida Rook spoke in an interview for the Coast Herald
  - id: ned-marr
    type: person
    name: Ned Marr
    aliases: [Marr, Captain Marr]
    description: Captain Ned Marr heads the Wren Pilots Guild.
    evidence: Captain Ned Marr heads the Wren Pilots Guild.
  - id: coast-herald
    type: publication
    name: the Coast Herald
    aliases: [Coast Herald, the Herald, Herald]
    description: The Coast Herald is the official newspaper of the Ministry of Harbours.
    evidence: the Coast Herald, the official newspaper of the Ministry of Harbours.
  - id: harbours-ministry
    type: organisation
    name: the Ministry of Harbours
    aliases: [Ministry of Harbours, Harbours Ministry]
    description: The Ministry of Harbours owns the Coast Herald.
    evidence: the official newspaper of the Ministry of Harbours.
  - id: pilots-guild
    type: organisation
    name: the Wren Pilots Guild
    aliases: [Wren Pilots Guild, Pilots Guild]
    description: The Wren Pilots Guild is headed by Captain Ned Marr.
    evidence: Captain Ned Marr heads the Wren Pilots Guild.
  - id: gull-drill
    type: event
    name: the Gull Drill
    aliases: [Gull Drill]
    description: The Gull Drill was a coastal drill that ended on Friday at Port Wren.
    evidence: The Gull Drill ended on Friday at Port Wren.
  - id: port-wren
    type: place
    name: Port Wren
    aliases: [Wren]
    description: Port Wren is where the Gull Drill ended.
    evidence: The Gull Drill ended on Friday at Port Wren.
  - id: alder
    type: place
    name: Alder
    description: Alder signed the patrol agreements and is a league member.
    evidence: Alder, Brook and Fenn have signed agreements
  - id: brook
    type: place
    name: Brook
    description: Brook signed the patrol agreements and is a league member.
    evidence: Alder, Brook and Fenn have signed agreements
  - id: fenn
    type: place
    name: Fenn
    description: Fenn signed the patrol agreements.
    evidence: Alder, Brook and Fenn have signed agreements
  - id: gale
    type: place
    name: Gale
    description: Gale's agreement is awaiting approval.
    evidence: Similar agreements with Gale and Hurst are awaiting approval.
  - id: hurst
    type: place
    name: Hurst
    description: Hurst's agreement is awaiting approval.
    evidence: Similar agreements with Gale and Hurst are awaiting approval.
  - id: league
    type: organisation
    name: the League
    aliases: [League]
    description: The League is an alliance whose members include Alder and Brook.
    evidence: League members Alder and Brook will send boats.
  - id: patrol-agreements
    type: document
    name: the patrol agreements
    aliases: [patrol agreements, agreements, agreement]
    description: The patrol agreements are agreements on shared patrols.
    evidence: Alder, Brook and Fenn have signed agreements on shared patrols.
facts:
  - id: rook-interview
    relation: gave-interview
    subject: [ida-rook]
    object: [coast-herald]
    answer: Ida Rook spoke in an interview for the Coast Herald, the official newspaper of the Ministry of Harbours.
    evidence: Admiral Ida Rook spoke in an interview for the Coast Herald
    keywords: [interview, spoke]
    question: Who did Rook give an interview to?
  - id: herald-of-ministry
    relation: newspaper-of
    subject: [coast-herald]
    object: [harbours-ministry]
    answer: The Coast Herald is the official newspaper of the Ministry of Harbours.
    evidence: the Coast Herald, the official newspaper of the Ministry of Harbours.
    keywords: [official, newspaper]
    question: Whose newspaper is the Coast Herald?
  - id: drill-ended
    relation: held-at
    subject: [gull-drill]
    object: [port-wren]
    answer: The Gull Drill ended on Friday at Port Wren.
    evidence: The Gull Drill ended on Friday at Port Wren.
    when: on Friday
    keywords: [ended]
    question: Where did the Gull Drill end?
  - id: drill-fifth
    relation: held-at
    subject: [gull-drill]
    answer: The Gull Drill was the fifth such drill since 2012.
    evidence: The Gull Drill was the fifth such drill since 2012.
    quantity: fifth (five drills since 2012)
    keywords: [fifth, five]
    question: How many drills have there been?
  - id: rook-point
    relation: said
    subject: [ida-rook]
    mentions: [gull-drill]
    answer: >-
      Rook said the point of the drill is not testing boat speed in rough weather; it is learning what
      crews need.
    evidence: Rook said the point of the drill is not testing boat speed in rough weather
    question: What did Rook say the point of the drill is?
  - id: towns-signed
    relation: signed
    subject: [alder, brook, fenn]
    object: [patrol-agreements]
    answer: Alder, Brook and Fenn have signed agreements on shared patrols.
    evidence: Alder, Brook and Fenn have signed agreements on shared patrols.
    keywords: [agreement, patrols]
    question: Who signed the patrol agreements?
  - id: awaiting-approval
    relation: awaits-approval
    subject: [gale, hurst]
    mentions: [patrol-agreements]
    answer: Similar agreements with Gale and Hurst are awaiting approval.
    evidence: Similar agreements with Gale and Hurst are awaiting approval.
    keywords: [similar, agreement, approval, not, yet]
    question: Which agreements await approval?
  - id: league-members
    relation: member-of
    subject: [alder, brook]
    object: [league]
    answer: The article names Alder and Brook as League members.
    evidence: League members Alder and Brook will send boats.
    keywords: [member]
    question: Which towns are League members?
    partial: true
  - id: marr-heads-guild
    relation: heads
    subject: [ned-marr]
    object: [pilots-guild]
    answer: Captain Ned Marr heads the Wren Pilots Guild.
    evidence: Captain Ned Marr heads the Wren Pilots Guild.
    question: Who heads the Wren Pilots Guild?
`;

let engine: Engine | undefined;

/** The engine built from the made-up drill report's knowledge (once per test file). */
export async function regattaEngine(): Promise<Engine> {
  engine ??= await engineOf(REGATTA_KNOWLEDGE, REGATTA_ARTICLE, "<regatta>");
  return engine;
}
