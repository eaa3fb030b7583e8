/** Which alphabet a text is written in, told by its letters alone. */
export type Script = "latin" | "cyrillic" | "mixed" | "none";

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

export function scriptOf(text: string): Script {
  let latin = 0;
  let cyrillic = 0;
  for (const ch of text) {
    if (CYRILLIC.test(ch)) cyrillic++;
    else if (LATIN.test(ch)) latin++;
  }
  if (latin === 0 && cyrillic === 0) return "none";
  if (latin === 0) return "cyrillic";
  if (cyrillic === 0) return "latin";
  return "mixed";
}

/** Counts of Cyrillic and Latin letters in a text. */
export function letterCounts(text: string): { latin: number; cyrillic: number } {
  let latin = 0;
  let cyrillic = 0;
  for (const ch of text) {
    // ASCII, most of what is typed, is told by its code alone: its only letters are Latin ones.
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
    } else if (CYRILLIC.test(ch)) cyrillic++;
    else if (LATIN.test(ch)) latin++;
  }
  return { latin, cyrillic };
}

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}
