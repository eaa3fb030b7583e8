import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article about two officials touring a harbor festival: who toured and what they said, a
 * series of festivals held since a year, crews that took part in person and sailors who joined by a
 * video link, and an end date but no start date.
 */
const ARTICLE = [
  "Mayor Lena Ortiz and Deputy Governor Paul Reyes toured the Brookfield Harbor Festival to meet crews.",
  "The festival ended June 4.",
  "As the town's sixth such festival since 2012, this festival expanded into crews testing many sailing and rowing boats, rather than focusing on a few racing boats.",
  "About 900 crew members from the Rowing Club took part, and more than 60 sailors from four towns joined through a video link.",
  "Reyes, who has been involved in the festivals since they began, said a key lesson from the tour was a better sense of how to keep crews safe.",
  "Captain Mara Lind guided Ortiz and Reyes during the tour.",
  "With a focus on safety at sea, the festival held drills every day.",
  "The number of boats entered in the festival also increased sharply.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Officials tour the Brookfield Harbor Festival"
  publisher: Brookfield Courier
  summary: Mayor Lena Ortiz and Deputy Governor Paul Reyes toured the Brookfield Harbor Festival.
types:
  - id: person
    title: People
    words: [person, official]
    person: true
  - id: event
    title: Events
    words: [event]
  - id: group
    title: Groups
    words: [group]
  - id: boat
    title: Boats
    words: [boat, boats]
relations:
  - id: toured
    label: toured
    verbs: [tour, visit]
    nouns: [tour, visit]
  - id: guided
    label: guided
    verbs: [guide, escort]
  - id: took-part
    label: took part in
    verbs: [take part, join, participate]
  - id: involved-in
    label: is involved in
    verbs: [involve]
  - id: begins
    label: begins
    verbs: [begin, start]
  - id: ended
    label: ended
    verbs: [end, finish]
  - id: changed
    label: changed
    verbs: [expand, change]
  - id: said
    label: said
    verbs: [say]
  - id: aims
    label: aims at
    nouns: [focus, aim]
synonyms:
  - [begin, start]
entities:
  - id: ortiz
    type: person
    name: Lena Ortiz
    aliases: [Ortiz, Mayor Ortiz]
    description: Lena Ortiz is the mayor; she toured the Brookfield Harbor Festival.
    evidence: Mayor Lena Ortiz
  - id: reyes
    type: person
    name: Paul Reyes
    aliases: [Reyes]
    description: Paul Reyes is the deputy governor; he toured the Brookfield Harbor Festival.
    evidence: Deputy Governor Paul Reyes
  - id: lind
    type: person
    name: Mara Lind
    aliases: [Lind, Captain Lind]
    description: Captain Mara Lind guided Ortiz and Reyes during the tour.
    evidence: Captain Mara Lind
  - id: festival
    type: event
    name: Brookfield Harbor Festival
    aliases: [the festival]
    description: The Brookfield Harbor Festival ended June 4; it was the town's sixth such festival since 2012.
    evidence: The festival ended June 4.
  - id: festivals
    type: event
    name: harbor festival series
    aliases: [the festival series, festival series]
    description: The town has held such festivals since 2012.
    evidence: the town's sixth such festival since 2012
  - id: crews
    type: group
    name: crew members
    aliases: [crews, the crews]
    description: About 900 crew members from the Rowing Club took part in the festival.
    evidence: About 900 crew members from the Rowing Club
  - id: sailors
    type: group
    name: sailors
    aliases: [the sailors]
    description: More than 60 sailors from four towns joined through a video link.
    evidence: more than 60 sailors from four towns
  - id: racing-boats
    type: boat
    name: racing boats
    description: Racing boats were what earlier festivals focused on.
    evidence: a few racing boats
facts:
  - id: tour
    relation: toured
    subject: [ortiz, reyes]
    object: [festival]
    answer: Mayor Lena Ortiz and Deputy Governor Paul Reyes toured the Brookfield Harbor Festival to meet crews.
    evidence: Mayor Lena Ortiz and Deputy Governor Paul Reyes toured the Brookfield Harbor Festival to meet crews.
    question: Who toured the festival?
  - id: guided
    relation: guided
    subject: [lind]
    object: [ortiz, reyes]
    answer: Captain Mara Lind guided Ortiz and Reyes during the tour.
    evidence: Captain Mara Lind guided Ortiz and Reyes during the tour.
    question: Who guided the officials?
  - id: ended
    relation: ended
    subject: [festival]
    answer: The festival ended June 4.
    evidence: The festival ended June 4.
    when: June 4
    question: When did the festival end?
  - id: since-2012
    relation: begins
    subject: [festivals]
    answer: The town has held such festivals since 2012; this was the sixth.
    evidence: the town's sixth such festival since 2012
    when: since 2012
    question: Since when has the town held the festivals?
  - id: expanded
    relation: changed
    subject: [festival]
    mentions: [racing-boats]
    answer: >-
      The festival expanded into crews testing many sailing and rowing boats, rather than focusing on a few
      racing boats.
    evidence: >-
      this festival expanded into crews testing many sailing and rowing boats, rather than focusing on a few
      racing boats
    question: How did the festival change?
  - id: crews-took-part
    relation: took-part
    subject: [crews]
    object: [festival]
    answer: About 900 crew members from the Rowing Club took part in the festival.
    evidence: About 900 crew members from the Rowing Club took part
    quantity: about 900 crew members
    keywords: [people]
    question: How many crew members took part?
  - id: sailors-joined
    relation: took-part
    subject: [sailors]
    object: [festival]
    answer: More than 60 sailors from four towns joined the festival through a video link.
    evidence: more than 60 sailors from four towns joined through a video link
    quantity: more than 60 sailors
    keywords: [people]
    question: How did the sailors take part?
  - id: reyes-involved
    relation: involved-in
    subject: [reyes]
    object: [festivals, festival]
    answer: Reyes has been involved in the festivals since they began.
    evidence: Reyes, who has been involved in the festivals since they began
    when: since the festivals began
    question: How long has Reyes been involved?
  - id: safety-focus
    relation: aims
    subject: [festival]
    answer: The festival focused on safety at sea, with drills every day.
    evidence: With a focus on safety at sea, the festival held drills every day.
    question: What did the festival focus on?
  - id: boats-increased
    relation: changed
    subject: [festival]
    answer: The number of boats entered in the festival increased sharply.
    evidence: The number of boats entered in the festival also increased sharply.
    question: Did more boats enter?
  - id: lesson
    relation: said
    subject: [reyes]
    answer: Reyes said a key lesson from the tour was a better sense of how to keep crews safe.
    evidence: said a key lesson from the tour was a better sense of how to keep crews safe
    keywords: [lesson]
    question: What was Reyes's key lesson?
`;

describe("questions about people, times and what changed, on a made-up festival", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOf(KNOWLEDGE, ARTICLE, "<harbor-festival>");
  });

  it("answers the thing a person's words are asked for, not the noun that says which occasion", () => {
    const a = engine.answer("what was reyes's key lesson from the tour");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/keep crews safe/);
  });

  it("reads a clause of time after the question's own verb as the time asked, not its relation", () => {
    const a = engine.answer("has reyes been involved with the festival series since it started?");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/since they began/);
  });

  it("leaves out a guess at the answer that ends on an open alternative", () => {
    const a = engine.answer("how did the sailors take part, were they physically there or what");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/video link/);
    expect(a.text).not.toMatch(/does not say/);
  });

  it('reads "ppl" as people', () => {
    const a = engine.answer("how did the sailors ppl take part");
    expect(a.text).not.toMatch(/does not mention/);
  });

  it("does not give the time of another act for a start no fact tells", () => {
    const a = engine.answer("when did the brookfield harbor festival start");
    expect(a.answered).toBe(false);
    expect(engine.answer("when did the festival end").text).toMatch(/June 4/);
  });

  it("says no where the fact denies, in a clause of its own, what the question asks", () => {
    const a = engine.answer("did the festival just focus on a few racing boats like before?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/rather than focusing/);
  });

  it("compares a figure the fact says changed with the change asked, with no name to go by", () => {
    const lower = engine.answer("was the number of boats entered lower than before?");
    expect(lower.verdict).toBe("no");
    expect(lower.text).toMatch(/increased sharply/);
    expect(engine.answer("was the number of boats entered higher than before?").verdict).toBe("yes");
  });

  it("answers who a description with a figure stands for, when it names several", () => {
    for (const question of [
      "who were the 2 officials that toured",
      "who were the officials that toured",
      "who were the 2 big shots that toured",
    ]) {
      const a = engine.answer(question);
      expect(a.answered, question).toBe(true);
      expect(a.text, question).toMatch(/Ortiz and Deputy Governor Paul Reyes/);
    }
  });

  it("gives no count of people doing what no fact tells", () => {
    expect(engine.answer("how many people sleep at the festival").answered).toBe(false);
  });
});
