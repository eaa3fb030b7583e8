import { normaliseText, tokenizeInput } from "../text/normalise.js";
import { stem, stemPhrase } from "../text/stem.js";
import { calendarTime } from "./calendar.js";
import { numberOf } from "./counts.js";
import { findAsked, findCues, isQuestionSubject, roleOf } from "./grammar.js";
import type { Language, RoleContext } from "./lang/types.js";
import {
  conceptOf,
  directiveRelations,
  inPhrase,
  isKnownWord,
  type Lexicon,
  relationConcept,
  speechRelations,
} from "./lexicon.js";
import { findNames } from "./names.js";
import { asksSubtype, DESIGNATION, markModifiers, mergeOwnNames, possessedPositions } from "./phrasing.js";
import type { Analysis, Cue, Mention } from "./question.js";
import type { SpellingCorrector } from "./spelling.js";
import { describeUnknown } from "./unknown-words.js";
import { LISTING_LEAD_IN, MAX_WORDS, MIN_QUOTED_WORDS, QUOTE_WORDS, RECENT_ANALYSES } from "./weights.js";

export type { Analysis, Asked, Cue, Mention, Role } from "./question.js";

export interface AnalyserParts {
  lang: Language;
  /** Whether any fact or description uses a concept (not merely the article or an alias). */
  inFacts: (concept: string) => boolean;
  /** Entity id → its type. */
  types: ReadonlyMap<string, string>;
  /** Types whose entities come in models the article may not name. */
  withModels: ReadonlySet<string>;
  lexicon: Lexicon;
  vocabularyStems: Set<string>;
  spelling: SpellingCorrector;
  outside: Map<string, string>;
  /** Whether an entity's kind ever stands on a side of a relation in the facts. */
  canStand?: RoleContext["canStand"];
  /** An entity that stands for a group ("the licensees") → the kind of its members ("company"). */
  groups?: ReadonlyMap<string, string>;
  /** A body the facts give members ("the CSTO") → the relation of belonging to it. */
  memberships?: ReadonlyMap<string, string>;
  /**
   * The stem of a relation's noun for whoever does it ("member", "signatory") → the one kind its facts'
   * subjects are of: "how many members" counts entities of that kind.
   */
  partyKinds?: ReadonlyMap<string, string>;
  /**
   * A kind's word that the knowledge gives only some entities of the kind as a keyword ("university"
   * among organisations, "center" among NASA's bodies) → those entities: the narrower kind it asks for.
   */
  narrowKinds?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Stemmed titles that stand for the one person whose names give them ("colonel general"). */
  titles?: ReadonlySet<string>;
}

const TITLED = new WeakMap<Lexicon, Set<string>>();

/** The entities the article's title names, longest names first. */
function titleNames(lexicon: Lexicon, lang: Language): Set<string> {
  let named = TITLED.get(lexicon);
  if (!named) {
    named = new Set(findNames([...lexicon.title], lexicon, new Map(), lang).mentions.map((m) => m.entity));
    TITLED.set(lexicon, named);
  }
  return named;
}

/** A question mark closing the text, whatever signs or emoji follow it. */
const MARKED_END = /\?[^\p{L}\p{N}]*$/u;

/** Where "come from" (a verb of origin and its preposition) stands, or -1. */
function originAt(words: readonly string[], lang: AnalyserParts["lang"]): number {
  const origin = lang.origin;
  if (!origin) return -1;
  return words.findIndex((w, i) => origin.verbs.has(w) && origin.from.has(words[i + 1] ?? ""));
}

/** How many words at the end of a statement are its question tag: "right" is one, "or not" two. */
function questionTag(typed: readonly string[], lang: AnalyserParts["lang"]): number {
  const tags = lang.questionTags;
  if (!tags) return 0;
  const last = typed.at(-1) ?? "";
  const isTag = tags.has(last) || lang.negations.has(last);
  if (isTag && lang.alternatives.has(typed.at(-2) ?? "")) return 2;
  return tags.has(last) ? 1 : 0;
}

/**
 * "Who supplies X, Y?": a name alone after the question's last comma or question mark, at its end, is the asker's guess
 * at the answer. One the article never mentions does not keep the question from being answered; the
 * answer names whom the facts give.
 */
function guessedAtEnd(question: string, name: string, end: number | undefined, length: number): boolean {
  if (end !== length) return false;
  // "Which branch does X command? army??": a question mark closes the question as a comma does.
  const clauses = question.split(/[,?]/u).map((c) => tokenizeInput(c).length);
  const last = clauses.findLastIndex((n) => n > 0);
  if (last <= 0) return false;
  return clauses[last] === tokenizeInput(name).length;
}

/** Phrases of two words or more the question puts in quotation marks, normalised. */
function quotedPhrases(question: string): string[] {
  const found = question.matchAll(/(?:^|[\s(])['"‘“«]([^'"’”»]{3,}?)['"’”»](?=$|[\s.,;:!?)])/gu);
  return [...found]
    .map((m) => normaliseText(m[1] ?? ""))
    .filter((p) => p.split(" ").length >= MIN_QUOTED_WORDS);
}

/** The words with each word of chat ("idk") replaced by the words it stands for. */
function chatWordsAs(words: readonly string[], lang: AnalyserParts["lang"]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const meant = lang.chatWords?.[w];
    if (meant === undefined) out.push(w);
    else out.push(...meant.split(" "));
  }
  return out;
}

/**
 * "What law/program", "is he/she": words typed with a slash between them are offered as alternatives,
 * as "law or program" are. A slash beside a word that already joins ("and/or"), or between names,
 * only parts the words,
 * and one inside a token with other marks (a web address) is left alone.
 */
function slashedAs(question: string, lang: AnalyserParts["lang"], lexicon: Lexicon): string {
  const [or] = lang.alternatives;
  if (or === undefined || !question.includes("/")) return question;
  return question.replace(/(?<=^|\s)\p{L}+(?:\/\p{L}+)+(?=[?!.,;:]*(?:\s|$))/gu, (token) => {
    const words = token.split("/");
    const joined = words.some((w) => {
      const folded = w.toLowerCase();
      return lang.alternatives.has(folded) || lang.joiners.has(folded);
    });
    // "Russia/Armenia": names with slashes between them are a list of them, not a choice.
    const names = words.every((w) => lexicon.aliases.has(stem(w.toLowerCase())));
    return words.join(joined || names ? " " : ` ${or} `);
  });
}

/**
 * The words with the initials of a phrase of the knowledge written out ("по ВТС": "по военно
 * техническое сотрудничество"), where the initials are no word of the knowledge itself.
 */
function initialismsAs(words: readonly string[], lexicon: Lexicon): string[] {
  if (lexicon.initialisms.size === 0) return [...words];
  const out: string[] = [];
  for (const w of words) {
    const meant = lexicon.initialisms.get(w);
    if (meant === undefined) out.push(w);
    else out.push(...meant);
  }
  return out;
}

/**
 * The words with each idiom the language reads plainly ("in line for") replaced by its plain words,
 * up to `limit` words: what lies beyond is never read, so a long message is not rewritten in full.
 */
/** A word of an idiom that stands for any one word typed there, kept in the plain words (`idiomsAs`). */
export const IDIOM_GAP = "*";

function plainIdioms(words: string[], lang: AnalyserParts["lang"], limit: number): string[] {
  const idioms = lang.idiomsAs;
  if (!idioms) return words.slice(0, limit);
  const out: string[] = [];
  for (let i = 0; i < words.length && out.length < limit; ) {
    const word = words[i];
    const found = idioms.find(
      ([idiom]) =>
        idiom[0] === word &&
        i + idiom.length <= words.length &&
        idiom.every((w, k) => w === words[i + k] || w === IDIOM_GAP),
    );
    if (found) {
      // The words typed in the idiom's gaps stand in the plain words' gaps, in order.
      const gaps = found[0].flatMap((w, k) => (w === IDIOM_GAP ? [words[i + k] as string] : []));
      out.push(...found[1].map((w) => (w === IDIOM_GAP ? (gaps.shift() ?? w) : w)));
      i += found[0].length;
    } else out.push(words[i++] as string);
  }
  return out;
}

/**
 * "Where is the permit at": a place word with the question ending on a bare preposition asks what
 * state the thing is in, and is read as "what is the permit status".
 */
function stateWhereAs(words: string[], lang: AnalyserParts["lang"]): string[] {
  const asks = lang.stateWhere;
  const at = words.indexOf(asks?.wh ?? "");
  if (!asks || at < 0) return words;
  let end = words.length - 1;
  while (end > at && asks.after?.has(words[end] ?? "")) end--;
  // "Where are they at with the agreements": the preposition closes the clause before what it is of.
  if (!asks.ends.has(words[end] ?? ""))
    end = words.findIndex(
      (w, i) => i > at + 1 && asks.ends.has(w) && (asks.about?.has(words[i + 1] ?? "") ?? false),
    );
  if (end < at + 2 || !asks.ends.has(words[end] ?? "")) return words;
  return words.map((w, i) => (i === at ? asks.as[0] : i === end ? asks.as[1] : w));
}

/** The last few texts each reader analysed: one answer reads the same part again in several places. */
const RECENT = new WeakMap<AnalyserParts, { text: string; analysis: Analysis }[]>();

/**
 * "Армения с Белоруссией": a name joined to the name before it by a word of company, both of one kind,
 * stands with it on its side of the relation, as one joined by "and" does, not beside the relation.
 */
function joinCompanions(
  mentions: Mention[],
  words: readonly string[],
  types: ReadonlyMap<string, string>,
  lang: Language,
): void {
  const phrases = lang.companionPhrases ?? [];
  if (phrases.length === 0) return;
  for (let k = 1; k < mentions.length; k++) {
    const prev = mentions[k - 1] as Mention;
    const mention = mentions[k] as Mention;
    const between = words.slice(prev.end, mention.start).join(" ");
    if (!phrases.some((p) => p.join(" ") === between)) continue;
    const kind = types.get(mention.entity);
    if (kind !== undefined && kind === types.get(prev.entity)) mention.role = prev.role;
  }
}

/**
 * What a question asks, by whom and of what. A text analysed a moment ago is not analysed again: the
 * analysis is a pure function of the text and the reader's parts, and no caller changes one.
 */
export function analyse(question: string, parts: AnalyserParts): Analysis {
  let recent = RECENT.get(parts);
  if (recent === undefined) {
    recent = [];
    RECENT.set(parts, recent);
  }
  const known = recent.find((r) => r.text === question);
  if (known) return known.analysis;
  const analysis = analyseAfresh(question, parts);
  if (recent.length >= RECENT_ANALYSES) recent.shift();
  recent.push({ text: question, analysis });
  return analysis;
}

function analyseAfresh(question: string, parts: AnalyserParts): Analysis {
  const { lexicon, vocabularyStems, spelling, lang } = parts;
  const typed = stateWhereAs(
    plainIdioms(
      initialismsAs(chatWordsAs(tokenizeInput(slashedAs(question, lang, lexicon)), lang), lexicon),
      lang,
      MAX_WORDS,
    )
      .slice(0, MAX_WORDS)
      .map((w) => lang.whContractions[w] ?? w),
    lang,
  );
  // "What does X stand 4", "sell 2 Armenia": a figure typed for a preposition,
  // where no figure can be:
  // before a name, or ending the question after a word that names no relation ("did they pick 4"
  // counts).
  for (let i = 0; i < typed.length; i++) {
    const w = typed[i] as string;
    const preposition = lang.chatPrepositions?.[w];
    // "The 2 officials": after an article, a figure counts what follows.
    if (preposition === undefined || i === 0 || lang.articles.has(typed[i - 1] ?? "")) continue;
    const next = typed[i + 1];
    const counted = lexicon.relationWords.has(stem(typed[i - 1] ?? ""));
    // Before a name: one the article uses, or a word of no dictionary ("sold 2 izvestia"), a name it does not.
    const name = next !== undefined && (lexicon.aliases.has(stem(next)) || !lang.isWord(next));
    if (next === undefined ? !counted : name) typed[i] = preposition;
  }
  // "Kazakhstan gets radios, right?": a statement closed by a tag asks whether it is so, and the tag
  // itself is no word of the question.
  // "... or not", "... or nah": an alternative word before the tag (or a negation) is the tag's own.
  const tag = questionTag(typed, lang);
  const tagged =
    tag > 0 &&
    typed.length > tag + 1 &&
    !lang.auxiliaries.has(typed[0] ?? "") &&
    !typed.some((w) => lang.whAsks[w] !== undefined);
  const raw = tagged ? typed.slice(0, -tag) : typed;
  // Only a word of no dictionary is a typo: "spell" must not become "sell". Where a yes/no question's
  // subject stands, or after "to" or "from", only a name's word is: "did spacex get picked" names a
  // company the article never does, and must not become "space".
  const words = raw.map((w, i) => {
    if (isKnown(w, lexicon, vocabularyStems) || lang.isWord(w)) return w;
    const corrected = spelling.correct(w);
    if (corrected === undefined) return w;
    return nameSlot(i, raw, lang) && !namedAt(corrected, i, raw, lexicon) ? w : corrected;
  });
  // A word of a name in another case is found under the stem of the name as the knowledge writes it.
  const stems = words.map((w) => {
    const s = stem(w);
    return lexicon.stemVariants.get(s) ?? s;
  });

  const names = findNames(stems, lexicon, parts.outside, lang);
  const { outside, used } = names;
  // "Where's Ames": a word of no dictionary that only one entity's names use names it alone too, even
  // where the knowledge could not give it as an alias (its stem is an ordinary word's: "ames", "am").
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (used.has(i) || lang.filler.has(word) || /\d/.test(word) || lang.isWord(word)) continue;
    const owners = lexicon.nameWords.get(stems[i] ?? "");
    const [entity] = owners?.size === 1 ? owners : [];
    if (entity === undefined || names.mentions.some((m) => m.entity === entity)) continue;
    names.mentions.push({ entity, start: i, end: i + 1, role: "any" });
    names.mentions.sort((a, b) => a.start - b.start);
    used.add(i);
  }
  // "Is the chief thing a lifetime position": a word the names of several entities share ("Chief
  // Malerba", "Chief of the Tribe") in the subject of a "to be" question names the one of the kind
  // the question ends on, which says what its subject is.
  const kind = lang.beForms.has(words[0] ?? "") ? lexicon.typeWords.get(words.at(-1) ?? "") : undefined;
  for (let i = 1; kind !== undefined && i < words.length - 3; i++) {
    const word = words[i] as string;
    if (used.has(i) || lang.filler.has(word) || lexicon.typeWords.has(word) || /\d/.test(word)) continue;
    const owners = lexicon.nameWords.get(stems[i] ?? "");
    if (owners === undefined || owners.size < 2) continue;
    const ofKind = [...owners].filter((e) => parts.types.get(e) === kind);
    const [entity] = ofKind.length === 1 ? ofKind : [];
    if (entity === undefined || names.mentions.some((m) => m.entity === entity)) continue;
    names.mentions.push({ entity, start: i, end: i + 1, role: "any" });
    names.mentions.sort((a, b) => a.start - b.start);
    used.add(i);
  }
  const mentionAt = (i: number) => names.mentions.find((m) => m.start <= i && i < m.end);
  // "KZ or by": a short form that counts only in capitals is the name in lower case too, offered as a
  // choice beside a name of its kind, where nothing follows it but the choice.
  for (let i = 0; i < words.length; i++) {
    const entity = lexicon.lowerForms.get(words[i] ?? "");
    if (entity === undefined || used.has(i)) continue;
    const next = words[i + 1];
    if (next !== undefined && !lang.joiners.has(next)) continue;
    const beside = lang.alternatives.has(words[i - 1] ?? "")
      ? mentionAt(i - 2)
      : next !== undefined && lang.alternatives.has(next)
        ? mentionAt(i + 2)
        : undefined;
    if (!beside || parts.types.get(beside.entity) !== parts.types.get(entity)) continue;
    names.mentions.push({ entity, start: i, end: i + 1, role: "any" });
    names.mentions.sort((a, b) => a.start - b.start);
    used.add(i);
  }
  // "The FEMA lady": a name right before a word for a person stands for the one person whose own name
  // holds it ("FEMA Administrator Deanne Criswell").
  for (const m of names.mentions) {
    const kind = lexicon.typeWords.get(words[m.end] ?? "");
    if (kind === undefined || kind === parts.types.get(m.entity) || used.has(m.end)) continue;
    const holders = [...(lexicon.namedAfter.get(m.entity) ?? [])].filter(
      (id) => parts.types.get(id) === kind,
    );
    const [holder] = holders;
    if (holder === undefined || holders.length > 1) continue;
    m.entity = holder;
    used.add(m.end);
    m.end += 1;
  }
  // "Who was briefed on the storm": a noun after an article, which the description of one entity (no
  // person) calls it by, names that entity, unless words after it say which one ("the state of ...").
  // A kind's own word ("the country") names it only where the article's title does.
  for (let i = 1; i < words.length; i++) {
    if (used.has(i) || !lang.articles.has(words[i - 1] ?? "")) continue;
    const next = words[i + 1];
    if (next !== undefined && (lang.slotBefore.has(next) || lang.relatives.has(next))) continue;
    const called = lexicon.calledBy.get(words[i] ?? "");
    const [entity] = called?.size === 1 ? called : [];
    if (entity === undefined || names.mentions.some((m) => m.entity === entity)) continue;
    if (lexicon.typeWords.has(words[i] ?? "") && !titleNames(lexicon, lang).has(entity)) continue;
    names.mentions.push({ entity, start: i, end: i + 1, role: "any" });
    names.mentions.sort((a, b) => a.start - b.start);
    used.add(i);
  }
  // "Which earlier hurricane": a word and a kind's word one entity's description calls it by.
  for (let i = 0; i + 1 < words.length; i++) {
    if (used.has(i) || used.has(i + 1)) continue;
    const described = lexicon.describedAs.get(`${words[i]} ${words[i + 1]}`);
    const [entity] = described?.size === 1 ? described : [];
    if (entity === undefined || names.mentions.some((m) => m.entity === entity)) continue;
    names.mentions.push({ entity, start: i, end: i + 2, role: "any" });
    names.mentions.sort((a, b) => a.start - b.start);
    used.add(i);
    used.add(i + 1);
  }
  // A designation has digits ("T-80"): a question without one is not searched for any.
  const designations = /\d/.test(question) ? question.match(DESIGNATION) : null;
  for (const designation of designations ?? []) {
    if (!lexicon.aliases.has(stemPhrase(designation))) outside.push(designation);
  }
  const possessed = possessedPositions(question, words);
  // "List every country the article mentions", "can you list everyone quoted": a verb of listing that
  // opens the question bids the reader list; it is no relation or word a fact must hold.
  const listing = listingAt(words, lang);
  if (listing >= 0) used.add(listing);
  const everyone = listing >= 0 && (lang.everyoneWords?.has(words[listing + 1] ?? "") ?? false);
  if (everyone) used.add(listing + 1);
  // "By herself", "alone": how many did it, which the verdict reads from the fact's sides, not a word
  // a fact must hold.
  for (const k of solePositions(words, lang)) used.add(k);
  const allCues = findCues(words, stems, used, lexicon, lang, possessed);
  // "What else does Bondarev do besides commanding the Aerospace Forces": what follows "besides" is
  // what the answer must not be, so its names and relation words do not count for it.
  // The excluded part runs to the question's own wh-word ("besides aircraft, what does ...") or the end.
  const cut = words.findIndex((w) => lang.exclusions.has(w));
  const resume = cut < 0 ? -1 : words.findIndex((w, i) => i > cut && lang.whWords.has(w));
  // "Can others besides Kestrel use the pier": names right after it, and the names joined to them, are
  // all it leaves out; the question goes on after them.
  let listed = -1;
  if (cut >= 0) {
    let at = cut + 1;
    const small = (w: string) => lang.articles.has(w) || (listed >= 0 && lang.joiners.has(w));
    for (;;) {
      let from = at;
      while (small(words[from] ?? "") && !names.mentions.some((m) => m.start === from)) from++;
      const name = names.mentions.find((m) => m.start === from);
      if (!name) break;
      listed = at = name.end;
    }
  }
  // "Кроме тех 4х", "besides those four countries": a count of names said before leaves those out,
  // and the question goes on after it.
  if (cut >= 0 && listed < 0) {
    let at = cut + 1;
    while (lang.articles.has(words[at] ?? "")) at++;
    if (numberOf(words[at] ?? "", lang) !== undefined) {
      at++;
      if (lang.numberEndings?.has(words[at] ?? "")) at++;
      if (lexicon.typeWords.has(words[at] ?? "")) at++;
      listed = at;
    }
  }
  const until =
    listed > 0 && listed < words.length && (resume < 0 || listed < resume)
      ? listed
      : resume < 0
        ? words.length
        : resume;
  const kept = (position: number) => cut < 0 || position < cut || position >= until;
  // "What part of the deal", "which bit of it": a word for a portion between the wh-word and "of" asks
  // which portion, and names nothing (though "parts" may name a thing elsewhere).
  const portion = (m: Mention) =>
    m.end === m.start + 1 &&
    lang.whAsks[words[m.start - 1] ?? ""] !== undefined &&
    lang.genitive.has(words[m.end] ?? "") &&
    (lang.portionWords?.has(words[m.start] ?? "") ?? false);
  let mentions = names.mentions.filter((m) => kept(m.start) && !portion(m));
  // "Which licensee is in Indianapolis": a group's name right after "which" asks for one of its members,
  // when something else in the question says which one.
  const group = mentions.find((m) => {
    const asks = lang.whAsks[words[m.start - 1] ?? ""];
    return (asks === "which" || asks === "what") && parts.groups?.has(m.entity) && mentions.length > 1;
  });
  if (group) mentions = mentions.filter((m) => m !== group);
  // "Who is the colonel general" names its holder by the title alone; beside another name ("is
  // Shugaev a colonel general") the title is what is asked of that name.
  const titleOnly = (m: Mention) =>
    parts.titles?.has(stemPhrase(words.slice(m.start, m.end).join(" "))) ?? false;
  // "Бондарев это генерал-полковник?": the title of the very name it stands beside says what that
  // name is, as "is X a colonel general" does.
  // A name met twice is one mention: its title stands among the words its names took, outside it.
  const inMention = (i: number) => names.mentions.some((m) => m.start <= i && i < m.end);
  const ownTitle = [...used].some((start) => {
    if (inMention(start) || (used.has(start - 1) && !inMention(start - 1))) return false;
    let end = start;
    while (used.has(end) && !inMention(end)) end++;
    const title = stemPhrase(words.slice(start, end).join(" "));
    const entity = lexicon.aliases.get(title);
    return (parts.titles?.has(title) ?? false) && mentions.some((m) => m.entity === entity);
  });
  if (mentions.some((m) => !titleOnly(m))) mentions = mentions.filter((m) => !titleOnly(m));
  const excluded = names.mentions.filter((m) => !kept(m.start)).map((m) => m.entity);
  // "What does the article say about Ames": the article speaking is no relation of its facts; the
  // question asks what it says of the name ("how many countries does the article mention" keeps it).
  // "Which countries does the article mention": with no name, what it asks is a kind the article names.
  // (A count keeps its verb: "how many countries does the article mention in total".)
  const namesKind =
    words.some((w) => lexicon.typeWords.has(w)) &&
    !words.some((w) => lang.quantityWords.has(w) || lang.measureWords.has(w));
  // "Каких людей называет статья": where words stand in either order, the article's name may follow.
  const selfAround = (c: (typeof allCues)[number]) => {
    const self = lang.articleSelf?.names;
    if (!self) return -1;
    if (self.has(words[c.position - 1] ?? "")) return c.position - 1;
    // "Which countries are mentioned in the article": a passive, with the article after its preposition.
    if (c.passive && lang.slotBefore.has(words[c.position + 1] ?? "")) {
      let at = c.position + 2;
      while (lang.articles.has(words[at] ?? "")) at++;
      if (self.has(words[at] ?? "")) return at;
    }
    // "Are A and B described as members in the article": a passive verb of speech whose clause the
    // article closes.
    const last = words.length - 1;
    if (c.passive && c.position < last && self.has(words[last] ?? "")) {
      let at = last - 1;
      while (at > c.position && lang.articles.has(words[at] ?? "")) at--;
      if (
        at > c.position &&
        lang.slotBefore.has(words[at] ?? "") &&
        speechRelations(lexicon, lang).has(c.relation)
      )
        return last;
    }
    if (!lang.freeWordOrder) return -1;
    if (self.has(words[c.position + 1] ?? "")) return c.position + 1;
    // "Какие страны упоминаются в статье": the article's name after a preposition of place.
    const placed = lang.toSide.has(words[c.position + 1] ?? "") && self.has(words[c.position + 2] ?? "");
    return placed ? c.position + 2 : -1;
  };
  const bySelf = (c: (typeof allCues)[number]) =>
    c.kind !== "noun" && (mentions.length > 0 || namesKind) && selfAround(c) >= 0;
  // "Who said we will use the rover to ...": the words after "who said" are the quote asked about, so
  // their verbs and names are its words, not relations or sides of the question.
  const quoteFrom = quotedFrom(words, allCues, lexicon, lang);
  // "Which paper ran the interview": a verb whose object is another relation's noun only carries that
  // noun ("ran", "held", "did"); the noun's relation is what is asked.
  const carrier = (c: Cue) => {
    if (c.kind !== "verb" || c.passive) return false;
    // "The arms export agency": a word that is also a noun there is a noun's modifier, no verb.
    if (allCues.some((n) => n.position === c.position && n.kind === "noun")) return false;
    let at = c.position + 1;
    while (lang.articles.has(words[at] ?? "")) at++;
    const held = allCues.filter((n) => n.position === at);
    return held.length > 0 && held.every((n) => n.kind === "noun" && n.relation !== c.relation);
  };
  // "Did they prepare anything before landfall": a relation's noun after a word of time bounds says
  // when; the question asks of another relation, or of its other words, where it has any.
  const timed = (c: Cue) => {
    let at = c.position - 1;
    if (c.kind !== "noun") {
      // "Has X been involved since it started": a verb after a word of time bounds and the pronoun
      // of its clause says when, where the question has a relation of its own before it.
      const pronoun = Object.values(lang.pronouns).some((set) => set.has(words[at] ?? ""));
      const before = allCues.some((o) => o.position < c.position - 2 && o.relation !== c.relation);
      return pronoun && before && (lang.timeBounds?.has(words[at - 1] ?? "") ?? false);
    }
    while (at > 0 && lang.articles.has(words[at] ?? "")) at--;
    return at > 0 && (lang.timeBounds?.has(words[at] ?? "") ?? false);
  };
  const cues = allCues.filter(
    (c) => kept(c.position) && !bySelf(c) && c.position < quoteFrom && !carrier(c) && !timed(c),
  );
  // The article's own name before its verb ("the story mentions") is the article, not a topic.
  // ... and its verb asks nothing either ("какие страны называет статья").
  const selfAt = new Set(allCues.filter(bySelf).flatMap((c) => [selfAround(c), c.position]));
  // "Who took the photo on this story": the article pointed at, closing the question after a
  // preposition, only says where the thing asked is, and is no topic of it.
  const last = words.length - 1;
  if (
    (lang.articleSelf?.names.has(words[last] ?? "") ?? false) &&
    (lang.articleSelf?.pointers?.has(words[last - 1] ?? "") ?? false) &&
    lang.slotBefore.has(words[last - 2] ?? "")
  )
    selfAt.add(last);
  // "Ещё не подписали, а только согласовывают": the negation belongs to the relation word it stands
  // before, so where one is negated the others are asked as they stand.
  biddingAsDirective(cues, words, mentions, directiveRelations(lexicon, lang), lang);
  mentions = membershipAsked(cues, words, mentions, parts);
  const negatedAt = (c: Cue) => [1, 2].some((k) => lang.negations.has(words[c.position - k] ?? ""));
  if (cues.some(negatedAt)) for (const c of cues) if (!negatedAt(c)) c.affirmed = true;
  if (cut >= 0) for (let i = cut; i < until; i++) used.add(i);

  // "Is the contract firm fixed price": a figure word inside a name or a phrase of the knowledge.
  const contentWord = (w: string) => !lang.filler.has(w) && !lang.whWords.has(w) && !lang.articles.has(w);
  // "What did he say about costs": after a verb, a figure word the question speaks about is its topic.
  const spokenOf = (i: number) => {
    let p = i - 1;
    while (p >= 0 && lang.articles.has(words[p] ?? "")) p--;
    const before = words[p] ?? "";
    return (
      lang.topicPrepositions.has(before) &&
      !lang.genitive.has(before) &&
      cues.some((c) => c.kind !== "noun" && c.position < p)
    );
  };
  const topical = (i: number) => used.has(i) || inPhrase(words, i, lexicon, contentWord) || spokenOf(i);
  const found = findAsked(words, lang, lexicon.typeWords, question, topical);
  let typeHint = found.typeHint;
  let typeAt = found.typeHint !== undefined ? found.typeWordAt : undefined;
  // "How many rowing union members": a kind's word inside the name before the noun counts nothing.
  const kindInName =
    found.asked === "count"
      ? mentions.find((m) => m.start <= (typeAt ?? -1) && (typeAt ?? -1) < m.end)
      : undefined;
  const party =
    found.asked === "quantity" || kindInName
      ? countedParty(words, kindInName ? kindInName.start : (found.typeWordAt ?? -1) + 1, mentions, parts)
      : undefined;
  if (party) {
    typeHint = party.kind;
    typeAt = party.at;
  }
  // "Which uni", "what university": the kind's word right after the question word, not a word of a name
  // ("what's Oakfield University got to do with it").
  const kindAt = typeAt !== undefined && !used.has(typeAt) ? typeAt : undefined;
  if (found.typeWordAt !== undefined) used.add(found.typeWordAt);
  if (group && typeHint === undefined) {
    typeHint = parts.groups?.get(group.entity);
    typeAt = group.start;
  }
  const context: RoleContext = { canStand: parts.canStand ?? (() => true) };
  for (const mention of mentions)
    mention.role = mention.start >= quoteFrom ? "any" : roleOf(mention, words, cues, lang, context);
  joinCompanions(mentions, words, parts.types, lang);
  markModifiers(mentions, words, lang);
  // "Where was Bondarev's interview published": a name that owns the noun a verb's side holds stands
  // on no side of that verb; the thing it owns does.
  for (const m of mentions)
    if (possessed.has(m.end) && cues.some((c) => c.kind !== "noun" && c.position > m.end)) m.role = "any";
  mergeOwnNames(mentions, lexicon.aliases, lexicon.names);
  // "Таджикистан получает самолеты": where a statement asks by intonation alone, a name and a verb
  // with no question word ask whether it is so.
  // "40k workers from 50 states, right": a statement of a count asks whether the count is so.
  const figured = words.some((w) => numberOf(w, lang) !== undefined);
  const intoned =
    found.asked === "none" &&
    // "They're reopening the port, yeah?": a tagged statement with a relation's verb asks it, whoever
    // its pronoun stands for.
    (mentions.length > 0 || (tagged && cues.some((c) => c.kind !== "noun"))) &&
    ((lang.statementsAsk === true && cues.some((c) => c.kind !== "noun")) ||
      // "X is the Y of Z, right?": a tagged statement made with "to be" asks whether it is so.
      (tagged && (cues.length > 0 || words.some((w, i) => i > 0 && lang.beForms.has(w)) || figured)) ||
      // "2 army corps power teams?": a figure and the names it counts, closed by a question mark.
      (MARKED_END.test(question) &&
        figured &&
        mentions.some((m) => numberOf(words[m.start - 1] ?? "", lang) !== undefined)) ||
      // "Tajikistan getting spare parts?": a name and a verb closed by a question mark ask the same.
      (MARKED_END.test(question) &&
        opensWithName(words, mentions, lang) &&
        cues.some((c) => c.kind !== "noun")));
  // "Bro does Russia supply ...", "RU AM BY KZ - did they sign?": greetings or names before a helping
  // verb that opens the question proper.
  const ledIn = found.asked === "none" && opensAfterLeadIn(words, mentions, lang);
  // "Where do X come from": the place asked is whoever gives X, on the giving side of its fact.
  const origin = found.asked === "where" ? originAt(words, lang) : -1;
  if (origin >= 0) for (const i of [origin, origin + 1]) used.add(i);
  // ... and its verb is the origin's, not a relation's of the same word ("come" of a visit).
  if (origin >= 0)
    for (let k = cues.length - 1; k >= 0; k--) if (cues[k]?.position === origin) cues.splice(k, 1);
  const bidden = listing >= 0 && (found.asked === "none" || found.asked === "yesno");
  const asked = asksSubtype(words, stems, mentions, parts)
    ? "subtype"
    : bidden
      ? everyone
        ? "who"
        : "which"
      : intoned || ledIn
        ? "yesno"
        : origin >= 0
          ? "who"
          : party
            ? "count"
            : found.asked;

  // "What number chief is she": a measure word of rank right after the question word, before a noun.
  const rankAt = found.asked === "quantity" ? (found.typeWordAt ?? -1) : -1;
  const rankNoun = words[rankAt + 1];
  // "How many chiefs did the tribe have before her": a count of those earlier in a series, which the
  // ordinal of the one after them gives.
  const earlier = lang.firstTime?.earlier;
  const rankedBefore =
    rankAt > 0 &&
    lang.quantityWords.has(words[rankAt] ?? "") &&
    lang.whAsks[words[rankAt - 1] ?? ""] === "how" &&
    rankNoun !== undefined &&
    words.slice(rankAt + 2).some((w) => earlier?.has(w) ?? false);
  const keywords: string[] = [];
  const unknown: Analysis["unknown"] = [];
  // The content word at each position, as a concept (or null for a word the facts never use).
  const content = new Map<number, string | null>();
  let describeWord = false;
  let greeting = false;
  let kindAsked: string | undefined;
  let kindSaidAt: number | undefined;
  const cueAt = new Map<number, string[]>();
  for (const c of cues)
    cueAt.set(c.position, [...(cueAt.get(c.position) ?? []), relationConcept(c.relation)]);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (used.has(i)) continue;
    const relations = cueAt.get(i);
    // A word that names a relation agrees with every fact of that relation, whichever word the fact uses.
    if (relations) {
      keywords.push(...relations);
      continue;
    }
    if (lang.descriptionWords.has(word)) describeWord ||= !lang.whWords.has(word);
    if (lang.greetings.has(word)) greeting = true;
    // "Кем является Шугаев": a form of "to be" links the question to its name and asks nothing itself.
    if (
      lang.filler.has(word) ||
      lang.whWords.has(word) ||
      lang.auxiliaries.has(word) ||
      lang.beForms.has(word)
    )
      continue;
    if (lang.greetings.has(word) || lang.compareWords.has(word) || lang.descriptionWords.has(word)) continue;
    if (selfAt.has(i)) continue;
    // "How many chiefs before her": the word for earlier is the question's own, asked of no fact.
    if (rankedBefore && (earlier?.has(word) ?? false)) continue;
    // "Is this release about X": the article's own name after "this" or "the" is the article, which
    // no fact need use.
    const pointed =
      lang.articles.has(words[i - 1] ?? "") || (lang.articleSelf?.pointers?.has(words[i - 1] ?? "") ?? false);
    if (pointed && (lang.articleSelf?.names.has(word) ?? false) && !parts.inFacts(conceptOf(lexicon, word)))
      continue;
    // "Other countries", "Russian equipment": a kind of thing, which says what the answer names.
    // ("The system" refers to one thing already named, and says nothing of the answer's kind.)
    const definite = lang.articles.has(words[i - 1] ?? "") && !word.endsWith("s");
    const kind = definite ? undefined : lexicon.typeWords.get(word);
    const known = isKnown(word, lexicon, vocabularyStems);
    const concept = conceptOf(lexicon, word);
    if (kind) {
      // "What historic mine": a kind's word after words of its own is where the kind is said.
      if (typeHint === undefined) kindSaidAt = i;
      typeHint ??= kind;
      const ofNamed = mentions.some((m) => parts.types.get(m.entity) === kind);
      if (asked === "yesno" && ofNamed && known && parts.inFacts(concept)) kindAsked = concept;
      continue;
    }
    // A word only the article's margins use (no fact, no description) tells the engine no more than an
    // unknown one: "the president of Russia", "who will replace Bondarev".
    content.set(i, known && parts.inFacts(concept) ? concept : null);
    if (known && parts.inFacts(concept)) keywords.push(concept);
    else unknown.push(describeUnknown(raw[i] ?? word, i, words, mentions, cues, known, lang));
  }

  // "Бондарев генерал?": a yes/no question that only puts a kind beside a name asks it of the name.
  if (kindAsked !== undefined && keywords.length === 0 && unknown.length === 0) keywords.push(kindAsked);

  const copula = lang.impliedCopula === true || words.some((w) => lang.beForms.has(w));
  const askedWhat =
    asked === "who" ||
    asked === "what" ||
    (asked === "yesno" && (lang.beForms.has(words[0] ?? "") || ownTitle));
  // "Who is X" with nothing else: any other content ("is it raining in X") makes it another question.
  const plain = unknown.length === 0;
  // "Who is X" asks what X is; "is work on X progressing" asks about work on X.
  const describe =
    mentions.length > 0 &&
    cues.length === 0 &&
    plain &&
    keywords.length === 0 &&
    (describeWord || (askedWhat && copula));
  const overview =
    mentions.length > 0 &&
    cues.length === 0 &&
    keywords.length === 0 &&
    unknown.length === 0 &&
    !describe &&
    (asked === "none" || asked === "what" || asked === "yesno");
  const smallTalk =
    mentions.length === 0 && cues.length === 0 && outside.length === 0 && keywords.length === 0;

  // A word of the kind that only some of its entities are: those are what it asks for.
  // ("Who will be the first woman ...": after "who", a person's kind word describes them, and picks no
  // kind among people.)
  const kindWord = words[kindAt ?? (asked === "who" ? undefined : kindSaidAt) ?? -1];
  const members = kindWord === undefined ? undefined : parts.narrowKinds?.get(conceptOf(lexicon, kindWord));
  const narrowed =
    members && [...members].every((id) => parts.types.get(id) === typeHint) ? members : undefined;
  const timeWord = found.asked === "when" ? words[found.typeWordAt ?? -1] : undefined;
  const predicate = cues.length === 0 ? passivePredicate(words, content, lang) : undefined;
  const quoted = quotedPhrases(question);
  const setIn = calendarTime(words, lang);
  const rankOf =
    rankAt > 0 &&
    rankNoun !== undefined &&
    !lang.genitive.has(rankNoun) &&
    ((lang.rankWords?.has(words[rankAt] ?? "") && lang.whAsks[words[rankAt - 1] ?? ""] !== undefined) ||
      rankedBefore)
      ? conceptOf(lexicon, rankNoun)
      : undefined;
  return {
    ...(rankOf !== undefined ? { rankOf } : {}),
    ...(rankOf !== undefined && rankedBefore ? { rankedBefore: true } : {}),
    words,
    asked,
    // "When will it actually be printed", "when exactly": a time on the calendar is asked, which a
    // time the fact gives only as "soon" or "later this year" is not.
    ...((timeWord !== undefined && lang.calendar?.asks.has(timeWord)) ||
    (asked === "when" && words.some((w) => lang.precisionWords?.has(w) ?? false))
      ? { dated: true }
      : {}),
    ...(timeWord !== undefined && lang.calendar?.exact?.has(timeWord) ? { exactDate: true } : {}),
    ...(timeWord !== undefined &&
    lang.calendar?.days?.has(timeWord) &&
    (lang.precisionWords?.has(words[(found.typeWordAt ?? 0) - 1] ?? "") ?? false)
      ? { exactDay: true }
      : {}),
    ...(timeWord !== undefined && lang.calendar?.months?.has(timeWord) ? { monthAsked: true } : {}),
    ...(asked === "when" && setIn.year !== undefined ? { setIn } : {}),
    // "Бондарев министр обороны?", "фото от Рейтер?": with no verb at all, a language without a
    // present-tense "is" puts a name (or a relation's noun) and what is said of it side by side, as
    // English does with "is".
    copular:
      asked === "yesno" &&
      (lang.beForms.has(words[0] ?? "") ||
        // "Red Star is the ministry's paper, right?": a tagged statement whose verb, right after the name
        // it opens with, is a form of "to be".
        (tagged && mentions[0]?.start === 0 && lang.beForms.has(words[mentions[0].end] ?? "")) ||
        (lang.impliedCopula === true &&
          (mentions.length > 0 || cues.length > 0) &&
          cues.every((c) => c.kind === "noun"))),
    wanted: wantedWords(words, content, possessed, mentions, lang),

    ...(predicate !== undefined ? { predicate } : {}),
    typeHint,
    ...(typeAt !== undefined ? { typeAt } : {}),
    ...(narrowed ? { typeMembers: narrowed } : {}),
    mentions,
    cues,
    keywords,
    unknown,
    // "Isn't Belarus getting ...?" asks whether it is; only a wh-question is turned round by "not".
    negated: asked !== "yesno" && words.some((w, i) => i < quoteFrom && lang.negations.has(w)),
    compare: words.some((w) => lang.compareWords.has(w)),
    excluded,
    // "Which Russian Air Force general ...": a name the article never mentions, right before the word of
    // the kind asked, only says which of that kind; the kind is still asked, and the rest picks it out.
    ...(quoted.length > 0 ? { quoted } : {}),
    outside: outside.filter(
      (name, k) =>
        !(
          (asked === "which" || asked === "who") &&
          ((kindSaidAt !== undefined && names.outsideEnds[k] === kindSaidAt) ||
            guessedAtEnd(question, name, names.outsideEnds[k], words.length))
        ),
    ),
    describe,
    overview,
    smallTalk: smallTalk || (greeting && mentions.length === 0 && cues.length === 0 && keywords.length <= 1),
  };
}

/**
 * The thing the answer has to be, where the question names it with a plain word: "what rank does X
 * hold", "which company makes ...", "X's partners", "how long will ... last". Names, relation words and
 * kinds of entity are read elsewhere; this is the rest, which a fact must hold to answer the question.
 */
function wantedWords(
  words: readonly string[],
  content: ReadonlyMap<number, string | null>,
  possessed: ReadonlySet<number>,
  mentions: readonly Mention[],
  lang: Language,
): Analysis["wanted"] {
  const mentionAt = (at: number) => mentions.some((m) => m.start === at);
  const out: Analysis["wanted"] = [];
  const take = (at: number, strict: boolean, known = false) => {
    const concept = content.get(at);
    if (concept !== undefined && (concept !== null || !known) && !out.some((w) => w.at === at))
      out.push({ word: words[at] ?? "", at, concept: concept ?? undefined, strict });
  };
  const wh = words.findIndex((w) => lang.whAsks[w] !== undefined);
  if (wh >= 0) {
    const asks = lang.whAsks[words[wh] ?? ""];
    let p = wh + 1;
    if (asks === "what" || asks === "which") {
      let copula = false;
      while (lang.articles.has(words[p] ?? "") || lang.beForms.has(words[p] ?? "")) {
        copula ||= lang.beForms.has(words[p] ?? "");
        p++;
      }
      // "Whats the range of ...": the "is" went with the apostrophe; no helping verb follows.
      copula ||= p > wh + 1 && !words.slice(p).some((w) => lang.auxiliaries.has(w));
      // "What rank does", "which company makes": the word right after, not "what the X of Y is", nor
      // a word before a name ("what role Bondarev plays", "what dose Russia supply").
      const next = words[p + 1] ?? "";
      // A word the facts never use may be a kind the article has under other words ("armaments").
      if (!lang.genitive.has(next) && !mentionAt(p + 1)) take(p, false, true);
      // "What kind of batteries ...": the kind asked is of the thing after "of", which a fact must hold.
      else if (lang.genitive.has(next) && lang.subtypeWords.has(words[p] ?? "") && !mentionAt(p + 2))
        take(p + 2, true);
      // "What is the range of the missiles", "what was the date of that Sunday": with "to be", the word
      // before "of" is what is asked of the rest, which a fact must hold ("which branch of the military
      // does X command" asks for the branch itself).
      else if (lang.genitive.has(next) && copula) take(p, true);
      // "What is the melting point of X": both words of what is asked.
      if (copula && lang.genitive.has(words[p + 2] ?? "") && !mentionAt(p) && !mentionAt(p + 1)) {
        take(p, true);
        take(p + 1, true);
      }
    } else if (asks === "how") {
      // "How long will ...", "how old is ...": a measure the fact must give.
      const after = words[p + 1] ?? "";
      // "How long until ...", "how long since ...": the span up to or from an event is a measure too.
      if (lang.auxiliaries.has(after) || (lang.timeBounds?.has(after) ?? false)) take(p, true);
      // "How much money did X put in": what is counted, which the fact must hold.
      else if (lang.quantityWords.has(words[p] ?? "") && !mentionAt(p + 1)) take(p + 1, true);
    }
  }
  // "Bondarev's main measures": the possessed noun phrase's last word is the thing possessed.
  for (const at of possessed) {
    let head = at;
    while (content.has(head + 1) && !mentionAt(head + 1)) head++;
    if (lang.listWords?.has(words[head] ?? "")) continue;
    take(head, true, true);
  }
  return out;
}

/** Where only a name stands: the subject of a yes/no question, or after "to", "from", "by" (`namesAfter`). */
function nameSlot(i: number, words: readonly string[], lang: Language): boolean {
  if (isQuestionSubject(i, words, lang)) return true;
  let p = i - 1;
  while (p >= 0 && lang.articles.has(words[p] ?? "")) p--;
  return lang.namesAfter?.has(words[p] ?? "") ?? false;
}

/** Whether a word is a name by itself, or a word of a name whose other word stands beside it. */
function namedAt(word: string, i: number, words: readonly string[], lexicon: Lexicon): boolean {
  const own = stem(word);
  if (lexicon.aliases.has(own)) return true;
  const owners = lexicon.nameWords.get(own);
  if (!owners) return false;
  return [words[i - 1], words[i + 1]].some((beside) =>
    [...(lexicon.nameWords.get(stem(beside ?? "")) ?? [])].some((id) => owners.has(id)),
  );
}

function isKnown(word: string, lexicon: Lexicon, stems: Set<string>): boolean {
  return isKnownWord(word, lexicon, stems);
}

/**
 * The last word of the question, a participle the facts use right after a form of "to be" or after
 * one with at most two other words of the question between ("is being implemented", "are they
 * already implemented"): its concept. A participle after an article, or in a relative clause,
 * describes a name instead.
 */
function passivePredicate(
  words: readonly string[],
  content: ReadonlyMap<number, string | null>,
  lang: Language,
): string | undefined {
  const last = words.length - 1;
  const concept = content.get(last);
  if (!concept || !lang.looksParticiple(words[last] ?? "")) return undefined;
  for (let p = last - 1; p >= Math.max(0, last - 3); p--) {
    const word = words[p] ?? "";
    if (lang.beForms.has(word)) return inRelative(words, p, lang) ? undefined : concept;
    if (!content.has(p) || lang.articles.has(word)) return undefined;
  }
  return undefined;
}

/** "The pier that is being built": the helping verbs at a position follow a relative word, not the start. */
function inRelative(words: readonly string[], at: number, lang: Language): boolean {
  let p = at;
  while (p > 0 && (lang.beForms.has(words[p] ?? "") || lang.auxiliaries.has(words[p] ?? ""))) p--;
  return p > 0 && lang.relatives.has(words[p] ?? "");
}

/**
 * "Who said we will use the rover to reach ...": where a speech verb follows "who" and many words
 * follow it, the position where the quote starts; past the end of the question otherwise.
 */
function quotedFrom(
  words: readonly string[],
  cues: readonly Cue[],
  lexicon: Lexicon,
  lang: Language,
): number {
  const speech = speechRelations(lexicon, lang);
  const verb = cues.find((c) => c.position === 1 && c.kind === "verb" && speech.has(c.relation));
  if (!verb || lang.whAsks[words[0] ?? ""] !== "who" || words.length - 2 < QUOTE_WORDS) return words.length;
  // "Who said what about ...", "who said that to whom": a topic or a question word is no quote.
  const rest = words.slice(2);
  if (lang.topicPrepositions.has(rest[0] ?? "") || rest.some((w) => lang.whWords.has(w))) return words.length;
  return 2;
}

/** "Tajikistan getting ...?", "the pier done?": the statement's first words (past its articles) are a name. */
function opensWithName(words: readonly string[], mentions: readonly Mention[], lang: Language): boolean {
  let at = 0;
  // "So Bondarev thinks ...?": a word that only leads in comes before the name.
  while (lang.leadIns?.has(words[at] ?? "") ?? false) at++;
  while (lang.articles.has(words[at] ?? "")) at++;
  return mentions.some((m) => m.start === at);
}

/**
 * A helping verb after the first word opens a yes/no question when every word before it is a greeting,
 * a filler word, a word that only leads in ("wait, was ...") or part of a name ("bro does ...", "Russia,
 * Armenia - did they ..."), and a word follows it.
 */
function opensAfterLeadIn(words: readonly string[], mentions: readonly Mention[], lang: Language): boolean {
  const at = words.findIndex((w, i) => i > 0 && lang.auxiliaries.has(w));
  if (at < 1 || at >= words.length - 1) return false;
  const named = (i: number) => mentions.some((m) => m.start <= i && i < m.end);
  return words
    .slice(0, at)
    .every(
      (w, i) => named(i) || lang.greetings.has(w) || lang.filler.has(w) || (lang.leadIns?.has(w) ?? false),
    );
}

/**
 * "What did X tell Y to do": a verb of bidding, a name, then "to" and a verb orders Y to act, which the
 * knowledge's relation of directing states; the verb is read as that relation too, beside saying.
 */
function biddingAsDirective(
  cues: Cue[],
  words: readonly string[],
  mentions: readonly Mention[],
  directive: readonly string[],
  lang: Language,
): void {
  const relation = directive[0];
  if (relation === undefined || !lang.biddingVerbs) return;
  const added: Cue[] = [];
  for (const c of cues) {
    if (c.kind !== "verb" || !lang.biddingVerbs.has(words[c.position] ?? "")) continue;
    let at = c.position + 1;
    while (lang.articles.has(words[at] ?? "")) at++;
    const named = mentions.find((m) => m.start === at);
    if (!named || !lang.toSide.has(words[named.end] ?? "") || words[named.end + 1] === undefined) continue;
    if (mentions.some((m) => m.start === named.end + 1)) continue;
    // Both: the knowledge may keep "told X to" as a statement of the relation of saying.
    if (c.relation !== relation) added.push({ ...c, relation });
  }
  cues.push(...added);
}

const SOLE_ENDS = new WeakMap<Language, ReadonlySet<string>>();

/**
 * The positions of the words that ask whether someone did a thing with nobody else ("alone", "by
 * herself", "on his own"): each phrase of the language's `soleWords` found ending where its last word
 * stands.
 */
export function solePositions(words: readonly string[], lang: Language): number[] {
  const sole = lang.soleWords;
  if (!sole) return [];
  let ends = SOLE_ENDS.get(lang);
  if (!ends) {
    ends = new Set([...sole].map((phrase) => phrase.split(" ").at(-1) ?? ""));
    SOLE_ENDS.set(lang, ends);
  }
  const out: number[] = [];
  words.forEach((word, i) => {
    if (!ends.has(word)) return;
    for (let n = 1; n <= 3 && n <= i + 1; n++)
      if (sole.has(words.slice(i + 1 - n, i + 1).join(" "))) for (let k = i + 1 - n; k <= i; k++) out.push(k);
  });
  return out;
}

/**
 * "How many CSTO members signed", "the number of signatories": after the words of counting (from
 * `from`, past any names), a relation's noun for whoever does it counts the entities of its subjects'
 * one kind.
 */
function countedParty(
  words: readonly string[],
  from: number,
  mentions: readonly Mention[],
  parts: AnalyserParts,
): { kind: string; at: number } | undefined {
  if (from < 0 || !parts.partyKinds || parts.partyKinds.size === 0) return undefined;
  if (parts.lang.massWords?.has(words[from - 1] ?? "")) return undefined;
  let at = from;
  if (parts.lang.genitive.has(words[at] ?? "")) at++;
  for (;;) {
    const name = mentions.find((m) => m.start === at);
    if (!name) break;
    at = name.end;
  }
  const kind = parts.partyKinds.get(stem(words[at] ?? ""));
  return kind === undefined ? undefined : { kind, at };
}

/**
 * "Are they part of Y", "is X in the Y": a word of belonging right before a body the facts give members
 * (a preposition only after a helping "be") asks for the relation of belonging to it, as "a member of
 * Y" would.
 * The phrase's words name nothing ("part" is no thing here). Returns the mentions left.
 */
function membershipAsked(
  cues: Cue[],
  words: readonly string[],
  mentions: Mention[],
  parts: AnalyserParts,
): Mention[] {
  const { lang, memberships } = parts;
  if (!memberships || memberships.size === 0) return mentions;
  if (cues.some((c) => c.kind === "verb")) return mentions;
  for (const body of mentions) {
    const relation = memberships.get(body.entity);
    if (relation === undefined || cues.some((c) => c.relation === relation)) continue;
    let end = body.start;
    while (end > 0 && lang.articles.has(words[end - 1] ?? "")) end--;
    const phrase = lang.membershipPhrases?.find((p) => p.every((w, k) => words[end - p.length + k] === w));
    const preposition = lang.membershipPrepositions?.has(words[end - 1] ?? "") ?? false;
    const from = phrase ? end - phrase.length : end - 1;
    if (!phrase && !(preposition && words.slice(0, from).some((w) => lang.beForms.has(w)))) continue;
    if (from <= 0) continue;
    cues.push({ relation, kind: "noun", position: from, passive: false });
    return mentions.filter((m) => m === body || m.end <= from || m.start >= end);
  }
  return mentions;
}

/**
 * Where a verb of listing opens the question ("list every country ..."), after nothing but greetings
 * and words of politeness ("hey pls list", "can you list"), or -1. A helping verb before it asks the
 * reader ("can you list"), never another ("did he list", "does the article list": yes or no).
 */
function listingAt(words: readonly string[], lang: Language): number {
  const verbs = lang.listingVerbs;
  if (!verbs) return -1;
  const at = words.findIndex((w) => verbs.has(w));
  if (at < 0 || at > LISTING_LEAD_IN) return -1;
  const before = words.slice(0, at);
  const polite = (w: string) =>
    (lang.greetings.has(w) || lang.filler.has(w) || lang.addressee.has(w)) &&
    !lang.whWords.has(w) &&
    !lang.articles.has(w) &&
    !(lang.articleSelf?.names.has(w) ?? false);
  if (!before.every(polite)) return -1;
  const helped = before.some((w) => lang.auxiliaries.has(w));
  return helped && !lang.addressee.has(before.at(-1) ?? "") ? -1 : at;
}
