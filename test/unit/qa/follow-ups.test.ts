import { beforeAll, describe, expect, it } from "vitest";
import type { Answer, Engine } from "../../../src/qa/types.js";
import { converseAll } from "../../support/conversation.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about bridges in three villages, apart from any real one: who waits for what, and
 * statements whose time or place is either when and where they were made or part of what was said.
 */
const ARTICLE = [
  "Speaking at a council meeting, Mayor Jane Holt said that a new library in the old mill district will help families.",
  "On Friday, councillor Sam Ortiz said the bridge repairs were behind schedule.",
  "Oakford and Elmstead are still waiting for approval of their bridge plans.",
  "Brookfield has already approved its bridge plan.",
  "Valley Courier",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Bridges and a library for the valley"
  publisher: Valley Courier
  summary: Three villages' bridge plans, and what the mayor and a councillor said.
types:
  - id: village
    title: Villages
    words: [village, villages, town]
    place: true
  - id: person
    title: People
    words: [person, people, official]
    person: true
  - id: venue
    title: Venues
    words: [meeting]
  - id: thing
    title: Things
    words: [building]
  - id: publication
    title: Publications
    words: [newspaper, paper]
relations:
  - id: said
    label: said
    verbs: [say, state]
    nouns: [statement]
  - id: spoke-at
    label: spoke at
    related: [said]
    verbs: [speak]
  - id: awaits
    label: awaits approval
    verbs: [await, wait]
    nouns: [approval]
  - id: approved
    label: passed
    verbs: [pass, accept]
entities:
  - id: holt
    type: person
    name: Jane Holt
    aliases: [Holt, the mayor]
    description: Jane Holt is the mayor.
    evidence: Mayor Jane Holt
  - id: ortiz
    type: person
    name: Sam Ortiz
    aliases: [Ortiz]
    description: Sam Ortiz is a councillor.
    evidence: councillor Sam Ortiz
  - id: meeting
    type: venue
    name: the council meeting
    aliases: [council meeting]
    description: The council meeting is where Jane Holt spoke.
    evidence: Speaking at a council meeting
  - id: library
    type: thing
    name: the new library
    aliases: [library]
    description: The new library, in the old mill district, will help families, Jane Holt said.
    evidence: a new library in the old mill district
  - id: courier
    type: publication
    name: Valley Courier
    description: The Valley Courier is the newspaper that published the story.
    evidence: Valley Courier
  - id: oakford
    type: village
    name: Oakford
    description: Oakford is waiting for approval of its bridge plan.
    evidence: Oakford and Elmstead
  - id: elmstead
    type: village
    name: Elmstead
    description: Elmstead is waiting for approval of its bridge plan.
    evidence: Oakford and Elmstead
  - id: brookfield
    type: village
    name: Brookfield
    description: Brookfield has approved its bridge plan.
    evidence: Brookfield has already approved its bridge plan.
facts:
  - id: holt-library
    relation: said
    subject: [holt]
    mentions: [library]
    answer: Jane Holt said that a new library in the old mill district will help families.
    evidence: Mayor Jane Holt said that a new library in the old mill district will help families.
    where: in the old mill district
    question: What did Jane Holt say about the library?
  - id: holt-meeting
    relation: spoke-at
    subject: [holt]
    object: [meeting]
    answer: Jane Holt spoke at a council meeting.
    evidence: Speaking at a council meeting
    where: at a council meeting
    question: Where did Jane Holt speak?
  - id: ortiz-schedule
    relation: said
    subject: [ortiz]
    answer: On Friday, Sam Ortiz said the bridge repairs were behind schedule.
    evidence: On Friday, councillor Sam Ortiz said the bridge repairs were behind schedule.
    keywords: [repairs, schedule]
    when: on Friday
    question: What did Sam Ortiz say about the repairs?
  - id: waiting
    relation: awaits
    subject: [oakford, elmstead]
    answer: Oakford and Elmstead are still waiting for approval of their bridge plans.
    evidence: Oakford and Elmstead are still waiting for approval of their bridge plans.
    keywords: [bridge, plans, still]
    question: Which villages are waiting for approval?
  - id: brookfield-approved
    relation: approved
    subject: [brookfield]
    answer: Brookfield has already approved its bridge plan.
    evidence: Brookfield has already approved its bridge plan.
    keywords: [bridge, plan, already]
    question: Which village has approved its bridge plan?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "<bridges>");
});

const conversation = (...questions: string[]): Answer[] => converseAll(engine, ...questions);

describe("'other' in a follow-up", () => {
  it("asks which others of the kind the previous answer names, beside the name asked before", () => {
    const [, second] = conversation("is oakford waiting for approval", "what other village is like that");
    expect(second?.answered).toBe(true);
    expect(second?.text).toMatch(/^According to the article: Elmstead\./);
    expect(second?.text).not.toMatch(/Brookfield/);
  });

  it("remembers the others it named, so a pronoun after it stands for them", () => {
    const [, , third] = conversation(
      "does elmstead await approval",
      "any other village?",
      "is it still waiting?",
    );
    expect(third?.text).toMatch(/Oakford/);
  });

  it("leaves the name asked before out when the question says what the other one does", () => {
    const [, second] = conversation("who is jane holt", "which other official made a statement?");
    expect(second?.text).toMatch(/Sam Ortiz said/);
    expect(second?.text).not.toMatch(/Jane Holt said/);
  });

  it("does not repeat the previous answer's own list as its others", () => {
    const [, second] = conversation("which villages are waiting for approval", "which other villages?");
    expect(second?.text).not.toMatch(/^According to the article: Oakford and Elmstead/);
  });
});

describe("when and where a statement was made", () => {
  it("does not take a place inside what was said for where it was said", () => {
    const [, second] = conversation("what did the mayor say", "where did she say it?");
    expect(second?.text).toMatch(/council meeting/);
    expect(second?.text).not.toMatch(/According to the article: in the old mill district/);
  });

  it("still gives that place to a question about the thing itself", () => {
    const [answer] = conversation("where will the new library be?");
    expect(answer?.text).toMatch(/^According to the article: in the old mill district/);
  });

  it("keeps a time said before the verb of saying as when the statement was made", () => {
    const [, second] = conversation("what did ortiz say", "when did he state that?");
    expect(second?.text).toMatch(/^According to the article: on Friday/);
  });
});

describe("the article's publisher", () => {
  it("answers a question asking the publisher's kind of the article itself, whatever its verb", () => {
    const [answer] = conversation("what newspaper put out this story?");
    expect(answer?.answered).toBe(true);
    expect(answer?.text).toMatch(/Valley Courier/);
  });
});
