import { foldLookAlikes } from "./confusables.js";
import { foldLatinLookAlikes } from "./confusables-cyrillic.js";

/** Questions longer than this are cut before any work: no real question is longer. */
export const MAX_QUESTION_CHARS = 500;

/** Discord markup that is never part of a question: user, role and channel mentions, custom emoji. */
const DISCORD_MARKUP = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::\w)?)>/g;
const EVERYONE = /@(?:everyone|here)\b/gi;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x20-\x7e\s]*$/;

const LETTERS = /[\p{L}\p{M}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
const GREEK = /\p{Script=Greek}/u;

/**
 * Look-alike letters are folded word by word, towards the script most of the word is in: "Аrmеnia"
 * with Cyrillic а and е is Armenia, "пoлучает" with a Latin o is Russian, and a Russian word in
 * Cyrillic stays as it is.
 */
function foldWord(word: string): string {
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
  // Plain ASCII has no accents, look-alikes or compatibility forms: most knowledge text skips that work.
  const ascii = ASCII.test(raw);
  const folded = ascii ? raw : raw.normalize("NFKC").replace(LETTERS, foldWord);
  const unmarked = folded.replace(DISCORD_MARKUP, " ").replace(EVERYONE, " ");
  // Marks go, but й is a letter of its own (not и with a mark), and ё is written е more often than not.
  const text = ascii
    ? unmarked
    : unmarked
        .replace(/[ёЁ]/g, "е")
        .replace(/й/g, "\uE000")
        .replace(/Й/g, "\uE000")
        .normalize("NFD")
        .replace(MARKS, "")
        .replace(/\uE000/g, "й");
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\bcan't\b/gu, "can not")
    .replace(/\bwon't\b/gu, "will not")
    .replace(/n't\b/gu, " not")
    .replace(/\b(who|what|where|when|how|that|it|there|here)'s\b/gu, "$1 is")
    .replace(/(\p{L})'s\b/gu, "$1")
    .replace(NOT_WORD, " ")
    .trim();
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
