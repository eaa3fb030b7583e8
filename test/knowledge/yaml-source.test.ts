import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseYaml } from "../../src/knowledge/yaml-source.js";

const file = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), "utf8");

describe("parseYaml", () => {
  it.each([
    "knowledge/cis-air-defense.yaml",
    "test/articles/nasa-lunar-terrain-vehicle-release/knowledge.yaml",
    "test/articles/nasa-grx-810-superalloy-licenses/knowledge.yaml",
    "test/articles/nasa-texas-am-exploration-park/knowledge.yaml",
  ])("reads %s exactly as the yaml package does", (path) => {
    const text = file(path);
    const parsed = parseYaml(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.source.data).toEqual(parse(text));
  });

  it("reads YAML 1.2 scalars as the yaml package does", () => {
    const text = [
      "a: yes",
      "b: no",
      "c: on",
      "d: 010",
      "e: 0o17",
      "f: 0x1F",
      "g: 1e3",
      "h: .inf",
      "i: ~",
      "j: 2016-11-22",
      "k: 'quoted: text'",
      "l: >-",
      "  folded",
      "  lines",
      "m: |",
      "  kept",
      "  lines",
      "n: [1, 'two', {three: 3}]",
      "o: 'R&D * costs'",
      "p: null",
      "q: True",
      "",
    ].join("\n");
    const parsed = parseYaml(text);
    expect(parsed.ok && parsed.source.data).toEqual(parse(text));
  });

  it("refuses a duplicate key and broken YAML with the line of the problem", () => {
    const duplicate = parseYaml("version: 1\nfacts: []\nfacts: []\n");
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok) expect(duplicate.errors[0]?.where).toMatch(/^line 3, column 1$/);
    const broken = parseYaml("version: 1\nfacts: [\n");
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]?.message).toMatch(/^not valid YAML: /);
  });

  it("says on which line a path of a valid file stands", () => {
    const parsed = parseYaml("version: 1\nfacts:\n  - id: a\n    answer: x\n  - id: b\n");
    expect(parsed.ok && parsed.source.where(["facts", 1, "answer"])).toBe("facts[1].answer (line 5)");
  });
});
