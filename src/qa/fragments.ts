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

/** A whitespace-separated piece of a text with its folded words. */
interface Piece {
  raw: string;
  words: string[];
}

/**
 * A text's whitespace-separated pieces, each folded into its words only when a test reads it: the
 * tests look at the first pieces or the last few, and folding all of a long message (up to 500
 * characters, some of which fold into 18) for them cost more than reading the question itself.
 */
class Pieces {
  readonly raw: readonly string[];
  private readonly folded: (string[] | undefined)[];

  constructor(readonly text: string) {
    this.raw = text.split(/\s+/).filter(Boolean);
    this.folded = new Array(this.raw.length);
  }

  get length(): number {
    return this.raw.length;
  }

  words(i: number): string[] {
    let words = this.folded[i];
    if (words === undefined) {
      words = normaliseText(this.raw[i] ?? "")
        .split(" ")
        .filter(Boolean);
      this.folded[i] = words;
    }
    return words;
  }

  /** The first word of the text, or "". */
  firstWord(): string {
    for (let i = 0; i < this.raw.length; i++) {
      const [first] = this.words(i);
      if (first !== undefined) return first;
    }
    return "";
  }
}

/** The text read last: a question's reshaping and its second reading look at the same text. */
let last: Pieces | undefined;

function piecesOf(text: string): Pieces {
  if (last?.text !== text) last = new Pieces(text);
  return last;
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
  while (at < pieces.length - 1 && pieces.words(at).every(leads)) at++;
  if (at === 0) return text;
  const first = pieces.words(at)[0] ?? "";
  if (!opens(first, lang) || pieces.length - at < 2) return text;
  return pieces.raw.slice(at).join(" ");
}

/**
 * "X signed? y/n", "X gets Y yes or no": a mark at the end that asks for a yes or a no is the
 * question's own tag, so the statement before it is asked whether it is so.
 */
function yesNoMarked(text: string, lang: Language): string {
  const marks = lang.yesNoMarks;
  if (!marks) return text;
  const pieces = piecesOf(text);
  // A mark is matched against the text's last words: only as many pieces are folded as give one word
  // more than the longest mark (so the text is known to be longer than any mark), or all of them.
  const longest = Math.max(...marks.marks.map((m) => m.length));
  const tail: string[] = [];
  let from = pieces.length;
  while (from > 0 && tail.length <= longest) tail.unshift(...pieces.words(--from));
  const count = from === 0 ? tail.length : Number.POSITIVE_INFINITY;
  for (const mark of marks.marks) {
    if (mark.length >= count) continue;
    if (!mark.every((w, k) => tail[tail.length - mark.length + k] === w)) continue;
    // Drop whole pieces holding the mark's words ("y/n" is one piece of two words).
    let left = mark.length;
    let keep = pieces.length;
    while (left > 0 && keep > 0) left -= pieces.words(--keep).length;
    if (left < 0 || keep === 0) return text;
    const rest = pieces.raw
      .slice(0, keep)
      .join(" ")
      .replace(/[?!.,\s]+$/u, "");
    // A question that asks already ("is X getting Y y/n") needs no tag, only its question mark.
    return opens(pieces.firstWord(), lang) ? `${rest}?` : `${rest}, ${marks.tag}?`;
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
  const all = piecesOf(text);
  const asks = (w: string) => lang.whAsks[w] !== undefined || lang.whContractions[w] !== undefined;
  // The question word must be followed by filler alone, or stand within the last three pieces with
  // words: the pieces from the last one of other words, and the last three, are read first, and a text
  // with no question word among them keeps its shape without the rest being folded.
  let from = all.length;
  let seen = 0;
  let content = false;
  while (from > 0) {
    const words = all.words(from - 1);
    if (words.length > 0) {
      if (content && seen >= 3) break;
      seen++;
      if (!words.every((w) => lang.filler.has(w) && !opens(w, lang))) content = true;
    }
    from--;
  }
  if (from > 0) {
    let found = false;
    for (let i = from; i < all.length && !found; i++) {
      const words = all.words(i);
      found = words.length === 1 && asks(words[0] ?? "");
    }
    if (!found) return text;
  }
  const pieces: Piece[] = [];
  for (let i = 0; i < all.length; i++) {
    const words = all.words(i);
    if (words.length > 0) pieces.push({ raw: all.raw[i] ?? "", words });
  }
  if (pieces.length < 2) return text;
  const first = pieces[0]?.words[0] ?? "";
  if (opens(first, lang)) return text;
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
