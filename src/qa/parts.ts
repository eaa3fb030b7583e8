import { normaliseText, withoutMarkup } from "../text/normalise.js";
import type { Language } from "./lang/types.js";
import { MAX_PARTS } from "./weights.js";

/**
 * "Who is Shugaev and what did he say?", "did Tajikistan sign, and what will it get?": one message,
 * several questions. A message splits at question marks and semicolons, and at "and" (or "also",
 * "plus") where a new question starts: a wh-word, or a helping verb followed by a pronoun, an article
 * or a name ("and has it signed"). "Russia and Armenia" stays one.
 */
export function splitParts(question: string, lang: Language, isName: (word: string) => boolean): string[] {
  const parts: string[] = [];
  for (const sentence of withoutMarkup(question).split(/[?;!\n]+/)) {
    let rest = sentence;
    for (;;) {
      const at = nextBreak(rest, lang, isName);
      if (at === undefined) break;
      parts.push(rest.slice(0, at.start));
      rest = rest.slice(at.end);
    }
    parts.push(rest);
  }
  const kept: string[] = [];
  for (const part of parts.map((p) => p.trim()).filter((p) => normaliseText(p) !== "")) {
    // "What tech will it have?? power, nav, etc": a list of examples asks nothing of its own.
    const previous = kept.length - 1;
    if (previous >= 0 && (givesExamples(part, lang) || restates(part, lang, isName)))
      kept[previous] = `${kept[previous]} ${part}`;
    else kept.push(part);
  }
  if (kept.length <= MAX_PARTS) return kept;
  return [...kept.slice(0, MAX_PARTS - 1), kept.slice(MAX_PARTS - 1).join(" ")];
}

// Not \b, which knows Latin letters only: a joiner is a whole word in any alphabet.
const JOIN = /,\s*(?=\p{L})|(?:,\s*)?(?<!\p{L})(\p{L}+)\s+(?=\p{L})/gu;

function nextBreak(
  text: string,
  lang: Language,
  isName: (word: string) => boolean,
): { start: number; end: number } | undefined {
  for (const match of text.matchAll(JOIN)) {
    // "and" (or "also") between clauses, or a bare comma before a new question: "what about TJ, what ...".
    const joiner = match[1] === undefined ? "," : normaliseText(match[1]);
    if ((joiner !== "," && !lang.partJoiners.has(joiner)) || match.index === 0) continue;
    // A bare comma ends a question only after one: "besides aircraft, what ..." is one question.
    if (joiner === "," && !asksSomething(text.slice(0, match.index), lang)) continue;
    const end = match.index + match[0].length;
    const [first = "", second = ""] = leadingWords(text.slice(end), 2);
    const opensQuestion =
      lang.whAsks[first] !== undefined ||
      // "и подписал ли он": a particle that asks, right after the clause's first word.
      (lang.questionParticles?.has(second) ?? false) ||
      lang.whContractions[first] !== undefined ||
      (lang.auxiliaries.has(first) &&
        (isPronoun(second, lang) || lang.articles.has(second) || isName(second)));
    if (opensQuestion) return { start: match.index, end };
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

function asksSomething(text: string, lang: Language): boolean {
  const words = normaliseText(text).split(" ");
  return (
    words.some((w) => lang.whAsks[w] !== undefined || lang.whContractions[w] !== undefined) ||
    lang.auxiliaries.has(words[0] ?? "")
  );
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
    (w) =>
      demonstrative.has(w) ||
      lang.whAsks[w] !== undefined ||
      lang.whContractions[w] !== undefined ||
      lang.auxiliaries.has(w) ||
      lang.beForms.has(w),
  );
}

function isPronoun(word: string, lang: Language): boolean {
  return Object.values(lang.pronouns).some((set) => set.has(word));
}
