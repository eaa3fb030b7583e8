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
/** At most this many words from one verb to the next that "and"/"or" joins to it ("signed or have drafted"). */
export const MAX_JOINED_GAP = 3;
/** The most facts one answer lists. */
export const MAX_ANSWER_FACTS = 6;
/** How many facts the word index hands on to the full scoring. */
export const SHORTLIST = 200;

// Limits and thresholds of reading, answering and suggesting: like the weights above, tuned as a whole.

/** The most words of a question the engine reads; the rest cannot change what is asked. */
export const MAX_WORDS = 60;

/** The shortest Russian stem read as an imperfective in -ыва-/-ива- ("рассказыва"); "жива" is none. */
export const MIN_ASPECT_STEM = 7;

/** The most words of a title asked of a name ("colonel general"). */
export const MAX_TITLE_WORDS = 3;

/** The most words that leave an alternative open ("or something else", "или что-то другое"). */
export const MAX_OPEN_ALTERNATIVE_WORDS = 3;

/** Texts whose analysis each reader keeps, so the parts of one answer are analysed once. */
export const RECENT_ANALYSES = 4;

/** Pieces of questions whose Russian readings are remembered, before the memory starts afresh. */
export const READ_PIECES = 20_000;

/** Fewest words after "who said" that are read as the quote asked about rather than as the question. */
export const QUOTE_WORDS = 5;

/** Words shorter than this are never corrected: "iran" must not become "ran". */
export const MIN_CORRECTED_LENGTH = 5;

/** Fuse.js score (0 is exact) above which a candidate, though few edits away, reads as another word. */
export const MAX_CORRECTION_SCORE = 0.45;

/** The most of a question an answer repeats back: enough for a name, not for a message of its own. */
export const MAX_ECHO_CHARS = 60;

/** The shortest word after a negative prefix that counts: "unless" is not the opposite of "less". */
export const MIN_PREFIXED_WORD = 5;

/** The most questions one message is read as; the rest of a long message is its last part. */
export const MAX_PARTS = 4;
/** "противо|воздушная": the fewest letters before the second part of a compound word an initialism reads. */
export const MIN_COMPOUND_PART = 4;
/** "between 2022 and when": at most this many words from the range's word to its "and". */
export const RANGE_WORDS = 4;

/**
 * The most words besides names a stretch of a message may have to be the topic of the question after
 * it ("right, and Belarus — has it signed"): "and", "ok", "same question for".
 */
export const MAX_TOPIC_WORDS = 3;

/** The most names a turn keeps. */
export const MAX_TURN_ENTITIES = 12;

/** The most questions an answer suggests instead ("Related:", "did you mean"). */
export const SUGGESTIONS = 3;

/** Facts an overview of the article ("what is this about") gives. */
export const OVERVIEW_FACTS = 3;

/**
 * Each typed word is matched against every question, at a cost that grows with its length (the errors
 * fuzzy matching allows grow with it): the first few words say enough, and a long one no more.
 */
export const MAX_TYPED_WORDS = 6;

export const MAX_TYPED_WORD_CHARS = 16;

/** And all of them together: the slowest autocomplete costs what about three average questions do. */
export const MAX_TYPED_WORDS_CHARS = 48;

/** How many items of a relation "did you mean" looks at when the question named nothing. */
export const RELATION_SAMPLE = 20;

/** Initialisms shorter than this count only when typed in capitals: two letters are too often something else. */
export const MIN_INITIALISM = 3;

/** The most words a unit a measure is asked in may take ("in square feet"). */
export const MAX_UNIT_WORDS = 2;

/** The most words before an office's noun that still belong to it ("the new field manager"). */
export const MAX_OFFICE_WORDS = 2;

/** The most words between a rank word and the office it qualifies ("Assistant United States Attorney"). */
export const MAX_RANK_WORDS = 3;

/** The fewest words a quoted phrase of a question has to be looked for as it stands in the facts. */
export const MIN_QUOTED_WORDS = 2;

/** "Are the radios going to A": how many of the facts giving the thing to others the "no" shows. */
export const GIVEN_ELSEWHERE_SHOWN = 2;

/** The fewest letters a short form of a name has ("Matt" for "Matthew"; "Al" is too like a word). */
export const MIN_SHORT_FORM = 3;

/** The most words between "how many" and an office's noun that still qualify it ("how many city mayors"). */
export const HOLDER_QUALIFIERS = 1;

/**
 * "Did X say the point is finding out if a system is good": how many of a yes/no question's words a
 * fact must say only in a clause it denies ("is not finding out whether a system is good or bad") for
 * the answer to be no. One word in a denied clause may be another matter ("when crews are not on the
 * Moon" says nothing against the LTV working on the Moon).
 */
export const MIN_NEGATED_WORDS = 2;

/** The most words before a name the article does not know that may be its phrase's ("the port of W"). */
export const MAX_NAME_LEAD = 2;

/** Most words (greetings, "can you", "please") before a verb of listing that opens the question. */
export const LISTING_LEAD_IN = 4;
