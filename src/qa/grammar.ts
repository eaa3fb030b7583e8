import {
  ARTICLES,
  AUXILIARIES,
  BE_FORMS,
  FROM_SIDE,
  MEASURE_WORDS,
  NEGATIONS,
  PLACE_WORDS,
  QUANTITY_WORDS,
  TIME_WORDS,
  TYPE_WORDS,
  WH_WORDS,
  wordSet,
} from "../text/words.js";
import type { Lexicon } from "./lexicon.js";
import type { Asked, Cue, Mention, Role } from "./question.js";

/** The grammar the engine reads: relation words, what is asked, and which side each name is on. */

/** Prepositions after which a noun is the topic of the question rather than what it asks. */
const TOPIC_PREPOSITIONS = wordSet("about of on regarding concerning for with");

/** Words after which an unknown word stands where a name would. */
const SLOT_BEFORE = new Set([
  ...FROM_SIDE,
  ...wordSet("to for into of in with about on at against between than including"),
]);
const TO_OBJECT = wordSet("to for into of towards toward");
const PARTICIPLES = wordSet(
  "given sold sent bought taken led run written shot got gotten made told spoken held done",
);

/** Words that name a relation, two-word phrases ("in charge") before single words. */
export function findCues(
  words: string[],
  stems: string[],
  used: Set<number>,
  lexicon: Lexicon,
  possessed: ReadonlySet<number> = new Set(),
): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < stems.length; i++) {
    if (used.has(i)) continue;
    const pair =
      i + 1 < stems.length && !used.has(i + 1)
        ? lexicon.relationWords.get(`${stems[i]} ${stems[i + 1]}`)
        : undefined;
    const found = pair ?? lexicon.relationWords.get(stems[i] ?? "");
    // "The signed agreements": a participle after an article describes a thing; it asks nothing.
    // "Can you explain ...": a request to the bot, not the relation asked about.
    if (!found || (!pair && (isAttributive(words, i, used) || isRequest(words, i)))) continue;
    const passive = isPassive(words, i);
    // "Commander" is a noun even though "command" is a verb of the same stem; so is "supply" in
    // "the supply of", and "comments" in "Bondarev's comments".
    const nounOnly =
      !pair &&
      (lexicon.agentNouns.has(words[i] ?? "") || ARTICLES.has(words[i - 1] ?? "") || possessed.has(i));
    const kinds = nounOnly ? found.filter((w) => w.kind === "noun") : found;
    for (const w of kinds) cues.push({ relation: w.relation, kind: w.kind, position: i, passive });
    if (pair) i++;
  }
  // With a verb to go by, a noun of another relation after "which" or a preposition names a thing in
  // the question ("which newspaper interviewed ...", "who spoke about the supply of ..."), not what
  // is asked; "give his interview" keeps its noun.
  const verbs = new Set(cues.filter((c) => c.kind !== "noun").map((c) => c.relation));
  if (verbs.size === 0) return cues;
  return cues.filter(
    (c) => c.kind !== "noun" || verbs.has(c.relation) || !namesAThing(words, c.position, used),
  );
}

function namesAThing(words: string[], i: number, names: ReadonlySet<number>): boolean {
  // "Bondarev's comments": right after a name, the noun is something of that name's.
  if (names.has(i - 1)) return true;
  let p = i - 1;
  while (p >= 0 && ARTICLES.has(words[p] ?? "")) p--;
  const before = words[p] ?? "";
  return WH_WORDS.has(before) || TOPIC_PREPOSITIONS.has(before);
}

function isRequest(words: string[], i: number): boolean {
  return words[i - 1] === "you" || words[i - 2] === "you";
}

/**
 * A participle that describes a thing rather than asking: "the signed agreements", and "the agreements
 * signed by Russia" (after a name, with a name after "by"; "chaired by whom" still asks).
 */
function isAttributive(words: string[], i: number, names: ReadonlySet<number>): boolean {
  const word = words[i] ?? "";
  if (!word.endsWith("ed") && !PARTICIPLES.has(word)) return false;
  if (ARTICLES.has(words[i - 1] ?? "")) return true;
  return names.has(i - 1) && words[i + 1] === "by" && names.has(i + 2);
}

/** "Is supplied", "was led", or a participle followed by "by" ("the committee chaired by whom"). */
function isPassive(words: string[], i: number): boolean {
  const word = words[i] ?? "";
  if (!word.endsWith("ed") && !PARTICIPLES.has(word)) return false;
  // "is supplied", "is Armenia supplied", "is being provided"; "supplied by", "by whom is ... supplied".
  const beBefore = words.slice(Math.max(0, i - 3), i).some((w) => BE_FORMS.has(w));
  return beBefore || words[i + 1] === "by" || words[0] === "by";
}

export function findAsked(words: string[]): {
  asked: Asked;
  typeHint: string | undefined;
  typeWordAt: number | undefined;
} {
  const measure = words.findIndex((w) => MEASURE_WORDS.has(w));
  // "How many countries", "the number of countries": a count of names, which a list of them answers.
  const counted =
    measure >= 0 && words[measure + 1] === "of" ? TYPE_WORDS[words[measure + 2] ?? ""] : undefined;
  if (counted) return { asked: "count", typeHint: counted, typeWordAt: measure + 2 };
  if (measure >= 0) return { asked: "quantity", typeHint: undefined, typeWordAt: measure };
  const at = words.findIndex((w) => WH_WORDS.has(w));
  if (at < 0) {
    return {
      asked: AUXILIARIES.has(words[0] ?? "") || NEGATIONS.has(words[0] ?? "") ? "yesno" : "none",
      typeHint: undefined,
      typeWordAt: undefined,
    };
  }
  const wh = words[at] ?? "";
  const next = words[at + 1] ?? "";
  const countedKind = TYPE_WORDS[words[at + 2] ?? ""];
  if (wh === "how" && QUANTITY_WORDS.has(next) && countedKind) {
    return { asked: "count", typeHint: countedKind, typeWordAt: at + 2 };
  }
  if (wh === "how" && QUANTITY_WORDS.has(next))
    return { asked: "quantity", typeHint: undefined, typeWordAt: at + 1 };
  // "In which city": a place on the map, which the article never gives (its "where" is a newspaper).
  if ((wh === "what" || wh === "which") && PLACE_WORDS.has(next))
    return { asked: "place", typeHint: undefined, typeWordAt: at + 1 };
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
export function roleOf(mention: Mention, words: string[], cues: Cue[]): Role {
  // Without a word that names a relation there are no sides to be on: "the status of Tajikistan".
  if (cues.length === 0) return "any";
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
export function isSlot(i: number, words: readonly string[], cues: readonly Cue[]): boolean {
  let p = i - 1;
  while (p >= 0 && ARTICLES.has(words[p] ?? "")) p--;
  if (SLOT_BEFORE.has(words[p] ?? "")) return true;
  return cues.some((c) => c.kind !== "noun" && (c.position === p || c.position === i + 1));
}
