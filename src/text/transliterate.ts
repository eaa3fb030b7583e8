/**
 * Russian written in Latin letters ("kto postavlyaet tadzhikistanu", "chto poluchaet armeniya") read
 * back into Cyrillic. People mix the common schemes (BGN/PCGN, ISO 9 without marks, passport, chat
 * habits such as "4" for ч or "w" for ш), so the longest spelling at each point wins, whichever scheme
 * it comes from. The result is a best guess that the stemmer and the knowledge's Russian names then
 * match; words that stay unknown are left to the typo corrector.
 */
const MULTI: [string, string][] = [
  ["shch", "щ"],
  ["sch", "щ"],
  ["zh", "ж"],
  ["kh", "х"],
  ["ch", "ч"],
  ["sh", "ш"],
  ["ts", "ц"],
  ["tz", "ц"],
  ["yo", "ё"],
  ["jo", "ё"],
  ["yu", "ю"],
  ["ju", "ю"],
  ["iu", "ю"],
  ["ya", "я"],
  ["ja", "я"],
  ["ia", "я"],
  ["ye", "е"],
  ["je", "е"],
  ["''", "ъ"],
  ["ih", "ых"],
];

const SINGLE: Record<string, string> = {
  a: "а",
  b: "б",
  v: "в",
  w: "в",
  g: "г",
  d: "д",
  e: "е",
  z: "з",
  i: "и",
  j: "й",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  o: "о",
  p: "п",
  r: "р",
  s: "с",
  t: "т",
  u: "у",
  f: "ф",
  h: "х",
  c: "ц",
  y: "ы",
  x: "кс",
  q: "к",
  "'": "ь",
  "`": "ь",
  "4": "ч",
  "6": "ш",
};

const VOWELS = "aeiouy";

/** A word of two to six capitals: an initialism ("FSVTS", "ODKB"), which spells letter by letter. */
const INITIALISM = /(?<![A-Za-z'])[A-Z]{2,6}(?![A-Za-z'])/g;

/**
 * A lower-case word of three to six letters and no vowel ("fsvts", "vks"): an initialism typed without
 * capitals, where "ts" is Т-С; the digraphs of one sound ("zh", "sh") keep theirs.
 */
const VOWELLESS = /(?<![a-z'])[b-df-hj-np-tv-xz]{3,6}(?![a-z'])/g;

/** One word or a whole text, lower-cased, from Latin letters to Cyrillic ones. */
export function latinToCyrillic(text: string): string {
  // "FSVTS" is Ф-С-В-Т-С, not "фсвц": the letters of an initialism are never digraphs.
  const s = text
    .replace(INITIALISM, (word) => [...word.toLowerCase()].map((ch) => SINGLE[ch] ?? ch).join(""))
    .toLowerCase()
    .replace(VOWELLESS, (word) => word.replace(/t(?=[sz])/g, "т"));
  let out = "";
  for (let i = 0; i < s.length; ) {
    const ch = s[i] ?? "";
    const prev = s[i - 1] ?? "";
    const next = s[i + 1] ?? "";
    const atWordStart = i === 0 || !(isLatin(prev) || prev === "'");
    // Digits stand for letters only inside a word ("4to", "ewe"): "S-400" keeps its number.
    if (ch >= "0" && ch <= "9" && ch.length === 1 && !(isLatin(prev) || isLatin(next))) {
      out += ch;
      i++;
      continue;
    }
    const multi = MULTI_BY_FIRST.get(ch)?.find(([latin]) => s.startsWith(latin, i));
    if (multi) {
      out += multi[1];
      i += multi[0].length;
      continue;
    }
    // "y" after a vowel is й ("kakoy", "voyna"), as is a "y" standing alone; elsewhere ы ("strany").
    if (ch === "y" && (VOWELS.includes(prev) || (atWordStart && !isLatin(next)))) {
      out += "й";
      i++;
      continue;
    }
    out += SINGLE[ch] ?? ch;
    i++;
  }
  return out;
}

/** The spellings of several letters, by their first letter, in the order they are tried. */
const MULTI_BY_FIRST = new Map<string, [string, string][]>();
for (const pair of MULTI) {
  const first = pair[0][0] ?? "";
  MULTI_BY_FIRST.set(first, [...(MULTI_BY_FIRST.get(first) ?? []), pair]);
}

/** One lower-case Latin letter a to z. */
function isLatin(ch: string): boolean {
  return ch.length === 1 && ch >= "a" && ch <= "z";
}
