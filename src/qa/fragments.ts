import { normaliseText } from "../text/normalise.js";
import type { Language } from "./lang/types.js";

/**
 * Chat questions come in shapes a sentence never takes: a word that only leads in before the question
 * ("wait, what is ..."), a yes/no mark after a statement ("X signed? y/n"), a question word typed last
 * ("the photo by who", "the interview where"). Each is given the shape the reader knows, as text, before
 * the question is analysed.
 */
export function reshapeFragment(text: string, lang: Language): string {
  return yesNoMarked(withoutLeadIn(withoutRequest(text, lang), lang), lang);
}

/** A text's whitespace-separated pieces, each with its folded words. */
interface Piece {
  raw: string;
  words: string[];
}

function piecesOf(text: string): Piece[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((raw) => ({ raw, words: normaliseText(raw).split(" ").filter(Boolean) }));
}

function opens(word: string, lang: Language): boolean {
  return (
    lang.whAsks[word] !== undefined ||
    lang.whContractions[word] !== undefined ||
    lang.auxiliaries.has(word) ||
    (lang.requestVerbs?.has(word) ?? false)
  );
}

/**
 * "which ... ? list em", "... ? name them all pls": a bare request for the answer after the question
 * adds nothing to it, and its words ("list") must not be read as the question's.
 */
function withoutRequest(text: string, lang: Language): string {
  const end = text.lastIndexOf("?");
  if (end < 0) return text;
  const words = normaliseText(text.slice(end + 1))
    .split(" ")
    .filter(Boolean)
    .flatMap((w) => lang.chatWords?.[w]?.split(" ") ?? [w]);
  if (!(lang.requestVerbs?.has(words[0] ?? "") ?? false)) return text;
  const adds = (w: string) =>
    !isPronoun(w, lang) && !(lang.chatterWords?.has(w) ?? false) && !lang.filler.has(w);
  return words.slice(1).some(adds) ? text : text.slice(0, end + 1);
}

function isPronoun(word: string, lang: Language): boolean {
  return Object.values(lang.pronouns).some((set) => set.has(word));
}

/**
 * "wait what does X stand for", "ok so who chairs it": words that only lead in (and chat words) before
 * a question word or a helping verb are left out, so none of them is read as a word of the question.
 */
function withoutLeadIn(text: string, lang: Language): string {
  const pieces = piecesOf(text);
  let at = 0;
  const leads = (w: string) =>
    (lang.leadIns?.has(w) ?? false) || (lang.chatterWords?.has(w) ?? false) || lang.greetings.has(w);
  while (at < pieces.length - 1 && (pieces[at] as Piece).words.every(leads)) at++;
  if (at === 0) return text;
  const first = pieces[at]?.words[0] ?? "";
  if (!opens(first, lang) || pieces.length - at < 2) return text;
  return pieces
    .slice(at)
    .map((p) => p.raw)
    .join(" ");
}

/**
 * "X signed? y/n", "X gets Y yes or no": a mark at the end that asks for a yes or a no is the
 * question's own tag, so the statement before it is asked whether it is so.
 */
function yesNoMarked(text: string, lang: Language): string {
  const marks = lang.yesNoMarks;
  if (!marks) return text;
  const pieces = piecesOf(text);
  const words = pieces.flatMap((p) => p.words);
  for (const mark of marks.marks) {
    if (mark.length >= words.length) continue;
    if (!mark.every((w, k) => words[words.length - mark.length + k] === w)) continue;
    // Drop whole pieces holding the mark's words ("y/n" is one piece of two words).
    let left = mark.length;
    let keep = pieces.length;
    while (left > 0 && keep > 0) left -= (pieces[--keep] as Piece).words.length;
    if (left < 0 || keep === 0) return text;
    const rest = pieces
      .slice(0, keep)
      .map((p) => p.raw)
      .join(" ")
      .replace(/[?!.,\s]+$/u, "");
    // A question that asks already ("is X getting Y y/n") needs no tag, only its question mark.
    return opens(words[0] ?? "", lang) ? `${rest}?` : `${rest}, ${marks.tag}?`;
  }
  return text;
}

/**
 * "the photo by who", "the interview where", "helicopters going to which countries": a question word
 * after the words it asks about, where nothing before them asks, is put first, as "who ... by", "where
 * ...", "which countries ... going to" are asked. It must end the question (but for filler: "what
 * exactly"), or follow a preposition with at most the kind it asks for after it ("to which countries"):
 * "the countries which signed" is a relative clause, not a question.
 */
export function questionWordFirst(text: string, lang: Language): string {
  const pieces = piecesOf(text).filter((p) => p.words.length > 0);
  if (pieces.length < 2) return text;
  const first = pieces[0]?.words[0] ?? "";
  if (opens(first, lang)) return text;
  const asks = (w: string) => lang.whAsks[w] !== undefined || lang.whContractions[w] !== undefined;
  const at = pieces.findIndex((p, i) => i > 0 && p.words.length === 1 && asks(p.words[0] ?? ""));
  if (at < 1) return text;
  const before = pieces.slice(0, at).flatMap((p) => p.words);
  if (before.some((w) => asks(w) || (lang.selfWords?.has(w) ?? false))) return text;
  const after = pieces.slice(at + 1).flatMap((p) => p.words);
  const last = after.every((w) => lang.filler.has(w) && !opens(w, lang));
  const afterPreposition = lang.slotBefore.has(before.at(-1) ?? "") && after.length <= 2;
  if (!last && !(afterPreposition && !after.some((w) => opens(w, lang)))) return text;
  const bare = (p: Piece) => p.raw.replace(/[?!.,]+$/u, "");
  const phrase = pieces.slice(at).map(bare);
  return `${[...phrase, ...pieces.slice(0, at).map(bare)].join(" ")}?`;
}
