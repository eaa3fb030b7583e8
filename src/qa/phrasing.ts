import { normaliseText } from "../text/normalise.js";
import type { AnalyserParts } from "./analyse.js";
import type { Language } from "./lang/types.js";
import type { Mention } from "./question.js";

/**
 * Turns of phrase the question analysis reads before its grammar: contractions, possessives, names
 * that qualify other names, exclusions, model numbers and questions about a model or type.
 */

/** "S-400", "Su-30", "MiG-29": model designations, names of things the article never mentions. */
// Letters of any alphabet ("S-400", "Су-30", "МиГ-29"); \b knows Latin letters only.
export const DESIGNATION = /(?<![\p{L}\d])\p{L}{1,4}-?\d{2,4}\p{L}?(?![\p{L}\d])/gu;

/** "Bondarev's": the lookbehind starts a match only at a word's beginning, so a long word costs once. */
const POSSESSIVE = /(?<!\p{L})(\p{L}+)['’]s\b/gu;
const APOSTROPHE = /['’]/;

/**
 * The positions of words that follow a possessive ("Bondarev's comments" → "comments"). The folded
 * words have lost the "'s", so the possessors are read off the question as typed.
 */
export function possessedPositions(question: string, words: readonly string[]): Set<number> {
  const out = new Set<number>();
  // No apostrophe, no possessive: the pattern need not walk the question.
  if (!APOSTROPHE.test(question)) return out;
  const possessors = new Set<string>();
  for (const match of question.matchAll(POSSESSIVE)) possessors.add(normaliseText(match[1] ?? ""));
  words.forEach((w, i) => {
    if (possessors.has(w)) out.add(i + 1);
  });
  return out;
}

/**
 * "Kyrgyzstan and Tajikistan agreements": names right before another name (or joined to one that is)
 * qualify it, and stand on no side of their own.
 */
export function markModifiers(mentions: Mention[], words: readonly string[], lang: Language): void {
  const startingAt = new Map(mentions.map((m) => [m.start, m]));
  const modifiers = new Set<Mention>();
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) {
    const next = startingAt.get(m.end);
    const joined = lang.joiners.has(words[m.end] ?? "") ? startingAt.get(m.end + 1) : undefined;
    if (next || (joined && modifiers.has(joined))) {
      modifiers.add(m);
      m.role = "any";
    }
  }
}

/**
 * "Russia's Aerospace Forces", "Минобороны РФ": a name right beside another name that itself holds one
 * of the first's names ("Russian Aerospace Forces", where "Russian" names Russia; "Министерство обороны
 * России") is part of that name, not a second party: the two are read as the one name.
 */
export function mergeOwnNames(
  mentions: Mention[],
  aliases: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string>,
): void {
  const holds = (whole: Mention, part: Mention) =>
    (names.get(whole.entity) ?? "").split(" ").some((w) => w !== "" && aliases.get(w) === part.entity);
  for (const m of [...mentions]) {
    const next = mentions.find((o) => o.start === m.end && o.entity !== m.entity);
    if (!next || !mentions.includes(m)) continue;
    if (holds(next, m)) {
      next.start = m.start;
      mentions.splice(mentions.indexOf(m), 1);
    } else if (holds(m, next)) {
      m.end = next.end;
      mentions.splice(mentions.indexOf(next), 1);
    }
  }
}

/**
 * "What type of helicopters", "which helicopter models": which model of a thing the article only
 * names. Where the article's own name for it says more than the question ("modern communications
 * systems", "advanced defense products"), that is the answer, and the question is an ordinary one.
 */
export function asksSubtype(
  words: string[],
  stems: string[],
  mentions: readonly Mention[],
  parts: AnalyserParts,
): boolean {
  const { lang } = parts;
  return mentions.some((m) => {
    if (!parts.withModels.has(parts.types.get(m.entity) ?? "")) return false;
    const asked =
      (lang.genitive.has(words[m.start - 1] ?? "") && lang.subtypeWords.has(words[m.start - 2] ?? "")) ||
      lang.subtypeWords.has(words[m.end] ?? "") ||
      // "What model aircraft", "какие модели самолётов" (Russian's genitive is the name's own case).
      lang.subtypeWords.has(words[m.start - 1] ?? "");
    // The article says more when its name puts words before the one asked ("modern communications
    // systems"); "aircraft and anti-aircraft missile technology" says nothing more about aircraft.
    const fullName = parts.lexicon.names.get(m.entity) ?? "";
    const matched = stems.slice(m.start, m.end).join(" ");
    return asked && !(fullName !== matched && fullName.endsWith(` ${matched}`));
  });
}
