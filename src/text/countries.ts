import { readFileSync } from "node:fs";
import { projectPath } from "../paths.js";

/** A country's names in one language. */
export interface CountryNames {
  common: string;
  official: string;
}

/** What the engine knows of a country: the fields of the world-countries data set it reads. */
export interface Country {
  /** ISO 3166-1 alpha-2 and alpha-3 codes: "AM", "ARM". */
  cca2: string;
  cca3: string;
  name: CountryNames;
  /** Other names and abbreviations, in any script: "Hayastan", "USA". */
  altSpellings: string[];
  capital: string[];
  /** The English demonym, masculine and feminine: "Armenian". */
  demonym: { m: string; f: string } | null;
  /** Names by the data set's language key ("rus", "fra", ...). */
  translations: Record<string, CountryNames>;
}

/**
 * Every country of the world-countries data set, from the extract in `data/countries.json` (written by
 * scripts/extract-data.mjs from the installed package): a third of its size, with only what is read.
 */
export const COUNTRIES: readonly Country[] = JSON.parse(
  readFileSync(projectPath("data/countries.json"), "utf8"),
) as Country[];
