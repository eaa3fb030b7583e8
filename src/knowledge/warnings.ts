import { numberOf } from "../qa/counts.js";
import { buildExpansions } from "../qa/expansions.js";
import { english } from "../qa/lang/en.js";
import { russian } from "../qa/lang/ru.js";
import type { Language } from "../qa/lang/types.js";
import { englishWordsStartingWith, isEnglishWord } from "../text/dictionary.js";
import { normaliseText } from "../text/normalise.js";
import { stem, stemPhrase } from "../text/stem.js";
import type { KnowledgeIssue } from "./issues.js";
import { relationWordLists } from "./relation-words.js";
import { type KnowledgeFile, TRANSLATED_LANGUAGES } from "./schema.js";
import type { CommaJoined } from "./validate.js";
import type { PathKey } from "./yaml-source.js";

type Warn = (path: PathKey[], message: string) => void;

/**
 * What is allowed but likely to misread questions, reported by check-knowledge with what the author
 * can do; the file still loads:
 * - an alias that is an ordinary English word, or stems like one ("US" is "us", "DoS" is "dos"): any
 *   question using that word is read as naming the entity. An alias whose stem is an ordinary word
 *   only in name ("Ames" stems to "am", which as a word stems to "be") meets no question's word;
 * - a relation word, keyword or synonym that stems like a grammar word of its language ("use" and
 *   "us" are both "us"): a question's grammar word is read as that word;
 * - a word of a name of several words that stems like another ordinary word ("Administration" and
 *   "administrator"): beside a name of that entity, the question's word is read as part of the name;
 * - a word that asks what a name stands for ("stands", "abbreviation") given as a keyword where no
 *   name of the entity spells another out: what a name stands for is told from its names alone;
 * - a relation word that stems like a shorter word of the article ("publication" and "public") or a
 *   kind's word ("depart" and "department"): a question's ordinary word is read as the relation;
 * - a name of several words whose word stems like another form of a relation's word, beside words that
 *   are a name themselves ("Harbor District Manager" and "manage"): the question's verb is the name;
 * - a name the article writes with a comma, split in two by an unquoted `[…]` list;
 * - a kind's word the article counts ("12,000 people") where "how many people" would count the kind's
 *   entities instead of giving the figure;
 * - one entity on two sides of a fact, which ranking and verdicts read differently;
 * - a relation word of three words or more, or a synonym of two or more: questions are searched for
 *   single words and pairs of neighbours (synonyms, single words), so such an entry never matches.
 * Aliases that are ordinary words, and the words of one entity's names that stem like the noun of
 * whoever does them, are told once an entity: one decision each.
 */
export function knowledgeWarnings(
  file: KnowledgeFile,
  where: (path: readonly PathKey[]) => string,
  source: { articleText?: string; commaJoined?: CommaJoined } = {},
): KnowledgeIssue[] {
  const warnings: KnowledgeIssue[] = [];
  const warn: Warn = (path, message) => warnings.push({ where: where(path), message });
  ordinaryAliases(file, warn);
  grammarLookalikes(file, warn);
  contentLookalikes(file, source.articleText ?? "", warn);
  nameWordLookalikes(file, warn);
  relationWordsInNames(file, warn);
  commaSplitNames(file, source.articleText ?? "", source.commaJoined ?? (() => []), warn);
  expansionWords(file, warn);
  kindWordCounts(file, warn);
  twiceInOneFact(file, warn);
  unmatchedPhrases(file, warn);
  return warnings;
}

function ordinaryAliases(file: KnowledgeFile, warn: Warn): void {
  file.entities.forEach((entity, i) => {
    // One warning an entity, at its first such alias: "astronaut", "astronauts" and "crew" are one choice.
    const found: { alias: string; word: string; ordinary: string; at: number }[] = [];
    entity.aliases.forEach((alias, j) => {
      const word = normaliseText(alias);
      if (word === "" || word.includes(" ")) return;
      const stemmed = stem(word);
      const ordinary = isEnglishWord(word)
        ? word
        : isEnglishWord(stemmed) && stem(stemmed) === stemmed
          ? stemmed
          : undefined;
      if (ordinary !== undefined) found.push({ alias, word, ordinary, at: j });
    });
    const first = found[0];
    if (!first) return;
    const names = [entity.name, ...entity.aliases].filter((n) => normaliseText(n).includes(" "));
    const longer = names.length > 0 ? ` ('${names[0]}')` : "";
    const told = found.map((f) =>
      f.ordinary === f.word ? `'${f.alias}'` : `'${f.alias}' (stems like '${f.ordinary}')`,
    );
    const what =
      found.length === 1
        ? first.ordinary === first.word
          ? `alias '${first.alias}' is the ordinary English word '${first.word}'`
          : `alias '${first.alias}' stems like the ordinary English word '${first.ordinary}'`
        : `aliases ${told.join(", ")} are ordinary English words`;
    warn(
      ["entities", i, "aliases", first.at],
      `${what}: every question using ${found.length === 1 ? "it" : "one"} names '${entity.id}'. Keep ` +
        `${found.length === 1 ? "it" : "each"} only if questions about the article never use the word otherwise; ` +
        `else drop it and rely on the longer names${longer}, which a question may shorten to a word of them ` +
        "that is no ordinary word",
    );
  });
}

/** The language whose stemmer and word lists a word of the knowledge goes to: its alphabet says. */
function languageOf(word: string): Language {
  return /[\u0400-\u04ff]/.test(word) ? russian : english;
}

/** The words a language reads as grammar, never as what a question is about. */
function grammarWords(lang: Language): Set<string> {
  return new Set([
    ...lang.whWords,
    ...lang.auxiliaries,
    ...lang.articles,
    ...lang.filler,
    ...lang.possessives,
    ...lang.relatives,
    ...lang.joiners,
    ...lang.negations,
    ...lang.fromSide,
    ...lang.toSide,
    ...lang.slotBefore,
    ...lang.topicPrepositions,
    ...lang.quantityWords,
    ...lang.otherWords,
    ...lang.exclusions,
    ...Object.values(lang.pronouns).flatMap((set) => [...set]),
  ]);
}

const grammarByStem = new Map<string, { words: Set<string>; byStem: Map<string, string[]> }>();

/** A language's grammar words, and the same grouped by stem. */
function grammarOf(lang: Language): { words: Set<string>; byStem: Map<string, string[]> } {
  let found = grammarByStem.get(lang.code);
  if (!found) {
    const words = grammarWords(lang);
    const byStem = new Map<string, string[]>();
    for (const word of words) byStem.set(stem(word), [...(byStem.get(stem(word)) ?? []), word]);
    found = { words, byStem };
    grammarByStem.set(lang.code, found);
  }
  return found;
}

/** One is a regular form of the other ("use", "used"), so sharing a stem is the point. */
function formsOfOne(a: string, b: string, lang: Language): boolean {
  return lang.inflections(a).includes(b) || lang.inflections(b).includes(a);
}

/**
 * A grammar word that is another word than the knowledge's, though both stem alike: the grammar word
 * is the bare stem the other extends ("us" and "use", "тем" and "тема"). Forms of one word ("tell"
 * and "told", "other" and "others") share their stem as they should.
 */
function anotherWord(word: string, grammar: string, lang: Language): boolean {
  if (grammar === word || formsOfOne(word, grammar, lang) || lang.participles.has(grammar)) return false;
  // A Russian stem is most often a form of the word itself ("упомянут"): only a short word is another.
  if (lang !== english) return grammar.length <= 3 && grammar.length < word.length;
  return grammar.length <= stem(word).length;
}

/** Words a question's reading skips before it looks for what is asked: only a relation's word meets them. */
function skipped(word: string, lang: Language): boolean {
  return (
    lang.filler.has(word) ||
    lang.whWords.has(word) ||
    lang.auxiliaries.has(word) ||
    lang.beForms.has(word) ||
    lang.descriptionWords.has(word)
  );
}

/**
 * "Use" as a relation's noun: the question's "us" stems like it, and is read as asking that relation.
 * Words of one word only; a word that is itself a grammar word was chosen as one.
 */
function grammarLookalikes(file: KnowledgeFile, warn: Warn): void {
  const check = (
    written: string,
    path: PathKey[],
    what: string,
    effect: (g: string) => string,
    relationWord = false,
  ) => {
    const word = normaliseText(written);
    if (word === "" || word.includes(" ")) return;
    const lang = languageOf(word);
    const grammar = grammarOf(lang);
    // A keyword or synonym that is itself a grammar word was chosen as one; a relation's word is
    // looked for even so ("use", a word of phrasing, as a relation's noun).
    if (!relationWord && grammar.words.has(word)) return;
    // A relation's word is looked for before anything is skipped; a keyword or a synonym only meets
    // the grammar words a question keeps as content ("without", "another").
    const alike = (grammar.byStem.get(stem(word)) ?? []).filter(
      (g) => anotherWord(word, g, lang) && (relationWord || !skipped(g, lang)),
    );
    if (alike.length === 0) return;
    const list = alike.map((g) => `'${g}'`).join(", ");
    warn(
      path,
      `${what} '${written}' stems like the grammar word${alike.length > 1 ? "s" : ""} ${list} ` +
        `(all '${stem(word)}' to the engine): ${effect(alike[0] ?? "")}. Use another word for it, or a ` +
        "phrase of two words, which is matched whole",
    );
  };
  const inQuestion = (g: string) => `a question's '${g}'`;
  file.relations.forEach((relation, i) => {
    for (const [words, path] of relationWordLists(relation, i))
      words.forEach((w, j) => {
        check(
          w,
          [...path, j],
          `relation word`,
          (g) => `${inQuestion(g)} is read as asking '${relation.id}'`,
          true,
        );
      });
  });
  const keywords = (list: readonly string[], path: PathKey[], owner: string) =>
    list.forEach((w, j) => {
      check(w, [...path, j], "keyword", (g) => `${inQuestion(g)} counts as this keyword of '${owner}'`);
    });
  file.entities.forEach((entity, i) => {
    keywords(entity.keywords, ["entities", i, "keywords"], entity.id);
    for (const language of TRANSLATED_LANGUAGES) {
      const translated = entity[language];
      if (translated) keywords(translated.keywords, ["entities", i, language, "keywords"], entity.id);
    }
  });
  file.facts.forEach((fact, i) => {
    keywords(fact.keywords, ["facts", i, "keywords"], fact.id);
    for (const language of TRANSLATED_LANGUAGES) {
      const translated = fact[language];
      if (translated) keywords(translated.keywords, ["facts", i, language, "keywords"], fact.id);
    }
  });
  file.synonyms.forEach((group, i) => {
    group.forEach((w, j) => {
      check(w, ["synonyms", i, j], "synonym", (g) => `${inQuestion(g)} is read as '${group[0] ?? ""}'`);
    });
  });
}

/** How many look-alike words a warning names for one word of a name. */
const LOOKALIKES_SHOWN = 3;

/**
 * "National Aeronautics and Space Administration": "administrator" stems like its last word, and a
 * question's word beside a name that stems like a word of any of the entity's names is read as part of
 * that name, so "the NASA administrator" names NASA alone, and a question about a person the article
 * may never name is answered about the body. Words of English names only, against the English word
 * list; forms of the word itself ("administrations") are the name's own. Only the look-alike a
 * question about someone brings is named: the noun of whoever does what the name's word is the act
 * or the body of ("directorate" and "director", "development" and "developer"); the other look-alikes
 * of a stem ("nation" beside "national") name the same thing, or are words no question uses.
 *
 * The phrase a question writes is a short name and the noun ("NASA administrator"): the shortest of
 * the entity's names without a word of that stem carry it (with one, "National Aeronautics and Space
 * Administrator" is that name itself to the engine, and no entry can tell them apart). Each such phrase
 * listed under `outside`, or as a name of any entity (the holder the article names), is the author's
 * decision, and ends the warning for that noun.
 */
function nameWordLookalikes(file: KnowledgeFile, warn: Warn): void {
  const listed = new Set([
    ...file.outside.map((o) => stemPhrase(o)),
    ...file.entities.flatMap((e) => [e.name, ...e.aliases].map((n) => stemPhrase(n))),
  ]);
  const personKinds = new Set(file.types.filter((t) => t.person).map((t) => t.id));
  const kindOf = new Map(file.entities.map((e) => [e.id, e.type]));
  file.entities.forEach((entity, i) => {
    const names: [string, PathKey[]][] = [
      [entity.name, ["entities", i, "name"]],
      ...entity.aliases.map((a, j): [string, PathKey[]] => [a, ["entities", i, "aliases", j]]),
    ];
    const own = new Set(names.flatMap(([name]) => normaliseText(name).split(" ")));
    // One warning an entity, at the first name with such a word: the remedy is one 'outside' list.
    const found: {
      name: string;
      path: PathKey[];
      word: string;
      alike: string[];
      agent: string;
      phrase: string;
      holders: { entity: string; fact: string }[];
    }[] = [];
    for (const [name, path] of names) {
      const words = normaliseText(name).split(" ").filter(Boolean);
      if (words.length < 2) continue;
      for (const word of words) {
        // "Evaluation" and "evaluations" are one word to tell; so is one noun for two of them.
        if (found.some((f) => stem(f.word) === stem(word)) || /[^a-z]/.test(word) || word.length < 4)
          continue;
        if (grammarOf(english).words.has(word)) continue;
        const agents = agentNouns(word);
        if (agents.length === 0) continue;
        const alike = lookalikes(word, own).filter((w) => agents.includes(w.replace(/s$/, "")));
        const agent = alike[0];
        if (agent === undefined || found.some((f) => f.agent === agent)) continue;
        const phrases = carriers(names, stem(word)).map((carrier) => `${carrier} ${agent}`);
        // Every name has the word: the noun beside one is that name itself, which no entry can change.
        // One of the shortest names with the noun listed is the author's decision for that noun.
        if (phrases.length === 0 || phrases.some((p) => listed.has(stemPhrase(p)))) continue;
        const holders = holdersOf(file, entity.id, agent, personKinds, kindOf);
        found.push({ name, path, word, alike, agent, phrase: phrases[0] ?? "", holders });
      }
    }
    const first = found[0];
    if (!first) return;
    const quote = (list: readonly string[]) => list.map((w) => `'${w}'`);
    const advice = found.map((f) => {
      const holder = f.holders.length === 1 ? f.holders[0] : undefined;
      if (holder)
        return (
          `The article names a ${f.agent} of it, '${holder.entity}' (fact '${holder.fact}'): give ` +
          `'${holder.entity}' the alias '${f.phrase}', so the question names the ${f.agent}.`
        );
      const named =
        f.holders.length > 1
          ? `The article names ${f.agent}s of it (${quote(f.holders.map((h) => h.entity)).join(", ")}): give ` +
            "the one questions mean the alias"
          : `If the article names no ${f.agent} of it, list under 'outside'`;
      return `${named} '${f.phrase}' (a name the article never mentions).`;
    });
    const tail =
      `${advice.join(" ")} Only the phrase listed is told apart: another name of it before the noun ` +
      "needs its own entry. Or drop the long name if questions never use it";
    if (found.length === 1) {
      const shown = quote(first.alike.slice(0, LOOKALIKES_SHOWN));
      const more = first.alike.length > shown.length ? ` and ${first.alike.length - shown.length} more` : "";
      warn(
        first.path,
        `'${first.name}': its word '${first.word}' stems like ${shown.join(", ")}${more} (all ` +
          `'${stem(first.word)}' to the engine): a question's '${first.agent}' right after a name of ` +
          `'${entity.id}' ('${first.phrase}') is read as part of that name, and answered about '${entity.id}'. ${tail}`,
      );
      return;
    }
    const pairs = found.map((f) => `'${f.word}' in '${f.name}' like '${f.agent}'`);
    warn(
      first.path,
      `words of the names of '${entity.id}' stem like the nouns of whoever does what they name: ` +
        `${pairs.join(", ")}. A question's ${quote(found.map((f) => f.agent)).join(" or ")} right after a ` +
        `name of '${entity.id}' ('${first.phrase}') is read as part of that name, and answered about ` +
        `'${entity.id}'. ${tail}`,
    );
  });
}

/**
 * The names of an entity a question puts a noun after ("NIE" in "the NIE evaluator"): those with no
 * word of the stem and the fewest words, names of its own ("NIE", not "the agency") first.
 */
function carriers(names: readonly [string, PathKey[]][], wordStem: string): string[] {
  const free = names
    .map(([name]) => name.trim().replace(/^the\s+/i, ""))
    .filter((name) => {
      const words = normaliseText(name).split(" ").filter(Boolean);
      return words.length > 0 && words.every((w) => stem(w) !== wordStem);
    });
  const size = (name: string) => normaliseText(name).split(" ").length;
  const fewest = Math.min(...free.map(size));
  const shortest = free.filter((name) => size(name) === fewest);
  // A name of its own ("NASA", "ESDMD") before a word of the language ("the agency").
  const proper = (name: string) => /[A-Z0-9]/.test(name);
  return [...shortest.filter(proper), ...shortest.filter((name) => !proper(name))];
}

/**
 * Who the article says is the entity's `agent` ("director"): another entity, of a kind of person where
 * the file has one, of a fact about the entity whose answer or keywords use the noun.
 */
function holdersOf(
  file: KnowledgeFile,
  entity: string,
  agent: string,
  personKinds: ReadonlySet<string>,
  kindOf: ReadonlyMap<string, string>,
): { entity: string; fact: string }[] {
  const out: { entity: string; fact: string }[] = [];
  for (const fact of file.facts) {
    const parties = [...fact.subject, ...fact.object, ...fact.mentions];
    if (!parties.includes(entity)) continue;
    const words = normaliseText([fact.answer, ...fact.keywords].join(" ")).split(" ");
    if (!words.includes(agent) && !words.includes(`${agent}s`)) continue;
    for (const id of parties) {
      if (id === entity || out.some((h) => h.entity === id)) continue;
      if (personKinds.size > 0 ? personKinds.has(kindOf.get(id) ?? "") : fact.subject.includes(id))
        out.push({ entity: id, fact: fact.id });
    }
  }
  return out;
}

/**
 * The nouns of whoever does what a word names the act or the body of: "administration" and
 * "administrator", "development" and "developer", "directorate" and "director".
 */
function agentNouns(word: string): string[] {
  const singular = word.replace(/s$/, "");
  const out: string[] = [];
  if (/[^s]ion$/.test(singular) && singular.length > 6) out.push(singular.replace(/ion$/, "or"));
  if (/ation$/.test(singular)) out.push(singular.replace(/ation$/, "er"));
  if (/ment$/.test(singular)) out.push(singular.replace(/ment$/, "er"));
  if (/orate$/.test(singular)) out.push(singular.replace(/ate$/, ""));
  return out;
}

/** Ordinary English words other than `word` and its forms that stem like it. */
function lookalikes(word: string, own: ReadonlySet<string>): string[] {
  const s = stem(word);
  // Stems are mostly a start of the word ("administr"); one ending in "i" was a "y" ("agenci").
  const prefix = s.slice(0, Math.max(3, s.endsWith("i") ? s.length - 1 : s.length));
  const out: string[] = [];
  for (const candidate of englishWordsStartingWith(prefix)) {
    if (candidate === word || own.has(candidate) || stem(candidate) !== s) continue;
    if (formsOfOne(word, candidate, english) || formsOfOne(`${word}s`, candidate, english)) continue;
    out.push(candidate);
  }
  return out;
}

/**
 * What a name stands for ("what does X stand for") is told from its entity's names alone: where one
 * name is the initials of another, or a shortening of it. A keyword that asks it ("stands",
 * "abbreviation") is a word the engine reads as the question's form and never as its content, so it
 * tells nothing where the names give no expansion.
 */
function expansionWords(file: KnowledgeFile, warn: Warn): void {
  const expanded = new Set([...buildExpansions(file.entities, english).values()].map((e) => e.entity));
  const asksMeaning = (word: string) => {
    const folded = normaliseText(word);
    const lang = languageOf(folded);
    return lang.descriptionWords.has(folded) && !lang.whWords.has(folded) && MEANING_WORDS.has(folded);
  };
  const check = (list: readonly string[], path: PathKey[], entities: readonly string[]) => {
    if (entities.some((e) => expanded.has(e))) return;
    list.forEach((word, j) => {
      if (!asksMeaning(word)) return;
      warn(
        [...path, j],
        `keyword '${word}' asks what a name stands for, but no name of ${entities.map((e) => `'${e}'`).join(", ")} ` +
          "spells out another: the engine tells what a name stands for only from its entity's names (an " +
          "alias that is the name written out), and reads this word as the question's form, never as its " +
          "content. Drop it; if the article spells the name out, add that as an alias",
      );
    });
  };
  file.entities.forEach((entity, i) => {
    check(entity.keywords, ["entities", i, "keywords"], [entity.id]);
  });
  file.facts.forEach((fact, i) => {
    check(fact.keywords, ["facts", i, "keywords"], fact.subject);
  });
}

/** The words that ask what a name stands for, among those that ask what a name is. */
const MEANING_WORDS = new Set([
  "mean",
  "means",
  "meaning",
  "stand",
  "stands",
  "abbreviation",
  "acronym",
  "definition",
  "expansion",
  "expand",
  "short",
  "full",
]);

/** How many look-alike words of the article a warning names for one relation word. */
const CONTENT_LOOKALIKES_SHOWN = 3;

/**
 * "Publication" as a relation's noun: the stemmer cuts it to "public", so the article's "public lands"
 * in a question is read as asking that relation. A look-alike is another word of the article or the
 * knowledge (its answers, descriptions and kinds' words), which questions about the article will use
 * for other things, that stems like a one-word English relation word, and either
 * - is shorter: the relation's word is made from it ("publication" from "public", "commercialization"
 *   from "commercial"), so the plain word is read as the relation; or
 * - is a word of a kind ("department" beside a relation verb "depart"): "which department" asks for a
 *   kind, not about the relation.
 * A longer look-alike is most often the noun of the relation's own act ("development" beside
 * "develop") and is not told. Forms of the relation's words (inflections, irregular forms about as long
 * as the word), its other words and another relation's, agent nouns ("researcher") and grammar words
 * (told apart above) are never look-alikes.
 */
function contentLookalikes(file: KnowledgeFile, articleText: string, warn: Warn): void {
  const texts = [
    articleText,
    file.article.title,
    file.article.summary,
    ...file.entities.map((e) => e.description),
    ...file.facts.flatMap((f) => [f.answer, f.question]),
    ...file.types.flatMap((t) => t.words),
  ];
  const byStem = new Map<string, Set<string>>();
  for (const text of texts)
    for (const word of normaliseText(text).split(" ")) {
      if (!/^[a-z]+$/.test(word)) continue;
      const s = stem(word);
      byStem.set(s, (byStem.get(s) ?? new Set<string>()).add(word));
    }
  const relationWords = new Set(
    file.relations.flatMap((r) => [...r.verbs, ...r.inverseVerbs, ...r.nouns].map((w) => normaliseText(w))),
  );
  const grammar = grammarOf(english).words;
  const kindWords = new Set(file.types.flatMap((t) => t.words.map((w) => normaliseText(w))));
  file.relations.forEach((relation, i) => {
    const own = [...relation.verbs, ...relation.inverseVerbs, ...relation.nouns].map((w) => normaliseText(w));
    for (const kind of ["verbs", "inverseVerbs", "nouns"] as const) {
      relation[kind].forEach((written, j) => {
        const word = normaliseText(written);
        if (!/^[a-z]+$/.test(word)) return;
        const alike = [...(byStem.get(stem(word)) ?? [])].filter(
          (other) =>
            !relationWords.has(other) &&
            !grammar.has(other) &&
            !own.some(
              (o) => o.length > 0 && (formsOfOne(o, other, english) || formsOfOne(`${o}s`, other, english)),
            ) &&
            Math.abs(other.length - word.length) > 1 &&
            !/(?:er|or|ers|ors)$/.test(other) &&
            (other.length < word.length || kindWords.has(other)),
        );
        if (alike.length === 0) return;
        const shown = alike.slice(0, CONTENT_LOOKALIKES_SHOWN).map((w) => `'${w}'`);
        const more = alike.length > shown.length ? ` and ${alike.length - shown.length} more` : "";
        warn(
          ["relations", i, kind, j],
          `relation word '${written}' stems like ${shown.join(", ")}${more} (all '${stem(word)}' to the engine), ` +
            `which questions about the article use for other things: a question's '${alike[0]}' is read as asking ` +
            `'${relation.id}'. Use another word for it (a phrase of two words is matched whole), or drop it if ` +
            "the relation's other words cover it",
        );
      });
    }
  });
}

/**
 * "California Desert District Manager" as the name of a post, beside a relation verb "manage": names
 * are compared by stem, so "what does the California Desert District manage" is that name, and asks
 * about the post instead of what the district manages. Told where a name of several words has a word
 * that stems like a relation's word without being a form of it ("manager" and "manage", "requirements"
 * and "require"), and the name's other words are themselves a name (of any entity), which a question
 * may well put beside the relation's word. Forms of one word ("order" and "orders") are the name's own.
 */
function relationWordsInNames(file: KnowledgeFile, warn: Warn): void {
  const relationOf = new Map<string, { word: string; relation: string }[]>();
  for (const relation of file.relations)
    for (const written of [...relation.verbs, ...relation.inverseVerbs, ...relation.nouns]) {
      const word = normaliseText(written);
      if (!/^[a-z]+$/.test(word)) continue;
      const s = stem(word);
      relationOf.set(s, [...(relationOf.get(s) ?? []), { word, relation: relation.id }]);
    }
  const nameKeys = new Set(file.entities.flatMap((e) => [e.name, ...e.aliases].map((n) => stemPhrase(n))));
  const grammar = grammarOf(english).words;
  file.entities.forEach((entity, i) => {
    const names: [string, PathKey[]][] = [
      [entity.name, ["entities", i, "name"]],
      ...entity.aliases.map((a, j): [string, PathKey[]] => [a, ["entities", i, "aliases", j]]),
    ];
    for (const [name, path] of names) {
      const words = normaliseText(name).split(" ").filter(Boolean);
      if (words.length < 2) continue;
      words.forEach((word, k) => {
        const alike = (relationOf.get(stem(word)) ?? []).filter(
          (r) => r.word !== word && !formsOfOne(word, r.word, english) && !grammar.has(word),
        );
        const first = alike[0];
        // The rest of the name, with the articles around it dropped, must be a name a question may use.
        const rest = words.filter((_, at) => at !== k);
        const trimmed = rest.filter(
          (w, at) => !(english.articles.has(w) && (at === 0 || at === rest.length - 1)),
        );
        if (!first || !nameKeys.has(stemPhrase(trimmed.join(" ")))) return;
        const asked = words.map((w, at) => (at === k ? first.word : w)).join(" ");
        warn(
          path,
          `'${name}': its word '${word}' stems like '${first.word}', a word of relation '${first.relation}' ` +
            `(both '${stem(word)}' to the engine), and '${trimmed.join(" ")}' is a name: names are compared by ` +
            `stem, so a question's '${asked}' is this name of '${entity.id}', not a question of ` +
            `'${first.relation}'. Drop the name if questions never use it, or list it with '${first.word}' ` +
            `under 'outside' ('${asked}') if it must not name '${entity.id}'`,
        );
      });
    }
  });
}

/**
 * "California State University, Chico" written unquoted in a `[…]` list is two names, "California State
 * University" and "Chico": where the article writes the two together with their comma, the author
 * almost surely meant one name.
 */
/**
 * "California State University, Chico": both parts written with capitals, and neither the initials of
 * the other ("Lunar Terrain Vehicle, LTV" is a name and its short form, listed as two on purpose).
 */
function oneName(joined: string): boolean {
  const [first = "", second = ""] = joined.split(/\s*,\s*/);
  const capitalised = (part: string) => part !== "" && /^[A-Z]/.test(part);
  if (!capitalised(first) || !capitalised(second)) return false;
  const initials = (part: string) =>
    part
      .split(/[\s-]+/)
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join("");
  return second.replaceAll(".", "") !== initials(first) && first.replaceAll(".", "") !== initials(second);
}

function commaSplitNames(
  file: KnowledgeFile,
  articleText: string,
  commaJoined: CommaJoined,
  warn: Warn,
): void {
  // Stemming drops every comma, so the article is cut at its commas first: the two parts must end one
  // piece and start the next. "Chief Mutáwi Mutáhash (Many Hearts)" is no comma-written name, though
  // its two names stand side by side.
  let pieces: string[] | undefined;
  const inArticle = (joined: string) => {
    const [first = "", second = ""] = joined.split(",").map(stemPhrase);
    if (first === "" || second === "") return false;
    pieces ??= articleText.split(",").map(stemPhrase);
    for (let k = 0; k + 1 < pieces.length; k++) {
      if (` ${pieces[k]}`.endsWith(` ${first}`) && `${pieces[k + 1]} `.startsWith(`${second} `)) return true;
    }
    return false;
  };
  const check = (list: readonly string[], path: PathKey[]) => {
    list.forEach((_, j) => {
      const joined = commaJoined([...path, j]).find((text) => inArticle(text) && oneName(text));
      // Told once, at the first of the two items.
      if (joined === undefined || !joined.startsWith(list[j] ?? "")) return;
      warn(
        [...path, j],
        `'${joined}' is written in the article as one name, but unquoted in a [...] list its comma parts it ` +
          `into '${list[j]}' and '${list[j + 1]}'. Quote it ("${joined}") or write the list one item a line`,
      );
    });
  };
  file.entities.forEach((entity, i) => {
    check(entity.aliases, ["entities", i, "aliases"]);
  });
  check(file.outside, ["outside"]);
}

/**
 * One entity on two sides of a fact (`subject` and `mentions`, `object` and `mentions`, or `subject`
 * and `object`): facts are ranked with it on the first side the engine looks at (subject, then object;
 * a question putting it on the other side counts against the fact), while yes/no verdicts let a
 * `mentions` entry stand on either side, so the same question is ranked by one reading and judged by
 * the other. Told at the second list, once an entity and fact.
 */
function twiceInOneFact(file: KnowledgeFile, warn: Warn): void {
  file.facts.forEach((fact, i) => {
    const told = new Set<string>();
    const tell = (id: string, first: "subject" | "object", second: "object" | "mentions", j: number) => {
      if (told.has(id)) return;
      told.add(id);
      const onSide =
        `facts are ranked with it as the ${first} only (a question that puts it on the other side ` +
        "counts against the fact), while yes/no verdicts take it on either side";
      const keep =
        second === "mentions"
          ? `Keep it in one list: '${first}' to hold it to that side, or 'mentions' alone (with another ` +
            `entity as the ${first}) where it may stand on either`
          : "Keep it on the side the article puts it; a fact of a relation with itself on both sides " +
            "needs another relation";
      warn(
        ["facts", i, second, j],
        `entity '${id}' is both '${first}' and '${second}' of fact '${fact.id}': ${onSide}. ${keep}`,
      );
    };
    fact.object.forEach((id, j) => {
      if (fact.subject.includes(id)) tell(id, "subject", "object", j);
    });
    fact.mentions.forEach((id, j) => {
      if (fact.subject.includes(id)) tell(id, "subject", "mentions", j);
      else if (fact.object.includes(id)) tell(id, "object", "mentions", j);
    });
  });
}

/**
 * "How many people took part", with `people` a word of the kind of persons: the question asks for a
 * count of that kind. The engine answers it with the figure of the fact that ranks first on the
 * question's other words (the kind's word is not scored) when that fact's `quantity` counts the word,
 * and otherwise counts the entities of the kind the facts name. Told where a fact's answer, detail
 * or quantity puts a kind's word (or its plural, or a word the language gives a kind of person,
 * "officials") right after a figure ("12,000 people", "three power teams"), and either the fact's
 * `quantity` does not count the word, or a fact of the same relation before it in the file counts
 * something else (ranked alike on the question's other words, the earlier fact leads).
 */
function kindWordCounts(file: KnowledgeFile, warn: Warn): void {
  const nameStems = new Set(file.entities.flatMap((e) => [e.name, ...e.aliases].map((n) => stemPhrase(n))));
  const relationStems = new Set(
    file.relations.flatMap((r) => [...r.verbs, ...r.inverseVerbs, ...r.nouns].map((w) => stemPhrase(w))),
  );
  const otherwise = (word: string) => nameStems.has(stem(word)) || relationStems.has(stem(word));
  interface KindWord {
    kind: string;
    word: string;
    path?: PathKey[];
  }
  const forms = new Map<string, KindWord>();
  file.types.forEach((type, i) => {
    type.words.forEach((written, j) => {
      const word = normaliseText(written);
      if (word === "" || word.includes(" ")) return;
      const entry: KindWord = { kind: type.id, word: written, path: ["types", i, "words", j] };
      if (!forms.has(word)) forms.set(word, entry);
      for (const plural of english.plurals?.(word) ?? [])
        if (!forms.has(plural) && !otherwise(plural)) forms.set(plural, entry);
    });
  });
  const person = file.types.find((t) => t.person);
  if (person)
    for (const word of english.personNouns ?? [])
      if (!forms.has(word) && !otherwise(word)) forms.set(word, { kind: person.id, word });
  if (forms.size === 0) return;
  const grammar = grammarOf(english).words;
  const synonym = new Map(
    file.synonyms.flatMap((group) => group.map((w): [string, string] => [stem(w), stem(group[0] ?? w)])),
  );
  const concept = (word: string) => synonym.get(stem(word)) ?? stem(word);
  const counts = (quantity: string | undefined, word: string) =>
    normaliseText(quantity ?? "")
      .split(" ")
      .some((w) => w !== "" && concept(w) === concept(word));
  const found = new Map<KindWord, { fact: number; field: string; phrase: string; word: string }[]>();
  const members = new Map<string, number>();
  for (const entity of file.entities) members.set(entity.type, (members.get(entity.type) ?? 0) + 1);
  file.facts.forEach((fact, i) => {
    for (const field of ["answer", "detail", "quantity"] as const) {
      const words = normaliseText(fact[field] ?? "").split(" ");
      for (let k = 0; k < words.length; k++) {
        const value = numberOf(words[k] ?? "", english);
        // A year ("in 2015 officials said") counts nothing.
        if (value === undefined || (/^\d{4}$/.test(words[k] ?? "") && value >= 1800 && value <= 2100))
          continue;
        // "12,000" is "12 000": the groups of three belong to the figure.
        let next = k + 1;
        while (/^\d{3}$/.test(words[next] ?? "")) next++;
        // The counted word, or one word on ("three power teams").
        let at = next;
        if (!forms.has(words[at] ?? "") && !grammar.has(words[at] ?? "")) at++;
        const word = words[at] ?? "";
        const form = forms.get(word);
        if (!form) continue;
        const list = found.get(form) ?? [];
        found.set(form, list);
        // As many as the file has of the kind: counting them says the same, with names.
        const figure = next > k + 1 ? Number(words.slice(k, next).join("")) : value;
        if (list.some((f) => f.fact === i) || figure === members.get(form.kind)) continue;
        const phrase = [words.slice(k, next).join(","), ...words.slice(next, at + 1)].join(" ");
        // A 'quantity' that counts the word answers "how many <word>" wherever its fact stands.
        if (!counts(fact.quantity, word)) list.push({ fact: i, field, phrase, word });
      }
    }
  });
  for (const [form, list] of found) {
    const first = list[0];
    if (!first) continue;
    const id = (f: { fact: number }) => file.facts[f.fact]?.id ?? "";
    const example = `'${id(first)}' ('${first.phrase}')`;
    const more = list.length > 1 ? ` (and ${list.length - 1} more fact${list.length > 2 ? "s" : ""})` : "";
    const asked = `A question "how many ${first.word} ..." asks for a count of kind '${form.kind}'`;
    const counted =
      `a count of the entities of kind '${form.kind}' the facts name ("the article names two: ...", or, ` +
      "with none, that it does not say)";
    const effect =
      `${asked}, and is answered with ${counted}, not with the figure, since the fact's 'quantity' does ` +
      `not count '${form.word}'. Write the figure with the word in its 'quantity' ('${first.phrase}')`;
    const remedy = form.path
      ? `, or drop '${form.word}' from the kind's words unless questions use it to ask which ones ("which ` +
        `${first.word} ..."): "how many ${first.word}" then asks for a figure, found by the word`
      : `; '${form.word}' asks for the kind of person by the language's own words for someone in a role ` +
        "(officials, brass, bigwigs), wherever the file has a kind of person and no name or relation word " +
        "of the file is the word";
    warn(
      form.path ?? ["facts", first.fact, first.field],
      `kind word '${form.word}' follows a figure in fact ${example}${more}. ${effect}${remedy}`,
    );
  }
}

/**
 * A relation word is looked for one word at a time and as a pair of neighbours ("take part"), a
 * synonym one word at a time: "call for proposals" as a relation's noun, or "space flight" in a
 * synonym group, is accepted and never meets a question.
 */
function unmatchedPhrases(file: KnowledgeFile, warn: Warn): void {
  const size = (text: string) => normaliseText(text).split(" ").length;
  file.relations.forEach((relation, i) => {
    for (const [words, path] of relationWordLists(relation, i))
      words.forEach((word, j) => {
        const n = size(word);
        if (n <= 2) return;
        warn(
          [...path, j],
          `relation word '${word}' is ${n} words: questions are searched for single words and pairs of ` +
            "words side by side, so it never matches one. Use one word, or two that questions write together",
        );
      });
  });
  file.synonyms.forEach((group, i) => {
    group.forEach((word, j) => {
      if (size(word) < 2) return;
      warn(
        ["synonyms", i, j],
        `synonym '${word}' is ${size(word)} words: synonyms are compared one word at a time, so it never ` +
          "matches a question. Drop it, or give a single word",
      );
    });
  });
}
