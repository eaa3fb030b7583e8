import { stem } from "../text/stem.js";
import type { Language, RoleContext } from "./lang/types.js";
import { conceptOf, type Lexicon, type RelationWord, speechRelations } from "./lexicon.js";
import type { Asked, Cue, Mention, Role } from "./question.js";

/** The grammar the engine reads: relation words, what is asked, and which side each name is on. */

/** Words that name a relation, two-word phrases ("in charge") before single words. */
export function findCues(
  words: string[],
  stems: string[],
  used: Set<number>,
  lexicon: Lexicon,
  lang: Language,
  possessed: ReadonlySet<number> = new Set(),
): Cue[] {
  const cues: Cue[] = [];
  // "What has X got to do with it": an idiom's words are no relation's.
  const idiom = new Set<number>();
  for (const phrase of lang.idioms ?? [])
    for (let at = 0; at < words.length; at++)
      if (words[at] === phrase[0] && phrase.every((w, k) => words[at + k] === w))
        for (let k = 0; k < phrase.length; k++) idiom.add(at + k);
  for (let i = 0; i < stems.length; i++) {
    if (used.has(i) || idiom.has(i)) continue;
    // "Интервью брал" as well as "брал интервью", where the language orders words freely.
    const pair =
      i + 1 < stems.length && !used.has(i + 1)
        ? (lexicon.relationWords.get(`${stems[i]} ${stems[i + 1]}`) ??
          (lang.freeWordOrder ? lexicon.relationWords.get(`${stems[i + 1]} ${stems[i]}`) : undefined))
        : undefined;
    // "Heading to": going before the receiving side is no other relation's verb of the same stem.
    const found =
      pair ??
      goesTo(words, i, used, lexicon, lang) ??
      lexicon.relationWords.get(stems[i] ?? "") ??
      toldBy(words, stems, i, used, lexicon, lang);
    // "What is the contract called": the name is asked, not what anyone called anything.
    if (!pair && isNaming(words, i, lang)) continue;
    // "The signed agreements": a participle after an article describes a thing; it asks nothing.
    // "Can you explain ...": a request to the bot, not the relation asked about.
    if (!found || (!pair && (isAttributive(words, i, used, lang) || isRequest(words, i, lang)))) continue;
    const passive = isPassive(words, i, lang, used);
    // "Commander" is a noun even though "command" is a verb of the same stem; so is "supply" in
    // "the supply of", and "comments" in "Bondarev's comments".
    // A word that is only ever a verb stays one after a demonstrative that is its object: "он это
    // сказал" is "he said it" ("her name" keeps its noun: a possessive).
    const before = words[i - 1] ?? "";
    const object =
      !found.some((w) => w.kind === "noun") &&
      !lang.possessives.has(before) &&
      Object.values(lang.pronouns).some((set) => set.has(before));
    const nounOnly =
      !pair &&
      (lexicon.agentNouns.has(words[i] ?? "") ||
        (lang.articles.has(before) && !object && !pointerSubject(words, i, lang)) ||
        possessed.has(i) ||
        // "A list of supply measures": right after "of", a word that is also a noun is one.
        (lang.genitive.has(before) && found.some((w) => w.kind === "noun")) ||
        (found.some((w) => w.kind === "noun") && namedCompound(words, stems, i, used, lang)));
    const kinds = nounOnly ? found.filter((w) => w.kind === "noun") : found;
    const concepts = (pair ? [i, i + 1] : [i]).map((at) => conceptOf(lexicon, words[at] ?? ""));
    for (const w of kinds) {
      // "X is based in Y" for a relation labelled "is located in": the passive is the fact's own
      // direction, whether its author listed the verb as the relation's or as its inverse.
      const stative = passive && w.kind !== "noun" && lexicon.statives.has(w.relation);
      cues.push({
        relation: w.relation,
        kind: stative ? "verb" : w.kind,
        position: i,
        passive: passive && !stative,
        concepts,
      });
    }
    if (pair) i++;
  }
  // With a verb to go by, a noun of another relation after "which" or a preposition names a thing in
  // the question ("which newspaper interviewed ...", "who spoke about the supply of ..."), not what
  // is asked; "give his interview" keeps its noun.
  const verbs = new Set(cues.filter((c) => c.kind !== "noun").map((c) => c.relation));
  if (verbs.size === 0) return cues;
  return cues.filter(
    (c) => c.kind !== "noun" || verbs.has(c.relation) || !namesAThing(words, c.position, used, lang),
  );
}

/**
 * "Where X interview": a fragment with no helping verb that ends on a plain word, a noun as well as a
 * verb, right after a name uses the word as a noun of the name ("X's interview"), not as a verb of
 * which the name is the object. Where words stand in any order, a verb last is as common as any.
 */
function namedCompound(
  words: readonly string[],
  stems: readonly string[],
  i: number,
  used: ReadonlySet<number>,
  lang: Language,
): boolean {
  return (
    !lang.freeWordOrder &&
    i === words.length - 1 &&
    used.has(i - 1) &&
    stems[i] === words[i] &&
    !words.some((w) => lang.auxiliaries.has(w))
  );
}

/** Each language's verbs of speech by their stems, made once: every word of every question is looked up. */
const SPEECH_STEMS = new WeakMap<Language, ReadonlySet<string>>();
function speechStems(lang: Language): ReadonlySet<string> {
  let stems = SPEECH_STEMS.get(lang);
  if (!stems) {
    stems = new Set([...lang.speechVerbs].map((v) => lang.stem(v)));
    SPEECH_STEMS.set(lang, stems);
  }
  return stems;
}

/**
 * "What did X tell the paper about Y": a verb of speech no relation lists, right after the name or
 * pronoun that speaks (anywhere beside it, in a language of free word order), names the knowledge's relations of saying (those another verb of speech names).
 * "Tell me about X" and "can you tell ..." ask the reader, and name none.
 */
function toldBy(
  words: readonly string[],
  stems: readonly string[],
  i: number,
  names: ReadonlySet<number>,
  lexicon: Lexicon,
  lang: Language,
): RelationWord[] | undefined {
  const here = stems[i] ?? "";
  // A verb that reports speech only after its speaker counts in the forms listed, not by its stem.
  const speech = speechStems(lang).has(here) || (lang.speakerVerbs?.has(words[i] ?? "") ?? false);
  if (i === 0 || !speech) return undefined;
  const before = words[i - 1] ?? "";
  // Where words go in any order, the speaker may stand anywhere: "Шугаев что из техники перечислил".
  const speaker =
    names.has(i - 1) ||
    (lang.freeWordOrder === true && [...names].some((at) => at !== i)) ||
    (!lang.possessives.has(before) && Object.values(lang.pronouns).some((set) => set.has(before)));
  if (!speaker) return undefined;
  const relations = speechRelations(lexicon, lang);
  return relations.size > 0 ? [...relations].map((relation) => ({ relation, kind: "verb" })) : undefined;
}

/**
 * "Helicopters going to which countries": a verb of going before the receiving side's preposition names
 * every relation whose inverse verbs receive, the way its own verb of giving would ("sent to"); so does
 * one beside a name in the receiver's case ("Армении что идёт").
 */
function goesTo(
  words: readonly string[],
  i: number,
  names: ReadonlySet<number>,
  lexicon: Lexicon,
  lang: Language,
): RelationWord[] | undefined {
  const receiving = lang.receiving;
  const byCase = lang.goingToCase;
  // "Is it going to be held there", "going to sign": the future, before a verb, is no going anywhere.
  const after = words[i + 2] ?? "";
  const verbAfter =
    lang.beForms.has(after) ||
    lang.auxiliaries.has(after) ||
    (lexicon.relationWords.get(stem(after)) ?? []).some((w) => w.kind !== "noun");
  const going =
    receiving?.going?.has(words[i] ?? "") === true && words[i + 1] === receiving.to && !verbAfter
      ? receiving.verbs
      : byCase?.going.has(words[i] ?? "") === true && casedReceiver(words, names, byCase.receiver, lang)
        ? byCase.verbs
        : undefined;
  if (!going) return undefined;
  const relations = new Set(
    [...going].flatMap((v) =>
      (lexicon.relationWords.get(stem(v)) ?? []).filter((w) => w.kind === "inverse").map((w) => w.relation),
    ),
  );
  return relations.size > 0 ? [...relations].map((relation) => ({ relation, kind: "verb" })) : undefined;
}

/** Whether a name stands in the case of a receiver, with no preposition before it ("Армении", not "от Армении"). */
function casedReceiver(
  words: readonly string[],
  names: ReadonlySet<number>,
  receiver: (word: string) => boolean,
  lang: Language,
): boolean {
  return [...names].some((at) => {
    // A name's last word carries its case; the word before its first says whether a preposition governs it.
    if (names.has(at + 1) || !receiver(words[at] ?? "")) return false;
    let start = at;
    while (names.has(start - 1)) start--;
    return !lang.slotBefore.has(words[start - 1] ?? "");
  });
}

function namesAThing(words: string[], i: number, names: ReadonlySet<number>, lang: Language): boolean {
  // "Bondarev's comments": right after a name, the noun is something of that name's.
  if (names.has(i - 1)) return true;
  let p = i - 1;
  while (p >= 0 && lang.articles.has(words[p] ?? "")) p--;
  const before = words[p] ?? "";
  return lang.whWords.has(before) || lang.topicPrepositions.has(before);
}

function isRequest(words: string[], i: number, lang: Language): boolean {
  return (
    lang.addressee.has(words[i - 1] ?? "") ||
    lang.addressee.has(words[i - 2] ?? "") ||
    (lang.addressedForm?.(words[i] ?? "") ?? false)
  );
}

/**
 * A participle that describes a thing rather than asking: "the signed agreements", and "the agreements
 * signed by Russia" (after a name, with a name after "by"; "chaired by whom" still asks).
 */
/** "When was this published": a pronoun between a helping verb and the participle is its subject. */
function pointerSubject(words: readonly string[], i: number, lang: Language): boolean {
  return (
    (lang.articleSelf?.pointers?.has(words[i - 1] ?? "") ?? false) &&
    lang.auxiliaries.has(words[i - 2] ?? "") &&
    lang.looksParticiple(words[i] ?? "")
  );
}

function isAttributive(words: string[], i: number, names: ReadonlySet<number>, lang: Language): boolean {
  if (!lang.looksParticiple(words[i] ?? "")) return false;
  if (lang.describesOnly?.(words[i] ?? "")) return true;
  if (inRelativeClause(words, i, names, lang)) return true;
  // "Is X one of the selected companies": membership of what the participle says is what is asked.
  const oneOf = lang.genitive.has(words[i - 2] ?? "") && lang.oneWords.has(words[i - 3] ?? "");
  if (lang.articles.has(words[i - 1] ?? "") && !pointerSubject(words, i, lang)) return !oneOf;
  // "Is Russia supplied by Armenia": after a helping verb and nothing but a name, it is the passive asked.
  const asked =
    lang.auxiliaries.has(words[0] ?? "") &&
    words.slice(1, i).every((w, k) => names.has(k + 1) || lang.articles.has(w));
  return !asked && names.has(i - 1) && lang.agentMarkers.has(words[i + 1] ?? "") && names.has(i + 2);
}

/** "The agreements that were signed": a passive after "that" and a name says which one is meant. */
function inRelativeClause(words: readonly string[], i: number, names: ReadonlySet<number>, lang: Language) {
  let p = i - 1;
  // "The agreements that are already signed": a word of time between says no more.
  while (
    p >= 0 &&
    (lang.auxiliaries.has(words[p] ?? "") || (lang.stateTimeWords?.has(words[p] ?? "") ?? false))
  )
    p--;
  return p < i - 1 && lang.relatives.has(words[p] ?? "") && names.has(p - 1);
}

/** "Is supplied", "was led", or a participle followed by "by" ("the committee chaired by whom"). */
function isPassive(words: string[], i: number, lang: Language, names: ReadonlySet<number>): boolean {
  if (!lang.looksParticiple(words[i] ?? "")) return false;
  // "is supplied", "is Armenia supplied", "is being provided", "got selected"; "supplied by", "by whom
  // is ... supplied". The three words before do not count a name's words ("where is Powder Alloy
  // Corporation located"), however long the name.
  const before: string[] = [];
  for (let p = i - 1; p >= 0 && before.length < 3; p--) if (!names.has(p)) before.push(words[p] ?? "");
  const beBefore = before.some((w) => lang.beForms.has(w) || (lang.passiveAuxiliaries?.has(w) ?? false));
  return beBefore || lang.agentMarkers.has(words[i + 1] ?? "") || lang.agentMarkers.has(words[0] ?? "");
}

export function findAsked(
  words: string[],
  lang: Language,
  typeWords: ReadonlyMap<string, string>,
  /** The question as typed: its punctuation may say what it asks. */
  question = "",
  /** Whether the word at a position is part of a name or a phrase of the knowledge ("fixed price"). */
  topical: (i: number) => boolean = () => false,
): {
  asked: Asked;
  typeHint: string | undefined;
  typeWordAt: number | undefined;
} {
  const own = lang.readAsked?.(words, question);
  // "Из какого города", where the knowledge has towns: a kind of entity like any other, as below, in
  // whichever case the word stands ("города", "городе" for the knowledge's "город").
  const ownKind =
    own?.asked === "place" && own.typeWordAt !== undefined
      ? kindOf(words[own.typeWordAt] ?? "", typeWords)
      : undefined;
  if (own && ownKind) return { asked: "which", typeHint: ownKind, typeWordAt: own.typeWordAt };
  if (own) return own;
  const { quantityWords } = lang;
  // "Was the number of units lower than before": a helping verb that opens the question and a
  // comparison ask whether the figure compares so, not for the figure.
  const compared =
    lang.auxiliaries.has(words[0] ?? "") &&
    !words.some((w) => lang.whAsks[w] !== undefined) &&
    words.some(
      (w, i) =>
        i > 1 && w === lang.comparison?.than && (lang.comparison?.degrees.has(words[i - 1] ?? "") ?? false),
    );
  const measure = compared ? -1 : words.findIndex((w, i) => lang.measureWords.has(w) && !topical(i));
  // "How many countries", "the number of countries": a count of names, which a list of them answers.
  const counted =
    measure >= 0 && lang.genitive.has(words[measure + 1] ?? "")
      ? typeWords.get(words[measure + 2] ?? "")
      : undefined;
  if (counted) return { asked: "count", typeHint: counted, typeWordAt: measure + 2 };
  if (measure >= 0) return { asked: "quantity", typeHint: undefined, typeWordAt: measure };
  const at = words.findIndex((w) => lang.whAsks[w] !== undefined);
  const yesno = lang.auxiliaries.has(words[0] ?? "") || lang.negations.has(words[0] ?? "");
  // "Interview date?": a fragment ending on a word of time asks when, as "what date" does.
  const last = words.length - 1;
  if (at < 0 && !yesno && last > 0 && lang.timeWords.has(words[last] ?? "") && !topical(last))
    return { asked: "when", typeHint: undefined, typeWordAt: last };
  if (at < 0) {
    return {
      asked: yesno ? "yesno" : "none",
      typeHint: undefined,
      typeWordAt: undefined,
    };
  }
  const wh = lang.whAsks[words[at] ?? ""] ?? "what";
  const next = words[at + 1] ?? "";
  // "How many CSTO countries": a name before the kind's word says which of them are counted.
  let kindAt = at + 2;
  while (kindAt < words.length && !typeWords.has(words[kindAt] ?? "") && topical(kindAt)) kindAt++;
  const countedKind = typeWords.get(words[kindAt] ?? "");
  if (wh === "how" && quantityWords.has(next) && countedKind) {
    return { asked: "count", typeHint: countedKind, typeWordAt: kindAt };
  }
  if (wh === "how" && quantityWords.has(next))
    return { asked: "quantity", typeHint: undefined, typeWordAt: at + 1 };
  // "Which town", where the knowledge has towns: a kind of entity like any other.
  const kindNext = typeWords.get(next);
  if (
    (wh === "what" || wh === "which") &&
    kindNext &&
    (lang.placeWords.has(next) || lang.timeWords.has(next))
  )
    return { asked: wh, typeHint: kindNext, typeWordAt: at + 1 };
  // "In which city": a place on the map, which the article never gives (its "where" is a newspaper).
  if ((wh === "what" || wh === "which") && lang.placeWords.has(next) && !topical(at + 1))
    return { asked: "place", typeHint: undefined, typeWordAt: at + 1 };
  if ((wh === "what" || wh === "which") && lang.timeWords.has(next) && !topical(at + 1))
    return { asked: "when", typeHint: undefined, typeWordAt: at + 1 };
  // "What exact day": a word of precision before the word of time.
  const precise = lang.precisionWords?.has(next) ?? false;
  if (
    (wh === "what" || wh === "which") &&
    precise &&
    lang.timeWords.has(words[at + 2] ?? "") &&
    !topical(at + 2)
  )
    return { asked: "when", typeHint: undefined, typeWordAt: at + 2 };
  // "What's the point of X": a word for a reason asks why.
  if (wh === "what" && lang.reasonWords) {
    let k = at + 1;
    while (k < words.length && (lang.auxiliaries.has(words[k] ?? "") || lang.articles.has(words[k] ?? "")))
      k++;
    if (lang.reasonWords.has(words[k] ?? "") && !topical(k))
      return { asked: "why", typeHint: undefined, typeWordAt: k };
  }
  if (wh === "what" || wh === "which") {
    for (let k = at + 1; k <= at + 2 && k < words.length; k++) {
      const type = typeWords.get(words[k] ?? "");
      if (type) return { asked: wh, typeHint: type, typeWordAt: k };
    }
  }
  return { asked: wh, typeHint: undefined, typeWordAt: undefined };
}

/** Reads from the words around a name which side of the relation it is on. */
export function roleOf(
  mention: Mention,
  words: string[],
  cues: Cue[],
  lang: Language,
  context: RoleContext = { canStand: () => true },
): Role {
  // Without a word that names a relation there are no sides to be on: "the status of Tajikistan".
  if (cues.length === 0) return "any";
  const own = lang.readRole?.(mention, words, cues, context);
  if (own) return own;
  let p = mention.start - 1;
  while (p >= 0 && lang.articles.has(words[p] ?? "")) p--;
  const before = words[p] ?? "";
  if (lang.fromSide.has(before)) return "subject";
  if (lang.toSide.has(before)) return "object";
  // "Who got picked as the new Treasurer": what someone is taken as describes a party, whichever it is.
  if (lang.complementSide?.has(before)) return "any";
  const verbs = cues.filter((c) => c.kind !== "noun");
  const previous = verbs.filter((c) => c.position < mention.start).at(-1);
  // Before a verb it is the verb's grammatical subject; after one, its grammatical object.
  const next = verbs.find((c) => c.position >= mention.end);
  // "He'll give Florida any federal support": right after a verb, and not right before the next one
  // (whose word may be a noun there), it is what the verb before it takes.
  // After a verb of saying it opens the clause said ("does he say Russia will keep sending ..."), whose
  // own verb it stands before.
  const said = (c: Cue) => {
    const own = lang.stem(words[c.position] ?? "");
    return [...lang.speechVerbs].some((v) => lang.stem(v) === own);
  };
  const taken = previous !== undefined && endsVerb(previous, p) && !said(previous);
  const closeNext =
    next !== undefined &&
    words.slice(mention.end, next.position).every((w) => lang.auxiliaries.has(w) || lang.negations.has(w));
  if (next && !(taken && !closeNext)) return flip(next.kind === "verb" ? "subject" : "object", next.passive);
  if (previous) return flip(previous.kind === "verb" ? "object" : "subject", previous.passive);
  return "any";
}

function flip(role: Role, passive: boolean): Role {
  if (!passive) return role;
  return role === "subject" ? "object" : role === "object" ? "subject" : "any";
}

/**
 * Whether an unknown word stands where a name would: after a preposition, next to the verb, or as the
 * subject of a yes/no question.
 */
export function isSlot(i: number, words: readonly string[], cues: readonly Cue[], lang: Language): boolean {
  let p = i - 1;
  while (p >= 0 && lang.articles.has(words[p] ?? "")) p--;
  if (lang.slotBefore.has(words[p] ?? "")) return true;
  // "Did SpaceX get picked": the subject of a yes/no question, right after its helping verb.
  if (isQuestionSubject(i, words, lang)) return true;
  return cues.some((c) => c.kind !== "noun" && (endsVerb(c, p) || c.position === i + 1));
}

/**
 * Whether a verb's cue ends at position `p`: its own word, or the last of a phrase ("дать интервью",
 * whose words are its concepts), after which what the verb takes stands.
 */
export function endsVerb(cue: Cue, p: number): boolean {
  if (cue.kind === "noun") return false;
  return cue.position === p || cue.position + Math.max(1, cue.concepts?.length ?? 1) - 1 === p;
}

/** Whether position `i` is the subject of a yes/no question: right after its opening helping verb. */
export function isQuestionSubject(i: number, words: readonly string[], lang: Language): boolean {
  if (i < 1 || !lang.auxiliaries.has(words[0] ?? "")) return false;
  return words.slice(1, i).every((w) => lang.articles.has(w));
}

/** "What is X called", "whats it named": a naming word ending a question that opens with "what". */
function isNaming(words: readonly string[], i: number, lang: Language): boolean {
  if (!(lang.namingWords?.has(words[i] ?? "") ?? false)) return false;
  // "Как называется статья", "how is it called": the name asked, right after "how".
  const how = lang.whAsks[words[i - 1] ?? ""] === "how" || lang.whAsks[words[i - 2] ?? ""] === "how";
  return how || (i === words.length - 1 && i >= 2 && lang.whAsks[words[0] ?? ""] === "what");
}

/** The kind a word asks for, as it stands or in another form of the same stem. */
function kindOf(word: string, typeWords: ReadonlyMap<string, string>): string | undefined {
  const own = typeWords.get(word);
  if (own !== undefined) return own;
  const wanted = stem(word);
  for (const [w, kind] of typeWords) if (stem(w) === wanted) return kind;
  return undefined;
}
