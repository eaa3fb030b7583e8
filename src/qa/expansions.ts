import type { Entity } from "../knowledge/schema.js";
import { normaliseText } from "../text/normalise.js";
import type { Language } from "./lang/types.js";
import { MIN_COMPOUND_PART } from "./weights.js";

/**
 * What a short form stands for, read from the knowledge: where two names of one entity differ only
 * in a stretch that is short in one ("Col. Gen. Viktor Bondarev") and written out in the other
 * ("Colonel General Viktor Bondarev"), or the letters of one word are the initials of the other's
 * words ("MoD", "Ministry of Defense"), the short stretch stands for the long one.
 */
export interface Expansion {
  /** The short form as the knowledge writes it. */
  short: string;
  /** What it stands for, as the knowledge writes it. */
  full: string;
  entity: string;
}

/** Normalised short form ("col gen") → what it stands for. */
export function buildExpansions(entities: readonly Entity[], lang: Language): Map<string, Expansion> {
  const found = new Map<string, Expansion>();
  for (const entity of entities) {
    const names = [entity.name, ...entity.aliases].map(units);
    for (const a of names) {
      for (const b of names) {
        if (a === b) continue;
        let head = 0;
        while (head < a.length && head < b.length && a[head]?.word === b[head]?.word) head++;
        let tail = 0;
        while (
          tail < a.length - head &&
          tail < b.length - head &&
          a[a.length - 1 - tail]?.word === b[b.length - 1 - tail]?.word
        )
          tail++;
        const short = a.slice(head, a.length - tail);
        const long = b.slice(head, b.length - tail);
        if (short.length === 0 || long.length === 0 || !expands(short, long, lang)) continue;
        const add = (from: readonly Unit[], to: readonly Unit[]) => {
          const key = from.map((u) => u.word).join(" ");
          if (!found.has(key))
            found.set(key, {
              short: from.map((u) => u.written).join(" "),
              full: to.map((u) => u.written).join(" "),
              entity: entity.id,
            });
        };
        add(short, long);
        // "Cmdr." alone, out of "Capt. Cmdr.": each word cut short stands for its own word.
        if (short.length > 1 && short.length === long.length)
          for (const [i, u] of short.entries()) add([u], long.slice(i, i + 1));
      }
    }
  }
  return found;
}

interface Unit {
  written: string;
  word: string;
}

function units(name: string): Unit[] {
  return name
    .split(/\s+/)
    .map((written) => ({ written, word: normaliseText(written) }))
    .filter((u) => u.word !== "");
}

/** "col gen" → "colonel general" (each word opens its own), or "mod" → "ministry of defense" (initials). */
function expands(short: readonly Unit[], long: readonly Unit[], lang: Language): boolean {
  // "N.A.S.A." is "NASA" spelled letter by letter, not what it stands for.
  if (long.every((u) => u.word.split(" ").every((w) => w.length === 1))) return false;
  if (short.length === long.length) {
    return short.every((s, i) => {
      const l = long[i]?.word ?? "";
      // A word cut short is marked so ("Col.") or is much shorter ("Cmdr"): "Russia" is no short "Russian".
      const cut = s.written.endsWith(".") || (s.word.length <= 4 && l.length >= s.word.length + 2);
      const plain = !s.word.includes(" ") && !lang.filler.has(s.word);
      return cut && plain && s.word.length < l.length && within(s.word, l);
    });
  }
  if (short.length !== 1) return false;
  const letters = (short[0]?.word ?? "").replace(/ /g, "");
  const words = long.flatMap((u) => u.word.split(" "));
  const initials = (list: readonly string[]) => list.map((w) => w[0] ?? "").join("");
  // "U.S. Army Corps of Engineers" is "USACE": letters written with stops are initials already, however
  // short ("u", "s" may be filler words of chat), and only whole words are left out as filler.
  const content = long.flatMap((u) =>
    u.written.includes(".") && u.word.split(" ").every((w) => w.length === 1)
      ? u.word.split(" ")
      : u.word.split(" ").filter((w) => !lang.filler.has(w)),
  );
  return (
    letters.length >= 2 &&
    (initials(words) === letters ||
      initials(words.filter((w) => !lang.filler.has(w))) === letters ||
      initials(content) === letters ||
      compoundInitials(letters, content))
  );
}

/**
 * "ПВО" for "противовоздушная оборона": a compound word gives the initial of each of its parts, a
 * part starting after a vowel that joins it to the part before ("противо|воздушная").
 */
function compoundInitials(letters: string, words: readonly string[]): boolean {
  const from = (at: number, word: number): boolean => {
    if (word === words.length) return at === letters.length;
    const w = words[word] ?? "";
    if (at >= letters.length || w[0] !== letters[at]) return false;
    let next = at + 1;
    if (from(next, word + 1)) return true;
    // Each later part of the word: a letter after a vowel, past the word's first part.
    for (let i = MIN_COMPOUND_PART; i < w.length - 1 && next < letters.length; i++) {
      if (w[i] !== letters[next] || !VOWEL.test(w[i - 1] ?? "")) continue;
      next++;
      if (from(next, word + 1)) return true;
    }
    return false;
  };
  return words.length >= 1 && words.length < letters.length && from(0, 0);
}

const VOWEL = /[aeiouyаеёиоуыэюя]/u;

/** "cmdr" in "commander": the same first letter, and the others in order. */
function within(short: string, long: string): boolean {
  if (short[0] !== long[0]) return false;
  let at = 0;
  for (const letter of short) {
    at = long.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * The words a question asks the meaning of: those right before its first word that asks for a
 * meaning ("what does col gen mean"), or else right after it ("the meaning of col gen").
 */
export function askedShortForm(
  words: readonly string[],
  lang: Language,
  expansions: ReadonlyMap<string, Expansion>,
): Expansion | undefined {
  const run = askedWords(words, lang);
  // "What do the letters col gen stand for": the longest stretch of them that is a short form.
  for (let n = run.length; n >= 1; n--) {
    for (let at = 0; at + n <= run.length; at++) {
      const found = expansions.get(run.slice(at, at + n).join(" "));
      if (found) return found;
    }
  }
  return undefined;
}

function askedWords(words: readonly string[], lang: Language): string[] {
  const at = words.findIndex((w) => lang.descriptionWords.has(w) && !lang.whWords.has(w));
  if (at < 0) return [];
  const plain = (w: string) =>
    !lang.filler.has(w) &&
    !lang.auxiliaries.has(w) &&
    !lang.articles.has(w) &&
    !lang.whWords.has(w) &&
    !lang.descriptionWords.has(w);
  let from = at;
  while (from > 0 && plain(words[from - 1] ?? "")) from--;
  if (from < at) return words.slice(from, at);
  let start = at + 1;
  while (start < words.length && !plain(words[start] ?? "")) start++;
  let end = start;
  while (end < words.length && plain(words[end] ?? "")) end++;
  if (end > start || at !== words.length - 1) return words.slice(start, end);
  // "ПВО это что значит": the short form first, then "this", the question word, and the meaning asked
  // last of all.
  let last = at;
  while (last > 0 && !plain(words[last - 1] ?? "")) last--;
  let first = last;
  while (first > 0 && plain(words[first - 1] ?? "")) first--;
  return words.slice(first, last);
}

/**
 * "What does AIAA stand for", where the knowledge writes AIAA only in capitals and no name of the
 * entity is made of words whose initials those letters are (nor what the article says of it): the
 * article never spells it out. Returns the short form as the knowledge writes it.
 */
export function unexpandedShortForm(
  words: readonly string[],
  mention: { entity: string; start: number; end: number },
  entity: Entity,
  said: string,
  lang: Language,
): string | undefined {
  const asking = lang.expansionWords;
  if (!asking || mention.end - mention.start !== 1 || !words.some((w) => asking.has(w))) return undefined;
  const typed = words[mention.start] ?? "";
  const letters = typed.replace(/[^\p{L}]/gu, "");
  if (letters.length < 2 || letters !== typed) return undefined;
  const names = [entity.name, ...entity.aliases];
  const written = names
    .flatMap((n) => n.split(/[\s()]+/))
    .find((w) => normaliseText(w) === typed && /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}$/u.test(w));
  if (!written) return undefined;
  const spelled = (text: string) => {
    const all = normaliseText(text)
      .split(/[\s-]+/)
      .filter(Boolean);
    for (let from = 0; from < all.length; from++) {
      let kept = "";
      let every = "";
      let words = 0;
      for (let to = from; to < all.length && every.length < letters.length * 2; to++) {
        const w = all[to] ?? "";
        every += w[0] ?? "";
        if (!lang.filler.has(w)) kept += w[0] ?? "";
        if (w.length > 1) words++;
        if (words >= 2 && (every === letters || kept === letters)) return true;
      }
    }
    return false;
  };
  return names.some(spelled) || spelled(said) ? undefined : written;
}
