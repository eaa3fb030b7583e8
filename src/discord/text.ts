export { shorten } from "../text/shorten.js";

/** Quotes text as a Discord block quote, one "> " per line. */
export function blockQuote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join("\n");
}
