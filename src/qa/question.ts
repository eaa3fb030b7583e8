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
  | "subtype"
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
