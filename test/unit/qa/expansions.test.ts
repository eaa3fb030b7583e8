import { describe, expect, it } from "vitest";
import type { Entity } from "../../../src/knowledge/schema.js";
import { buildExpansions } from "../../../src/qa/expansions.js";
import { english } from "../../../src/qa/lang/en.js";

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
});
