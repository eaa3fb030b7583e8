import { readFileSync } from "node:fs";
import { projectPath } from "../paths.js";

/**
 * British and American spellings of one word ("colour"/"color", "organisation"/"organization",
 * "centre"/"center", "defence"/"defense", "licence"/"license"): SCOWL's British-only words, each with
 * the American form (`data/english-variants.txt`, written by scripts/extract-data.mjs). A word is read
 * in its American form, so a question and a knowledge file meet whichever spelling each uses. Read on
 * first use.
 */
let british: Map<string, string> | undefined;
let american: Set<string> | undefined;

function load(): Map<string, string> {
  if (british) return british;
  const pairs = new Map<string, string>();
  for (const line of readFileSync(projectPath("data/english-variants.txt"), "utf8").split("\n")) {
    const space = line.indexOf(" ");
    if (space > 0) pairs.set(line.slice(0, space), line.slice(space + 1));
  }
  british = pairs;
  american = new Set(pairs.values());
  return pairs;
}

/** The American spelling of a British one ("labour" → "labor"); any other word as it is. */
export function americanSpelling(word: string): string {
  return load().get(word) ?? word;
}

/**
 * Whether a word is one spelling of a word spelled otherwise elsewhere ("organisation",
 * "organization"): an ordinary English word, which the common word list leaves out.
 */
export function isSpellingVariant(word: string): boolean {
  load();
  return (british?.has(word) ?? false) || (american?.has(word) ?? false);
}
