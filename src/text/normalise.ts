import { foldLookAlikes } from "./confusables.js";
import { foldLatinLookAlikes } from "./confusables-cyrillic.js";

/** Questions longer than this are cut before any work: no real question is longer. */
export const MAX_QUESTION_CHARS = 500;

/**
 * What a person typed is read up to this many characters once folded. Folding can make one character
 * many (U+FDFA becomes 18), so the cut before folding alone does not bound what the costly steps see.
 */
export const MAX_FOLDED_CHARS = 400;
/** No word of any language is longer; a longer run of letters is cut, so no lookup pays for it. */
export const MAX_WORD_CHARS = 40;

/** Discord markup that is never part of a question: user, role and channel mentions, custom emoji. */
const DISCORD_MARKUP = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::\w)?)>/g;

/** The question without Discord's markup, whose "!" ("<@!123>") is no end of a sentence. */
export function withoutMarkup(text: string): string {
  return text.replace(DISCORD_MARKUP, " ");
}
const EVERYONE = /@(?:everyone|here)\b/gi;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
/** `NOT_WORD` for text of printable ASCII and spaces, which holds no other letters or digits. */
const NOT_WORD_ASCII = /[^A-Za-z0-9]+/g;
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x20-\x7e\s]*$/;
/** ASCII and the letters of the Russian alphabet (А to я, Ё and ё). */
const RUSSIAN_ALPHABET = /^[\x20-\x7e\s\u0410-\u044f\u0401\u0451]*$/;
/** ASCII letters, digits and spaces only: nothing to fold but the case and the spaces. */
/**
 * A Latin letter beside a Russian one: only a word that mixes the two alphabets has look-alikes to
 * fold, so text of the Russian alphabet without one is left as it is (a word of either alphabet alone
 * folds to itself).
 */
const MIXED_WORD = /[A-Za-z][\u0401\u0410-\u044f\u0451]|[\u0401\u0410-\u044f\u0451][A-Za-z]/;
const PLAIN = /^[A-Za-z0-9 ]*$/;
/** Words already separated by single spaces, with none at either end. */
const SPACED = /^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/;
/** Any character the apostrophe rules read ("can't", "Bondarev's"). */
const APOSTROPHE = /['’‘`´]/;

const LETTERS = /[\p{L}\p{M}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
const GREEK = /\p{Script=Greek}/u;
const CYRILLIC_BLOCK = /^[\u0400-\u04ff]+$/;

/**
 * Look-alike letters are folded word by word, towards the script most of the word is in: "Аrmеnia"
 * with Cyrillic а and е is Armenia, "пoлучает" with a Latin o is Russian, and a Russian word in
 * Cyrillic stays as it is.
 */
function foldWord(word: string): string {
  // A word of the Cyrillic block alone has nothing to fold (a Russian word, as typed most often).
  if (CYRILLIC_BLOCK.test(word)) return word;
  const cyrillic = word.match(CYRILLIC)?.length ?? 0;
  if (cyrillic === 0 && !GREEK.test(word)) return word;
  const latin = word.match(LATIN)?.length ?? 0;
  if (cyrillic > latin && !GREEK.test(word)) return foldLatinLookAlikes(word);
  return foldLookAlikes(word);
}

/**
 * Folds a text to the form every lookup uses: lower-case letters (Latin or Cyrillic) and digits
 * separated by single spaces. Casing, accents, look-alike letters, punctuation, emoji and Discord
 * mentions all vanish, ё is е, and a possessive "'s" is dropped ("Bondarev's" is "bondarev").
 */
export function normaliseText(raw: string): string {
  // A question's whole text is folded by each step that reads it (its language, its parts, its
  // analysis): a long one is folded once and remembered for the next step.
  if (!folded && raw.length >= RECENT_FOLD_CHARS) return foldedRecently(raw);
  // Words of plain letters and digits, the most common text by far, need only their case lowered.
  if (PLAIN.test(raw)) return collapse(raw.toLowerCase());
  if (!folded) return fold(raw);
  let hit = folded.get(raw);
  if (hit === undefined) {
    hit = fold(raw);
    folded.set(raw, hit);
  }
  return hit;
}

/** Texts at least this long are remembered once folded while questions are read. */
const RECENT_FOLD_CHARS = 32;
/** How many of them: the whole message, its parts and their reshapings. */
const RECENT_FOLDS = 8;
const recentRaw: string[] = [];
const recentFolded: string[] = [];
let recentNext = 0;

function foldedRecently(raw: string): string {
  const at = recentRaw.indexOf(raw);
  if (at >= 0) return recentFolded[at] as string;
  const text = PLAIN.test(raw) ? collapse(raw.toLowerCase()) : fold(raw);
  recentRaw[recentNext] = raw;
  recentFolded[recentNext] = text;
  recentNext = (recentNext + 1) % RECENT_FOLDS;
  return text;
}

/**
 * Texts already folded while an engine is built: its indexes fold the same answers, names and
 * keywords many times over (10,000 facts fold the same text three times on average). Kept only for
 * the build, so questions never fill it.
 */
let folded: Map<string, string> | undefined;
/** The words of those texts, split once for the build's indexes (each reads the same texts). */
let wordLists: Map<string, readonly string[]> | undefined;

/** Runs `work` (an engine's build) with every text it folds folded once. */
export function foldingOnce<T>(work: () => T): T {
  if (folded) return work();
  folded = new Map();
  wordLists = new Map();
  try {
    return work();
  } finally {
    folded = undefined;
    wordLists = undefined;
  }
}

/** The words of `normaliseText(raw)`, no empty ones. Shared while an engine is built: never change it. */
export function foldedWords(raw: string): readonly string[] {
  if (!wordLists) return normaliseText(raw).split(" ").filter(Boolean);
  let hit = wordLists.get(raw);
  if (hit === undefined) {
    hit = normaliseText(raw).split(" ").filter(Boolean);
    wordLists.set(raw, hit);
  }
  return hit;
}

/** `normaliseText` of a text that is not plain words. */
function fold(raw: string): string {
  // Plain ASCII has no accents, look-alikes or compatibility forms: most knowledge text skips that work.
  const ascii = ASCII.test(raw);
  // The Russian alphabet needs no Unicode normalisation either: none of its letters but ё and й has
  // a mark to lose, nor combines with its neighbours.
  const alphabet = !ascii && RUSSIAN_ALPHABET.test(raw);
  let text = ascii
    ? raw
    : alphabet
      ? MIXED_WORD.test(raw)
        ? raw.replace(LETTERS, foldWord)
        : raw
      : raw.normalize("NFKC").replace(LETTERS, foldWord);
  if (text.includes("<")) text = text.replace(DISCORD_MARKUP, " ");
  if (text.includes("@")) text = text.replace(EVERYONE, " ");
  // Marks go, but й is a letter of its own (not и with a mark), and ё is written е more often than not.
  if (alphabet) text = text.replace(/[ёЁ]/g, "е");
  else if (!ascii) {
    text = text
      .replace(/[ёЁ]/g, "е")
      .replace(/й/g, "\uE000")
      .replace(/Й/g, "\uE000")
      .normalize("NFD")
      .replace(MARKS, "")
      .replace(/\uE000/g, "й");
  }
  text = text.toLowerCase();
  if (APOSTROPHE.test(text)) {
    text = text
      .replace(/[’‘`´]/g, "'")
      .replace(/\bcan't\b/gu, "can not")
      .replace(/\bwon't\b/gu, "will not")
      .replace(/n't\b/gu, " not")
      .replace(/\b(who|what|where|when|how|that|it|there|here)'s\b/gu, "$1 is")
      .replace(/(\p{L})'s\b/gu, "$1");
  }
  // In ASCII the letters and digits are the Latin ones: a plain class is many times quicker to match
  // than Unicode's properties, over every text of a knowledge file.
  return text.replace(ascii ? NOT_WORD_ASCII : NOT_WORD, " ").trim();
}

/** Lower-case letters and digits separated by spaces, as `normaliseText` leaves them. */
function collapse(text: string): string {
  return SPACED.test(text) ? text : text.replace(/ +/g, " ").trim();
}

/**
 * The folded form of what someone typed, bounded after folding: at most `maxChars` characters, cut at
 * a word, and no word longer than MAX_WORD_CHARS. Everything costly reads input through this.
 */
export function foldInput(raw: string, maxChars = MAX_FOLDED_CHARS): string {
  let text = normaliseText(boundInput(raw, maxChars));
  if (text.length > maxChars) {
    const space = text.lastIndexOf(" ", maxChars);
    text = space > 0 ? text.slice(0, space) : cutAt(text, maxChars);
  }
  if (text.length <= MAX_WORD_CHARS) return text;
  return text
    .split(" ")
    .map((w) => cutAt(w, MAX_WORD_CHARS))
    .join(" ");
}

/** How many characters as typed are folded at a time while `boundInput` measures a text. */
const BOUND_STEP = 16;
const SPACE = /\s/;

/**
 * The start of what someone typed (at most MAX_QUESTION_CHARS characters) whose folded form is about
 * `maxChars` characters at most, cut where a space was typed when there is one. The text stays as
 * typed (its capitals and punctuation still say something), but whatever reads it next reads a
 * bounded text: folding "\uFDFA" alone makes 18 characters. Measuring costs about as much as folding
 * the part kept: the text is folded a few characters at a time, one at a time where a few overflow.
 */
export function boundInput(raw: string, maxChars = MAX_FOLDED_CHARS): string {
  const text = raw.slice(0, MAX_QUESTION_CHARS);
  // Folding plain ASCII at most lengthens "won't" into "will not": short ASCII text always fits.
  if (text.length * 2 <= maxChars && ASCII.test(text)) return text;
  // Text no longer than the bound usually fits once folded (a part of a question already bounded
  // always does): one fold of it says so, where measuring step by step would fold it in pieces.
  if (text.length <= maxChars && ASCII.test(text) && normaliseText(text).length <= maxChars) return text;
  let folded = 0;
  let at = 0;
  let step = BOUND_STEP;
  while (at < text.length) {
    let end = Math.min(text.length, at + step);
    // Never between the halves of a surrogate pair.
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end++;
    const more = normaliseText(text.slice(at, end)).length + 1;
    if (folded + more > maxChars + 1) {
      if (step === 1) break;
      step = 1;
      continue;
    }
    folded += more;
    at = end;
  }
  if (at >= text.length) return text;
  // Cut at the last space typed within what fits, else inside the word.
  for (let i = at; i > 0; i--) {
    if (SPACE.test(text[i] ?? "") && text.slice(0, i).trim() !== "") return text.slice(0, i);
  }
  return text.slice(0, at);
}

/** The first `max` UTF-16 units of `text`, never half of a surrogate pair. */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** The words of what someone typed, bounded as `foldInput` bounds them. */
export function tokenizeInput(raw: string): string[] {
  const text = foldInput(raw);
  return text === "" ? [] : text.split(" ");
}

export function tokenize(raw: string): string[] {
  const text = normaliseText(raw);
  return text === "" ? [] : text.split(" ");
}

/** A question as the engine sees it: clamped, with anything that is not text removed. */
export function clampQuestion(raw: unknown): string {
  const text = typeof raw === "string" ? raw : "";
  // Control characters and lone surrogates say nothing and break renderers downstream.
  return text
    .slice(0, MAX_QUESTION_CHARS)
    .replace(/\p{Cc}/gu, " ")
    .toWellFormed()
    .trim();
}

/** Whitespace differences (line breaks in the article, folded YAML) never decide whether evidence is there. */
export function foldSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
