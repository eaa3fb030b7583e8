/**
 * How much each kind of agreement between a question and a fact counts. One place, so the engine's
 * judgement can be read and tuned as a whole.
 */
export const WEIGHTS = {
  /** A named entity on the side of the relation the question puts it on (or either). */
  entity: 3,
  /** A named entity the fact mentions without a side (a speaker, a piece of equipment). */
  mention: 1.5,
  /** A named entity the fact does not involve at all. */
  missingEntity: 1.5,
  /** A named entity the question puts on a side where the fact has someone else of its kind. */
  wrongSide: 4.5,
  /** A named entity on the opposite side: "what does Kazakhstan supply" against "Russia supplies Kazakhstan". */
  contradiction: 4.5,
  /** The relation the question names. */
  relation: 2.5,
  /** The fact's relation is one the knowledge declares related to the question's: this much less. */
  relatedRelationGap: 1.5,
  /** The fact involves what the question sets aside ("besides ..."). */
  excluded: 2,
  /** The question names a relation and the fact states another. */
  otherRelation: 0.5,
  /** "Who is X" and a description of X. */
  describe: 2.5,
  /** The question's own verb, a passive of no relation, is one the knowledge gives the fact as its own. */
  ownedPredicate: 2,
  /** A content word shared with the fact, times 1 (common) to 2 (only this fact has it). */
  keyword: 0.8,
  /** A question with no name: every content word of it (two or more, relation words aside) is in the fact. */
  fullCoverage: 1,
  /** "Which country ...": the fact's open side holds an entity of that kind. */
  typeMatch: 1,
  /** "Which university ...": more, when the kind's word is one the knowledge gives only some of its entities. */
  narrowKind: 1.5,
  /** "Which newspaper ...": nothing of that kind where the fact's answer goes. */
  typeMismatch: 1.5,
  /** A word the article never uses, in a question that otherwise fits: a name, or a word of no dictionary. */
  unknownWord: 1.5,
  /** The same for an ordinary English word ("stuff", "kindly"), which is more often just phrasing. */
  unknownCommonWord: 0.75,
} as const;

/** Below this score the article does not answer the question. */
export const ANSWER_THRESHOLD = 3;
/** Facts within this much of the best are part of the answer too ("who supplies X" may have two). */
export const ANSWER_MARGIN = 1;
/** The most facts one answer lists. */
export const MAX_ANSWER_FACTS = 6;
/** How many facts the word index hands on to the full scoring. */
export const SHORTLIST = 200;
