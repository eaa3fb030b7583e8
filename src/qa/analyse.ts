import { tokenize } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import {
  AUXILIARIES,
  BE_FORMS,
  DESCRIPTION_WORDS,
  FILLER,
  GREETINGS,
  TYPE_WORDS,
  WH_WORDS,
  wordSet,
} from "../text/words.js";
import { findAsked, findCues, isSlot, roleOf } from "./grammar.js";
import { conceptOf, type Lexicon } from "./lexicon.js";
import { findNames } from "./names.js";
import type { Analysis, Mention } from "./question.js";
import type { SpellingCorrector } from "./spelling.js";

export type { Analysis, Asked, Cue, Mention, Role } from "./question.js";

/** The most words of a question the engine reads; the rest cannot change what is asked. */
const MAX_WORDS = 60;
/** "What type of helicopters": the question asks which model of a thing the article only names. */
const SUBTYPE_WORDS = wordSet(
  "type types kind kinds model models make makes variant variants version versions brand",
);

function asksSubtype(
  words: string[],
  mentions: readonly Mention[],
  types: ReadonlyMap<string, string>,
): boolean {
  return mentions.some(
    (m) =>
      types.get(m.entity) === "equipment" &&
      words[m.start - 1] === "of" &&
      SUBTYPE_WORDS.has(words[m.start - 2] ?? ""),
  );
}

export interface AnalyserParts {
  /** Entity id → its type. */
  types: ReadonlyMap<string, string>;
  lexicon: Lexicon;
  vocabularyStems: Set<string>;
  spelling: SpellingCorrector;
  outside: Map<string, string>;
}

export function analyse(question: string, parts: AnalyserParts): Analysis {
  const { lexicon, vocabularyStems, spelling } = parts;
  const raw = tokenize(question).slice(0, MAX_WORDS);
  const words = raw.map((w) => (isKnown(w, lexicon, vocabularyStems) ? w : (spelling.correct(w) ?? w)));
  const stems = words.map(stem);

  const { mentions, outside, used } = findNames(stems, lexicon, parts.outside);
  const cues = findCues(words, stems, used, lexicon);

  const found = findAsked(words);
  let typeHint = found.typeHint;
  if (found.typeWordAt !== undefined) used.add(found.typeWordAt);
  for (const mention of mentions) mention.role = roleOf(mention, words, cues);
  const asked = asksSubtype(words, mentions, parts.types) ? "subtype" : found.asked;

  const keywords: string[] = [];
  const unknown: Analysis["unknown"] = [];
  let describeWord = false;
  let greeting = false;
  const cueAt = new Map<number, string[]>();
  for (const c of cues)
    cueAt.set(c.position, [...(cueAt.get(c.position) ?? []), relationConcept(c.relation)]);
  for (const [i, word] of words.entries()) {
    if (used.has(i)) continue;
    const relations = cueAt.get(i);
    // A word that names a relation agrees with every fact of that relation, whichever word the fact uses.
    if (relations) {
      keywords.push(...relations);
      continue;
    }
    if (DESCRIPTION_WORDS.has(word)) describeWord ||= word !== "who" && word !== "what";
    if (GREETINGS.has(word)) greeting = true;
    if (FILLER.has(word) || WH_WORDS.has(word) || AUXILIARIES.has(word) || GREETINGS.has(word)) continue;
    if (DESCRIPTION_WORDS.has(word)) continue;
    // "Other countries", "Russian equipment": a kind of thing, which says what the answer names.
    const kind = TYPE_WORDS[word];
    if (kind) {
      typeHint ??= kind;
      continue;
    }
    if (isKnown(word, lexicon, vocabularyStems)) keywords.push(conceptOf(lexicon, word));
    else unknown.push({ word: raw[i] ?? word, at: i, slot: isSlot(i, words, cues) });
  }

  const copula = words.some((w) => BE_FORMS.has(w));
  const askedWhat =
    asked === "who" || asked === "what" || (asked === "yesno" && BE_FORMS.has(words[0] ?? ""));
  const describe = mentions.length > 0 && cues.length === 0 && (describeWord || (askedWhat && copula));
  const overview =
    mentions.length > 0 &&
    cues.length === 0 &&
    keywords.length === 0 &&
    unknown.length === 0 &&
    !describe &&
    (asked === "none" || asked === "what" || asked === "yesno");
  const smallTalk =
    mentions.length === 0 && cues.length === 0 && outside.length === 0 && keywords.length === 0;

  return {
    words,
    asked,
    typeHint,
    mentions,
    cues,
    keywords,
    unknown,
    outside,
    describe,
    overview,
    smallTalk: smallTalk || (greeting && mentions.length === 0 && cues.length === 0 && keywords.length <= 1),
  };
}

/** The concept every word of a relation stands for. */
export function relationConcept(relation: string): string {
  return `@${relation}`;
}

function isKnown(word: string, lexicon: Lexicon, stems: Set<string>): boolean {
  return lexicon.vocabulary.has(word) || stems.has(stem(word)) || /^\d+$/.test(word);
}
