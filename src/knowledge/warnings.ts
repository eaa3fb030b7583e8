import { buildExpansions } from "../qa/expansions.js";
import { english } from "../qa/lang/en.js";
import { russian } from "../qa/lang/ru.js";
import type { Language } from "../qa/lang/types.js";
import { englishWordsStartingWith, isEnglishWord } from "../text/dictionary.js";
import { normaliseText } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import type { KnowledgeIssue } from "./issues.js";
import { relationWordLists } from "./relation-words.js";
import { type KnowledgeFile, TRANSLATED_LANGUAGES } from "./schema.js";
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
 *   name of the entity spells another out: what a name stands for is told from its names alone.
 */
export function knowledgeWarnings(
  file: KnowledgeFile,
  where: (path: readonly PathKey[]) => string,
): KnowledgeIssue[] {
  const warnings: KnowledgeIssue[] = [];
  const warn: Warn = (path, message) => warnings.push({ where: where(path), message });
  ordinaryAliases(file, warn);
  grammarLookalikes(file, warn);
  nameWordLookalikes(file, warn);
  expansionWords(file, warn);
  return warnings;
}

function ordinaryAliases(file: KnowledgeFile, warn: Warn): void {
  file.entities.forEach((entity, i) => {
    entity.aliases.forEach((alias, j) => {
      const word = normaliseText(alias);
      if (word === "" || word.includes(" ")) return;
      const stemmed = stem(word);
      const ordinary = isEnglishWord(word)
        ? word
        : isEnglishWord(stemmed) && stem(stemmed) === stemmed
          ? stemmed
          : undefined;
      if (ordinary === undefined) return;
      const names = [entity.name, ...entity.aliases].filter((n) => normaliseText(n).includes(" "));
      const longer = names.length > 0 ? ` ('${names[0]}')` : "";
      const advice =
        `: every question using it names '${entity.id}'. Keep it only if questions about the article never ` +
        `use the word otherwise; else drop it and rely on the longer names${longer}, which a question ` +
        "may shorten to a word of them that is no ordinary word";
      warn(
        ["entities", i, "aliases", j],
        ordinary === word
          ? `alias '${alias}' is the ordinary English word '${word}'${advice}`
          : `alias '${alias}' stems like the ordinary English word '${ordinary}'${advice}`,
      );
    });
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
 * "National Aeronautics and Space Administration": "administrator" stems like its last word, so
 * "the NASA administrator" is read as naming NASA alone, and a question about a person the article
 * may never name is answered about the body. Words of English names only, against the English word
 * list; forms of the word itself ("administrations") are the name's own. Only the look-alike a
 * question about someone brings is named: the noun of whoever does what the name's word is the act
 * or the body of ("directorate" and "director", "development" and "developer"); the other look-alikes
 * of a stem ("nation" beside "national") name the same thing, or are words no question uses.
 */
function nameWordLookalikes(file: KnowledgeFile, warn: Warn): void {
  file.entities.forEach((entity, i) => {
    const names: [string, PathKey[]][] = [
      [entity.name, ["entities", i, "name"]],
      ...entity.aliases.map((a, j): [string, PathKey[]] => [a, ["entities", i, "aliases", j]]),
    ];
    const own = new Set(names.flatMap(([name]) => normaliseText(name).split(" ")));
    const reported = new Set<string>();
    for (const [name, path] of names) {
      const words = normaliseText(name).split(" ").filter(Boolean);
      if (words.length < 2) continue;
      for (const word of words) {
        if (reported.has(word) || /[^a-z]/.test(word) || word.length < 4) continue;
        if (grammarOf(english).words.has(word)) continue;
        const agents = agentNouns(word);
        if (agents.length === 0) continue;
        const alike = lookalikes(word, own).filter((w) => agents.includes(w.replace(/s$/, "")));
        if (alike.length === 0) continue;
        reported.add(word);
        const shown = alike.slice(0, LOOKALIKES_SHOWN).map((w) => `'${w}'`);
        const more = alike.length > shown.length ? ` and ${alike.length - shown.length} more` : "";
        const first = alike[0] ?? "";
        warn(
          path,
          `'${name}': its word '${word}' stems like ${shown.join(", ")}${more} (all '${stem(word)}' to the ` +
            `engine): a question's '${first}' next to a name of '${entity.id}' is read as part of that name. ` +
            `If the article names no ${first} of it, list a short name of it with the word under 'outside' ` +
            `('${entity.aliases.find((a) => !normaliseText(a).includes(" ")) ?? entity.name} ${first}': ` +
            "a name the article never mentions), or drop the long name if questions never use it",
        );
      }
    }
  });
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
