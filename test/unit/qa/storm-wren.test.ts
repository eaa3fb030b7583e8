import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up release on a storm: linemen from the provinces and from abroad restore power, the premier
 * promises aid, and the work comes on top of the recovery from an earlier storm, which the release
 * mentions but is not about.
 */
const ARTICLE = [
  "Premier Backs Recovery After Storm Wren",
  "Storm Wren hit the coast of Molland on Tuesday.",
  "More than 900 linemen from 12 provinces and Norway are restoring power.",
  "Premier Lena Dahl promised that she will give Molland any emergency aid it needs.",
  "These efforts are in addition to the recovery efforts underway in the north following Storm Ash.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Premier Backs Recovery After Storm Wren"
  publisher: Molland Office of the Premier
  summary: Premier Lena Dahl backs the recovery after Storm Wren hit Molland.
types:
  - id: person
    title: People
    words: [person, official]
    person: true
  - id: place
    title: Places
    words: [place, province, region, country]
    place: true
  - id: group
    title: Groups
    words: [group]
  - id: storm
    title: Storms
    words: [storm, hurricane]
relations:
  - id: hit
    label: hit
    verbs: [hit, strike]
  - id: come-from
    label: come from
    verbs: [come]
  - id: restore
    label: restore
    verbs: [restore, repair]
  - id: said
    label: said
    verbs: [say, promise, pledge]
  - id: provide
    label: provides
    verbs: [give, provide]
  - id: helps
    label: helps
    verbs: [aid, help]
  - id: responds-to
    label: responds to
    verbs: [respond]
    nouns: [recovery]
entities:
  - id: dahl
    type: person
    name: Lena Dahl
    aliases: [Premier Lena Dahl, Premier Dahl, Dahl, the Premier]
    description: Lena Dahl is the Premier, who promised Molland any emergency aid it needs.
    evidence: Premier Lena Dahl promised that she will give Molland any emergency aid it needs.
  - id: molland
    type: place
    name: Molland
    description: Molland is the place Storm Wren hit on Tuesday.
    evidence: Storm Wren hit the coast of Molland on Tuesday.
  - id: provinces
    type: place
    name: 12 provinces
    description: Linemen have come from 12 provinces, and from Norway.
    evidence: More than 900 linemen from 12 provinces
  - id: norway
    type: place
    name: Norway
    description: Norway is one of the places the linemen come from.
    evidence: More than 900 linemen from 12 provinces and Norway
  - id: north
    type: place
    name: the north
    description: The north is where the recovery efforts after Storm Ash are underway.
    evidence: underway in the north following Storm Ash
  - id: linemen
    type: group
    name: linemen
    description: More than 900 linemen from 12 provinces and Norway are restoring power.
    evidence: More than 900 linemen from 12 provinces and Norway are restoring power.
  - id: storm-wren
    type: storm
    name: Storm Wren
    aliases: [Wren]
    description: Storm Wren is the storm that hit Molland, the subject of this release.
    evidence: Storm Wren hit the coast of Molland on Tuesday.
  - id: storm-ash
    type: storm
    name: Storm Ash
    aliases: [Ash]
    description: Storm Ash is the earlier storm after which recovery efforts are underway in the north.
    evidence: the recovery efforts underway in the north following Storm Ash
facts:
  - id: wren-hit
    relation: hit
    subject: [storm-wren]
    object: [molland]
    answer: Storm Wren hit the coast of Molland on Tuesday.
    evidence: Storm Wren hit the coast of Molland on Tuesday.
    when: on Tuesday
    question: When did Storm Wren hit?
  - id: linemen-from
    relation: come-from
    subject: [linemen]
    object: [provinces, norway]
    answer: The more than 900 linemen come from 12 provinces and Norway.
    evidence: More than 900 linemen from 12 provinces and Norway
    where: from 12 provinces and Norway
    question: Where do the linemen come from?
  - id: dahl-promised
    relation: said
    subject: [dahl]
    object: [molland]
    answer: Premier Dahl promised that she will give Molland any emergency aid it needs.
    evidence: Premier Lena Dahl promised that she will give Molland any emergency aid it needs.
    keywords: [any, emergency, needs]
    question: What did the Premier promise Molland?
  - id: ash-recovery
    relation: responds-to
    subject: [molland]
    object: [storm-ash]
    mentions: [north]
    answer: These efforts are in addition to the recovery efforts underway in the north following Storm Ash.
    evidence: These efforts are in addition to the recovery efforts underway in the north following Storm Ash.
    keywords: [efforts, underway]
    where: in the north
    question: What other storm is Molland recovering from?
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "<storm-wren>");
});

describe("from outside the country", () => {
  it("asks for another country, as from abroad does", () => {
    for (const question of ["any linemen from outside the country?", "are there linemen from abroad"]) {
      const a = engine.answer(question);
      expect(a.answered, question).toBe(true);
      expect(a.text, question).toMatch(/Norway/);
    }
  });
});

describe("whether the article is about a name", () => {
  it("is no where its title names another of that name's like", () => {
    const a = engine.answer("is this release about storm ash");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/Storm Wren is the storm/);
    expect(a.text).toMatch(/Storm Ash/);
  });

  it("is yes for the one its title names", () => {
    expect(engine.answer("is this release about storm wren").verdict).toBe("yes");
    // "Story", a word no fact uses, still names the article.
    expect(engine.answer("is this story about storm wren").verdict).toBe("yes");
  });
});

describe("a name right after a verb", () => {
  it("is what the verb takes, though a later word may be read as a verb", () => {
    const a = engine.answer("does dahl say she'll give molland whatever emergency aid it needs");
    expect(a.verdict).toBe("yes");
  });
});

describe("a kind qualified as a description words it", () => {
  it("names the one entity so described", () => {
    const a = engine.answer("which earlier storm is mentioned");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Storm Ash/);
  });

  it('lets "those" before a noun in a follow-up point back at the name asked before', () => {
    const first = engine.converse("tell me about storm ash", undefined);
    const a = engine.converse("where are those efforts happening", first.turn).answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/in the north/);
  });

  it('lets "those" in the next part point back at it', () => {
    const a = engine.answer("which earlier storm is mentioned and where are those efforts happening");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/in the north/);
  });
});
