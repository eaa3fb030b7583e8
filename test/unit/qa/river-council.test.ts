import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article: a river council's new warden, her other name, where the council sits, and what
 * the mayor said of her.
 */
const ARTICLE = [
  "Warden Ada Brook (Grey Heron) became the 7th Warden of the Alder River Council in 2015.",
  "The council meets at Fernhill Lodge in Westshire.",
  "Ada Brook was also a member of the United States Board.",
  "“This is a proud moment for the valley,” said Mayor Tom Vance.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "River council names its warden"
  publisher: Valley News
  summary: Ada Brook is the new Warden of the Alder River Council.
types:
  - id: person
    title: People
    words: [person, people]
    person: true
  - id: organisation
    title: Organisations
    words: [organisation, council, board]
  - id: place
    title: Places
    words: [place, state, town]
    place: true
relations:
  - id: holds-position
    label: serves as
    verbs: [serve, become]
  - id: located-in
    label: is located in
    verbs: [locate, sit]
  - id: said
    label: said
    verbs: [say, tell]
  - id: member-of
    label: was a member of
    nouns: [member]
entities:
  - id: ada-brook
    type: person
    name: Ada Brook
    aliases: [Warden Brook, Grey Heron]
    description: Ada Brook (Grey Heron) is the 7th Warden of the Alder River Council.
    evidence: Warden Ada Brook (Grey Heron) became the 7th Warden of the Alder River Council in 2015.
  - id: tom-vance
    type: person
    name: Tom Vance
    aliases: [Mayor Vance]
    description: Tom Vance is the mayor.
    evidence: said Mayor Tom Vance.
  - id: council
    type: organisation
    name: Alder River Council
    aliases: [council]
    description: The Alder River Council has Ada Brook as its Warden.
    evidence: the Alder River Council
  - id: board
    type: organisation
    name: United States Board
    description: A board Ada Brook was a member of.
    evidence: the United States Board
  - id: lodge
    type: place
    name: Fernhill Lodge
    description: Where the council meets.
    evidence: Fernhill Lodge
  - id: westshire
    type: place
    name: Westshire
    description: The state of Fernhill Lodge.
    evidence: Westshire
  - id: united-states
    type: place
    name: United States
    description: The states of the board.
    evidence: United States
facts:
  - id: brook-warden
    relation: holds-position
    subject: [ada-brook]
    object: [council]
    answer: Ada Brook became the 7th Warden of the Alder River Council in 2015.
    evidence: Warden Ada Brook (Grey Heron) became the 7th Warden of the Alder River Council in 2015.
    when: in 2015
    question: When did Ada Brook become Warden?
  - id: brook-board
    relation: member-of
    subject: [ada-brook]
    object: [board]
    mentions: [united-states]
    answer: Ada Brook was a member of the United States Board.
    evidence: Ada Brook was also a member of the United States Board.
    question: What board was Ada Brook on?
  - id: lodge-in-westshire
    relation: located-in
    subject: [lodge]
    object: [westshire]
    answer: Fernhill Lodge is in Westshire.
    evidence: Fernhill Lodge in Westshire
    where: in Westshire
    question: Where is Fernhill Lodge?
  - id: vance-said
    relation: said
    subject: [tom-vance]
    object: [ada-brook]
    answer: 'Mayor Vance said: "This is a proud moment for the valley."'
    evidence: “This is a proud moment for the valley,” said Mayor Tom Vance.
    question: What did Mayor Vance say?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "<river-council>");
});
const ask = (q: string) => engine.answer(q);

describe("a kind's word a name holds only in the plural", () => {
  it("does not narrow 'which state' to the United States", () => {
    const a = ask("fernhill lodge is in which state");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Westshire/);
  });
});

describe("a rank asked", () => {
  it("answers 'what number warden' with the fact that puts an ordinal before the word", () => {
    const a = ask("what number warden is ada brook");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/7th/);
  });

  it("reads answers guessed at after 'like' as no part of the question", () => {
    const a = ask("what number warden is ada brook? like 3rd 5th?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/7th/);
  });
});

describe("a quoted phrase asked with 'who'", () => {
  it("names the one whose statement says it, whatever verb asks", () => {
    const a = ask('who called it "a proud moment"');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Vance/);
  });
});

describe("a person's initials", () => {
  it("stand for the person", () => {
    const a = ask("what did TV say");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/proud moment/);
  });
});

describe("another name of a person asked", () => {
  it("answers with the description that calls them by it", () => {
    const a = ask("what's ada brook's other name");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Grey Heron/);
  });
});
