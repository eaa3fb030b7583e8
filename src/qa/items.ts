import type { Knowledge } from "../knowledge/schema.js";
import { foldedWords, normaliseText } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import { type CalendarTime, calendarTime } from "./calendar.js";
import type { Language } from "./lang/types.js";
import { conceptOf, type Lexicon, relationConcept, speechRelations } from "./lexicon.js";
import { sentenceLocator } from "./sentences.js";
import { MIN_PREFIXED_WORD } from "./weights.js";

/** A fact, or an entity's description, ready to be scored: sides as sets, words as concepts. */
export interface Item {
  id: string;
  kind: "fact" | "description";
  relation: string;
  subject: ReadonlySet<string>;
  object: ReadonlySet<string>;
  mentions: ReadonlySet<string>;
  answer: string;
  /** The whole sentence of the article the evidence stands in. */
  evidence: string;
  concepts: ReadonlySet<string>;
  /**
   * The concepts of the keywords the knowledge gives the fact itself: a word a question uses for
   * another relation ("what gives X its strength") still asks for the fact whose own word it is.
   */
  own: ReadonlySet<string>;
  when: string | undefined;
  where: string | undefined;
  quantity: string | undefined;
  why: string | undefined;
  question: string;
  /** The fact leaves open who or which (a fact's `leavesOpen`). */
  open: boolean;
  /** The fact's lists are examples, not all (a fact's `partial`). */
  partial: boolean;
  /** The fact's subjects and objects are every party to the act it names (a fact's `complete`). */
  complete: boolean;
  /**
   * Concepts the answer says only with a negative prefix ("unpressurized" and never "pressurized"): a
   * yes/no question asking the plain word is answered "no" by it.
   */
  denied: ReadonlySet<string>;
  /**
   * Concepts the answer says only in a clause it denies ("is not finding out whether a system is good
   * or bad", "rather than focusing on a few systems"): a yes/no question that says several of them asks
   * what the fact says is not so.
   */
  negated: ReadonlySet<string>;
  /** The concepts of the answer's own words, without the keywords and question the knowledge adds. */
  stated: ReadonlySet<string>;
  /** Its time is one on the calendar: a figure, a day's or a month's name ("on Sunday", "through 2039"). */
  dated: boolean;
  /** Its time names a month or a figure, not only a weekday: what "what date" asks. */
  datedExactly: boolean;
  /** Its time, beside any gloss in brackets, names a day: a day of the month or of the week ("Oct. 8"). */
  datedToDay: boolean;
  /** Its time names a month ("in October 2015", "Oct. 8"), which a year alone does not: what "what month" asks. */
  datedToMonth: boolean;
  /** The calendar parts its time names ("in October 2015": the year and the month). */
  time: CalendarTime;
  /**
   * A statement's time or place that is part of what was said ("said that the system in the
   * post-Soviet space ...", "said: “... year around”"), not when or where it was said.
   */
  reported: { when: boolean; where: boolean };
  /**
   * Each entity's own kind noun, as its description calls it ("Florida is the state ...": "state"),
   * as a concept; one map shared by every item. "What state got hit" asks for a fact whose answer
   * is an entity called so.
   */
  kinds: ReadonlyMap<string, string>;
}

export const DESCRIBE_RELATION = "describe";

/**
 * Each word's concept, by lexicon: the items read every word of every fact several times over (its
 * concepts, what it denies, what it says), a few thousand words hundreds of thousands of times.
 */
const CONCEPTS = new WeakMap<Lexicon, Map<string, string>>();

function conceptIn(lexicon: Lexicon, word: string): string {
  let known = CONCEPTS.get(lexicon);
  if (known === undefined) {
    known = new Map();
    CONCEPTS.set(lexicon, known);
  }
  let concept = known.get(word);
  if (concept === undefined) {
    concept = conceptOf(lexicon, word);
    known.set(word, concept);
  }
  return concept;
}

export function buildItems(knowledge: Knowledge, lexicon: Lexicon, lang: Language): Item[] {
  const sentenceOf = sentenceLocator(knowledge.articleText, knowledge.article.abbreviations);
  const types = new Map(knowledge.types.map((t) => [t.id, t]));
  const conceptsOf = (...texts: string[]) => conceptsInto(new Set<string>(), texts);
  const conceptsInto = (out: Set<string>, texts: readonly string[]) => {
    for (const text of texts) for (const w of foldedWords(text)) out.add(conceptIn(lexicon, w));
    return out;
  };
  const speech = speechRelations(lexicon, lang);
  const opposites = oppositeConcepts(lexicon, lang);
  const kinds = lexicon.selfKinds;
  const reportedIn = (answer: string, relation: string, said: string | undefined) =>
    speech.has(relation) && said !== undefined && saidAfterVerb(answer, relation, said, lexicon, lang);
  const facts = knowledge.facts.map(
    (f): Item => ({
      id: f.id,
      kind: "fact",
      relation: f.relation,
      subject: new Set(f.subject),
      object: new Set(f.object),
      mentions: new Set(f.mentions),
      answer: f.answer,
      evidence: sentenceOf(f.evidence),
      concepts: conceptsInto(new Set([relationConcept(f.relation)]), [
        f.answer,
        f.detail ?? "",
        f.question,
        f.evidence,
        ...f.keywords,
      ]),
      own: conceptsOf(...f.keywords),
      when: f.when,
      where: f.where,
      quantity: f.quantity,
      why: f.why,
      question: f.question,
      open: f.leavesOpen === true,
      partial: f.partial === true,
      complete: f.complete === true,
      denied: deniedConcepts(f.answer, lexicon, lang, opposites),
      // A fact that leaves something open says what the article does not tell, not what is not so.
      negated: f.leavesOpen === true ? new Set() : deniedInClauses(f.answer, lexicon, lang),
      stated: conceptsOf(f.answer),
      dated: f.when !== undefined && isDated(f.when, lang, true),
      datedExactly: f.when !== undefined && isDated(f.when, lang, false),
      datedToDay: f.when !== undefined && namesDay(f.when, lang),
      datedToMonth: f.when !== undefined && namesMonth(f.when, lang),
      time: f.when === undefined ? {} : calendarTime(normaliseText(f.when).split(" ").filter(Boolean), lang),
      reported: {
        when: reportedIn(f.answer, f.relation, f.when),
        where: reportedIn(f.answer, f.relation, f.where),
      },
      kinds,
    }),
  );
  const descriptions = knowledge.entities.map(
    (e): Item => ({
      id: e.id,
      kind: "description",
      relation: DESCRIBE_RELATION,
      subject: new Set([e.id]),
      object: new Set(),
      mentions: new Set(),
      answer: e.description,
      evidence: sentenceOf(e.evidence),
      concepts: conceptsOf(e.description, e.name, ...e.keywords),
      own: new Set(),
      when: undefined,
      where: undefined,
      quantity: undefined,
      why: undefined,
      question: lang.phrases.describeQuestion(
        lang.code === "en" ? types.get(e.type)?.question : types.get(e.type)?.[lang.code as "ru"]?.question,
        e.name,
        types.get(e.type)?.person ?? false,
      ),
      open: false,
      partial: false,
      complete: false,
      denied: deniedConcepts(e.description, lexicon, lang, opposites),
      negated: deniedInClauses(e.description, lexicon, lang),
      stated: conceptsOf(e.description),
      dated: false,
      datedExactly: false,
      datedToDay: false,
      datedToMonth: false,
      time: {},
      reported: { when: false, where: false },
      kinds,
    }),
  );
  return [...facts, ...descriptions];
}

/**
 * Whether a time names a month or a figure, what "what date" or "which year" asks, or (with
 * `weekday`) a day of the week as well, which answers "what day".
 */
function isDated(when: string, lang: Language, weekday: boolean): boolean {
  const words = normaliseText(when).split(" ");
  const { calendar } = lang;
  return words.some(
    (w) =>
      /\d/.test(w) || (calendar?.words.has(w) ?? false) || (weekday && (calendar?.weekdays?.has(w) ?? false)),
  );
}

/**
 * Whether a time names a day: a figure that can be a day of the month, or a weekday. A gloss in
 * brackets ("this month" in an article of October 20) explains the time and is no part of it.
 */
function namesDay(when: string, lang: Language): boolean {
  const words = normaliseText(when.replace(/\([^)]*\)/g, " ")).split(" ");
  return words.some(
    (w) =>
      (/^\d{1,2}$/.test(w) && Number(w) >= 1 && Number(w) <= 31) ||
      (lang.calendar?.weekdays?.has(w) ?? false),
  );
}

/**
 * Whether a time names a month: one of the calendar's names of months, or a date written in figures
 * ("10/8/2015"). A gloss in brackets explains the time and is no part of it.
 */
function namesMonth(when: string, lang: Language): boolean {
  const text = when.replace(/\([^)]*\)/g, " ");
  if (/\b\d{1,4}[./-]\d{1,2}([./-]\d{1,4})?\b/.test(text)) return true;
  const month = lang.calendarNames?.month;
  return normaliseText(text)
    .split(" ")
    .some((w) => (month?.(w) ?? undefined) !== undefined || (lang.calendar?.words.has(w) ?? false));
}

/**
 * Whether a statement's answer gives the time or place only after its verb of saying: "Bondarev said
 * that ... in the post-Soviet space" reports a place, "On Sunday, Shugaev said ..." says when he spoke.
 */
function saidAfterVerb(
  answer: string,
  relation: string,
  said: string,
  lexicon: Lexicon,
  lang: Language,
): boolean {
  const words = normaliseText(answer).split(" ").filter(Boolean).map(stem);
  const verb = words.findIndex((w) =>
    (lexicon.relationWords.get(w) ?? []).some((r) => r.relation === relation && r.kind === "verb"),
  );
  if (verb < 0) return false;
  const content = normaliseText(said)
    .split(" ")
    .filter((w) => w && !lang.filler.has(w) && !lang.articles.has(w))
    .map(stem);
  const at = words.findIndex((w) => content.includes(w));
  return at > verb;
}

/** Each concept of the language's words of opposite meaning → the concepts of the other group. */
function oppositeConcepts(lexicon: Lexicon, lang: Language): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (from: readonly string[], to: readonly string[]) => {
    for (const a of from) {
      const concept = conceptOf(lexicon, a);
      const set = out.get(concept) ?? new Set<string>();
      for (const b of to) set.add(conceptOf(lexicon, b));
      out.set(concept, set);
    }
  };
  for (const [one, other] of lang.opposites ?? []) {
    add(one, other);
    add(other, one);
  }
  // A word the knowledge joins to its opposite as a synonym opposes nothing.
  for (const [concept, set] of out) set.delete(concept);
  return out;
}

/**
 * The concepts a text says the opposite of: a word with a negative prefix ("unpressurized", and never
 * "pressurized"), or a word of the language's opposites ("intentionally", and never "by accident").
 */
function deniedConcepts(
  text: string,
  lexicon: Lexicon,
  lang: Language,
  opposites: ReadonlyMap<string, ReadonlySet<string>>,
): Set<string> {
  const out = new Set<string>();
  const prefixes = lang.negativePrefixes ?? [];
  const words = foldedWords(text);
  const said = new Set(words.map((w) => conceptIn(lexicon, w)));
  for (const w of words) {
    for (const prefix of prefixes) {
      const plain = w.slice(prefix.length);
      // Only a question that uses the plain word asks it, so "united" (no "ited") costs nothing.
      if (!w.startsWith(prefix) || plain.length < MIN_PREFIXED_WORD) continue;
      const concept = conceptOf(lexicon, plain);
      if (!said.has(concept)) out.add(concept);
    }
  }
  for (const concept of said)
    for (const opposite of opposites.get(concept) ?? []) if (!said.has(opposite)) out.add(opposite);
  return out;
}

/** The words a denial opens with, by the language's list of denials: most words open none. */
const OPENING = new WeakMap<readonly (readonly string[])[], { has(word: string): boolean }>();

function openingWords(opens: readonly (readonly string[])[]): { has(word: string): boolean } {
  let words = OPENING.get(opens);
  if (words === undefined) {
    // A denial of no words would open at every word.
    words = opens.some((p) => p.length === 0)
      ? { has: () => true }
      : new Set(opens.map((p) => p[0] as string));
    OPENING.set(opens, words);
  }
  return words;
}

/** Printable ASCII and whitespace: text that folds without Unicode normalisation. */
const PLAIN_ASCII = /^[\x20-\x7e\s]*$/;

/** Where a text's clauses end: the marks that part them. */
const CLAUSE_MARKS = /[.,;:!?()"“”«»—–]+/;

/**
 * "Is not finding out whether a system is good or bad", "rather than focusing on a few systems": the
 * concepts a text says only in clauses it denies, from a word of denial to the clause's end or a word
 * that closes it ("but"). "Not only A but B" denies nothing.
 */
function deniedInClauses(text: string, lexicon: Lexicon, lang: Language): Set<string> {
  const denials = lang.denials;
  const out = new Set<string>();
  if (!denials) return out;
  const opens = openingWords(denials.opens);
  // Plain ASCII folds word by word, so its clauses hold the words of the whole text, which are folded
  // already: where none opens a denial, no clause denies anything, and none need be folded on its own.
  // (Discord markup, which folds away whole, could hold a clause mark.)
  if (PLAIN_ASCII.test(text) && !text.includes("<") && !foldedWords(text).some((w) => opens.has(w)))
    return out;
  const inside = new Set<string>();
  const outside = new Set<string>();
  for (const clause of text.split(CLAUSE_MARKS)) {
    const words = foldedWords(clause);
    let denied = false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? "";
      const opener = opens.has(w)
        ? denials.opens.find((p) => p.every((o, k) => words[i + k] === o))
        : undefined;
      if (opener) {
        i += opener.length - 1;
        denied = !denials.emphatic.has(words[i + 1] ?? "");
        continue;
      }
      if (denials.closes.has(w)) denied = false;
      (denied ? inside : outside).add(conceptIn(lexicon, w));
    }
  }
  for (const concept of inside) if (!outside.has(concept)) out.add(concept);
  return out;
}
