import type { Knowledge, Relation } from "../knowledge/schema.js";
import { foldedWords, normaliseText } from "../text/normalise.js";
import { stem, stemPhrase, stemWords } from "../text/stem.js";
import type { Language } from "./lang/types.js";
import { buildShortForms, initialism } from "./short-forms.js";
import { MIN_INITIALISM } from "./weights.js";

export type CueKind = "verb" | "inverse" | "noun";

/** A word of a question that names a relation, and which way round it names it. */
export interface RelationWord {
  relation: string;
  kind: CueKind;
}

/**
 * Everything the engine knows about words, built once per knowledge file: which phrases name which
 * entity, which words name which relation, which words mean the same, and every word it has seen.
 */
export interface Lexicon {
  /** Stemmed alias phrase → entity id. */
  aliases: Map<string, string>;
  /** Entity id → its name, stemmed. */
  names: Map<string, string>;
  /** Stemmed word → the entities whose names use it. */
  nameWords: Map<string, Set<string>>;
  /** Stemmed word → the entities whose names it only ever opens, as a title does ("General Bondarev"). */
  leadingWords: Map<string, Set<string>>;
  /** The longest alias, in words, so the matcher knows how far to look ahead. */
  longestAlias: number;
  /** Stemmed word (or two-word phrase) → the relations it names. */
  relationWords: Map<string, RelationWord[]>;
  /** Relation nouns that are no form of a verb: "commander" names, "command(s)" may ask. */
  agentNouns: Set<string>;
  /**
   * Relations whose label is itself a passive ("is located in", "is charged with"): their verbs are
   * used in the passive for the fact's own direction ("X is based in Y"), listed as verbs or as inverse
   * verbs, so the passive does not turn sides.
   */
  statives: Set<string>;
  /** Every normalised word the knowledge, the article and the question grammar use. */
  vocabulary: Set<string>;
  /** Stem → the stem that stands for its synonym group. */
  synonyms: Map<string, string>;
  /** A word that asks for a kind of entity ("country", "newspaper") → the type it asks for. */
  typeWords: ReadonlyMap<string, string>;
  /** The stem of an inflected form of a name's word → the stem the name is indexed under. */
  stemVariants: Map<string, string>;
  /**
   * Every two neighbouring words of the article and the knowledge, stemmed ("fix price"): a word of
   * the grammar inside such a phrase ("firm-fixed-price") is the knowledge's topic, not a question.
   * Kept as each stem → the stems that follow it: no string is built per pair of 10,000 facts.
   */
  pairs: Map<string, Set<string>>;
  /**
   * Entity id → the people one of whose names holds one of its names whole: "FEMA" → the person
   * called "FEMA Administrator Deanne Criswell". "The FEMA lady" is one of them.
   */
  namedAfter: Map<string, Set<string>>;
  /**
   * A short form that is an ordinary word and counts only in capitals ("by" for Belarus) → its entity:
   * offered as a choice beside a name of its kind ("KZ or by"), it is the name in lower case too.
   */
  lowerForms: Map<string, string>;
  /** Entity id → the noun its description calls it by, as a concept ("Florida is the state ..."). */
  selfKinds: Map<string, string>;
  /** Such a noun, as typed → the entities (no people) it is the noun of: "the storm" may name the one storm. */
  calledBy: Map<string, Set<string>>;
  /**
   * "The earlier hurricane": a word and a kind's word of its own kind, right after "is the" in an
   * entity's description ("Hurricane Helene is the earlier hurricane ..."), as typed → the entities
   * so described. The kind's word alone may be one of several; the two together pick one out.
   */
  describedAs: Map<string, Set<string>>;
  /** The article's title, as stemmed words. */
  title: string[];
  /**
   * The initials of a phrase of several words the knowledge uses ("ВТС" for "военно-техническое
   * сотрудничество", a keyword; "MTC" for the end of "Federal Service for Military-Technical
   * Cooperation") → the phrase's normalised words, which a question typing the initials means.
   */
  initialisms: Map<string, readonly string[]>;
}

/** Whether the word at `i` forms a phrase of the knowledge with a content word beside it. */
export function inPhrase(
  words: readonly string[],
  i: number,
  lexicon: Lexicon,
  content: (word: string) => boolean,
): boolean {
  const here = stem(words[i] ?? "");
  const before = words[i - 1];
  const after = words[i + 1];
  return (
    (before !== undefined && content(before) && (lexicon.pairs.get(stem(before))?.has(here) ?? false)) ||
    (after !== undefined && content(after) && (lexicon.pairs.get(here)?.has(stem(after)) ?? false))
  );
}

/** Whether a normalised word is one the knowledge or the question grammar uses, in any form. */
export function isKnownWord(word: string, lexicon: Lexicon, stems: ReadonlySet<string>): boolean {
  if (lexicon.vocabulary.has(word) || /^\d+$/.test(word)) return true;
  const s = stem(word);
  return stems.has(lexicon.stemVariants.get(s) ?? s);
}

/** Relations of saying: those the language's verbs of speech name ("say", "заявить"). */
export function speechRelations(lexicon: Lexicon, lang: Language): ReadonlySet<string> {
  // Asked while reading every question: made once for each knowledge's lexicon and language.
  let byLanguage = SPEECH_RELATIONS.get(lexicon);
  if (!byLanguage) {
    byLanguage = new Map();
    SPEECH_RELATIONS.set(lexicon, byLanguage);
  }
  let relations = byLanguage.get(lang);
  if (!relations) {
    relations = new Set(
      [...lang.speechVerbs].flatMap((v) =>
        (lexicon.relationWords.get(stem(v)) ?? []).filter((w) => w.kind === "verb").map((w) => w.relation),
      ),
    );
    byLanguage.set(lang, relations);
  }
  return relations;
}
const SPEECH_RELATIONS = new WeakMap<Lexicon, Map<Language, ReadonlySet<string>>>();

/**
 * The knowledge's relations of ordering someone to act: those whose verbs include one of the language's
 * verbs of directing ("direct", "order", "instruct"). "Tell X to do" asks these, not what X was told.
 */
export function directiveRelations(lexicon: Lexicon, lang: Language): readonly string[] {
  let byLanguage = DIRECTIVE_RELATIONS.get(lexicon);
  if (!byLanguage) {
    byLanguage = new Map();
    DIRECTIVE_RELATIONS.set(lexicon, byLanguage);
  }
  let relations = byLanguage.get(lang);
  if (!relations) {
    relations = [
      ...new Set(
        [...(lang.directiveVerbs ?? [])].flatMap((v) =>
          (lexicon.relationWords.get(stem(v)) ?? []).filter((w) => w.kind === "verb").map((w) => w.relation),
        ),
      ),
    ];
    byLanguage.set(lang, relations);
  }
  return relations;
}
const DIRECTIVE_RELATIONS = new WeakMap<Lexicon, Map<Language, readonly string[]>>();

/**
 * The knowledge's relations of belonging to a body: those with one of the language's nouns of
 * membership ("member") among their nouns.
 */
export function membershipRelations(lexicon: Lexicon, lang: Language): ReadonlySet<string> {
  return new Set(
    [...(lang.memberNouns ?? [])].flatMap((n) =>
      (lexicon.relationWords.get(stem(n)) ?? []).filter((w) => w.kind === "noun").map((w) => w.relation),
    ),
  );
}

/** The concept every word of a relation stands for. */
export function relationConcept(relation: string): string {
  return `@${relation}`;
}

/** The stem a word is compared by: its synonym group's first word where it has one. */
export function conceptOf(lexicon: Lexicon, word: string): string {
  const s = stem(word);
  return lexicon.synonyms.get(s) ?? s;
}

export function buildLexicon(knowledge: Knowledge, lang: Language): Lexicon {
  const aliases = new Map<string, string>();
  const nameWords = new Map<string, Set<string>>();
  const names = new Map(knowledge.entities.map((e) => [e.id, stemPhrase(e.name)]));
  let longestAlias = 1;
  /** "word entity" → whether the word has only ever opened one of the entity's names. */
  const leading = new Map<string, boolean>();
  const stemVariants = new Map<string, string>();
  for (const entity of knowledge.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      if (lang.nameStems) {
        for (const word of normaliseText(name).split(" ")) {
          const own = stem(word);
          for (const variant of lang.nameStems(word)) {
            if (variant !== own && !stemVariants.has(variant)) stemVariants.set(variant, own);
          }
        }
      }
      const words = stemWords(name);
      if (words.length === 0) continue;
      aliases.set(words.join(" "), entity.id);
      for (const w of words) nameWords.set(w, (nameWords.get(w) ?? new Set<string>()).add(entity.id));
      words.forEach((w, i) => {
        if (words.length > 1 && i === 0)
          leading.set(`${w} ${entity.id}`, leading.get(`${w} ${entity.id}`) ?? true);
        else leading.set(`${w} ${entity.id}`, false);
      });
      longestAlias = Math.max(longestAlias, words.length);
    }
  }

  const leadingWords = new Map<string, Set<string>>();
  for (const [key, only] of leading) {
    if (!only) continue;
    const [word = "", entity = ""] = key.split(" ");
    leadingWords.set(word, (leadingWords.get(word) ?? new Set<string>()).add(entity));
  }

  const relationWords = new Map<string, RelationWord[]>();
  for (const relation of knowledge.relations) addRelationWords(relationWords, relation);
  // Conjugated forms whose stem is not the infinitive's ("ждут" for "ждать", "шлют" for "слать").
  if (lang.verbForms) {
    for (const relation of knowledge.relations) {
      for (const [list, kind] of [
        [relation.verbs, "verb"],
        [relation.inverseVerbs, "inverse"],
      ] as const) {
        for (const verb of list) {
          // "Брать интервью": a verb of two words conjugates its first ("брал интервью").
          const [word = "", ...rest] = normaliseText(verb).split(" ");
          if (rest.length > 1) continue;
          const after = rest.map((w) => ` ${stem(w)}`).join("");
          for (const form of lang.verbForms(word)) {
            const key = `${stem(form)}${after}`;
            if (!relationWords.has(key)) relationWords.set(key, [{ relation: relation.id, kind }]);
          }
        }
      }
    }
  }
  const verbForms = new Set(
    knowledge.relations.flatMap((r) =>
      [...r.verbs, ...r.inverseVerbs].flatMap((v) => lang.inflections(normaliseText(v))),
    ),
  );
  const agentNouns = new Set(
    knowledge.relations.flatMap((r) => r.nouns.map((n) => normaliseText(n))).filter((n) => !verbForms.has(n)),
  );

  const statives = new Set(
    knowledge.relations
      .filter((r) => {
        const [first = "", second = ""] = normaliseText(r.label).split(" ");
        return lang.beForms.has(first) && lang.looksParticiple(second);
      })
      .map((r) => r.id),
  );

  const synonyms = new Map<string, string>();
  for (const group of knowledge.synonyms) {
    const head = stemPhrase(group[0] ?? "");
    for (const word of group) synonyms.set(stemPhrase(word), head);
  }

  // The language's own synonyms, for the words the knowledge's leave alone ("building" may be a
  // knowledge's noun, however its stem reads).
  for (const group of lang.synonyms ?? []) {
    const stems = group.map((w) => stemPhrase(w));
    const head = stems[0] ?? "";
    for (const s of stems) if (!synonyms.has(s)) synonyms.set(s, head);
  }

  const vocabulary = new Set<string>();
  const pairs = new Map<string, Set<string>>();
  // A text met before (a keyword many facts share, an answer repeated as a question) adds nothing new.
  const added = new Set<string>();
  // Each word met, with its stem and the stems that follow that stem: the texts of 10,000 facts hold
  // a few thousand words hundreds of thousands of times, so a word met again costs one lookup.
  const met = new Map<string, { stem: string; next: Set<string> }>();
  const meet = (word: string) => {
    let entry = met.get(word);
    if (entry === undefined) {
      vocabulary.add(word);
      const s = stem(word);
      let next = pairs.get(s);
      if (next === undefined) {
        next = new Set();
        pairs.set(s, next);
      }
      entry = { stem: s, next };
      met.set(word, entry);
    }
    return entry;
  };
  const addText = (text: string) => {
    if (added.has(text)) return;
    added.add(text);
    const words = foldedWords(text);
    if (words.length === 0) return;
    let before = meet(words[0] as string).next;
    for (let i = 1; i < words.length; i++) {
      const here = meet(words[i] as string);
      before.add(here.stem);
      before = here.next;
    }
  };
  addText(knowledge.articleText);
  addText(knowledge.article.title);
  addText(knowledge.article.summary);
  for (const e of knowledge.entities) [e.name, e.description, ...e.aliases, ...e.keywords].forEach(addText);
  for (const f of knowledge.facts) [f.answer, f.detail ?? "", f.question, ...f.keywords].forEach(addText);
  const withoutPairs = (text: string) => {
    for (const word of normaliseText(text).split(" ")) if (word) vocabulary.add(word);
  };
  for (const r of knowledge.relations)
    [r.label, ...r.verbs, ...r.inverseVerbs, ...r.nouns].forEach(withoutPairs);
  for (const group of [...knowledge.synonyms, ...(lang.synonyms ?? [])]) group.forEach(withoutPairs);
  for (const list of [
    lang.whWords,
    lang.auxiliaries,
    lang.filler,
    lang.descriptionWords,
    lang.greetings,
    lang.quantityWords,
    lang.measureWords,
    lang.timeWords,
  ]) {
    for (const word of list) vocabulary.add(word);
  }
  // "Укрепляется" of "укрепить": a verb's other aspect, made regularly, means what the verb does and
  // is known as its word (unless the knowledge uses it already, for its own meaning).
  // "Decision" of "decided": the noun a verb regularly makes is known as that verb too.
  if (lang.aspectPartners || lang.nominals) {
    const stems = new Set([...vocabulary].map((w) => stem(w)));
    for (const word of [...vocabulary]) {
      for (const partner of [...(lang.aspectPartners?.(word) ?? []), ...(lang.nominals?.(word) ?? [])]) {
        const s = stem(partner);
        if (stems.has(s) || synonyms.has(s)) continue;
        const own = stem(word);
        synonyms.set(s, synonyms.get(own) ?? own);
        vocabulary.add(partner);
        stems.add(s);
      }
    }
  }
  const typeWords = new Map<string, string>();
  for (const type of knowledge.types) {
    const words = lang.code === "en" ? type.words : (type[lang.code as "ru"]?.words ?? []);
    for (const word of words) {
      const folded = normaliseText(word);
      typeWords.set(folded, type.id);
      vocabulary.add(folded);
    }
  }
  // "Which cities": a kind's word asks for it in the plural too, unless the plural is a word of its own
  // in the knowledge (a name's stem, a relation's word, another kind's word).
  for (const [word, type] of [...typeWords]) {
    for (const plural of lang.plurals?.(word) ?? []) {
      const s = stem(plural);
      if (typeWords.has(plural) || aliases.has(s) || relationWords.has(s)) continue;
      typeWords.set(plural, type);
      vocabulary.add(plural);
    }
  }
  // "О какой системе": in a language of cases, a kind's word asks for it in its other cases too, unless
  // a form is another word of the knowledge (a name's or a relation's, under another stem).
  for (const [word, type] of [...typeWords]) {
    for (const form of lang.caseForms?.(word) ?? []) {
      const s = stem(form);
      if (typeWords.has(form) || (s !== stem(word) && (aliases.has(s) || relationWords.has(s)))) continue;
      typeWords.set(form, type);
      vocabulary.add(form);
    }
  }
  for (const [word, type] of Object.entries(lang.typeWords ?? {})) {
    if (!typeWords.has(word)) typeWords.set(word, type);
    vocabulary.add(word);
  }
  // "Who is the official quoted", "the top brass": the language's words for someone in a role ask for
  // the knowledge's kind of person, where it has one and does not use the word otherwise.
  const personKind = knowledge.types.find((t) => t.person)?.id;
  if (personKind !== undefined) {
    for (const word of lang.personNouns ?? []) {
      if (typeWords.has(word) || aliases.has(stem(word)) || relationWords.has(stem(word))) continue;
      typeWords.set(word, personKind);
      vocabulary.add(word);
    }
  }
  // "Which uni": a synonym the knowledge gives a kind's word asks for that kind too, unless it is a name
  // ("providers" may be both a synonym of "companies" and the name of the group they form).
  for (const group of knowledge.synonyms) {
    const folded = group.map((w) => normaliseText(w));
    const kinds = new Set(folded.flatMap((w) => typeWords.get(w) ?? []));
    if (kinds.size !== 1) continue;
    const [kind = ""] = kinds;
    for (const w of folded)
      if (!w.includes(" ") && !typeWords.has(w) && !aliases.has(stem(w))) typeWords.set(w, kind);
  }

  // "Does Kyrgyzstan get planes": a name of one word is known by the words the knowledge gives as its
  // synonyms too, where such a word names nothing else and asks for no kind or relation.
  // A grammar word's stem is never a name ("according" is no "accord").
  const grammar = new Set([...lang.filler, ...lang.descriptionWords].map((w) => stem(w)));
  for (const group of knowledge.synonyms) {
    const words = group.map((w) => normaliseText(w)).filter((w) => w !== "" && !w.includes(" "));
    const named = new Set(words.flatMap((w) => aliases.get(stem(w)) ?? []));
    if (named.size !== 1) continue;
    const [entity = ""] = named;
    for (const word of words) {
      const w = stem(word);
      if (aliases.has(w) || relationWords.has(w) || typeWords.has(word) || grammar.has(w)) continue;
      aliases.set(w, entity);
      nameWords.set(w, (nameWords.get(w) ?? new Set<string>()).add(entity));
    }
  }

  // "What did JY say": a person is known by the initials of their names, first and last, or all of
  // them, where those letters are no word and stand for no one else.
  const people = new Set(knowledge.types.filter((t) => t.person).map((t) => t.id));
  const initials = new Map<string, Set<string>>();
  for (const entity of knowledge.entities) {
    if (!people.has(entity.type)) continue;
    const words = normaliseText(entity.name).split(" ").filter(Boolean);
    if (words.length < 2) continue;
    const first = words[0] ?? "";
    const last = words.at(-1) ?? "";
    for (const letters of new Set([`${first[0]}${last[0]}`, words.map((w) => w[0]).join("")])) {
      if (letters.length > 3 || !/^\p{L}+$/u.test(letters)) continue;
      initials.set(letters, (initials.get(letters) ?? new Set<string>()).add(entity.id));
    }
  }
  for (const [letters, owners] of initials) {
    const w = stem(letters);
    const [entity] = owners;
    if (owners.size !== 1 || entity === undefined || lang.isWord(letters) || vocabulary.has(letters))
      continue;
    if (aliases.has(w) || relationWords.has(w) || typeWords.has(letters) || grammar.has(w)) continue;
    aliases.set(w, entity);
    nameWords.set(w, (nameWords.get(w) ?? new Set<string>()).add(entity));
  }

  // A variant must never hide a stem the knowledge uses as it is.
  for (const key of aliases.keys()) for (const s of key.split(" ")) stemVariants.delete(s);
  const namedAfter = new Map<string, Set<string>>();
  const personal = new Set(knowledge.entities.filter((e) => people.has(e.type)).map((e) => e.id));
  for (const [key, holder] of aliases) {
    const words = key.split(" ");
    if (words.length < 2 || !personal.has(holder)) continue;
    for (let from = 0; from < words.length; from++)
      for (let to = from + 1; to <= words.length && to - from < words.length; to++) {
        const inner = aliases.get(words.slice(from, to).join(" "));
        if (inner === undefined || inner === holder) continue;
        namedAfter.set(inner, (namedAfter.get(inner) ?? new Set<string>()).add(holder));
      }
  }
  const lowerForms = new Map<string, string>();
  for (const [form, name] of buildShortForms(knowledge.entities, lang).capitals) {
    const entity = aliases.get(stemPhrase(name));
    if (entity !== undefined) lowerForms.set(normaliseText(form), entity);
  }
  const nouns = selfKinds(knowledge, lang);
  const selfKinded = new Map<string, string>();
  const calledBy = new Map<string, Set<string>>();
  for (const [entity, noun] of nouns) {
    const s = stem(noun);
    selfKinded.set(entity, synonyms.get(s) ?? s);
    if (!personal.has(entity)) calledBy.set(noun, (calledBy.get(noun) ?? new Set<string>()).add(entity));
  }
  const describedAs = qualifiedKinds(knowledge, lang, typeWords);
  const initialisms = phraseInitialisms(
    knowledge,
    lang,
    (word) => vocabulary.has(word) || aliases.has(stem(word)),
  );
  return {
    namedAfter,
    lowerForms,
    selfKinds: selfKinded,
    calledBy,
    describedAs,
    title: stemWords(knowledge.article.title),
    aliases,
    names,
    nameWords,
    leadingWords,
    longestAlias,
    relationWords,
    agentNouns,
    statives,
    vocabulary,
    synonyms,
    typeWords,
    stemVariants,
    pairs,
    initialisms,
  };
}

/**
 * The initials of the knowledge's phrases of several words: its keywords ("military-technical
 * cooperation"), and the words that end a name after its last small word ("... по
 * военно-техническому сотрудничеству"), whose initials a question may type for them ("по ВТС"). A
 * whole name's initials are an alias already (see short-forms.ts). Initials that are a word the
 * knowledge or the language knows, or that two phrases share, stand for nothing.
 */
function phraseInitialisms(
  knowledge: Knowledge,
  lang: Language,
  known: (word: string) => boolean,
): Map<string, readonly string[]> {
  const phrases: string[] = [];
  for (const f of knowledge.facts) phrases.push(...f.keywords);
  for (const e of knowledge.entities) {
    phrases.push(...e.keywords);
    for (const name of [e.name, ...e.aliases]) {
      const words = name
        .replace(/\([^)]*\)/g, " ")
        .split(/\s+/)
        .filter(Boolean);
      const last = words.findLastIndex((w) => lang.filler.has(normaliseText(w)));
      if (last > 0) phrases.push(words.slice(last + 1).join(" "));
    }
  }
  const found = new Map<string, { key: string; words: readonly string[] } | undefined>();
  for (const phrase of phrases) {
    const short = initialism(phrase, lang);
    if (short === undefined || short.length < MIN_INITIALISM) continue;
    const word = normaliseText(short);
    if (known(word) || lang.isWord(word) || lang.greetings.has(word) || lang.filler.has(word)) continue;
    const key = stemPhrase(phrase);
    const before = found.get(word);
    if (found.has(word) && before?.key !== key) found.set(word, undefined);
    else if (!found.has(word)) found.set(word, { key, words: normaliseText(phrase).split(" ") });
  }
  const out = new Map<string, readonly string[]>();
  for (const [word, phrase] of found) if (phrase) out.set(word, phrase.words);
  return out;
}

function addRelationWords(into: Map<string, RelationWord[]>, relation: Relation): void {
  const add = (word: string, kind: CueKind) => {
    const key = stemPhrase(word);
    const list = into.get(key) ?? [];
    if (!list.some((w) => w.relation === relation.id && w.kind === kind))
      list.push({ relation: relation.id, kind });
    into.set(key, list);
  };
  for (const w of relation.verbs) add(w, "verb");
  for (const w of relation.inverseVerbs) add(w, "inverse");
  for (const w of relation.nouns) add(w, "noun");
}

/**
 * "Hurricane Helene is the earlier hurricane ...": the word before a kind's word of the entity's own
 * kind, right after the first form of "to be" and its article in its description, qualifies the kind
 * as the article does. Only languages that put modifiers before the noun read it so.
 */
function qualifiedKinds(
  knowledge: Knowledge,
  lang: Language,
  typeWords: ReadonlyMap<string, string>,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (lang.modifierBeforeNoun !== true) return out;
  for (const e of knowledge.entities) {
    const sentence = e.description.split(/[.;:!?](?:\s|$)/)[0] ?? "";
    const typed = sentence.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
    const folded = typed.map((w) => normaliseText(w));
    const be = folded.findIndex((w, i) => lang.beForms.has(w) && lang.articles.has(folded[i + 1] ?? ""));
    const word = folded[be + 2];
    const raw = typed[be + 2];
    const kind = folded[be + 3];
    if (be < 0 || word === undefined || raw === undefined || kind === undefined) continue;
    if (raw !== raw.toLowerCase() || /\d/.test(word) || typeWords.get(kind) !== e.type) continue;
    // "The official newspaper of the Ministry": whose it is says which one, as the question will.
    if (lang.genitive.has(folded[be + 4] ?? "")) continue;
    if (lang.filler.has(word) || lang.articles.has(word) || lang.auxiliaries.has(word)) continue;
    const key = `${word} ${kind}`;
    out.set(key, (out.get(key) ?? new Set<string>()).add(e.id));
  }
  return out;
}

/**
 * "Florida is the state Hurricane Milton hit", "the Service is the body charged with ...": the noun a
 * description calls its entity by, right after the first form of "to be" and its article, is a kind of
 * its own, where nothing qualifies it ("the earlier hurricane" is one of several): the word after it
 * is a name or title (a capital), a relative, a preposition, a participle, or the sentence's end. Only
 * languages that put modifiers before the noun read it so.
 */
function selfKinds(knowledge: Knowledge, lang: Language): Map<string, string> {
  const out = new Map<string, string>();
  if (lang.modifierBeforeNoun !== true) return out;
  const ends = (raw: string | undefined) => {
    if (raw === undefined) return true;
    const w = normaliseText(raw);
    return (
      raw !== raw.toLowerCase() ||
      lang.relatives.has(w) ||
      lang.slotBefore.has(w) ||
      lang.articles.has(w) ||
      lang.auxiliaries.has(w) ||
      lang.filler.has(w) ||
      lang.looksParticiple(w) ||
      /\d/.test(w)
    );
  };
  for (const e of knowledge.entities) {
    const sentence = e.description.split(/[.;:!?](?:\s|$)/)[0] ?? "";
    const typed = sentence.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
    const folded = typed.map((w) => normaliseText(w));
    const be = folded.findIndex((w, i) => lang.beForms.has(w) && lang.articles.has(folded[i + 1] ?? ""));
    if (be < 0) continue;
    const noun = typed[be + 2];
    if (noun === undefined || ends(noun) || !ends(typed[be + 3])) continue;
    // "X is the first Native American to ...": an ordinal places someone in a series, and is no noun.
    const word = normaliseText(noun);
    if (lang.ordinals?.words[word] !== undefined || lang.numbers?.[word] !== undefined) continue;
    out.set(e.id, word);
  }
  return out;
}
