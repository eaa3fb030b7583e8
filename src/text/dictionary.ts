import { readFileSync } from "node:fs";
import { projectPath } from "../paths.js";

/**
 * English words, from the SCOWL lists up to size 70 (about 100,000 lower-case words, no names of people
 * or places). A question's word the article never uses is then either an ordinary word ("stuff",
 * "kindly") or a name ("Putin", "Erdogan"); only the second can be what the question is about.
 *
 * `data/english-words.txt` (written by scripts/extract-data.mjs) holds them sorted, one a line, and is
 * searched in place: reading it costs a millisecond, where building a set of 100,000 strings would
 * cost a noticeable part of start-up and several megabytes.
 */
const WORDS = readFileSync(projectPath("data/english-words.txt"), "utf8");

/** Start of the line holding character `at`. */
function lineStart(at: number): number {
  return WORDS.lastIndexOf("\n", at - 1) + 1;
}

export function isEnglishWord(word: string): boolean {
  if (word === "" || word.includes("\n")) return false;
  // Binary search over characters: each probe backs up to the start of the line it landed in.
  let low = 0;
  let high = WORDS.length;
  while (low < high) {
    const start = lineStart(low + Math.floor((high - low) / 2));
    const end = WORDS.indexOf("\n", start);
    const probe = WORDS.slice(start, end);
    if (probe === word) return true;
    if (probe < word) low = end + 1;
    else high = start;
  }
  return false;
}
