import { normaliseText } from "../text/normalise.js";
import { shorten } from "../text/shorten.js";
import { stripInvisible } from "../text/visible.js";
import { MAX_ECHO_CHARS } from "./weights.js";

/** Runs of letters and digits as typed; compiled once, as every per-question pattern would cost more. */
const RUN = /[\p{L}\p{N}]+/gu;

/**
 * Each phrase's words (folded, in order) as the question wrote them: "vladimir putin" → "Vladimir
 * Putin". Found by folding the question's own runs of letters once for every phrase, so no pattern is
 * built per question; falls back to the folded words. Invisible characters are removed and each result
 * is shortened.
 */
export function asWritten(question: string, phrases: readonly (readonly string[])[]): string[] {
  if (phrases.length === 0) return [];
  const tokens: { word: string; start: number; end: number }[] = [];
  for (const run of question.matchAll(RUN)) {
    const start = run.index ?? 0;
    for (const word of normaliseText(run[0]).split(" ")) {
      if (word) tokens.push({ word, start, end: start + run[0].length });
    }
  }
  return phrases.map((words) => {
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (words.every((w, k) => tokens[i + k]?.word === w)) {
        const first = tokens[i];
        const last = tokens[i + words.length - 1];
        if (first && last) return echo(question.slice(first.start, last.end));
      }
    }
    return echo(words.join(" "));
  });
}

/** User text fit to be repeated: nothing invisible, not too long. */
export function echo(text: string): string {
  return shorten(stripInvisible(text), MAX_ECHO_CHARS);
}
