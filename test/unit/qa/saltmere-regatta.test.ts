import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about a regatta: when it ended, what its commodore stressed, how many sailors took
 * part, and a permit still waiting for approval. Read through chat spellings and idioms.
 */
const ARTICLE = [
  "The Saltmere regatta concluded on May 4 after three days of racing.",
  "Commodore Ada Finch said the main improvements were new moorings for the harbour and a rescue boat for the club.",
  "About 300 sailors took part in the regatta, and more than 40 volunteers joined them on the water.",
  "The club's permit for a second slipway is undergoing approval by the harbour board.",
  "The club applied for the permit in March (a month before the regatta).",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Saltmere regatta ends after three days"
  publisher: Saltmere Herald
  summary: The Saltmere regatta ended on May 4; Commodore Ada Finch on the club's improvements.
types:
  - id: person
    title: People
    words: [person, people, sailor, sailors]
    person: true
  - id: event
    title: Events
    words: [event, race]
  - id: body
    title: Bodies
    words: [club, board, body]
  - id: group
    title: Groups
    words: [group]
  - id: paper
    title: Newspapers
    words: [newspaper, paper]
relations:
  - id: ended
    label: ended
    verbs: [end, finish, conclude]
  - id: said
    label: said
    verbs: [say, stress]
  - id: took-part
    label: took part in
    verbs: [take part, join, race]
  - id: applied
    label: applied for
    verbs: [apply, file]
  - id: awaits-approval
    label: awaits approval
    verbs: [await, undergo]
    nouns: [approval]
entities:
  - id: regatta
    type: event
    name: Saltmere regatta
    aliases: [regatta]
    description: The Saltmere regatta, three days of racing.
    evidence: The Saltmere regatta concluded
  - id: finch
    type: person
    name: Commodore Ada Finch
    aliases: [Ada Finch, Finch]
    description: Ada Finch is the commodore of the club.
    evidence: Commodore Ada Finch
  - id: club
    type: body
    name: sailing club
    aliases: [club]
    description: The sailing club that runs the regatta.
    evidence: the club
  - id: sailors
    type: group
    name: sailors
    description: The sailors who raced.
    evidence: About 300 sailors
  - id: permit
    type: group
    name: slipway permit
    aliases: [permit]
    description: The club's permit for a second slipway.
    evidence: permit for a second slipway
  - id: herald
    type: paper
    name: Saltmere Herald
    aliases: [Herald]
    description: The Saltmere Herald, a local newspaper.
    evidence: The Saltmere regatta
facts:
  - id: regatta-ended
    relation: ended
    subject: [regatta]
    answer: The Saltmere regatta concluded on May 4.
    evidence: The Saltmere regatta concluded on May 4
    when: May 4
    question: When did the regatta end?
  - id: finch-improvements
    relation: said
    subject: [finch]
    mentions: [club]
    detail: new moorings for the harbour and a rescue boat for the club
    answer: Finch said the main improvements were new moorings for the harbour and a rescue boat for the club.
    evidence: Commodore Ada Finch said the main improvements were new moorings for the harbour and a rescue boat for the club.
    keywords: [improvements, moorings, rescue boat]
    question: What improvements did Finch name?
  - id: sailors-took-part
    relation: took-part
    subject: [sailors]
    object: [regatta]
    answer: About 300 sailors took part in the regatta, and more than 40 volunteers joined them.
    evidence: About 300 sailors took part in the regatta
    quantity: about 300 sailors
    question: How many sailors took part?
  - id: permit-pending
    relation: awaits-approval
    subject: [permit]
    mentions: [club]
    answer: The club's permit for a second slipway is undergoing approval by the harbour board.
    evidence: The club's permit for a second slipway is undergoing approval by the harbour board.
    keywords: [status, happening, still]
    question: What is the status of the slipway permit?
  - id: permit-applied
    relation: applied
    subject: [club]
    object: [permit]
    answer: The club applied for the permit in March.
    evidence: The club applied for the permit in March
    when: in March (a month before the regatta of May 4)
    question: When did the club apply for the permit?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "<regatta>");
});
const ask = (q: string) => engine.answer(q);

describe("idioms of chat read as their plain words", () => {
  it("reads 'wrap up' as ending", () => {
    const a = ask("when did the regatta wrap up?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/May 4/);
  });

  it("reads tl;dr, semicolon and all, as asking for the summary", () => {
    const a = ask("yo tl;dr of the article?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/May 4/);
  });

  it("still splits two questions at a semicolon between words and spaces", () => {
    const a = ask("when did the regatta end; what did finch say");
    expect(a.facts).toEqual(expect.arrayContaining(["regatta-ended", "finch-improvements"]));
  });

  it("reads 'what's going on w X' as what is happening with it", () => {
    const a = ask("whats going on w the slipway permit rn");
    expect(a.answered).toBe(true);
    expect(a.facts[0]).toBe("permit-pending");
  });

  it("reads 'where is X at with Y' as asking Y's state", () => {
    const a = ask("where is the club at with its permit");
    expect(a.answered).toBe(true);
    expect(a.facts[0]).toBe("permit-pending");
  });
});

describe("an exact day asked", () => {
  it("is answered by a time that names the day", () => {
    const a = ask("what exact day did the regatta end");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/May 4/);
  });

  it("is not answered by a month, whatever its gloss in brackets says", () => {
    expect(ask("what exact day did the club apply for the permit").answered).toBe(false);
    expect(ask("when did the club apply for the permit").answered).toBe(true);
  });
});

describe("a time set by the question's own relation", () => {
  it("is a gap where the only facts are of that relation: what held before it is not said", () => {
    const a = ask("what did the club do before applying for the permit");
    expect(a.answered).toBe(false);
    expect(a.facts).toContain("permit-applied");
  });
});

describe("ordinals written in figures", () => {
  it("reads '2nd' as a plain word, as 'second' is, not as a name the article lacks", () => {
    const a = ask("what was the 2nd improvement finch said");
    expect(a.answered).toBe(true);
    expect(a.facts[0]).toBe("finch-improvements");
  });
});

describe("verbs that report speech after the speaker", () => {
  it("reads 'what did X highlight' as what X said", () => {
    const a = ask("what improvements did finch highlight");
    expect(a.answered).toBe(true);
    expect(a.facts[0]).toBe("finch-improvements");
  });

  it("does not read the verb as speech with no speaker before it", () => {
    expect(ask("highlight the regatta's end date").facts).not.toContain("finch-improvements");
  });
});

describe("questions about the article as a whole", () => {
  it("names the thing of the kind asked that the title names, for 'the X this article is about'", () => {
    const a = ask("whats the name of the race this whole article is about");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Saltmere regatta\./);
  });

  it("names it for 'the X they're talking about' too", () => {
    const a = ask("what's the name of the regatta theyre talking about");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Saltmere regatta\./);
  });

  it("leaves 'what did X talk about' to the facts", () => {
    expect(ask("what did finch talk about").text).not.toMatch(/^Saltmere regatta\./);
  });

  it("answers which of two outlets the article is from with its publisher", () => {
    const a = ask("is this article from the saltmere herald or the daily post");
    expect(a.answered).toBe(true);
    expect(a.verdict).toBeNull();
    expect(a.text).toMatch(/Saltmere Herald/);
  });
});
