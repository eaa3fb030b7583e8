/**
 * What a reader builds once from the knowledge, in one language: the lexicon, the items and their
 * index, and the tables the checks look things up in. Built when the engine is made; every question
 * only reads it (the few tables filled on first use say so).
 */
import type { Entity, EntityType, Knowledge } from "../../knowledge/schema.js";
import { normaliseText } from "../../text/normalise.js";
import { stem, stemPhrase, stemWords } from "../../text/stem.js";
import type { AnalyserParts, Analysis } from "../analyse.js";
import type { ReferenceParts, Turn } from "../conversation.js";
import { buildExpansions, type Expansion } from "../expansions.js";
import { buildFactIndex, type FactIndex } from "../fact-index.js";
import { buildItems, DESCRIBE_RELATION, type Item } from "../items.js";
import type { Language, PronounClass, RoleContext } from "../lang/types.js";
import { buildLexicon, conceptOf, type Lexicon, membershipRelations, speechRelations } from "../lexicon.js";
import { buildOutsideNames } from "../outside.js";
import {
  contraryRelations,
  partialFacts,
  relatedRelations,
  relationParties,
  type Scored,
  type ScoringContext,
  sideTypes,
} from "../score.js";
import { buildShortForms, type ShortForms } from "../short-forms.js";
import { buildSpellingCorrector } from "../spelling.js";
import { buildSuggester, type Suggester } from "../suggest.js";
import { bodiesWithMembers, groupKinds, narrowKinds, partyKinds, shortFormUsers } from "./tables.js";

/**
 * The tables one reader looks questions up in, built once by `buildContext`. Every check reads them;
 * only `spoken`, `namedInAnswer` and `rankings` are filled as questions come, each at most once per key.
 */
export interface ReaderContext {
  readonly lang: Language;
  /** Initialisms and country codes, joined to the entities' aliases. */
  readonly shortForms: ShortForms;
  /** The knowledge in this language, with the short forms among its aliases. */
  readonly knowledge: Knowledge;
  readonly lexicon: Lexicon;
  readonly expansions: Map<string, Expansion>;
  readonly vocabularyStems: Set<string>;
  /** Each entity's kind, by its id. */
  readonly types: Map<string, string>;
  readonly entities: Map<string, Entity>;
  /** The people each relation's facts have as subject: who holds its office. */
  readonly holdersOf: Map<string, Set<string>>;
  /** The facts and descriptions, in knowledge order, with their index. */
  readonly items: Item[];
  readonly byId: Map<string, Item>;
  readonly index: FactIndex;
  /** The items that name an entity, in knowledge order. */
  readonly naming: (entity: string) => readonly Item[];
  /** The items that state a relation, in knowledge order. */
  readonly stating: (relation: string) => readonly Item[];
  /** Each relation with facts → whether every one of them leaves open who or which. */
  readonly everyOpen: ReadonlyMap<string, boolean>;
  readonly parts: AnalyserParts;
  readonly suggester: Suggester;
  readonly scoring: ScoringContext;
  /** A bound said in one word ("maximum"), as concepts. */
  readonly boundWords: Set<string>;
  /** Each entity's words: its names', aliases', keywords' and kind's. */
  readonly namingWords: Map<string, Set<string>>;
  /** Two words running in the name of an entity that is no person. */
  readonly bodyBigrams: Set<string>;
  /** What the knowledge gives entities as attributes of their own ("rank", "title"), as concepts. */
  readonly attributes: Set<string>;
  /** An entity's description. */
  readonly describedBy: (entity: string) => Item | undefined;
  /** The language's office nouns and rank nouns, as concepts. */
  readonly offices: Set<string>;
  readonly ranks: Set<string>;
  /** Each entity's names as stemmed words. */
  readonly namesOf: Map<string, string[][]>;
  /** A kind's words by their concept. */
  readonly typeByConcept: Map<string, string>;
  /** Each fact's own time, as concepts, and whether it is negated. */
  readonly times: Map<Item, { readonly concepts: Set<string>; readonly negated: boolean }>;
  /** What the article is, as a refusal tells it. */
  readonly topic: string;
  /** The article's publisher, where the knowledge names it as an entity. */
  readonly publisher: Entity | undefined;
  readonly typeInfo: Map<string, EntityType>;
  readonly speech: ReadonlySet<string>;
  readonly references: ReferenceParts;
  /** Whether a word is (the stem of) a name of the knowledge. */
  readonly isName: (word: string) => boolean;
  /** The article's one central person, and the turn that stands for them. */
  readonly central: Entity | undefined;
  readonly titleStems: Set<string>;
  readonly centralTurn: Turn | undefined;
  /** The entities the article's title names, each with its name's words as stems: what it is about. */
  readonly titledEntities: readonly { readonly entity: Entity; readonly stems: ReadonlySet<string> }[];
  /**
   * The last words of a longer name ("air defense system" of "Joint CIS Air Defense System"), two words
   * or more, as written, with the entities whose name or alias ends so.
   */
  readonly namedEnds: Map<string, Set<string>>;
  /** Whether a name of the knowledge is written with a plus or an ampersand. */
  readonly signInNames: boolean;
  /** The language's word for "which". */
  readonly whichWord: string;
  readonly roles: RoleContext;
  /** Entities the knowledge never gives a name of their own. */
  readonly unnamed: Set<string>;
  /** Each speaker with the first fact of saying they speak in: found once, on the first question asking. */
  spoken: ReadonlyMap<string, Item> | undefined;
  /** Each entity's short forms of its name, with the items whose answer uses one. */
  readonly shortenings: Map<string, { facts: Item[]; description: Item | undefined }>;
  /** The facts whose answer gives a web address. */
  readonly linked: Item[];
  /** The entities each fact's own answer names: made when first asked. */
  readonly namedInAnswer: Map<Item, ReadonlySet<string>>;
  /** Relations the knowledge names by no verb ("is aged"): what "to be" says of a name. */
  readonly verbless: ReadonlySet<string>;
  /** Each analysis's ranked items: each analysis is ranked once. */
  readonly rankings: WeakMap<Analysis, readonly Scored[]>;
}

/** Builds a reader's tables from the knowledge, in the reader's language. */
export function buildContext(
  source: Knowledge,
  lang: Language,
  languages: readonly Language[],
): ReaderContext {
  lang.prepare?.();
  // Initialisms and country codes join each entity's aliases; those that are words need capitals.
  const shortForms = buildShortForms(
    source.entities,
    lang,
    new Set(source.types.filter((t) => t.person).map((t) => t.id)),
  );
  const knowledge: Knowledge = {
    ...source,
    entities: source.entities.map((e) => {
      const more = shortForms.aliases.get(e.id);
      return more ? { ...e, aliases: [...e.aliases, ...more] } : e;
    }),
  };
  const lexicon = buildLexicon(knowledge, lang);
  const expansions = buildExpansions(knowledge.entities, lang);
  const vocabularyStems = new Set([...lexicon.vocabulary].flatMap((w) => stemWords(w)));
  const types = new Map(knowledge.entities.map((e) => [e.id, e.type as string]));
  const entities = new Map(knowledge.entities.map((e) => [e.id, e]));
  // Who holds each relation's office: the people its facts have as subject ("X is mayor of Y").
  const personTypes = new Set(knowledge.types.filter((t) => t.person).map((t) => t.id));
  const holdersOf = new Map<string, Set<string>>();
  for (const fact of knowledge.facts)
    for (const id of fact.subject) {
      const type = entities.get(id)?.type;
      if (type === undefined || !personTypes.has(type)) continue;
      const held = holdersOf.get(fact.relation) ?? new Set<string>();
      held.add(id);
      holdersOf.set(fact.relation, held);
    }
  const items = buildItems(knowledge, lexicon, lang);
  const byId = new Map(items.map((i) => [i.id, i]));
  const index = buildFactIndex(items);
  // The facts and descriptions that name an entity, or state a relation, in knowledge order.
  const naming = itemsOf(items, index.naming);
  const stating = itemsOf(items, index.stating);
  const everyOpen = new Map<string, boolean>();
  for (const item of items)
    if (item.kind === "fact")
      everyOpen.set(item.relation, item.open && (everyOpen.get(item.relation) ?? true));
  const parts: AnalyserParts = {
    lang,
    types,
    withModels: new Set(knowledge.types.filter((t) => t.models).map((t) => t.id)),
    lexicon,
    vocabularyStems,
    spelling: buildSpellingCorrector(lexicon.vocabulary),
    outside: buildOutsideNames(
      lexicon.aliases,
      languages,
      knowledge.outside,
      new Set([...lexicon.typeWords.keys()].map((w) => stemPhrase(w))),
      vocabularyStems,
    ),
    inFacts: (concept) => index.rarity(concept) > 0,
    titles: shortForms.titles,
    canStand: (entity, relation, side) =>
      scoring.sides.get(relation)?.[side].has(types.get(entity) ?? "") ?? true,
    groups: groupKinds(knowledge),
    memberships: bodiesWithMembers(knowledge, membershipRelations(lexicon, lang)),
    partyKinds: partyKinds(knowledge, lexicon, types),
    narrowKinds: narrowKinds(knowledge, lexicon, lang),
  };
  const suggester = buildSuggester(items, index);
  const speech = speechRelations(lexicon, lang);
  const scoring: ScoringContext = {
    index,
    speech,
    types,
    sides: sideTypes(items, types),
    parties: relationParties(items),
    partial: partialFacts(items),
    open: partialFacts(items, "open"),
    concept: (word) => conceptOf(lexicon, word),
    placeKinds: new Set(knowledge.types.filter((t) => t.place).map((t) => t.id)),
    properNames: new Set(knowledge.entities.filter((e) => writtenAsProper(e.name)).map((e) => e.id)),
    ranks: rankedNouns(items, lexicon, lang),
    items,
    related: relatedRelations(knowledge.relations),
    contrary: contraryRelations(knowledge.relations),
    relationWords: new Set(
      [...lexicon.relationWords.keys()]
        .filter((k) => !k.includes(" "))
        .map((k) => lexicon.synonyms.get(k) ?? k),
    ),
    circumstances: new Set(
      knowledge.facts.flatMap((f) =>
        [f.when, f.where, f.why, f.quantity].flatMap((t) =>
          t
            ? normaliseText(t)
                .split(" ")
                .filter(Boolean)
                .map((w) => conceptOf(lexicon, w))
            : [],
        ),
      ),
    ),
  };
  // "The maximum prison time for X": a bound said in one word asks for a figure the fact must give as
  // that bound, so facts that never say it do not answer.
  const boundWords = new Set(
    [...(lang.bounds?.atMost ?? []), ...(lang.bounds?.atLeast ?? [])]
      .filter((phrase) => phrase.length === 1)
      .map((phrase) => conceptOf(lexicon, phrase[0] ?? "")),
  );
  // Each entity's words: its name's, its aliases', its keywords' and its kind's. "Which N" where the
  // facts chosen involve no entity N names asks for the name of a thing the article never names.
  const namingWords = new Map<string, Set<string>>();
  const wordsOfKind = new Map<string, string[]>();
  for (const [w, t] of lexicon.typeWords) wordsOfKind.set(t, [...(wordsOfKind.get(t) ?? []), w]);
  for (const e of knowledge.entities) {
    const own = new Set<string>();
    const kindWords = wordsOfKind.get(e.type) ?? [];
    for (const text of [e.name, ...e.aliases, ...e.keywords, ...kindWords])
      for (const part of normaliseText(text).split(" ").filter(Boolean))
        own.add(stem(part)).add(conceptOf(lexicon, part));
    namingWords.set(e.id, own);
  }
  // Two words running in the name of an entity that is no person ("attorney office"): an office's
  // noun inside one is part of a body's name.
  const bodyBigrams = new Set<string>();
  for (const e of knowledge.entities) {
    if (knowledge.types.find((t) => t.id === e.type)?.person === true) continue;
    for (const name of [e.name, ...e.aliases]) {
      const words = stemWords(name);
      for (let i = 1; i < words.length; i++) bodyBigrams.add(`${words[i - 1]} ${words[i]}`);
    }
  }
  // What the knowledge gives entities as attributes of their own ("rank", "title"): a question asking for
  // one ("what rank does X hold") is a gap where the facts about X hold none.
  const attributes = new Set(
    knowledge.entities.flatMap((e) =>
      e.keywords.flatMap((k) =>
        normaliseText(k)
          .split(" ")
          .filter(Boolean)
          .map((w) => conceptOf(lexicon, w)),
      ),
    ),
  );
  const descriptions = new Map(
    items.filter((i) => i.relation === DESCRIBE_RELATION).flatMap((i) => [...i.subject].map((e) => [e, i])),
  );
  const describedBy = (entity: string) => descriptions.get(entity);
  const offices = new Set([...(lang.officeNouns ?? [])].map((w) => conceptOf(lexicon, w)));
  // Each entity's names as stemmed words ("col gen viktor bondarev", "colonel general bondarev"), for
  // a title a yes/no question gives a name.
  const namesOf = new Map<string, string[][]>();
  for (const [key, entity] of lexicon.aliases)
    namesOf.set(entity, [...(namesOf.get(entity) ?? []), key.split(" ")]);
  const ranks = new Set([...(lang.rankNouns ?? [])].map((w) => conceptOf(lexicon, w)));
  // A kind's words by their concept: "products" asks for equipment where "equipment" is a kind's word.
  const typeByConcept = new Map([...lexicon.typeWords].map(([w, t]) => [conceptOf(lexicon, w), t]));
  // Each fact's own time, as concepts, and whether it is negated ("when crews are not on the Moon").
  const times = new Map(
    items.flatMap((item) => {
      if (item.when === undefined) return [];
      const said = normaliseText(item.when).split(" ").filter(Boolean);
      const concepts = new Set(said.map((w) => conceptOf(lexicon, w)));
      return [[item, { concepts, negated: said.some((w) => lang.negations.has(w)) }] as const];
    }),
  );
  const topic = lang.phrases.topic(knowledge.article.publisher, knowledge.article.title);
  // The article's publisher, where the knowledge names it as an entity.
  const published = stemPhrase(knowledge.article.publisher);
  const publisher = knowledge.entities.find((e) =>
    [e.name, ...e.aliases].some((n) => stemPhrase(n) === published),
  );

  const typeInfo = new Map(knowledge.types.map((t) => [t.id, t]));
  const references: ReferenceParts = {
    lang,
    types,
    typeWords: lexicon.typeWords,
    speech,
    nameOf: (id) => entities.get(id)?.name,
    classesOf: (type) => {
      const info = typeInfo.get(type);
      return info?.person ? PEOPLE : info?.place ? PLACES : THINGS;
    },
  };
  const isName = (word: string) => lexicon.aliases.has(stem(word));

  // The article's one central person: the only person its title names, else its only person. "Who did
  // he replace", asked with no conversation before it, is asked of them.
  const people = knowledge.entities.filter((e) => typeInfo.get(e.type)?.person === true);
  const title = ` ${normaliseText(knowledge.article.title)} `;
  const titled = people.filter((e) =>
    [e.name, ...e.aliases].some((n) => normaliseText(n) !== "" && title.includes(` ${normaliseText(n)} `)),
  );
  const [central] = titled.length === 1 ? titled : people.length === 1 ? people : [];
  const titledEntities = knowledge.entities.flatMap((entity) => {
    const names = [entity.name, ...entity.aliases].filter(
      (n) => normaliseText(n) !== "" && title.includes(` ${normaliseText(n)} `),
    );
    return names.length > 0 ? [{ entity, stems: new Set(names.flatMap((n) => stemWords(n))) }] : [];
  });
  const titleStems = new Set(title.split(" ").filter(Boolean).map(stem));
  const namedEnds = new Map<string, Set<string>>();
  for (const entity of knowledge.entities)
    for (const name of [entity.name, ...entity.aliases]) {
      const words = normaliseText(name).split(" ").filter(Boolean);
      for (let from = 1; from + 2 <= words.length; from++) {
        // "Committee of the Joint CIS Air Defense System" is a committee: what follows "of" names another.
        if (lang.genitive.has(words[from - 1] ?? "")) break;
        const end = words.slice(from).join(" ");
        namedEnds.set(end, (namedEnds.get(end) ?? new Set()).add(entity.id));
        // "О какой системе ПВО": the head word first, in another case, ends the same name.
        const rest = words.slice(from + 1).join(" ");
        for (const form of lang.caseForms?.(words[from] ?? "") ?? []) {
          const inflected = `${form} ${rest}`;
          namedEnds.set(inflected, (namedEnds.get(inflected) ?? new Set()).add(entity.id));
        }
      }
    }
  const centralTurn: Turn | undefined = central && {
    words: [],
    mentions: [],
    entities: [central.id],
    facts: [],
  };

  /** "Armenia + Belarus", "A & B": a plus or ampersand between two words is the language's "and". */
  // Not where a name of the knowledge is written with one ("Procter & Gamble").
  const signInNames = source.entities.some((e) => [e.name, ...e.aliases].some((n) => /[+&]/.test(n)));
  const whichWord = Object.keys(lang.whAsks).find((w) => lang.whAsks[w] === "which") ?? "which";
  const roles: RoleContext = { canStand: parts.canStand ?? (() => true) };

  /**
   * Entities the knowledge never gives a name of their own: every name and alias is ordinary words
   * ("the planned facility"), beside at most another entity's name ("Kestrel's new boat").
   */
  const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // Every name with a capital letter, by its first capitalised word.
  const capitalised = new Map<string, { owner: string; name: string }[]>();
  for (const o of source.entities) {
    for (const name of [o.name, ...o.aliases]) {
      const key = wordsOf(name).find((w) => /\p{Lu}/u.test(w));
      if (key === undefined) continue;
      const list = capitalised.get(key) ?? [];
      list.push({ owner: o.id, name });
      capitalised.set(key, list);
    }
  }
  const unnamed = new Set(
    source.entities
      .filter((e) =>
        [e.name, ...e.aliases].every((n) => {
          if (!/\p{Lu}/u.test(n)) return true;
          // Only names that share a capitalised word with this one can be inside it: looked up, not
          // scanned, so a knowledge file of thousands of entities builds in linear time.
          const others = [
            ...new Set(
              wordsOf(n)
                .flatMap((w) => capitalised.get(w) ?? [])
                .filter((c) => c.owner !== e.id)
                .map((c) => c.name),
            ),
          ].sort((a, b) => b.length - a.length);
          let rest = n;
          for (const o of others) if (rest.includes(o)) rest = rest.split(o).join(" ");
          return !/\p{Lu}/u.test(rest);
        }),
      )
      .map((e) => e.id),
  );

  /**
   * Each entity's short forms of its name (a one-word alias that begins a word of the name and is
   * shorter: "Matt" for "Matthew"), with the facts and description whose answer uses one, found once.
   */
  const shortenings = shortFormUsers(source.entities, items, describedBy);

  /** The facts whose answer gives a web address, found once. */
  const linked = items.filter((i) => i.kind === "fact" && WEB_ADDRESS.test(i.answer));

  // The entities each fact's own answer names, read as a question's names are; made when first asked.
  const namedInAnswer = new Map<Item, ReadonlySet<string>>();

  // A question is often ranked more than once as it is judged (a time or figure checked before it is
  // answered, a yes/no judged on the same reading), and an analysis is never changed once made: each
  // is ranked once. Callers only read what they are given.
  const rankings = new WeakMap<Analysis, readonly Scored[]>();
  const verbless = new Set(
    knowledge.relations.filter((r) => r.verbs.length === 0 && r.inverseVerbs.length === 0).map((r) => r.id),
  );
  return {
    lang,
    shortForms,
    knowledge,
    lexicon,
    expansions,
    vocabularyStems,
    types,
    entities,
    holdersOf,
    items,
    byId,
    index,
    naming,
    stating,
    everyOpen,
    parts,
    suggester,
    scoring,
    boundWords,
    namingWords,
    bodyBigrams,
    attributes,
    describedBy,
    offices,
    namesOf,
    ranks,
    typeByConcept,
    times,
    topic,
    publisher,
    typeInfo,
    speech,
    references,
    isName,
    central,
    titleStems,
    titledEntities,
    namedEnds,
    centralTurn,
    signInNames,
    whichWord,
    roles,
    unnamed,
    spoken: undefined,
    shortenings,
    linked,
    namedInAnswer,
    verbless,
    rankings,
  };
}

/**
 * "National Sculling Final", not "several crews" or "State and local officials": every word of the name
 * longer than a joining word ("of", "and", "the") starts with a capital.
 */
function writtenAsProper(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => w.length > 3 || /^\p{Lu}/u.test(w));
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) || /^\d/.test(w));
}

/** A web address in an answer's text. */
const WEB_ADDRESS = /\bhttps?:\/\/\S|\bwww\.\S/;

const PEOPLE: ReadonlySet<PronounClass> = new Set(["person", "several"]);

const PLACES: ReadonlySet<PronounClass> = new Set(["thing", "place", "several"]);

const THINGS: ReadonlySet<PronounClass> = new Set(["thing", "several"]);

/** Each noun's concept with the facts whose answer puts an ordinal before it ("the 18th Chief"). */
function rankedNouns(items: readonly Item[], lexicon: Lexicon, lang: Language): Map<string, Set<Item>> {
  const out = new Map<string, Set<Item>>();
  const ordinals = lang.ordinals;
  if (!ordinals) return out;
  for (const item of items) {
    if (item.kind !== "fact") continue;
    const words = normaliseText(item.answer).split(" ");
    words.forEach((w, i) => {
      const next = words[i + 1];
      if (next === undefined || !(ordinals.suffixes.test(w) || ordinals.words[w] !== undefined)) return;
      const c = conceptOf(lexicon, next);
      const found = out.get(c);
      if (found) found.add(item);
      else out.set(c, new Set([item]));
    });
  }
  return out;
}

/**
 * The items under one key of the index, in knowledge order, made once a key: a relation of a large
 * knowledge may have thousands, read by several checks of one question.
 */
function itemsOf(
  items: readonly Item[],
  at: (key: string) => readonly number[],
): (key: string) => readonly Item[] {
  const made = new Map<string, readonly Item[]>();
  return (key) => {
    let found = made.get(key);
    if (found === undefined) {
      found = at(key).flatMap((i) => items[i] ?? []);
      made.set(key, found);
    }
    return found;
  };
}
