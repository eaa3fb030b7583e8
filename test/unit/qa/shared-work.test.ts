import { describe, expect, it } from "vitest";
import type { Knowledge } from "../../../src/knowledge/schema.js";
import { buildFactIndex } from "../../../src/qa/fact-index.js";
import { buildItems } from "../../../src/qa/items.js";
import { english } from "../../../src/qa/lang/en.js";
import { buildLexicon, inPhrase } from "../../../src/qa/lexicon.js";
import { foldingOnce, normaliseText } from "../../../src/text/normalise.js";
import { parseWithArticle } from "../../support/knowledge.js";

/**
 * Work the engine shares between the steps that read one question, and between the indexes of one
 * build: what is remembered or skipped must read exactly as the work done afresh.
 */

describe("folding a text remembered between the steps of a question", () => {
  const long = "Hey, who's running the Wexmoor ferry these days?? Asking because the timetable isn't up!";

  it("folds a long text the same the first time and every time after", () => {
    const first = normaliseText(long);
    expect(first).toBe(
      "hey who is running the wexmoor ferry these days asking because the timetable is not up",
    );
    expect(normaliseText(long)).toBe(first);
    expect(normaliseText(`${long} `)).toBe(first);
  });

  it("folds each of more long texts than it remembers as it would alone", () => {
    const texts = Array.from(
      { length: 20 },
      (_, i) => `Ferry number ${i} leaves Dunholt at ${i + 1} o'clock, sharp.`,
    );
    const once = texts.map((t) => normaliseText(t));
    for (let round = 0; round < 3; round++)
      for (const [i, t] of texts.entries()) expect(normaliseText(t)).toBe(once[i]);
    expect(once[3]).toBe("ferry number 3 leaves dunholt at 4 o clock sharp");
  });

  it("folds punctuation away in plain ASCII as in text with other letters", () => {
    expect(normaliseText("Tarn's (new) pier; built 2019--2021 & paid for: $4m!")).toBe(
      "tarn new pier built 2019 2021 paid for 4m",
    );
    expect(normaliseText("Café Zürich — naïve «pier», built ½ way")).toBe(
      "cafe zurich naive pier built 1 2 way",
    );
  });
});

/** A made-up ferry line: one fact denies in a clause, the others deny nothing. */
const ARTICLE = [
  "The Wexmoor ferry does not stop at Dunholt, but it calls at Orrin Quay.",
  "The Wexmoor ferry carries cars and bicycles.",
  "Harbour master Ada Kell runs the Wexmoor ferry.",
].join("\n");

const KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "The Wexmoor ferry"
  publisher: Coast Gazette
  summary: The Wexmoor ferry calls at Orrin Quay and carries cars.
types:
  - id: vessel
    title: Vessels
    words: [ferry]
  - id: place
    title: Places
    words: [port, quay]
  - id: person
    title: People
    person: true
relations:
  - id: calls-at
    label: calls at
    verbs: [call at, stop at]
  - id: carries
    label: carries
    verbs: [carry, take]
  - id: runs
    label: runs
    verbs: [run, operate]
entities:
  - id: ferry
    type: vessel
    name: Wexmoor ferry
    description: The Wexmoor ferry carries cars and bicycles.
    evidence: The Wexmoor ferry carries cars
  - id: dunholt
    type: place
    name: Dunholt
    description: The Wexmoor ferry does not stop at Dunholt.
    evidence: does not stop at Dunholt
  - id: orrin
    type: place
    name: Orrin Quay
    description: The Wexmoor ferry calls at Orrin Quay.
    evidence: it calls at Orrin Quay
  - id: kell
    type: person
    name: Ada Kell
    description: Ada Kell is the harbour master who runs the Wexmoor ferry.
    evidence: Harbour master Ada Kell
facts:
  - id: stops
    subject: [ferry]
    relation: calls-at
    object: [orrin]
    mentions: [dunholt]
    answer: The Wexmoor ferry does not stop at Dunholt, but it calls at Orrin Quay.
    evidence: The Wexmoor ferry does not stop at Dunholt
    question: Where does the Wexmoor ferry call?
  - id: cargo
    subject: [ferry]
    relation: carries
    answer: The Wexmoor ferry carries cars and bicycles.
    evidence: The Wexmoor ferry carries cars and bicycles.
    question: What does the Wexmoor ferry carry?
  - id: master
    subject: [kell]
    relation: runs
    object: [ferry]
    answer: Harbour master Ada Kell runs the Wexmoor ferry.
    evidence: Harbour master Ada Kell runs the Wexmoor ferry.
    question: Who runs the Wexmoor ferry?
`;

async function ferry(): Promise<Knowledge> {
  const loaded = await parseWithArticle(KNOWLEDGE, ARTICLE);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("; "));
  return loaded.knowledge;
}

describe("the indexes of one build", () => {
  it("reads a denied clause where a denial opens, and finds none where no word opens one", async () => {
    const knowledge = await ferry();
    const items = foldingOnce(() => buildItems(knowledge, buildLexicon(knowledge, english), english));
    const byId = new Map(items.map((i) => [i.id, i]));
    // "does not stop at Dunholt": what only the denied clause says; "calls at Orrin Quay" is said.
    expect([...(byId.get("stops")?.negated ?? [])]).toEqual(expect.arrayContaining(["dunholt"]));
    expect(byId.get("stops")?.negated.has("orrin")).toBe(false);
    expect(byId.get("cargo")?.negated.size).toBe(0);
    expect(byId.get("master")?.negated.size).toBe(0);
  });

  it("keeps the words that run together in the texts, for every word met", async () => {
    const knowledge = await ferry();
    const lexicon = foldingOnce(() => buildLexicon(knowledge, english));
    expect(lexicon.vocabulary.has("bicycles")).toBe(true);
    expect(lexicon.vocabulary.has("harbour")).toBe(true);
    // "harbour master" runs together in the article; "master harbour" nowhere.
    expect(inPhrase(["harbour", "master"], 1, lexicon, () => true)).toBe(true);
    expect(inPhrase(["master", "harbour"], 1, lexicon, () => true)).toBe(false);
  });

  it("posts each item under its entities, its relation and its concepts", async () => {
    const knowledge = await ferry();
    const items = foldingOnce(() => buildItems(knowledge, buildLexicon(knowledge, english), english));
    const index = buildFactIndex(items);
    const at = (id: string) => items.findIndex((i) => i.id === id);
    expect(index.naming("kell")).toContain(at("master"));
    expect(index.naming("dunholt")).toContain(at("stops"));
    expect(index.stating("carries")).toEqual([at("cargo")]);
    expect(index.stating("sails")).toEqual([]);
    // "ferry" is in every item; "bicycl" in the fact and the ferry's description alone.
    expect(index.rarity("bicycl")).toBeGreaterThan(index.rarity("ferri"));
    expect(index.rarity("nowhere")).toBe(0);
  });
});
