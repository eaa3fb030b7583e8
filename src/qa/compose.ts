import { shorten } from "../text/shorten.js";
import { asWritten } from "./echo.js";
import type { Item } from "./items.js";
import type { Language } from "./lang/types.js";
import type { Analysis } from "./question.js";
import type { Answer } from "./types.js";
import type { Verdict } from "./verdict.js";

/** The most an answer says: the engine's promise, which also fits one Discord message. */
export const MAX_ANSWER_CHARS = 2000;

export type RefusalReason = "outside" | "unknown" | "small-talk" | "no-match" | "unreadable";

/** What an answer may say before its facts. */
export interface Framing {
  /** A line before the facts (a count, a name chosen). */
  lead?: string;
  /** A yes/no verdict, said first on the same line as the facts. */
  verdict?: Verdict;
  /** The facts are only what the article says nearby: the question itself is not answered. */
  undecided?: boolean;
  /** With `undecided`: the question as asked, repeated in the answer ("does not say ..."). */
  asked?: string;
  /** With `undecided`: what the article leaves out, in the engine's own words ("what AIAA stands for"). */
  unsaid?: string;
}

export function composeAnswer(
  question: string,
  q: Analysis,
  items: readonly Item[],
  confidence: number,
  lang: Language,
  framing: Framing = {},
): Omit<Answer, "suggestions"> {
  const first = items[0];
  const verdict = framing.verdict ?? null;
  const say = lang.phrases;
  // A lead may open with a name that is written in lower case mid-sentence ("the Artemis campaign").
  const lead = sentenceCase(framing.lead ?? (first ? leadFor(q, first, lang) : ""));
  const body = items.map((i) => i.answer).join("\n");
  const asked = framing.asked?.trim().replace(/[\s?!.]+$/u, "");
  const text = framing.undecided
    ? say.undecided(body, framing.unsaid ?? (asked ? `"${asked}"` : undefined))
    : verdict
      ? say.verdict(verdict, body)
      : lead && body
        ? `${lead}\n${body}`
        : lead || body;
  return {
    question,
    answered: !framing.undecided,
    text: shorten(text, MAX_ANSWER_CHARS),
    verdict,
    facts: items.map((i) => i.id),
    evidence: [...new Set(items.map((i) => i.evidence))],
    confidence: framing.undecided ? 0 : confidence,
    language: lang.code,
    ...(framing.undecided && asked ? { echoed: [asked] } : {}),
  };
}

/** "When" and "where" questions get the time or place first, then the fact that states it. */
function leadFor(q: Analysis, item: Item, lang: Language): string {
  if (q.asked === "when" && item.when) return lang.phrases.according(item.when);
  if (q.asked === "where" && item.where) return lang.phrases.according(item.where);
  if (q.asked === "why" && item.why) return lang.phrases.according(item.why);
  return "";
}

export function composeRefusal(
  question: string,
  q: Analysis | undefined,
  reason: RefusalReason,
  topic: string,
  lang: Language,
): Omit<Answer, "suggestions"> {
  const echoed: string[] = [];
  const lead = refusalLead(question, q, reason, lang, echoed);
  return {
    question,
    answered: false,
    text: shorten(`${lead} ${lang.phrases.articleIs(topic)}`, MAX_ANSWER_CHARS),
    verdict: null,
    echoed,
    facts: [],
    evidence: [],
    confidence: 0,
    language: lang.code,
  };
}

/** The refusal's first sentence; the parts of the question it repeats are added to `echoed`. */
function refusalLead(
  question: string,
  q: Analysis | undefined,
  reason: RefusalReason,
  lang: Language,
  echoed: string[],
): string {
  const say = lang.phrases;
  if (reason === "unreadable" || !q) return say.unreadable;
  if (reason === "outside" && q.outside.length > 0) return say.notMentioned(say.list(q.outside, "or"));
  // Name the unknown thing when the question is plainly about it: "who is X", "who supplies X".
  const aboutIt = q.mentions.length > 0 || q.cues.length > 0 || q.asked === "who" || q.asked === "what";
  if ((reason === "unknown" || reason === "small-talk") && aboutIt) {
    const phrases = unknownPhrases(question, q, (u) => u.attribute || u.action || u.slot || !u.common);
    if (phrases.length > 0) {
      echoed.push(...new Set(phrases));
      return say.notMentioned(
        say.list(
          phrases.map((p) => `"${p}"`),
          "or",
        ),
      );
    }
  }
  if (reason === "small-talk") return say.onlyAboutArticle;
  switch (q.asked) {
    case "quantity":
      return say.noFigures;
    case "subtype":
      return say.noModel;
    case "when":
      return say.noWhen;
    case "where":
    case "place":
      return say.noWhere;
    case "why":
      return say.noWhy;
    default:
      return say.notSaid;
  }
}

/** Unknown words, neighbours joined into phrases, as the question wrote them ("Vladimir Putin"). */
function unknownPhrases(
  question: string,
  q: Analysis,
  wanted: (u: Analysis["unknown"][number]) => boolean,
): string[] {
  const phrases: string[][] = [];
  let last = -2;
  for (const u of q.unknown) {
    if (!wanted(u) || u.word.length < 2) {
      last = -2;
      continue;
    }
    const current = phrases.at(-1);
    if (current && u.at === last + 1) current.push(u.word);
    else phrases.push([u.word]);
    last = u.at;
  }
  return asWritten(question, phrases);
}

/** The text with its first letter a capital. */
function sentenceCase(text: string): string {
  const first = text.charAt(0);
  return first === first.toLocaleUpperCase() ? text : first.toLocaleUpperCase() + text.slice(1);
}
