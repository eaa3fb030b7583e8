import { tokenize } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import {
  ARTICLES,
  AUXILIARIES,
  BE_FORMS,
  DESCRIPTION_WORDS,
  FILLER,
  FROM_SIDE,
  GREETINGS,
  MEASURE_WORDS,
  QUANTITY_WORDS,
  TIME_WORDS,
  TYPE_WORDS,
  WH_WORDS,
  wordSet,
} from "../text/words.js";
import { type CueKind, conceptOf, type Lexicon } from "./lexicon.js";
import type { SpellingCorrector } from "./spelling.js";

/** Where an entity stands in the relation asked about: the giving side, the receiving side, or either. */
export type Role = "subject" | "object" | "any";

export interface Mention {
  entity: string;
  start: number;
  end: number;
  role: Role;
}

export interface Cue {
  relation: string;
  kind: CueKind;
  position: number;
  passive: boolean;
}

/** What kind of answer the question wants. */
export type Asked =
  | "who"
  | "what"
  | "which"
  | "when"
  | "where"
  | "why"
  | "how"
  | "quantity"
  | "yesno"
  | "none";

export interface Analysis {
  words: string[];
  asked: Asked;
  /** "Which country ...": the kind of entity the answer should name. */
  typeHint: string | undefined;
  mentions: Mention[];
  cues: Cue[];
  /** Concepts of the remaining content words. */
  keywords: string[];
  /** Words the article and knowledge never use; `slot` when they stand where an entity would. */
  unknown: { word: string; at: number; slot: boolean }[];
  /** Names the article never mentions (other countries, alliances), as written for people. */
  outside: string[];
  /** "Who is X", "what does X stand for": the question asks what a name is. */
  describe: boolean;
  /** Only a name, or "tell me about X": the question asks for everything about it. */
  overview: boolean;
  /** Nothing but greetings, filler and unknown words. */
  smallTalk: boolean;
}

/** The most words of a question the engine reads; the rest cannot change what is asked. */
const MAX_WORDS = 60;
const SLOT_BEFORE = new Set([
  ...FROM_SIDE,
  ...wordSet("to for into of in with about on at against between than including"),
]);
const TO_OBJECT = wordSet("to for into of towards toward");
const PARTICIPLES = wordSet(
  "given sold sent bought taken led run written shot got gotten made told spoken held done",
);

export interface AnalyserParts {
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

  const { mentions, outside, used } = findNames(stems, parts);
  const cues = findCues(words, stems, used, lexicon);

  const { asked, typeHint, typeWordAt } = findAsked(words);
  if (typeWordAt !== undefined) used.add(typeWordAt);
  for (const mention of mentions) mention.role = roleOf(mention, words, cues);

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

/** Entity names and outside names, longest first, so "Russian Aerospace Forces" is not "Russian". */
function findNames(stems: string[], parts: AnalyserParts) {
  const { lexicon, outside: outsideNames } = parts;
  const mentions: Mention[] = [];
  const outside: string[] = [];
  const used = new Set<number>();
  for (let i = 0; i < stems.length; ) {
    let matched = 0;
    for (let n = Math.min(lexicon.longestAlias, stems.length - i); n >= 1 && matched === 0; n--) {
      const key = stems.slice(i, i + n).join(" ");
      const entity = lexicon.aliases.get(key);
      const other = entity === undefined ? outsideNames.get(key) : undefined;
      if (entity !== undefined) {
        if (!mentions.some((m) => m.entity === entity))
          mentions.push({ entity, start: i, end: i + n, role: "any" });
        matched = n;
      } else if (other !== undefined && !FILLER.has(key)) {
        outside.push(other);
        matched = n;
      }
    }
    if (matched > 0) for (let k = i; k < i + matched; k++) used.add(k);
    i += Math.max(matched, 1);
  }
  return { mentions, outside, used };
}

function findCues(words: string[], stems: string[], used: Set<number>, lexicon: Lexicon): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < stems.length; i++) {
    if (used.has(i)) continue;
    const pair =
      i + 1 < stems.length && !used.has(i + 1)
        ? lexicon.relationWords.get(`${stems[i]} ${stems[i + 1]}`)
        : undefined;
    const found = pair ?? lexicon.relationWords.get(stems[i] ?? "");
    if (!found) continue;
    const passive = isPassive(words, i);
    for (const w of found) cues.push({ relation: w.relation, kind: w.kind, position: i, passive });
    if (pair) i++;
  }
  return cues;
}

/** "Is supplied", "was led", or a participle followed by "by" ("the committee chaired by whom"). */
function isPassive(words: string[], i: number): boolean {
  const word = words[i] ?? "";
  if (!word.endsWith("ed") && !PARTICIPLES.has(word)) return false;
  return BE_FORMS.has(words[i - 1] ?? "") || words[i + 1] === "by";
}

function findAsked(words: string[]): {
  asked: Asked;
  typeHint: string | undefined;
  typeWordAt: number | undefined;
} {
  const measure = words.findIndex((w) => MEASURE_WORDS.has(w));
  if (measure >= 0) return { asked: "quantity", typeHint: undefined, typeWordAt: measure };
  const at = words.findIndex((w) => WH_WORDS.has(w));
  if (at < 0) {
    return {
      asked: AUXILIARIES.has(words[0] ?? "") ? "yesno" : "none",
      typeHint: undefined,
      typeWordAt: undefined,
    };
  }
  const wh = words[at] ?? "";
  const next = words[at + 1] ?? "";
  if (wh === "how" && QUANTITY_WORDS.has(next))
    return { asked: "quantity", typeHint: undefined, typeWordAt: at + 1 };
  if ((wh === "what" || wh === "which") && TIME_WORDS.has(next))
    return { asked: "when", typeHint: undefined, typeWordAt: at + 1 };
  if (wh === "what" || wh === "which") {
    for (let k = at + 1; k <= at + 2 && k < words.length; k++) {
      const type = TYPE_WORDS[words[k] ?? ""];
      if (type) return { asked: wh, typeHint: type, typeWordAt: k };
    }
  }
  const asked: Asked = wh === "whom" || wh === "whose" ? "who" : (wh as Asked);
  return { asked, typeHint: undefined, typeWordAt: undefined };
}

/** Reads from the words around a name which side of the relation it is on. */
function roleOf(mention: Mention, words: string[], cues: Cue[]): Role {
  let p = mention.start - 1;
  while (p >= 0 && ARTICLES.has(words[p] ?? "")) p--;
  const before = words[p] ?? "";
  if (FROM_SIDE.has(before)) return "subject";
  if (TO_OBJECT.has(before)) return "object";
  const verbs = cues.filter((c) => c.kind !== "noun");
  // Before a verb it is the verb's grammatical subject; after one, its grammatical object.
  const next = verbs.find((c) => c.position >= mention.end);
  if (next) return flip(next.kind === "verb" ? "subject" : "object", next.passive);
  const previous = verbs.filter((c) => c.position < mention.start).at(-1);
  if (previous) return flip(previous.kind === "verb" ? "object" : "subject", previous.passive);
  return "any";
}

function flip(role: Role, passive: boolean): Role {
  if (!passive) return role;
  return role === "subject" ? "object" : role === "object" ? "subject" : "any";
}

/** Whether an unknown word stands where a name would: after a preposition, or next to the verb. */
function isSlot(i: number, words: string[], cues: Cue[]): boolean {
  let p = i - 1;
  while (p >= 0 && ARTICLES.has(words[p] ?? "")) p--;
  if (SLOT_BEFORE.has(words[p] ?? "")) return true;
  return cues.some((c) => c.kind !== "noun" && (c.position === p || c.position === i + 1));
}
