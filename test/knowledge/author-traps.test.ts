import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/qa/engine.js";
import { parseWithArticle } from "../support/knowledge.js";

/**
 * A made-up release: a coastal survey series and one of its rounds, a directorate with a named
 * director, and a fair that people attended.
 */
const ARTICLE = [
  "The Coastal Integration Evaluation 7 ended on Friday at Gullhaven.",
  "Dana Reyes, director of the Tide Mapping Directorate, opened the evaluation.",
  "The Tide Mapping Directorate also runs the Gullhaven Sounding Office.",
  "About 300 people attended the harbor fair, and two boats attended the fair as well.",
  "The osprey nests on the pier.",
].join("\n");

interface Options {
  outside?: string;
  reyesAliases?: string;
  personWords?: string;
  fairQuantity?: string;
  boatsFirst?: boolean;
  nestsSides?: string;
}

const knowledge = (o: Options = {}) => {
  const people = `
  - id: people-at-fair
    relation: attended
    subject: [visitors]
    object: [harbor-fair]
    answer: About 300 people attended the harbor fair.
    evidence: About 300 people attended the harbor fair
    quantity: ${o.fairQuantity ?? "about 300"}
    question: How many people attended the harbor fair?`;
  const boats = `
  - id: boats-at-fair
    relation: attended
    subject: [boats]
    object: [harbor-fair]
    answer: Two boats attended the fair as well.
    evidence: two boats attended the fair as well
    quantity: two boats
    question: How many boats attended the fair?`;
  return `
version: 1
article:
  file: article.txt
  title: "Coastal survey news"
  publisher: Harbor Wire
  summary: The Coastal Integration Evaluation 7 ended at Gullhaven, and people attended the harbor fair.
types:
  - id: person
    title: People
    words: ${o.personWords ?? "[person]"}
    person: true
  - id: body
    title: Bodies
    words: [office, body]
  - id: event
    title: Events
    words: [event, fair]
  - id: thing
    title: Things
    words: [thing]
outside: ${o.outside ?? "[]"}
relations:
  - id: ended
    label: ended
    verbs: [end, finish]
  - id: heads
    label: heads
    verbs: [lead]
    nouns: [head]
  - id: runs
    label: runs
    verbs: [run, operate]
  - id: attended
    label: attended
    verbs: [attend, visit]
  - id: nests
    label: nests on
    verbs: [nest]
entities:
  - id: cie-7
    type: event
    name: Coastal Integration Evaluation 7
    aliases: [CIE 7, CIE, CIEs, Coastal Integration Evaluations]
    description: The Coastal Integration Evaluation 7 ended on Friday at Gullhaven.
    evidence: The Coastal Integration Evaluation 7 ended on Friday at Gullhaven.
  - id: tmd
    type: body
    name: Tide Mapping Directorate
    aliases: [TMD]
    description: The Tide Mapping Directorate runs the Gullhaven Sounding Office.
    evidence: The Tide Mapping Directorate also runs the Gullhaven Sounding Office.
  - id: dana-reyes
    type: person
    name: Dana Reyes
    aliases: ${o.reyesAliases ?? "[Reyes]"}
    description: Dana Reyes is director of the Tide Mapping Directorate.
    evidence: Dana Reyes, director of the Tide Mapping Directorate
  - id: sounding-office
    type: body
    name: Gullhaven Sounding Office
    description: The office the Tide Mapping Directorate runs.
    evidence: the Gullhaven Sounding Office
  - id: harbor-fair
    type: event
    name: harbor fair
    description: The harbor fair at Gullhaven.
    evidence: the harbor fair
  - id: visitors
    type: thing
    name: fair visitors
    description: The visitors of the harbor fair.
    evidence: About 300 people attended the harbor fair
  - id: boats
    type: thing
    name: visiting boats
    description: The boats that attended the fair.
    evidence: two boats attended the fair as well
  - id: osprey
    type: thing
    name: osprey
    description: The osprey nests on the pier.
    evidence: The osprey nests on the pier.
  - id: pier
    type: thing
    name: pier
    description: The pier the osprey nests on.
    evidence: The osprey nests on the pier.
facts:
  - id: cie-ended
    relation: ended
    subject: [cie-7]
    answer: The Coastal Integration Evaluation 7 ended on Friday at Gullhaven.
    evidence: The Coastal Integration Evaluation 7 ended on Friday at Gullhaven.
    question: When did CIE 7 end?
  - id: reyes-heads
    relation: heads
    subject: [dana-reyes]
    object: [tmd]
    answer: Dana Reyes is director of the Tide Mapping Directorate.
    evidence: Dana Reyes, director of the Tide Mapping Directorate
    keywords: [director]
    question: Who is the director of the Tide Mapping Directorate?
  - id: tmd-runs-office
    relation: runs
    subject: [tmd]
    object: [sounding-office]
    answer: The Tide Mapping Directorate runs the Gullhaven Sounding Office.
    evidence: The Tide Mapping Directorate also runs the Gullhaven Sounding Office.
    question: What does the Tide Mapping Directorate run?
${o.boatsFirst ? boats + people : people + boats}
  - id: osprey-nests
    relation: nests
    ${o.nestsSides ?? "subject: [osprey]\n    object: [pier]"}
    answer: The osprey nests on the pier.
    evidence: The osprey nests on the pier.
    question: Where does the osprey nest?
`;
};

async function load(o: Options = {}) {
  const result = await parseWithArticle(knowledge(o), ARTICLE);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.where}: ${e.message}`).join("\n"));
  return result;
}

async function warningsOf(o: Options = {}): Promise<string[]> {
  const result = await load(o);
  return (result.warnings?.() ?? []).map((w) => `${w.where}: ${w.message}`);
}

async function answer(o: Options, question: string) {
  const result = await load(o);
  return createEngine(result.knowledge).answer(question);
}

describe("a name's word that stems like the noun of whoever does it", () => {
  it("suggests each noun once, after the entity's shortest name, and not after a name holding the word", async () => {
    const warnings = (await warningsOf()).filter((w) => w.startsWith("entities[0]"));
    expect(warnings).toHaveLength(1);
    const [warning = ""] = warnings;
    expect(warning).toMatch(/'integration' in .* like 'integrator', 'evaluation' in .* like 'evaluator'/);
    expect(warning).toMatch(/list under 'outside' 'CIE integrator'.*list under 'outside' 'CIE evaluator'/);
    // "Evaluations" is "evaluation" again: one noun, told once.
    expect(warning.match(/'evaluator'/g)?.length).toBe(2);
    expect(warning).not.toMatch(/Evaluation 7 integrator|Evaluations evaluator/);
  });

  it("is silenced by listing the phrases it suggests under 'outside', which the engine then refuses", async () => {
    const options = { outside: "[CIE integrator, CIE evaluator]" };
    const warnings = await warningsOf(options);
    expect(warnings.some((w) => w.startsWith("entities[0]"))).toBe(false);
    const refused = await answer(options, "Who is the CIE evaluator?");
    expect(refused.answered).toBe(false);
    expect(refused.text).toMatch(/does not mention CIE evaluator/);
    // Without the entry, the noun is read as part of the name, and the event itself answers.
    const widened = await answer({}, "Who is the CIE evaluator?");
    expect(widened.facts).toContain("cie-7");
  });

  it("tells the holder the article names to take the phrase as an alias, and is silenced by it", async () => {
    const warning = (await warningsOf()).find((w) => w.startsWith("entities[1]")) ?? "";
    expect(warning).toMatch(
      /The article names a director of it, 'dana-reyes' \(fact 'reyes-heads'\): give 'dana-reyes' the alias 'TMD director'/,
    );
    const options = { reyesAliases: "[Reyes, TMD director]" };
    expect((await warningsOf(options)).some((w) => w.startsWith("entities[1]"))).toBe(false);
    const held = await answer(options, "Who is the TMD director?");
    expect(held.text).toMatch(/^Dana Reyes is director/);
  });
});

describe("a kind's word that the article counts", () => {
  it("warns where the fact's quantity does not count the word, and stops when it does", async () => {
    const warned = await warningsOf({ personWords: "[person, people]" });
    expect(warned).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^types\[0\]\.words\[1\] \(line \d+\): kind word 'people' follows a figure in fact 'people-at-fair' \('300 people'\)\. A question "how many people \.\.\." asks for a count of kind 'person', and is answered with a count of the entities of kind 'person' the facts name/,
        ),
      ]),
    );
    // What the warning says: the count of persons answers, not the figure.
    const counted = await answer({ personWords: "[person, people]" }, "How many people attended the fair?");
    expect(counted.text).not.toMatch(/300/);
    const fixed = { personWords: "[person, people]", fairQuantity: "about 300 people" };
    expect((await warningsOf(fixed)).some((w) => w.includes("kind word"))).toBe(false);
    expect((await answer(fixed, "How many people attended the fair?")).text).toMatch(/300 people/);
  });

  it("answers the figure that counts the kind wherever its fact stands, with nothing to warn of", async () => {
    const options = { personWords: "[person, people]", fairQuantity: "about 300 people", boatsFirst: true };
    expect((await warningsOf(options)).some((w) => w.includes("kind word"))).toBe(false);
    expect((await answer(options, "How many people attended the fair?")).text).toMatch(/300 people/);
  });

  it("tells of the words the language gives the kind of person ('officials'), which no kind lists", async () => {
    const warnings = await warningsOf();
    expect(warnings.some((w) => w.includes("kind word 'people'"))).toBe(false);
    const text = knowledge().replace(
      "About 300 people attended the harbor fair.",
      "About 300 officials attended the harbor fair.",
    );
    const result = await parseWithArticle(text, ARTICLE);
    expect(result.ok).toBe(true);
    const messages = result.ok ? (result.warnings?.() ?? []).map((w) => `${w.where}: ${w.message}`) : [];
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^facts\[\d+\]\.answer \(line \d+\): kind word 'officials' follows a figure in fact 'people-at-fair'.*language's own words for someone in a role/,
        ),
      ]),
    );
  });
});

describe("one entity on two sides of a fact", () => {
  it.each([
    [
      "subject: [osprey]\n    mentions: [osprey]",
      /^facts\[\d+\]\.mentions\[0\].*entity 'osprey' is both 'subject' and 'mentions' of fact 'osprey-nests'/,
    ],
    [
      "subject: [osprey]\n    object: [pier]\n    mentions: [pier]",
      /^facts\[\d+\]\.mentions\[0\].*entity 'pier' is both 'object' and 'mentions' of fact 'osprey-nests'/,
    ],
    [
      "subject: [osprey, pier]\n    object: [pier]",
      /^facts\[\d+\]\.object\[0\].*entity 'pier' is both 'subject' and 'object' of fact 'osprey-nests'/,
    ],
  ])("warns, naming the fact and the entity (%s)", async (sides, message) => {
    const warnings = await warningsOf({ nestsSides: sides });
    expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it("says nothing of a fact whose lists are apart", async () => {
    expect((await warningsOf()).some((w) => w.includes("is both"))).toBe(false);
  });
});
