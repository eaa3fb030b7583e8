/**
 * Latin letters that look like Cyrillic ones, for a Russian word typed with a stray Latin letter
 * ("пoлучает" with a Latin o). The opposite of the Cyrillic-to-Latin folding in confusables.ts.
 */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: "а",
  e: "е",
  o: "о",
  p: "р",
  c: "с",
  x: "х",
  y: "у",
  k: "к",
  m: "м",
  t: "т",
  b: "в",
  h: "н",
  A: "А",
  B: "В",
  E: "Е",
  K: "К",
  M: "М",
  H: "Н",
  O: "О",
  P: "Р",
  C: "С",
  T: "Т",
  X: "Х",
};

const PATTERN = new RegExp(`[${Object.keys(LATIN_TO_CYRILLIC).join("")}]`, "g");

export function foldLatinLookAlikes(word: string): string {
  return word.replace(PATTERN, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch);
}
