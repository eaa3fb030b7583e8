const ELLIPSIS = "…";

/**
 * Shortens `text` to at most `max` UTF-16 units: at a word boundary when one is near the end, with
 * "…" appended. Never splits a surrogate pair. Every limit in the project (answers, Discord's fields,
 * messages about the knowledge file) is kept through this one function.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  if (max === 1) return ELLIPSIS;
  let cut = max - 1;
  // Don't leave half of a surrogate pair at the end.
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  let head = text.slice(0, cut);
  const space = head.search(/\s\S*$/);
  // Prefer a word boundary unless that throws away more than a fifth of what fits.
  if (space > 0 && space >= cut * 0.8) head = head.slice(0, space);
  return `${head.replace(/[\s,;:.\-–—]+$/u, "")}${ELLIPSIS}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
