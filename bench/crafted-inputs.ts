import { seededRandom } from "./generate-knowledge.js";

/**
 * Inputs made to cost as much as possible: characters that Unicode normalisation expands many times
 * over (U+FDFA becomes 18 characters), long words for the spelling corrector, many short words, and
 * look-alike letters, mixed at random with the article's own words. Seeded, so every run measures
 * the same inputs.
 */

/** Characters whose NFKC or NFD form (or whose lower case) is several characters long. */
export const EXPANDING_CHARACTERS = [
  "\uFDFA", // ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM: 18 characters
  "\uFDFB", // ARABIC LIGATURE JALLAJALALOUHOU: 8
  "\u3300", // SQUARE APAATO: 4 katakana
  "\u33FF", // SQUARE GAL
  "\u2474", // PARENTHESIZED DIGIT ONE: "(1)"
  "\u2488", // DIGIT ONE FULL STOP
  "\uFB03", // LATIN SMALL LIGATURE FFI
  "\u0390", // GREEK IOTA WITH DIALYTIKA AND TONOS: three code points in NFD
  "\u0130", // LATIN CAPITAL I WITH DOT ABOVE: two characters in lower case
  "\uAC01", // a Hangul syllable: jamo in NFD
  "\u1E9B\u0323", // long s with dot above and dot below
  "\u3250", // PARTNERSHIP SIGN: "PTE"
  "\u32CC", // SQUARE HG
  "\u2157", // VULGAR FRACTION THREE FIFTHS
];

const WORDS = [
  "who",
  "supplies",
  "Tajikistan",
  "Kazakhstan",
  "Bondarev",
  "radar",
  "S-300",
  "CSTO",
  "what",
  "agreement",
  "signed",
  "Armenia",
  "Belarus",
];
const LOOK_ALIKES = "аеокрстухАВЕКМНОРСТХ";

/** `count` crafted inputs of up to `maxLength` characters (as typed, before normalisation). */
export function craftedInputs(count: number, maxLength: number, seed = 7): string[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const out: string[] = [];
  // The worst single cases first, so even a short run includes them.
  for (const ch of EXPANDING_CHARACTERS)
    out.push(ch.repeat(Math.ceil(maxLength / ch.length)).slice(0, maxLength));
  out.push("a".repeat(maxLength), "a ".repeat(maxLength / 2), `${"x".repeat(40)} `.repeat(maxLength / 41));
  while (out.length < count) {
    const style = next();
    let text = "";
    const length = Math.floor(maxLength * (0.5 + next() / 2));
    while (text.length < length) {
      if (style < 0.4) text += pick(EXPANDING_CHARACTERS).repeat(1 + Math.floor(next() * 8));
      else if (style < 0.6) text += `${pick(WORDS)}${pick(EXPANDING_CHARACTERS)} `;
      else if (style < 0.8) text += `${pick(WORDS).replace(/[aeiou]/g, () => pick([...LOOK_ALIKES]))} `;
      else text += `${pick(WORDS).repeat(1 + Math.floor(next() * 20))}${next() < 0.5 ? " " : ""}`;
    }
    out.push(text.slice(0, length));
  }
  return out.slice(0, count);
}
