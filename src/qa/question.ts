import type { CalendarTime } from "./calendar.js";
import type { CueKind } from "./lexicon.js";

/** What the engine reads from a question before it looks at any fact. */

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
  /**
   * "Have not signed but are awaiting approval": where another relation word of the question is
   * negated, this one is not, and is asked as it stands.
   */
  affirmed?: boolean;
  /** The concepts of the words themselves ("give" in "what gives X its strength"), whatever relation they name. */
  concepts?: readonly string[];
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
  | "count"
  | "place"
  | "subtype"
  | "yesno"
  | "none";

export interface Analysis {
  words: string[];
  asked: Asked;
  /**
   * Plain words that say what the answer must be ("what rank", "X's partners", "how long"), each with
   * its concept, or none when no fact uses the word, and whether a fact must hold it whatever it is ("X's partners", "how long").
   */
  wanted: { word: string; at: number; concept: string | undefined; strict: boolean }[];
  /** A yes/no question made with "to be" ("is Bondarev the ..."): what follows the name is said of it. */
  copular: boolean;
  /** "What date", "which year": the time asked is one on the calendar, not any time. */
  dated?: boolean;
  /** "What date", "which year": a weekday alone does not answer it. */
  exactDate?: boolean;
  /** "What exact day": the day itself, which a month or a year alone does not give. */
  exactDay?: boolean;
  /** "What month": a month on the calendar, which a year alone does not give. */
  monthAsked?: boolean;
  /** "What month was it in 2011": the time on the calendar the question itself names, if any. */
  setIn?: CalendarTime;
  /** "Which country ...": the kind of entity the answer should name. */
  typeHint: string | undefined;
  /** "Which university": the entities of that kind the word names, where it names only some of them. */
  typeMembers?: ReadonlySet<string>;
  /** Where the word naming that kind stands, when a question word or a count asks for it. */
  typeAt?: number;
  mentions: Mention[];
  cues: Cue[];
  /** Concepts of the remaining content words. */
  keywords: string[];
  /** Words the article and knowledge never use, and what each tells about the question. */
  unknown: UnknownWord[];
  /** "Which countries have not signed": the question asks the relation's opposite. */
  negated: boolean;
  /** "How do X and Y differ": the question compares the names it gives. */
  compare: boolean;
  /** "Besides commanding the Aerospace Forces": names the answer must leave out. */
  excluded: string[];
  /** Names the article never mentions (other countries, alliances), as written for people. */
  outside: string[];
  /** "Who is X", "what does X stand for": the question asks what a name is. */
  describe: boolean;
  /** Only a name, or "tell me about X": the question asks for everything about it. */
  overview: boolean;
  /** Nothing but greetings, filler and unknown words. */
  smallTalk: boolean;
  /**
   * "Are the agreements being implemented": the concept of the question's own verb, a passive that
   * names no relation. A fact the knowledge gives that word as its own keyword is about that doing.
   */
  predicate?: string;
  /** "What number chief is she": the concept of the noun whose rank, an ordinal before it, is asked. */
  rankOf?: string;
  /**
   * "How many chiefs were there before her": the count asked is of those ranked before the one the
   * fact places, one fewer than its ordinal ("the 18th Chief": 17).
   */
  rankedBefore?: boolean;
  /** "What is getting 'very close attention'": phrases the question quotes, as normalised words. */
  quoted?: readonly string[];
}

export interface UnknownWord {
  /** As typed, lower-cased. */
  word: string;
  /** Its position among the question's words. */
  at: number;
  /** An ordinary English word ("stuff", "kindly"), not a name ("Putin"). */
  common: boolean;
  /** It stands where a name would: after a preposition, or next to the verb. */
  slot: boolean;
  /** "The population of Armenia": the thing asked about a name, which the article does not give. */
  attribute: boolean;
  /** "Who will replace Bondarev": the question's own verb, which no relation of the article uses. */
  action: boolean;
}
