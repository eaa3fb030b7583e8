import { stringify } from "yaml";
import { issueReport } from "../src/knowledge/issues.js";
import { parseKnowledge } from "../src/knowledge/load.js";
import type { Entity, EntityType, Fact, Knowledge, KnowledgeFile } from "../src/knowledge/schema.js";
import { english } from "../src/qa/lang/en.js";
import { stemPhrase } from "../src/text/stem.js";

/**
 * Synthetic knowledge of any size, for measuring how the engine's cost grows with the number of facts.
 * Countries, people, organisations and equipment get names made of syllables; facts state who supplies
 * what to whom (mostly), who heads what, who belongs to what, who signed what and who said what. Every
 * description and fact has its sentence in a generated article, so the knowledge passes the same
 * validation as the real file. The same options always give the same knowledge.
 */

export interface GenerateOptions {
  /** How many facts to write. */
  facts: number;
  /** Relations, synonyms and entity types to reuse: the real knowledge file's. */
  base: Pick<KnowledgeFile, "relations" | "synonyms" | "types">;
  seed?: number;
}

export const GENERATED_ARTICLE_FILE = "generated-article.txt";

/** The relations the generated facts use; `base` must define them all. */
const USED_RELATIONS = ["supplies", "heads", "member-of", "signed-agreement", "said"] as const;

/** Out of every ten facts: six supplies, one of each other relation. */
const MIX: readonly (typeof USED_RELATIONS)[number][] = [
  "supplies",
  "supplies",
  "heads",
  "supplies",
  "member-of",
  "supplies",
  "signed-agreement",
  "supplies",
  "said",
  "supplies",
];

const ONSETS = [
  "b",
  "d",
  "g",
  "k",
  "l",
  "m",
  "n",
  "r",
  "s",
  "t",
  "v",
  "z",
  "br",
  "dr",
  "gr",
  "kr",
  "tr",
  "zh",
];
const VOWELS = ["a", "e", "i", "o", "u"];
const CODAS = ["", "", "", "n", "r", "l", "s", "k"];
const COUNTRY_ENDINGS = ["ia", "istan", "ovia", "eria", "ar"];
const SURNAME_ENDINGS = ["ov", "ev", "in", "enko", "ski"];
const ORGANISATION_KINDS = [
  "Defense Council",
  "Air Directorate",
  "Security Bureau",
  "Procurement Board",
  "Treaty Committee",
];
const EQUIPMENT_KINDS = [
  "radars",
  "missile systems",
  "drones",
  "jammers",
  "armored vehicles",
  "helicopters",
  "patrol aircraft",
  "communications systems",
];
const COUNTRY_KINDS = [
  "a small republic",
  "a coastal republic",
  "a mountainous republic",
  "a landlocked republic",
  "an island republic",
];
const PERSON_ROLES = ["a senior official", "a deputy director", "the spokesperson", "a senior adviser"];
const ORGANISATION_TASKS = [
  "coordinates joint air patrols",
  "oversees arms purchases",
  "trains air defense crews",
  "runs the regional radar network",
];
const AGREEMENT_TOPICS = [
  "joint air patrols",
  "radar data sharing",
  "pilot training",
  "missile maintenance",
  "border air defense",
  "spare parts production",
];

/** A small seeded generator (mulberry32): the same seed, the same knowledge. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function pick<T>(random: Random, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A made-up word of `count` syllables, such as "torvak". */
export function syllables(random: Random, count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) {
    out += pick(random, ONSETS) + pick(random, VOWELS);
    if (i === count - 1 || random() < 0.3) out += pick(random, CODAS);
  }
  return out;
}

/** Hands out names that no other entity uses, as the validator compares them (stemmed). */
class NameBook {
  private readonly taken = new Set<string>();
  private readonly reserved: Set<string>;

  constructor(base: GenerateOptions["base"]) {
    const words = [
      ...english.whWords,
      ...english.auxiliaries,
      ...english.filler,
      ...base.synonyms.flat(),
      ...base.relations.flatMap((r) => [r.label, ...r.verbs, ...r.inverseVerbs, ...r.nouns]),
    ];
    this.reserved = new Set(words.map(stemPhrase));
  }

  /** Whether all these names are free; if so they are taken. */
  claim(...names: string[]): boolean {
    const keys = names.map(stemPhrase);
    if (new Set(keys).size !== keys.length) return false;
    // A one-word name must not be a word questions use for something else ("supply", "what").
    if (keys.some((k) => k === "" || this.taken.has(k) || (!k.includes(" ") && this.reserved.has(k)))) {
      return false;
    }
    for (const k of keys) this.taken.add(k);
    return true;
  }

  /** Tries `make` until its names are free. */
  fresh<T extends { names: string[] }>(make: () => T): T {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const made = make();
      if (this.claim(...made.names)) return made;
    }
    throw new Error("cannot find a free name: the syllables are exhausted");
  }
}

interface Named {
  entity: Entity;
  /** The sentence of the article that introduces it. */
  sentence: string;
}

/** An entity the article introduces with `sentence`; its id is `idPrefix`-the-name-in-lower-case. */
function named(
  type: EntityType["id"],
  idPrefix: string,
  name: string,
  aliases: string[],
  sentence: string,
): Named {
  return {
    entity: {
      id: `${idPrefix}-${name.toLowerCase().replace(/ /g, "-")}`,
      type,
      name,
      aliases,
      description: `${sentence}.`,
      evidence: sentence,
      keywords: [],
    },
    sentence,
  };
}

function country(random: Random, book: NameBook, index: number): Named {
  const { name, aliases } = book.fresh(() => {
    const core = capitalise(syllables(random, 2 + (random() < 0.4 ? 1 : 0)));
    const ending = pick(random, COUNTRY_ENDINGS);
    const name = core + ending;
    // A demonym, as people write it: "Torvakian", "Torvaki".
    const aliases = ending === "ia" ? [`${name}n`] : ending === "istan" ? [`${core}i`] : [];
    return { name, aliases, names: [name, ...aliases] };
  });
  const sentence = `${name} is ${pick(random, COUNTRY_KINDS)} with ${2 + (index % 9)} air bases`;
  return named("country", "country", name, aliases, sentence);
}

function organisation(random: Random, book: NameBook): Named {
  const { name, core } = book.fresh(() => {
    const core = capitalise(syllables(random, 2 + (random() < 0.5 ? 1 : 0)));
    const name = `${core} ${pick(random, ORGANISATION_KINDS)}`;
    return { name, core, names: [name, core] };
  });
  const sentence = `The ${name} ${pick(random, ORGANISATION_TASKS)} for its members`;
  return named("organisation", "org", name, [core], sentence);
}

function person(random: Random, book: NameBook, organisations: readonly Entity[]): Named {
  const { name, surname } = book.fresh(() => {
    const surname = capitalise(syllables(random, 2)) + pick(random, SURNAME_ENDINGS);
    const name = `${capitalise(syllables(random, 2))} ${surname}`;
    return { name, surname, names: [name, surname] };
  });
  const organisation = pick(random, organisations);
  const sentence = `${name} is ${pick(random, PERSON_ROLES)} of the ${organisation.name}`;
  return named("person", "person", name, [surname], sentence);
}

function equipment(random: Random, book: NameBook, countries: readonly Entity[]): Named {
  const { name, core } = book.fresh(() => {
    const core = capitalise(syllables(random, 2));
    const name = `${core} ${pick(random, EQUIPMENT_KINDS)}`;
    return { name, core, names: [name, core] };
  });
  const sentence = `${name} are made in ${pick(random, countries).name}`;
  return named("equipment", "equipment", name, [core], sentence);
}

interface Cast {
  countries: Entity[];
  organisations: Entity[];
  people: Entity[];
  equipment: Entity[];
}

/** One fact and the sentence of the article that states it. */
interface Written {
  fact: Fact;
  sentence: string;
}

function fact(
  partial: Pick<Fact, "id" | "relation" | "subject" | "answer" | "question"> & Partial<Fact>,
  sentence: string,
): Written {
  return {
    fact: { object: [], mentions: [], keywords: [], evidence: sentence, ...partial },
    sentence,
  };
}

/**
 * Writes a fact of `relation`, or undefined when the combination drawn is already stated. `index`
 * numbers the fact and varies its wording.
 */
function writeFact(
  random: Random,
  cast: Cast,
  relation: (typeof USED_RELATIONS)[number],
  index: number,
  stated: Set<string>,
): Written | undefined {
  const once = (key: string) => {
    if (stated.has(key)) return false;
    stated.add(key);
    return true;
  };
  const id = `fact-${index + 1}-${relation}`;
  switch (relation) {
    case "supplies": {
      const supplier = pick(random, cast.countries);
      const recipient = pick(random, cast.countries);
      const item = pick(random, cast.equipment);
      if (supplier === recipient || !once(`s:${supplier.id}:${recipient.id}:${item.id}`)) return undefined;
      const [s, r, e] = [supplier.name, recipient.name, item.name];
      const variant = index % 5;
      const quantity = variant === 3 ? String(4 + (index % 40)) : undefined;
      const year = variant === 4 ? String(2005 + (index % 19)) : undefined;
      const sentence =
        variant === 0
          ? `${s} supplies ${e} to ${r}`
          : variant === 1
            ? `${s} delivers ${e} to ${r}`
            : variant === 2
              ? `${r} receives ${e} from ${s}`
              : variant === 3
                ? `${s} supplies ${quantity} ${e} to ${r}`
                : `Since ${year}, ${s} has supplied ${e} to ${r}`;
      return fact(
        {
          id,
          relation,
          subject: [supplier.id],
          object: [recipient.id],
          mentions: [item.id],
          detail: e,
          answer: `${s} supplies ${quantity ? `${quantity} ` : ""}${e} to ${r}.`,
          quantity,
          when: year ? `since ${year}` : undefined,
          question: index % 2 === 0 ? `What does ${s} supply to ${r}?` : `What does ${r} receive from ${s}?`,
        },
        sentence,
      );
    }
    case "heads": {
      const head = pick(random, cast.people);
      const body = pick(random, cast.organisations);
      if (!once(`h:${head.id}:${body.id}`)) return undefined;
      return fact(
        {
          id,
          relation,
          subject: [head.id],
          object: [body.id],
          answer: `${head.name} heads the ${body.name}.`,
          question: `Who heads the ${body.name}?`,
        },
        `${head.name} heads the ${body.name}`,
      );
    }
    case "member-of": {
      const member = pick(random, cast.countries);
      const body = pick(random, cast.organisations);
      if (!once(`m:${member.id}:${body.id}`)) return undefined;
      return fact(
        {
          id,
          relation,
          subject: [member.id],
          object: [body.id],
          answer: `${member.name} is a member of the ${body.name}.`,
          question: `Which organisation is ${member.name} a member of?`,
        },
        `${member.name} is a member of the ${body.name}`,
      );
    }
    case "signed-agreement": {
      const first = pick(random, cast.countries);
      const second = pick(random, cast.countries);
      const topic = pick(random, AGREEMENT_TOPICS);
      if (first === second || !once(`a:${[first.id, second.id].sort().join(":")}:${topic}`)) return undefined;
      return fact(
        {
          id,
          relation,
          subject: [first.id, second.id],
          detail: `an agreement on ${topic}`,
          answer: `${first.name} and ${second.name} signed an agreement on ${topic}.`,
          question: `What agreement did ${first.name} and ${second.name} sign?`,
        },
        `${first.name} and ${second.name} signed an agreement on ${topic}`,
      );
    }
    case "said": {
      const speaker = pick(random, cast.people);
      const about = pick(random, cast.countries);
      const item = pick(random, cast.equipment);
      if (!once(`q:${speaker.id}:${about.id}:${item.id}`)) return undefined;
      const said = `${about.name} would expand its fleet of ${item.name}`;
      return fact(
        {
          id,
          relation,
          subject: [speaker.id],
          mentions: [about.id, item.id],
          detail: said,
          answer: `${speaker.name} said that ${said}.`,
          question: `What did ${speaker.name} say about ${about.name}?`,
        },
        `${speaker.name} said that ${said}`,
      );
    }
  }
}

/** Knowledge with `facts` facts, consistent with its generated article, not yet validated. */
export function generateKnowledge(options: GenerateOptions): Knowledge {
  const { facts: factCount, base } = options;
  if (!Number.isInteger(factCount) || factCount < 1) throw new Error("facts must be a positive integer");
  for (const id of USED_RELATIONS) {
    if (!base.relations.some((r) => r.id === id))
      throw new Error(`the base knowledge lacks relation '${id}'`);
  }
  const random = seededRandom(options.seed ?? 1);
  const book = new NameBook(base);

  const introductions: string[] = [];
  const introduce = (named: Named) => {
    introductions.push(named.sentence);
    return named.entity;
  };
  const countries = Array.from({ length: Math.max(8, Math.ceil(factCount / 10)) }, (_, i) =>
    introduce(country(random, book, i)),
  );
  const organisations = Array.from({ length: Math.max(3, Math.ceil(factCount / 40)) }, () =>
    introduce(organisation(random, book)),
  );
  const people = Array.from({ length: Math.max(4, Math.ceil(factCount / 10)) }, () =>
    introduce(person(random, book, organisations)),
  );
  const kit = Array.from({ length: Math.max(6, Math.ceil(factCount / 12)) }, () =>
    introduce(equipment(random, book, countries)),
  );
  const cast: Cast = { countries, organisations, people, equipment: kit };

  const written: Written[] = [];
  const stated = new Set<string>();
  for (let index = 0; index < factCount; index++) {
    // A combination already stated is drawn again; past a few tries the slot goes to a supply fact.
    let next: Written | undefined;
    const relation = MIX[index % MIX.length] ?? "supplies";
    for (let attempt = 0; attempt < 20 && next === undefined; attempt++) {
      next = writeFact(random, cast, attempt < 10 ? relation : "supplies", index, stated);
    }
    if (!next) throw new Error(`cannot write fact ${index + 1}: too few entities for that many facts`);
    written.push(next);
  }

  const articleText = paragraphs(
    shuffle(random, [...introductions, ...written.map((w) => w.sentence)]).map((s) => `${s}.`),
  );
  const relations = base.relations.filter((r) => (USED_RELATIONS as readonly string[]).includes(r.id));
  return {
    version: 1,
    languages: ["en"],
    article: {
      file: GENERATED_ARTICLE_FILE,
      abbreviations: [],
      title: `A generated report of ${factCount} facts on regional air defense`,
      publisher: "Bench",
      summary: `Who supplies what to whom, who heads which body, and who said what, in ${factCount} facts.`,
    },
    synonyms: base.synonyms,
    types: base.types,
    outside: [],
    relations,
    entities: [...countries, ...organisations, ...people, ...kit],
    facts: written.map((w) => w.fact),
    articleText,
    source: `<generated ${factCount} facts>`,
    loadedAt: new Date(),
  };
}

function shuffle<T>(random: Random, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

/** Six sentences to a line, as an article's paragraphs. */
function paragraphs(sentences: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < sentences.length; i += 6) lines.push(sentences.slice(i, i + 6).join(" "));
  return `${lines.join("\n")}\n`;
}

/** The knowledge as the YAML file a person would write: everything but the article's text. */
export function knowledgeYaml(knowledge: Knowledge): string {
  const { articleText: _text, source: _source, loadedAt: _loaded, ...file } = knowledge;
  return stringify(file);
}

/**
 * Validates generated knowledge the way a file on disk is validated: its YAML through `parseKnowledge`,
 * with a reader that hands over the generated article. Throws when the generator wrote something the
 * loader refuses; that is a bug of the generator.
 */
export async function validateGenerated(knowledge: Knowledge, yamlText = knowledgeYaml(knowledge)) {
  const result = await parseKnowledge(
    yamlText,
    async (file) => {
      if (file !== GENERATED_ARTICLE_FILE) throw new Error(`no generated article '${file}'`);
      return knowledge.articleText;
    },
    knowledge.source,
  );
  if (!result.ok) {
    throw new Error(issueReport("(generated)", result.errors).join("\n"));
  }
  return result.knowledge;
}
