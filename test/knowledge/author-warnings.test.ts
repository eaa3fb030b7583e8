import { describe, expect, it } from "vitest";
import { parseWithArticle } from "../support/knowledge.js";

/**
 * A made-up release: a harbour district whose manager oversees public docks, a notice of publication,
 * and a college whose name holds a comma.
 */
const ARTICLE = [
  "The Harbor District manages the public docks of Northport.",
  "Ida Moss, the Harbor District Manager, studied at Lakeview College, Northport.",
  "The district announced the publication of its dock rules on May 2.",
].join("\n");

const knowledge = (aliases: string, relationNouns = "[publication, notice]") => `
version: 1
article:
  file: article.txt
  title: "Harbor District news"
  publisher: Harbor Wire
  summary: The Harbor District manages the public docks and published its dock rules.
types:
  - id: body
    title: Bodies
    words: [district, college]
  - id: person
    title: People
    words: [person]
    person: true
  - id: post
    title: Posts
    words: [post]
relations:
  - id: manages
    label: manages
    verbs: [manage, run]
  - id: published
    label: published
    verbs: [publish, announce]
    nouns: ${relationNouns}
  - id: studied-at
    label: studied at
    verbs: [study]
entities:
  - id: district
    type: body
    name: Harbor District
    description: The Harbor District manages the public docks of Northport.
    evidence: The Harbor District manages the public docks of Northport.
  - id: district-manager
    type: post
    name: Harbor District Manager
    description: The post Ida Moss holds.
    evidence: Ida Moss, the Harbor District Manager
  - id: ida-moss
    type: person
    name: Ida Moss
    aliases: [Moss, Mosses, Ida]
    description: Ida Moss is the Harbor District Manager.
    evidence: Ida Moss, the Harbor District Manager
  - id: lakeview-college
    type: body
    name: "Lakeview College, Northport"
    aliases: ${aliases}
    description: The college Ida Moss studied at.
    evidence: studied at Lakeview College, Northport.
facts:
  - id: district-docks
    relation: manages
    subject: [district]
    answer: The Harbor District manages the public docks of Northport.
    evidence: The Harbor District manages the public docks of Northport.
    question: What does the Harbor District manage?
  - id: rules-published
    relation: published
    subject: [district]
    answer: The district announced the publication of its dock rules on May 2.
    evidence: The district announced the publication of its dock rules on May 2.
    when: on May 2
    question: When were the dock rules published?
`;

async function warningsOf(yamlText: string): Promise<string[]> {
  const result = await parseWithArticle(yamlText, ARTICLE);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.where}: ${e.message}`).join("\n"));
  return (result.warnings?.() ?? []).map((w) => `${w.where}: ${w.message}`);
}

describe("warnings for what an author cannot see", () => {
  it("a relation word made from an ordinary word the article uses ('publication' and 'public')", async () => {
    const warnings = await warningsOf(knowledge("[Lakeview]"));
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^relations\[1\]\.nouns\[0\] \(line \d+\): relation word 'publication' stems like 'public' .*a question's 'public' is read as asking 'published'/,
        ),
      ]),
    );
    // The relation's own forms and the noun of its act are not look-alikes.
    expect(warnings.some((w) => w.includes("relation word 'publish'"))).toBe(false);
    expect(warnings.some((w) => w.includes("relation word 'manage'"))).toBe(false);
  });

  it("a name whose word stems like a relation's word beside another name ('Harbor District Manager')", async () => {
    const warnings = await warningsOf(knowledge("[Lakeview]"));
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^entities\[1\]\.name \(line \d+\): 'Harbor District Manager': its word 'manager' stems like 'manage', a word of relation 'manages'.*'harbor district manager?' is this name of 'district-manager'/,
        ),
      ]),
    );
    // "Ida Moss" has no word of a relation: nothing to tell.
    expect(warnings.some((w) => w.startsWith("entities[2].name"))).toBe(false);
  });

  it("an unquoted name with a comma, split in a [...] list", async () => {
    const warnings = await warningsOf(knowledge("[Lakeview College, Northport, LC]"));
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^entities\[3\]\.aliases\[0\] \(line \d+\): 'Lakeview College, Northport' is written in the article as one name.*Quote it/,
        ),
      ]),
    );
    const quoted = await warningsOf(knowledge('["Lakeview College, Northport", LC]'));
    expect(quoted.some((w) => w.includes("Quote it"))).toBe(false);
  });

  it("two names the article writes side by side without a comma are no split name", async () => {
    // "Lakeview College (Northport)": the two stand together, but no comma joins them into one name.
    const article = ARTICLE.replace("Lakeview College, Northport.", "Lakeview College (Northport).");
    const yamlText = knowledge("[Lakeview College, Northport, LC]").replace(
      "evidence: studied at Lakeview College, Northport.",
      "evidence: studied at Lakeview College (Northport).",
    );
    const result = await parseWithArticle(yamlText, article);
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.where}: ${e.message}`).join("\n"));
    const warnings = (result.warnings?.() ?? []).map((w) => w.message);
    expect(warnings.some((w) => w.includes("is written in the article as one name"))).toBe(false);
  });

  it("tells, with an alias collision, that the comma split the name", async () => {
    const yamlText = knowledge("[Harbor District Manager, Northport]");
    const result = await parseWithArticle(yamlText, ARTICLE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^alias collision: 'Harbor District Manager' and 'Harbor District Manager' of entity 'district-manager'.*'Harbor District Manager, Northport' was read as two names: if it is one, quote it/,
      ),
    ]);
  });

  it("a relation word of three words, and a synonym of two, never match a question", async () => {
    const yamlText = knowledge("[Lakeview]", "[publication, notice, call for notices]").replace(
      "relations:",
      "synonyms:\n  - [notice, bulletin, dock-notice]\nrelations:",
    );
    const warnings = await warningsOf(yamlText);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^relations\[1\]\.nouns\[2\] \(line \d+\): relation word 'call for notices' is 3 words/,
        ),
        expect.stringMatching(/^synonyms\[0\]\[2\] \(line \d+\): synonym 'dock-notice' is 2 words/),
      ]),
    );
    // A pair is looked for whole, and a single synonym word is compared as it is.
    expect(
      warnings.some((w) => /relation word 'publication' is|synonym '(notice|bulletin)' is/.test(w)),
    ).toBe(false);
  });

  it("one warning an entity for its ordinary-word aliases", async () => {
    const warnings = await warningsOf(knowledge("[Lakeview]"));
    const moss = warnings.filter((w) => w.startsWith("entities[2]"));
    expect(moss).toEqual([
      expect.stringMatching(
        /aliases 'Moss', 'Mosses' are ordinary English words: every question using one names 'ida-moss'/,
      ),
    ]);
  });
});
