import type { Entity } from "../knowledge/schema.js";
import { COUNTRIES } from "../text/countries.js";
import { normaliseText } from "../text/normalise.js";
import { stemPhrase } from "../text/stem.js";
import type { Language } from "./lang/types.js";
import { MIN_INITIALISM } from "./weights.js";

/**
 * Short forms made from the knowledge rather than typed by hand: the initialism of every name of
 * several words ("FSMTC" for the Federal Service for Military-Technical Cooperation), and for an entity
 * that is a country of the world-countries data, its ISO 3166 codes ("KZ", "KAZ"), official name,
 * other spellings and demonym. A short form that is also an ordinary word ("BY", "AM", "ARM"), or an
 * initialism of two letters ("FM" for a field manager), counts only when typed in capitals.
 */
export interface ShortForms {
  /** Entity id → the names to add to its aliases. */
  aliases: Map<string, string[]>;
  /** A short form typed in capitals → the entity's name, for forms that are also ordinary words. */
  capitals: Map<string, string>;
  /** Stemmed initialism → the words it stands for. */
  expansions: Map<string, string>;
  /** Stemmed titles that stand for the one person whose names give them ("colonel general"). */
  titles: Set<string>;
  /** A person's id → the titles the person's names give, and the name each stands before. */
  titled: Map<string, Title[]>;
}

/** "Col. Gen." before "Viktor Bondarev", as the knowledge writes them. */
export interface Title {
  title: string;
  name: string;
}

export function buildShortForms(
  entities: readonly Entity[],
  lang: Language,
  people: ReadonlySet<string> = new Set(),
): ShortForms {
  const taken = new Map<string, string>();
  for (const e of entities) for (const name of [e.name, ...e.aliases]) taken.set(stemPhrase(name), e.id);
  const aliases = new Map<string, string[]>();
  const capitals = new Map<string, string>();
  const expansions = new Map<string, string>();
  // Two-letter initialisms, each to the one name it stands for (undefined where two names share it).
  const twoLetters = new Map<string, string | undefined>();

  const offer = (entity: Entity, form: string) => {
    const key = stemPhrase(form);
    if (key === "") return;
    const owner = taken.get(key);
    if (owner !== undefined && owner !== entity.id) return;
    const word = normaliseText(form);
    // An ordinary word ("by", "arm") would take questions that never meant the country; so would a
    // word of chat ("спс" for thanks, the initials of "система ПВО СНГ").
    const ordinary = lang.isWord(word) || lang.greetings.has(word) || lang.filler.has(word);
    if (!word.includes(" ") && ordinary) {
      if (/^[A-Z]{2,3}$/.test(form)) capitals.set(form, entity.name);
      return;
    }
    if (owner === undefined) {
      taken.set(key, entity.id);
      aliases.set(entity.id, [...(aliases.get(entity.id) ?? []), form]);
    }
  };

  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const short = initialism(name, lang);
      if (!short) continue;
      // "The new FM": two letters are too often something else, unless typed in capitals.
      if (short.length < MIN_INITIALISM) {
        twoLetters.set(short, twoLetters.has(short) ? undefined : entity.name);
        continue;
      }
      offer(entity, short);
      if (taken.get(stemPhrase(short)) === entity.id && !expansions.has(stemPhrase(short)))
        expansions.set(stemPhrase(short), name.replace(/\s*\([^)]*\)\s*$/, ""));
    }
    const country = countryOf(entity);
    if (!country) continue;
    for (const form of [country.cca2, country.cca3, country.name.common, country.name.official])
      offer(entity, form);
    for (const spelling of country.altSpellings) offer(entity, spelling);
    const demonym = country.demonym?.m;
    if (demonym) offer(entity, demonym);
  }
  // "The colonel general": a title of several words that one person's names put before another of
  // that person's names ("Col. Gen. Viktor Bondarev", "Viktor Bondarev"), which no one else's hold.
  const holders = new Map<string, Set<Entity>>();
  const titles = new Set<string>();
  const titled = new Map<string, Title[]>();
  for (const entity of entities) {
    if (!people.has(entity.type)) continue;
    const own = titlesOf(entity, lang);
    if (own.length > 0) titled.set(entity.id, own);
    for (const { title } of own) {
      const key = stemPhrase(title);
      holders.set(key, (holders.get(key) ?? new Set()).add(entity));
    }
  }
  for (const entity of entities) {
    for (const { title } of titled.get(entity.id) ?? []) {
      if (holders.get(stemPhrase(title))?.size !== 1) continue;
      offer(entity, title);
      titles.add(stemPhrase(title));
    }
  }
  for (const [form, name] of twoLetters)
    if (name !== undefined && !capitals.has(form) && !taken.has(stemPhrase(form))) capitals.set(form, name);
  return { aliases, capitals, expansions, titles, titled };
}

/**
 * The titles a person's names give: the words before the longest other name of the person that ends
 * a name, where they are two words or more ("Col. Gen.", "Colonel General"; "General" alone is too
 * often an ordinary word).
 */
function titlesOf(entity: Entity, lang: Language): Title[] {
  const names = [entity.name, ...entity.aliases].map((n) => ({
    written: n.split(/\s+/),
    folded: normaliseText(n),
  }));
  const out: Title[] = [];
  for (const name of names) {
    const rest = names
      .filter((other) => other !== name && name.folded.endsWith(` ${other.folded}`))
      .sort((a, b) => b.folded.length - a.folded.length)[0];
    if (!rest) continue;
    const kept = rest.written.length;
    const title = name.written.slice(0, name.written.length - kept);
    if (title.length === 0 || normaliseText(title.join(" ")).split(" ").length < 2) continue;
    // "Col. Gen.", "Colonel General": words of the language or words cut short, where given names
    // ("Dmitri Yevgenyevich") are neither.
    const plain = (w: string) =>
      w.endsWith(".") ||
      normaliseText(w)
        .split(" ")
        .every((part) => lang.isWord(part));
    if (!title.every(plain)) continue;
    const written = title.join(" ");
    if (!out.some((t) => t.title === written)) out.push({ title: written, name: rest.written.join(" ") });
  }
  return out;
}

let byName: Map<string, (typeof COUNTRIES)[number]> | undefined;

/** The entity's country in the data set, when its name or an alias is the country's name. */
function countryOf(entity: Entity) {
  if (!byName) {
    byName = new Map();
    for (const c of COUNTRIES) {
      for (const name of [c.name.common, c.name.official]) {
        const key = normaliseText(name);
        if (!byName.has(key)) byName.set(key, c);
      }
    }
  }
  for (const name of [entity.name, ...entity.aliases]) {
    const found = byName.get(normaliseText(name));
    if (found) return found;
  }
  return undefined;
}

/** "Federal Service for Military-Technical Cooperation" → "FSMTC"; undefined for one-word names. */
export function initialism(name: string, lang: Language): string | undefined {
  const words = name
    .replace(/\([^)]*\)/g, " ")
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w) && !lang.filler.has(normaliseText(w)));
  if (words.length < 2) return undefined;
  return words.map((w) => (w[0] ?? "").toUpperCase()).join("");
}

/** A question with short forms typed in capitals written out: "does BY get ..." → "does Belarus get ...". */
export function expandCapitals(question: string, capitals: ReadonlyMap<string, string>): string {
  if (capitals.size === 0) return question;
  return question.replace(/\b[A-Z]{2,3}\b/g, (form) => capitals.get(form) ?? form);
}
