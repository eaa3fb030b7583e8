import { stripInvisible } from "../text/visible.js";

export { shorten } from "../text/shorten.js";

/** Quotes text as a Discord block quote, one "> " per line. */
export function blockQuote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join("\n");
}

/**
 * User text shown back as inline code: Discord turns nothing inside it into a link, a mention or
 * markup. Invisible characters (bidi overrides, zero-width spaces) are removed and backticks, which
 * would end the code early, become a look-alike.
 */
export function inlineCode(text: string): string {
  const visible = stripInvisible(text).replace(/`/g, "ˋ");
  return visible ? `\`${visible}\`` : "";
}

/** Each of the answer's echoed fragments, where the text quotes it ("…", “…” or «…»), as inline code. */
export function markEchoes(text: string, echoed: readonly string[] | undefined): string {
  let out = text;
  for (const fragment of echoed ?? []) {
    const code = inlineCode(fragment);
    for (const [open, close] of QUOTES) {
      const quoted = `${open}${fragment}${close}`;
      if (out.includes(quoted)) {
        out = out.replace(quoted, code);
        break;
      }
    }
  }
  return out;
}

const QUOTES = [
  ['"', '"'],
  ["“", "”"],
  ["«", "»"],
] as const;
