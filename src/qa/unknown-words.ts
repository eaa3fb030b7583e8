import { isSlot } from "./grammar.js";
import type { Language } from "./lang/types.js";
import type { Cue, Mention, UnknownWord } from "./question.js";

/**
 * What a word the facts never use tells about the question: an ordinary word or a name, and whether it
 * stands where a name would, names what is asked of a name, or is the question's own verb.
 */
export function describeUnknown(
  word: string,
  at: number,
  words: readonly string[],
  mentions: readonly Mention[],
  cues: readonly Cue[],
  known: boolean,
  lang: Language,
): UnknownWord {
  return {
    word,
    at,
    common: known || lang.isWord(word),
    slot: !known && isSlot(at, words, cues, lang),
    attribute: cues.length === 0 && isAttribute(at, words, mentions, lang),
    action: isAction(at, words, cues, lang),
  };
}

/**
 * "The population of Armenia", "Armenia's defense minister": the word names what is asked of a name.
 * (The possessive 's is gone by now, so "X's [word] Y" reads as a name followed by at most one word.)
 */
function isAttribute(
  at: number,
  words: readonly string[],
  mentions: readonly Mention[],
  lang: Language,
): boolean {
  let next = at + 1;
  if (lang.genitive.has(words[next] ?? "")) {
    next++;
    while (lang.articles.has(words[next] ?? "")) next++;
    if (mentions.some((m) => m.start === next)) return true;
  }
  // "Who is Armenia's defense minister" (a question) but not "tajik stuff" (a fragment).
  const question = lang.whWords.has(words[0] ?? "");
  return question && at === words.length - 1 && mentions.some((m) => m.end === at || m.end === at - 1);
}

/**
 * "Who will replace Bondarev", "who founded the CSTO": a verb right after "who" or an auxiliary, in a
 * question with no relation word, asks for something the article's relations do not hold.
 */
function isAction(at: number, words: readonly string[], cues: readonly Cue[], lang: Language): boolean {
  if (cues.length > 0) return false;
  const before = words[at - 1] ?? "";
  const who = lang.whAsks[before] === "who";
  // "When does X have to report": the verb after "have to" is the question's own.
  const to = lang.infinitive;
  const obliged = to !== undefined && before === to.marker && to.leads.has(words[at - 2] ?? "");
  return (
    who || obliged || (lang.auxiliaries.has(before) && !lang.beForms.has(before) && !lang.doForms.has(before))
  );
}

/** An unknown word that is what the question is about: answering about something else would be wrong. */
export function isDecisive(u: UnknownWord): boolean {
  return u.attribute || u.action || (u.slot && !u.common);
}
