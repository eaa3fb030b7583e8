import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { americanSpelling, isSpellingVariant } from "../../../src/text/variants.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article written in American spelling (a defense center, a labor organization, a license)
 * and one written in British spelling (a defence centre, a labour organisation, a licence): each is
 * asked in the other's spelling.
 */
const american = {
  article: [
    "The Dorn Defense Center trains harbor pilots.",
    "The Pilots Labor Organization granted the center a license to run a training program.",
  ].join("\n"),
  words: {
    defense: "Defense",
    center: "Center",
    labor: "Labor",
    organization: "Organization",
    license: "license",
    program: "program",
    harbor: "harbor",
  },
};
const british = {
  article: [
    "The Dorn Defence Centre trains harbour pilots.",
    "The Pilots Labour Organisation granted the centre a licence to run a training programme.",
  ].join("\n"),
  words: {
    defense: "Defence",
    center: "Centre",
    labor: "Labour",
    organization: "Organisation",
    license: "licence",
    program: "programme",
    harbor: "harbour",
  },
};

const knowledge = (w: typeof american.words) => `
version: 1
article:
  file: article.txt
  title: "A pilots' school gets its ${w.license}"
  publisher: Harbor Notes
  summary: The Dorn ${w.defense} ${w.center} trains pilots under a ${w.license}.
types:
  - id: body
    title: Bodies
    words: [body, bodies]
relations:
  - id: trains
    label: trains
    verbs: [train]
  - id: grants
    label: granted
    verbs: [grant, give]
entities:
  - id: dorn
    type: body
    name: the Dorn ${w.defense} ${w.center}
    aliases: [Dorn ${w.defense} ${w.center}]
    description: The Dorn ${w.defense} ${w.center} trains ${w.harbor} pilots.
    evidence: The Dorn ${w.defense} ${w.center} trains ${w.harbor} pilots.
  - id: guild
    type: body
    name: the Pilots ${w.labor} ${w.organization}
    aliases: [Pilots ${w.labor} ${w.organization}]
    description: The Pilots ${w.labor} ${w.organization} granted the ${w.center.toLowerCase()} its ${w.license}.
    evidence: The Pilots ${w.labor} ${w.organization} granted the ${w.center.toLowerCase()}
facts:
  - id: trains-pilots
    relation: trains
    subject: [dorn]
    answer: The Dorn ${w.defense} ${w.center} trains ${w.harbor} pilots.
    evidence: The Dorn ${w.defense} ${w.center} trains ${w.harbor} pilots.
    keywords: [pilots, ${w.harbor}]
    question: Who does the ${w.center.toLowerCase()} train?
  - id: granted-license
    relation: grants
    subject: [guild]
    object: [dorn]
    answer: The Pilots ${w.labor} ${w.organization} granted the ${w.center.toLowerCase()} a ${w.license} to run a training ${w.program}.
    evidence: granted the ${w.center.toLowerCase()} a ${w.license} to run a training ${w.program}.
    keywords: [${w.license}, ${w.program}]
    question: Who granted the ${w.license}?
`;

describe("British and American spellings of one word", () => {
  it("reads a British spelling as the American one, and leaves other words alone", () => {
    expect(americanSpelling("organisation")).toBe("organization");
    expect(americanSpelling("centre")).toBe("center");
    expect(americanSpelling("defence")).toBe("defense");
    expect(americanSpelling("licence")).toBe("license");
    expect(americanSpelling("labour")).toBe("labor");
    expect(americanSpelling("programme")).toBe("program");
    for (const word of ["tour", "four", "acre", "advise", "fence", "ogre"])
      expect(americanSpelling(word)).toBe(word);
    expect(isSpellingVariant("organization")).toBe(true);
    expect(isSpellingVariant("colour")).toBe(true);
    expect(isSpellingVariant("table")).toBe(false);
  });

  describe.each([
    ["American", american, british.words],
    ["British", british, american.words],
  ])("knowledge in %s spelling, asked in the other", (_, source, asked) => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await engineOf(knowledge(source.words), source.article, `<${_}>`);
    });

    it("finds a name spelled the other way", () => {
      const a = engine.answer(`what did the Pilots ${asked.labor} ${asked.organization} grant?`);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/training/);
      const b = engine.answer(`who does the Dorn ${asked.defense} ${asked.center} train?`);
      expect(b.answered).toBe(true);
      expect(b.text).toMatch(/pilots/);
    });

    it("finds a fact's word spelled the other way", () => {
      const a = engine.answer(`who granted the ${asked.license} for the training ${asked.program}?`);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/Pilots/);
      expect(engine.answer(`does the ${asked.center} train ${asked.harbor} pilots?`).verdict).toBe("yes");
    });
  });
});
