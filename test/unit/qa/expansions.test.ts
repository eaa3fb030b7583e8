import { describe, expect, it } from "vitest";
import type { Entity } from "../../../src/knowledge/schema.js";
import { askedShortForm, buildExpansions } from "../../../src/qa/expansions.js";
import { english } from "../../../src/qa/lang/en.js";
import { russian } from "../../../src/qa/lang/ru.js";

const entity = (id: string, name: string, aliases: string[]): Entity => ({
  id,
  type: "organisation",
  name,
  aliases,
  description: `${name}.`,
  evidence: name,
  keywords: [],
});

describe("what a short form stands for, read from an entity's names", () => {
  it("initials stand for the words they open", () => {
    const found = buildExpansions([entity("hra", "HRA", ["Harbor Research Agency"])], english);
    expect(found.get("hra")).toMatchObject({ short: "HRA", full: "Harbor Research Agency", entity: "hra" });
  });

  it("the same letters with dots are a spelling of the name, not what it stands for", () => {
    const found = buildExpansions([entity("hra", "HRA", ["H.R.A.", "the agency"])], english);
    expect(found.has("hra")).toBe(false);
    // With the written-out name beside it, that is what the initials stand for.
    const both = buildExpansions([entity("hra", "HRA", ["H.R.A.", "Harbor Research Agency"])], english);
    expect(both.get("hra")?.full).toBe("Harbor Research Agency");
  });

  it("a compound word gives the initial of each of its parts", () => {
    const found = buildExpansions(
      [entity("net", "Северная сеть ПВН", ["Северная сеть противоволновой набережной"])],
      russian,
    );
    expect(found.get("пвн")?.full).toBe("противоволновой набережной");
    // No joining vowel before the letter: not a part of the word.
    const none = buildExpansions([entity("net", "Сеть ПРН", ["Сеть пристанной набережной"])], russian);
    expect(none.has("прн")).toBe(false);
  });

  it("the short form asked of may come before the question word", () => {
    const found = buildExpansions(
      [entity("net", "Северная сеть ПВН", ["Северная сеть противоволновой набережной"])],
      russian,
    );
    expect(askedShortForm(["пвн", "это", "что", "значит"], russian, found)?.full).toBe(
      "противоволновой набережной",
    );
  });
});
