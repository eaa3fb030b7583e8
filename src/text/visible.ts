/** Format characters (bidi overrides and isolates, zero-width spaces and joiners, BOM) and controls. */
const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;

/**
 * Text with nothing a reader cannot see: no character that reorders what follows it (U+202E), hides
 * between letters (U+200B) or controls a terminal. For user text repeated back to anyone.
 */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}
