import { shorten } from "../../text/shorten.js";
import type { Analysis } from "../analyse.js";
import { MAX_ANSWER_CHARS } from "../compose.js";
import type { Language } from "../lang/types.js";
import type { Answer } from "../types.js";
import type { ReaderContext } from "./context.js";
import { withSuggestions } from "./respond.js";

/**
 * "In ur opinion is X a threat", "do you think X is good", "what do u reckon about X": the reader's own
 * view is asked. The article gives none; where it tells of someone's view, that is what it says.
 */

/** Where the question asks the reader's view, with the words that frame it, or undefined. */
export function opinionSpan(
  words: readonly string[],
  lang: Language,
): { start: number; end: number } | undefined {
  const phrases = lang.opinionAsks ?? [];
  for (let i = 0; i < words.length; i++) {
    const phrase = phrases.find((p) => p.every((w, k) => words[i + k] === w));
    if (!phrase) continue;
    let start = i;
    let end = i + phrase.length;
    while (start > 0 && (lang.opinionFrame?.before.has(words[start - 1] ?? "") ?? false)) start--;
    while (end < words.length && (lang.opinionFrame?.after.has(words[end] ?? "") ?? false)) end++;
    return { start, end };
  }
  return undefined;
}

/**
 * The question without its words of opinion, where what is left is a question of its own ("is X a
 * threat" of "in your opinion is X a threat"); otherwise undefined.
 */
export function withoutOpinion(
  words: readonly string[],
  span: { start: number; end: number },
  lang: Language,
): string | undefined {
  const rest = [...words.slice(0, span.start), ...words.slice(span.end)];
  const first = rest[0] ?? "";
  const opens = lang.auxiliaries.has(first) || lang.whAsks[first] !== undefined;
  return opens && rest.length > 1 ? rest.join(" ") : undefined;
}

/**
 * The answer to a question of opinion, given the answer its facts make: a yes or no the facts decide
 * stands ("do you think X signed"), as does what someone said where that is what is asked ("do you think
 * he said ..."); a view the article tells of is what it says, answered false; anything else is no view.
 */
export function opinionAnswer(
  ctx: ReaderContext,
  question: string,
  q: Analysis,
  factual: Answer,
  rest: Analysis | undefined,
): Answer {
  const { byId, lang, speech, topic } = ctx;
  const facts = factual.facts.flatMap((id) => byId.get(id) ?? []);
  const spoken = facts.filter((i) => i.kind === "fact" && speech.has(i.relation));
  const asksSaying = (rest ?? q).cues.some((c) => speech.has(c.relation) && !opinionCue(c.position, q, lang));
  if (factual.answered && factual.verdict !== null && spoken.length === 0) return factual;
  if (factual.answered && spoken.length > 0 && asksSaying) return factual;
  const view = spoken[0];
  const text = view
    ? lang.phrases.opinionOf(view.answer)
    : `${lang.phrases.noOpinion} ${lang.phrases.articleIs(topic)}`;
  return withSuggestions(
    ctx,
    {
      question,
      answered: false,
      text: shorten(text, MAX_ANSWER_CHARS),
      verdict: null,
      facts: view ? [view.id] : [],
      evidence: view ? [view.evidence] : [],
      confidence: 0,
      language: lang.code,
    },
    q,
  );
}

/** Whether a word of the question is one of its words of opinion ("think" of "do you think"). */
function opinionCue(position: number, q: Analysis, lang: Language): boolean {
  const span = opinionSpan(q.words, lang);
  return span !== undefined && position >= span.start && position < span.end;
}
