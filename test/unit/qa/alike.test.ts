import { beforeAll, describe, expect, it } from "vitest";
import { english } from "../../../src/qa/lang/en.js";
import { russian } from "../../../src/qa/lang/ru.js";
import type { Engine } from "../../../src/qa/types.js";
import { asksSame } from "../../../src/qa/verdict.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article for questions asking whether two names fare alike: a city lends books to two
 * schools and maps to a third; one school has joined its reading scheme, another's entry is still
 * being reviewed.
 */
const ARTICLE = [
  "The city of Marlow lends books to North School and South School.",
  "It lends maps to East School.",
  "North School has joined the city's reading scheme.",
  "The entry of West School into the scheme is still being reviewed.",
  "The city's new library opened on May 4, 2015.",
  "North School could have borrowed up to 500 books.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Marlow lends to its schools"
  publisher: Marlow Post
  summary: What the city of Marlow lends to its schools.
types:
  - id: city
    title: Cities
    words: [city, town]
  - id: school
    title: Schools
    words: [school]
  - id: thing
    title: Things
relations:
  - id: lends
    label: lends
    verbs: [lend, give, send]
    inverseVerbs: [get, receive, borrow]
  - id: joined
    label: joined
    verbs: [join]
    nouns: [entry]
  - id: under-review
    label: is under review
    verbs: [review]
    nouns: [review]
  - id: opened
    label: opened
    verbs: [open]
    nouns: [opening]
entities:
  - id: marlow
    type: city
    name: Marlow
    aliases: []
    description: Marlow is the city that lends books and maps to its schools.
    evidence: The city of Marlow lends books
  - id: north
    type: school
    name: North School
    aliases: [North]
    description: North School is a school that borrows books from Marlow.
    evidence: North School has joined
  - id: south
    type: school
    name: South School
    aliases: [South]
    description: South School is a school that borrows books from Marlow.
    evidence: North School and South School
  - id: east
    type: school
    name: East School
    aliases: [East]
    description: East School is a school that borrows maps from Marlow.
    evidence: It lends maps to East School.
  - id: west
    type: school
    name: West School
    aliases: [West]
    description: West School is a school whose entry into the reading scheme is being reviewed.
    evidence: The entry of West School
  - id: books
    type: thing
    name: books
    aliases: []
    description: Books are what Marlow lends to North School and South School.
    evidence: lends books
  - id: maps
    type: thing
    name: maps
    aliases: []
    description: Maps are what Marlow lends to East School.
    evidence: It lends maps
facts:
  - id: lend-north
    relation: lends
    subject: [marlow]
    object: [north]
    mentions: [books]
    answer: Marlow lends books to North School.
    evidence: The city of Marlow lends books to North School and South School.
    question: What does North School get?
  - id: lend-south
    relation: lends
    subject: [marlow]
    object: [south]
    mentions: [books]
    answer: Marlow lends books to South School.
    evidence: The city of Marlow lends books to North School and South School.
    question: What does South School get?
  - id: lend-east
    relation: lends
    subject: [marlow]
    object: [east]
    mentions: [maps]
    answer: Marlow lends maps to East School.
    evidence: It lends maps to East School.
    question: What does East School get?
  - id: north-joined
    relation: joined
    subject: [north]
    answer: North School has joined the city's reading scheme.
    evidence: North School has joined the city's reading scheme.
    keywords: [scheme, reading, stage, status]
    question: Which school has joined the scheme?
  - id: west-review
    relation: under-review
    subject: [west]
    answer: West School's entry into the reading scheme is still being reviewed.
    evidence: The entry of West School into the scheme is still being reviewed.
    keywords: [scheme, reading, stage, status]
    question: Where does West School's entry stand?
  - id: north-maximum
    relation: lends
    subject: [marlow]
    object: [north]
    mentions: [books]
    answer: North School could have borrowed up to 500 books from Marlow.
    evidence: North School could have borrowed up to 500 books.
    keywords: [maximum, most, limit]
    question: How many books could North School borrow?
  - id: library-opened
    relation: opened
    subject: [marlow]
    answer: Marlow's new library opened on May 4, 2015.
    evidence: The city's new library opened on May 4, 2015.
    when: May 4, 2015
    keywords: [library]
    question: When did the library open?
`;

let schools: Engine;
beforeAll(async () => {
  schools = await engineOf(KNOWLEDGE, ARTICLE, "<schools>");
});

describe("two names asked whether they fare alike", () => {
  it("answers yes where the facts of each give the same things", () => {
    const a = schools.answer("does south school get the same as north school?");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/^Yes\b.*books/);
  });

  it("answers no where they give other things, showing both", () => {
    const a = schools.answer("does east school get the same as north school?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/maps/);
    expect(a.text).toMatch(/books/);
  });

  it("answers no where each name's fact is of another relation", () => {
    const a = schools.answer("is west school at the same stage as north school?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/review/);
  });

  it("leaves a question with no phrase of sameness to the ordinary verdict", () => {
    expect(schools.answer("does east school get books?").verdict).toBe("no");
  });
});

describe("a phrase of sameness", () => {
  const words = (text: string) => text.split(" ");
  it("keeps a Russian question yes/no when its question word only joins the compared name", () => {
    expect(
      asksSame({ words: words("киргизия получает то же что и казахстан"), asked: "what" }, russian),
    ).toEqual({
      yesNo: true,
    });
    expect(asksSame({ words: words("что получает a то же что и b"), asked: "what" }, russian)?.yesNo).toBe(
      false,
    );
    expect(asksSame({ words: words("a и b одно и то же получают"), asked: "yesno" }, russian)?.yesNo).toBe(
      true,
    );
    expect(asksSame({ words: words("does a get the same as b"), asked: "yesno" }, english)?.yesNo).toBe(true);
    expect(asksSame({ words: words("does a get books"), asked: "yesno" }, english)).toBeUndefined();
  });
});

describe("a thing asked as given to one party", () => {
  it("answers no where the facts that place the thing give it to another", () => {
    const a = schools.answer("are the maps going to north school?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\b.*East School/);
  });

  it("leaves the ordinary verdict where the party has the thing", () => {
    expect(schools.answer("are the maps going to east school?").verdict).toBe("yes");
  });
});

describe("a time asked of a relation's noun, with no name", () => {
  it("answers no with the one dated fact of the relation where the year differs", () => {
    const a = schools.answer("wait, was the opening in 2014?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\b.*2015/);
  });

  it("answers yes where it agrees", () => {
    expect(schools.answer("was the opening in 2015?").verdict).toBe("yes");
  });
});

describe("what was possible against what happened", () => {
  it("answers no where the fact saying yes only tells what could have been", () => {
    const a = schools.answer("did north school get the maximum of books?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\. Marlow lends books to North School\./);
  });
});

describe("a verb no fact uses, right after the name", () => {
  it("leaves the question undecided, whatever else the facts say of the name", () => {
    const a = schools.answer("did north school return the books?");
    expect(a.verdict).not.toBe("yes");
    expect(a.answered).toBe(false);
  });
});
