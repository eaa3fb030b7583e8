import { COUNTRIES } from "../text/countries.js";
import { normaliseText } from "../text/normalise.js";
import { stem, stemPhrase } from "../text/stem.js";
import type { Language } from "./lang/types.js";

/**
 * Names of places and bodies the article never mentions. A question about Uzbekistan or NATO must be
 * told that the article does not cover it, not answered about the nearest thing that it does cover.
 * Countries, their official names, demonyms and capitals come from the world-countries data set;
 * other bodies from the knowledge file's `outside` list.
 */

/**
 * Stemmed phrase → the name to show, for phrases that no entity of the knowledge uses: in English,
 * and in each other language given (its own names, and the countries' names in it).
 */
export function buildOutsideNames(
  knownAliases: ReadonlyMap<string, string>,
  languages: readonly Language[] = [],
  listed: readonly string[] = [],
  kindWords: ReadonlySet<string> = new Set(),
  /** Stems of the words the knowledge itself writes. */
  written: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const names = new Map<string, string>();
  // "Which island": a word the knowledge uses for a kind of thing is that word, though a country's
  // name in its own language is spelt the same ("Ísland"). "Is X Chinese", of "a Chinese artist": a
  // word the knowledge writes is said in the article, not a country it never mentions.
  const known = (key: string) =>
    knownAliases.has(key) || kindWords.has(key) || (!key.includes(" ") && written.has(key));
  for (const lang of languages) {
    for (const [key, shown] of languageNames(lang)) {
      if (!known(key) && !names.has(key)) names.set(key, shown);
    }
  }
  const add = (name: string, shown: string) => {
    const key = stemPhrase(name);
    if (key.length < 2 || knownAliases.has(key)) return;
    if (!names.has(key)) names.set(key, shown);
  };
  for (const [key, shown] of countryNames()) {
    if (key.length < 2 || known(key)) continue;
    if (!names.has(key)) names.set(key, shown);
  }
  for (const name of listed) add(name, name);
  return names;
}

let countries: [string, string][] | undefined;

/** The world's countries' names, stemmed, each with the name to show: once per process. */
function countryNames(): [string, string][] {
  if (countries) return countries;
  const out: [string, string][] = [];
  const add = (name: string, shown: string) => out.push([stemPhrase(name), shown]);
  for (const country of COUNTRIES) {
    const shown = country.name.common;
    add(shown, shown);
    add(country.name.official, shown);
    for (const spelling of country.altSpellings) {
      // Names, and abbreviations such as USA; two-letter codes ("IN", "US") are everyday words.
      if (/^[\p{Script=Latin}\s'-]{4,}$/u.test(spelling) || /^[A-Z]{3,}$/.test(spelling))
        add(spelling, shown);
    }
    const demonym = country.demonym?.m;
    if (demonym) add(demonym, shown);
    // Capitals short enough to be ordinary English words ("Male", "Lima") would refuse real questions.
    for (const capital of country.capital) if (capital.length >= 5) add(capital, capital);
  }
  countries = out;
  return out;
}

const byLanguage = new Map<string, [string, string][]>();

/**
 * A language's outside names, each under the stems of its inflected forms too ("Узбекистана",
 * "Узбекистану"). Built once per language: it does not depend on the knowledge.
 */
function languageNames(lang: Language): [string, string][] {
  const cached = byLanguage.get(lang.code);
  if (cached) return cached;
  const out: [string, string][] = [];
  const add = (name: string, shown: string) => {
    const words = normaliseText(name).split(" ").filter(Boolean);
    const last = words.at(-1);
    if (!last) return;
    const head = words.slice(0, -1).map(stem);
    for (const variant of [stem(last), ...(lang.nameStems?.(last) ?? [])]) {
      const key = [...head, variant].join(" ");
      if (key.length >= 2) out.push([key, shown]);
    }
  };
  const key = lang.countryNames;
  if (key) {
    for (const country of COUNTRIES) {
      const translated = country.translations[key];
      if (!translated) continue;
      add(translated.common, translated.common);
      add(translated.official, translated.common);
    }
  }
  for (const name of lang.outsideNames ?? []) add(name, name);
  byLanguage.set(lang.code, out);
  return out;
}

const countryShown = new Map<string, { shown: Set<string>; stems: Set<string> }>();

/**
 * The world's countries in a language and in English: the names shown for them (not their capitals
 * nor other bodies) and their names stemmed. Built once per language.
 */
function countriesIn(lang: Language): { shown: Set<string>; stems: Set<string> } {
  const cached = countryShown.get(lang.code);
  if (cached) return cached;
  const shown = new Set<string>();
  const stems = new Set<string>();
  for (const country of COUNTRIES) {
    const names = [country.name.common, country.name.official];
    const translated = lang.countryNames ? country.translations[lang.countryNames] : undefined;
    if (translated) names.push(translated.common, translated.official);
    shown.add(country.name.common);
    if (translated) shown.add(translated.common);
    for (const name of names) stems.add(stemPhrase(name));
  }
  const out = { shown, stems };
  countryShown.set(lang.code, out);
  return out;
}

/** An outside name, as shown, is a country's (not a capital's, nor another body's). */
export function isCountryShown(shown: string, lang: Language): boolean {
  return countriesIn(lang).shown.has(shown);
}

/** One of the names of a known entity is a country's, in the language or in English. */
export function namesCountry(names: readonly string[], lang: Language): boolean {
  const { stems } = countriesIn(lang);
  return names.some((n) => stems.has(stemPhrase(n)));
}
