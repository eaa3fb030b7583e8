import { normaliseText, withoutMarkup } from "../text/normalise.js";
import type { Language } from "./lang/types.js";
import { MAX_PARTS, MAX_TOPIC_WORDS, RANGE_WORDS } from "./weights.js";

/**
 * "Who is Shugaev and what did he say?", "did Tajikistan sign, and what will it get?": one message,
 * several questions. A message splits at question marks and semicolons, and at "and" (or "also",
 * "plus") where a new question starts: a wh-word, or a helping verb followed by a pronoun, an article
 * or a name ("and has it signed"). "Russia and Armenia" stays one.
 */
export function splitParts(question: string, lang: Language, isName: (word: string) => boolean): string[] {
  return splitJoined(question, lang, isName).map((p) => p.text);
}

/** One question of a message, and whether a bare comma parted it from the one before it. */
interface Joined {
  text: string;
  /**
   * "Who interviewed him, what's the journalist's name": after a bare comma a question most often
   * says the one before it again, narrower; it is not a question of its own.
   */
  refines: boolean;
}

function splitJoined(question: string, lang: Language, isName: (word: string) => boolean): Joined[] {
  const parts: Joined[] = [];
  for (const sentence of withoutMarkup(question).split(SENTENCE_END)) {
    let rest = sentence;
    let refines = false;
    for (;;) {
      const at = nextBreak(rest, lang, isName);
      if (at === undefined) break;
      parts.push({ text: rest.slice(0, at.start), refines });
      rest = rest.slice(at.end);
      refines = at.comma;
    }
    parts.push({ text: rest, refines });
  }
  const kept: Joined[] = [];
  for (const part of parts
    .map((p) => ({ ...p, text: p.text.trim() }))
    .filter((p) => normaliseText(p.text) !== "")) {
    // "What tech will it have?? power, nav, etc": a list of examples asks nothing of its own.
    const previous = kept[kept.length - 1];
    if (previous !== undefined && guessesAnswer(part.text, lang)) continue;
    if (
      previous !== undefined &&
      (givesExamples(part.text, lang) ||
        restates(part.text, lang, isName) ||
        finishesStatement(previous.text, part.text, lang))
    )
      previous.text = `${previous.text} ${part.text}`;
    else kept.push(kept.length === 0 ? { ...part, refines: false } : part);
  }
  if (kept.length <= MAX_PARTS) return kept;
  const last = kept.slice(MAX_PARTS - 1);
  return [
    ...kept.slice(0, MAX_PARTS - 1),
    { text: last.map((p) => p.text).join(" "), refines: last[0]?.refines ?? false },
  ];
}

/**
 * Question marks, "!", line ends and semicolons; a semicolon between two letters is inside a word of
 * chat ("tl;dr"), and ends nothing.
 */
const SENTENCE_END = /(?:[?!\n]|;(?<!\p{L};(?=\p{L})))+/u;

// Not \b, which knows Latin letters only: a joiner is a whole word in any alphabet.
const JOIN = /,\s*(?=\p{L})|(?:,\s*)?(?<!\p{L})(\p{L}+)\s+(?=\p{L})/gu;

function nextBreak(
  text: string,
  lang: Language,
  isName: (word: string) => boolean,
): { start: number; end: number; comma: boolean } | undefined {
  for (const match of text.matchAll(JOIN)) {
    // "and" (or "also") between clauses, or a bare comma before a new question: "what about TJ, what ...".
    const joiner = match[1] === undefined ? "," : normaliseText(match[1]);
    if ((joiner !== "," && !lang.partJoiners.has(joiner)) || match.index === 0) continue;
    const end = match.index + match[0].length;
    const [first = "", second = ""] = leadingWords(text.slice(end), 2);
    const opensQuestion =
      isWhWord(first, lang) ||
      // "и в какой газете ...", "and in which city ...": the question word behind its preposition.
      (lang.slotBefore.has(first) && isWhWord(second, lang)) ||
      // "и подписал ли он": a particle that asks, right after the clause's first word.
      (lang.questionParticles?.has(second) ?? false) ||
      (lang.auxiliaries.has(first) &&
        (isPronoun(second, lang) || lang.articles.has(second) || isName(second)));
    // What comes before is read only for a joiner that opens a question: a long message has many.
    if (!opensQuestion) continue;
    // A bare comma ends a question only after one: "besides aircraft, what ..." is one question.
    if (joiner === "," && !asksSomething(text.slice(0, match.index), lang)) continue;
    // "Who was acting manager between 2022 and when she started": the "and" of a range.
    if (joiner !== "," && spansRange(text.slice(0, match.index), lang)) continue;
    return { start: match.index, end, comma: joiner === "," };
  }
  return undefined;
}

/**
 * The first `count` words of a text once normalised. Normalising folds what lies between two spaces
 * on its own, so the text is folded a piece at a time (each piece after the first with the space
 * before it) only until those words are there: a long message is not folded whole for every "and".
 */
function leadingWords(text: string, count: number): string[] {
  const words: string[] = [];
  for (let from = 0; from < text.length && words.length < count; ) {
    const space = text.indexOf(" ", from + 1);
    const end = space < 0 ? text.length : space;
    for (const word of normaliseText(text.slice(from, end)).split(" ")) if (word) words.push(word);
    from = end;
  }
  return words.slice(0, count);
}

/** The text's last words open a range ("between 2022") that its "and" closes. */
function spansRange(before: string, lang: Language): boolean {
  const range = lang.rangeWords;
  if (!range) return false;
  const words = normaliseText(before).split(" ").filter(Boolean);
  const at = words.findLastIndex((w) => range.has(w));
  return at >= 0 && words.length - at <= RANGE_WORDS && !words.slice(at).some((w) => lang.partJoiners.has(w));
}

/** A part asks something by its own words: a question word, or a helping verb or particle that asks. */
export function asksOnItsOwn(text: string, lang: Language, isName: (word: string) => boolean): boolean {
  return asksSomething(text, lang) || opensQuestion(wordsOf(text), lang, isName);
}

function asksSomething(text: string, lang: Language): boolean {
  const words = normaliseText(text).split(" ");
  return words.some((w) => isWhWord(w, lang)) || lang.auxiliaries.has(words[0] ?? "");
}

/**
 * "X was mentioned?? by who": a question word alone (or after its preposition) following a statement
 * that asks nothing asks of that statement; it is one question with the word typed last.
 */
function finishesStatement(before: string, part: string, lang: Language): boolean {
  if (asksSomething(before, lang)) return false;
  const words = normaliseText(part).split(" ");
  const asks = (w: string) => isWhWord(w, lang);
  return (
    words.length <= 2 && asks(words.at(-1) ?? "") && words.slice(0, -1).every((w) => lang.slotBefore.has(w))
  );
}

/** Whether splitting left words of the text out (the answers it guessed at). */
function leftOut(text: string, split: readonly { text: string }[]): boolean {
  const count = (t: string) => normaliseText(t).split(" ").filter(Boolean).length;
  return split.length > 0 && split.reduce((n, p) => n + count(p.text), 0) < count(text);
}

/** "Like 10th 12th?": answers the asker guesses at, after "like", asking nothing. */
function guessesAnswer(text: string, lang: Language): boolean {
  const words = normaliseText(text).split(" ");
  return words.length > 1 && (lang.exampleLeads?.has(words[0] ?? "") ?? false) && !asksSomething(text, lang);
}

/** A list that asks nothing: words and commas ending in "etc". */
function givesExamples(text: string, lang: Language): boolean {
  const words = normaliseText(text).split(" ");
  return !asksSomething(text, lang) && (lang.listEnds?.has(words[words.length - 1] ?? "") ?? false);
}

/**
 * "FSMTC?? whats that", "who signed? list the countries pls": a part that asks only after what the part
 * before it named (a question word, helping verbs and "that"), or asks nothing and names nothing (how
 * the answer should be given, "list them"), says more of the question before it, not a question of its
 * own.
 */
function restates(text: string, lang: Language, isName: (word: string) => boolean): boolean {
  const words = normaliseText(text).split(" ");
  const pointsBack = (w: string) => isName(w) || (lang.questionParticles?.has(w) ?? false);
  if (words.some(pointsBack)) return false;
  // "List them", "name them all": a request that asks nothing, whose pronoun is the answer before it.
  if (!asksSomething(text, lang)) return true;
  if (words.some((w) => isPronoun(w, lang))) return false;
  const demonstrative = lang.demonstratives;
  if (!demonstrative || !words.some((w) => demonstrative.has(w))) return false;
  return words.every(
    (w) => demonstrative.has(w) || isWhWord(w, lang) || lang.auxiliaries.has(w) || lang.beForms.has(w),
  );
}

/**
 * A question word, or a chat spelling of one ("whats", "чо"): a spelling read as a word that asks
 * nothing ("скока" for "сколько", "ето" for "это") is no question word either.
 */
function isWhWord(word: string, lang: Language): boolean {
  return lang.whAsks[word] !== undefined || lang.whAsks[lang.whContractions[word] ?? ""] !== undefined;
}

function isPronoun(word: string, lang: Language): boolean {
  return Object.values(lang.pronouns).some((set) => set.has(word));
}

/** One question of a message, with the name it was fronted by when its pronoun stands for that name. */
export interface Part {
  text: string;
  /** "Belarus — has it signed?": what "it" stands for, read as the turn before the question. */
  topic?: string;
  /** A bare comma parted it from the part before: it says that question again, narrower. */
  refines?: boolean;
}

type Kind = "asks" | "topic" | "chatter" | "other";

interface Stretch {
  text: string;
  /** It ended at a question mark. */
  marked: boolean;
  kind: Kind;
  /** Its words, folded once for every test below. */
  words: readonly string[];
}

/**
 * "hey all, sorry, my internet died again. anyway — who chairs the committee? asking for my cousin":
 * a long message splits at sentence ends, dashes and colons (and at a comma before a question that
 * follows talk of the writer's own); a stretch that asks nothing and tells of the writer or chats
 * ("lol", "thanks") is left out, and what is left is split into questions as `splitParts` does.
 * A short stretch that names something and asks nothing ("and Belarus — has it signed") is the topic
 * its question's pronoun stands for. A message with no chatter or topic, or with no stretch that
 * asks, is split as before: chatter alone still reads as chatter.
 */
export function questionParts(question: string, lang: Language, isName: (word: string) => boolean): Part[] {
  // A message of one question is read as written, its question mark and all ("армения член одкб?").
  const whole = (): Part[] => {
    const split = splitJoined(question, lang, isName);
    return split.length <= 1 && !leftOut(question, split)
      ? [{ text: question }]
      : split.map(({ text, refines }) => ({ text, ...(refines ? { refines } : {}) }));
  };
  if (oneStretch(question, lang)) return whole();
  const stretches = stretchesOf(withoutMarkup(question), lang, isName);
  const asking = stretches.filter((s) => s.kind === "asks");
  if (asking.length === 0 || stretches.every((s) => s.kind === "asks" || s.kind === "other")) return whole();
  const chunks: { text: string; topic?: string }[] = [];
  let text = "";
  let topic: string | undefined;
  stretches.forEach((s, i) => {
    const next = stretches[i + 1];
    // "Kyrgyzstan: signed or not, and what do they get" opens no question: the name stays in it.
    const nextRefers =
      next?.kind === "asks" && opensQuestion(next.words, lang, isName) && refersBack(next.words, lang);
    // "I read that X chairs it. is that right?": a question that says nothing of its own asks of the
    // stretch before it, chatter or not.
    const claim = next?.kind === "asks" && saysNothing(next.words, lang, isName);
    // Among chatter, what asks nothing and names nothing is chatter too.
    if (!claim && (s.kind === "chatter" || (s.kind === "other" && !namesSomething(s.words, isName)))) {
      // "I keep seeing Shugaev mentioned, what does he run": the names of the chatter right before a
      // question with a pronoun are what the pronoun stands for.
      if (nextRefers && text === "" && namesSomething(s.words, isName)) topic = s.text;
      return;
    }
    if (s.kind === "topic" && nextRefers) {
      if (text !== "") chunks.push({ text, ...(topic ? { topic } : {}) });
      text = "";
      topic = s.text;
      return;
    }
    text += `${s.text}${s.marked ? "? " : " "}`;
    if (s.kind === "asks") {
      chunks.push({ text, ...(topic ? { topic } : {}) });
      text = "";
      topic = undefined;
    }
  });
  if (text.trim() !== "") chunks.push({ text, ...(topic ? { topic } : {}) });
  const parts = chunks.flatMap((c): Part[] => {
    const split = splitJoined(c.text, lang, isName);
    return (
      split.length <= 1 && !leftOut(c.text, split) ? [{ text: c.text.trim(), refines: false }] : split
    ).map((p, j) => ({
      text: p.text,
      ...(j === 0 && c.topic ? { topic: c.topic } : {}),
      ...(p.refines ? { refines: true } : {}),
    }));
  });
  if (parts.length === 0) return whole();
  if (parts.length <= MAX_PARTS) return parts;
  const last = parts.slice(MAX_PARTS - 1).map((p) => p.text);
  return [...parts.slice(0, MAX_PARTS - 1), { ...(parts[MAX_PARTS - 1] as Part), text: last.join(" ") }];
}

/**
 * A sentence ends at a question mark, "!", ";", a line's end, a colon or a dash between spaces, and a
 * full stop before a space after a word of four letters or more, five when capitalised: "Col.", "gen.",
 * "U.S." and "Capt." end none.
 */
const STRETCH_END =
  /(\?+[!?]*)|(?:[!\n]|;(?<!\p{L};(?=\p{L})))+|:\s+|\s+[-–—]{1,2}\s+|[–—]|(?=\.\s)(?<=(?:^|[^\p{L}])\p{Ll}[\p{L}\p{N}]{3,}|[\p{L}\p{N}]{5,})\./gu;
/** The same pattern for `oneStretch`, whose early return leaves its position mid-message. */
const FIRST_STRETCH_END = new RegExp(STRETCH_END);

/**
 * A message that is one stretch, with no comma to part chatter from a question, is read as written:
 * there is nothing around the question to leave out. (A question mark closing the writer's own words,
 * "I wonder which countries signed?", can still part them, so those are read stretch by stretch.)
 */
function oneStretch(message: string, lang: Language): boolean {
  if (message.includes(",")) return false;
  const ends = FIRST_STRETCH_END;
  ends.lastIndex = 0;
  for (let match = ends.exec(message); match !== null; match = ends.exec(message))
    if (match[1] === undefined || message.slice(match.index + match[0].length).trim() !== "") return false;
  const unmarked = message.replace(/[?!\s]+$/, "");
  if (unmarked === message.trimEnd()) return true;
  // Without its closing marks the text is most often plain words, which fold cheaply.
  return !normaliseText(unmarked)
    .split(" ")
    .some((w) => lang.selfWords?.has(w));
}

function stretchesOf(message: string, lang: Language, isName: (word: string) => boolean): Stretch[] {
  const out: Stretch[] = [];
  let from = 0;
  const add = (text: string, marked: boolean) => {
    if (normaliseText(text) === "") return;
    const pieces = chatterFirst(text.trim(), marked, lang, isName);
    pieces.forEach((piece, i) => {
      out.push({
        text: piece,
        marked: marked && i === pieces.length - 1,
        kind: "other",
        words: wordsOf(piece),
      });
    });
  };
  // `exec` rather than `matchAll`, which would copy the pattern for every message.
  STRETCH_END.lastIndex = 0;
  for (let match = STRETCH_END.exec(message); match !== null; match = STRETCH_END.exec(message)) {
    add(message.slice(from, match.index), match[1] !== undefined);
    from = match.index + match[0].length;
  }
  add(message.slice(from), false);
  out.forEach((s, i) => {
    s.kind = kindOf(s, lang, isName);
    // The last stretch of a message ended by nothing, when it opens a question, is one.
    if (i === out.length - 1 && s.kind === "other" && opensQuestion(s.words, lang, isName)) s.kind = "asks";
  });
  return out;
}

/**
 * "I'm from Almaty so I'm curious, what does Kazakhstan get": talk of the writer before a comma and a
 * question. "I couldn't figure out which countries signed?": a question mark closes the question that
 * the writer's own words lead into.
 */
function chatterFirst(
  text: string,
  marked: boolean,
  lang: Language,
  isName: (word: string) => boolean,
): string[] {
  for (const match of text.matchAll(/,\s*/g)) {
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length);
    const first = wordsOf(before);
    if (
      opensQuestion(wordsOf(after), lang, isName) &&
      !opensQuestion(first, lang, isName) &&
      chatty(first, lang)
    )
      return [before, after];
  }
  if (!marked || opensQuestion(wordsOf(text), lang, isName)) return [text];
  for (const match of text.matchAll(/(?<![\p{L}'’])\p{L}+/gu)) {
    const word = normaliseText(match[0]);
    if (lang.whAsks[word] === undefined) continue;
    const before = text.slice(0, match.index);
    const self = wordsOf(before).some((w) => lang.selfWords?.has(w));
    return self ? [before, text.slice(match.index)] : [text];
  }
  return [text];
}

function kindOf(s: Stretch, lang: Language, isName: (word: string) => boolean): Kind {
  const { words } = s;
  // "Does anyone know a good cafe near here": a question put to the others in the channel, of nothing
  // the article names.
  if (words.some((w) => lang.othersAddressed?.has(w)) && !words.some((w) => isName(w))) return "chatter";
  if (s.marked || opensQuestion(words, lang, isName)) return "asks";
  const named = words.filter((w) => isName(w)).length;
  if (named > 0 && words.length - named <= MAX_TOPIC_WORDS && !words.some((w) => lang.selfWords?.has(w)))
    return "topic";
  return chatty(words, lang) ? "chatter" : "other";
}

/** A text's folded words, empty ones left out. */
function wordsOf(text: string): string[] {
  return normaliseText(text).split(" ").filter(Boolean);
}

function chatty(words: readonly string[], lang: Language): boolean {
  return words.some((w) => lang.selfWords?.has(w) || lang.chatterWords?.has(w) || lang.greetings.has(w));
}

function namesSomething(words: readonly string[], isName: (word: string) => boolean): boolean {
  return words.some((w) => isName(w));
}

/**
 * Its first word past the lead-ins asks (a question word, a helping verb before a pronoun or a name, a
 * request), or "ли" follows it.
 */
function opensQuestion(words: readonly string[], lang: Language, isName: (word: string) => boolean): boolean {
  const at = words.findIndex((w) => !(lang.leadIns?.has(w) || lang.greetings.has(w)));
  if (at < 0) return false;
  const first = words[at] ?? "";
  return (
    isWhWord(first, lang) ||
    // "did he", "is Bondarev": not "have a nice day".
    (lang.auxiliaries.has(first) && (isPronoun(words[at + 1] ?? "", lang) || isName(words[at + 1] ?? ""))) ||
    (lang.requestVerbs?.has(first) ?? false) ||
    (lang.questionParticles?.has(words[at + 1] ?? "") ?? false)
  );
}

/** The question's words hold a pronoun: "has it signed", "what does he run". */
function refersBack(words: readonly string[], lang: Language): boolean {
  return words.some((w) => isPronoun(w, lang));
}

/** "is that right", "true?", "what is that": words that ask and name nothing of their own. */
function saysNothing(words: readonly string[], lang: Language, isName: (word: string) => boolean): boolean {
  return words.every(
    (w) =>
      !isName(w) &&
      (lang.filler.has(w) ||
        lang.auxiliaries.has(w) ||
        lang.beForms.has(w) ||
        isWhWord(w, lang) ||
        (lang.demonstratives?.has(w) ?? false) ||
        (lang.questionTags?.has(w) ?? false) ||
        (lang.leadIns?.has(w) ?? false) ||
        lang.greetings.has(w) ||
        isPronoun(w, lang)),
  );
}
