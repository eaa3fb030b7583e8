import { COUNTRIES } from "../text/countries.js";
import { stemPhrase } from "../text/stem.js";

/**
 * Names of places and bodies the article never mentions. A question about Uzbekistan or NATO must be
 * told that the article does not cover it, not answered about the nearest thing that it does cover.
 * Countries, their official names, demonyms and capitals come from the world-countries data set.
 */
const ORGANISATIONS = [
  // The article names the Russian Aerospace Forces and no other branch of any armed forces.
  "Air Force",
  "Air Forces",
  "Army",
  "Navy",
  "Ground Forces",
  "Air Defense Forces",
  "Air Defence Forces",
  "NATO",
  "North Atlantic Treaty Organization",
  "North Atlantic Alliance",
  "European Union",
  "EU",
  "United Nations",
  "UN",
  "Security Council",
  "Shanghai Cooperation Organisation",
  "Shanghai Cooperation Organization",
  "SCO",
  "OSCE",
  "ASEAN",
  "OPEC",
  "BRICS",
  "G7",
  "G20",
  "Warsaw Pact",
  "Soviet Union",
  "USSR",
  "Eurasian Economic Union",
  "EAEU",
  "African Union",
  "Arab League",
  "IAEA",
  "Pentagon",
  "White House",
];

/** Stemmed phrase → the name to show, for phrases that no entity of the knowledge uses. */
export function buildOutsideNames(knownAliases: ReadonlyMap<string, string>): Map<string, string> {
  const names = new Map<string, string>();
  const add = (name: string, shown: string) => {
    const key = stemPhrase(name);
    if (key.length < 2 || knownAliases.has(key)) return;
    if (!names.has(key)) names.set(key, shown);
  };
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
  for (const org of ORGANISATIONS) add(org, org);
  return names;
}
