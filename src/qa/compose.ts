import { shorten } from "../text/shorten.js";
import { asWritten } from "./echo.js";
import type { Item } from "./items.js";
import type { Analysis } from "./question.js";
import type { Answer } from "./types.js";

/** The most an answer says: the engine's promise, which also fits one Discord message. */
const MAX_ANSWER_CHARS = 2000;

export type RefusalReason = "outside" | "unknown" | "small-talk" | "no-match" | "unreadable";

export function composeAnswer(
  question: string,
  q: Analysis,
  items: readonly Item[],
  confidence: number,
  given?: string,
): Omit<Answer, "suggestions"> {
  const first = items[0];
  const lead = given ?? (first ? leadFor(q, first) : "");
  const body = items.map((i) => i.answer).join("\n");
  return {
    question,
    answered: true,
    text: shorten(lead ? `${lead}\n${body}` : body, MAX_ANSWER_CHARS),
    facts: items.map((i) => i.id),
    evidence: [...new Set(items.map((i) => i.evidence))],
    confidence,
  };
}

/** "When" and "where" questions get the time or place first, then the fact that states it. */
function leadFor(q: Analysis, item: Item): string {
  if (q.asked === "when" && item.when) return `According to the article: ${item.when}.`;
  if (q.asked === "where" && item.where) return `According to the article: ${item.where}.`;
  if (q.asked === "why" && item.why) return `According to the article: ${item.why}.`;
  return "";
}

export function composeRefusal(
  question: string,
  q: Analysis | undefined,
  reason: RefusalReason,
  topic: string,
): Omit<Answer, "suggestions"> {
  const echoed: string[] = [];
  return {
    question,
    answered: false,
    text: shorten(`${refusalLead(question, q, reason, echoed)} The article is ${topic}.`, MAX_ANSWER_CHARS),
    echoed,
    facts: [],
    evidence: [],
    confidence: 0,
  };
}

/** The refusal's first sentence; the parts of the question it repeats are added to `echoed`. */
function refusalLead(
  question: string,
  q: Analysis | undefined,
  reason: RefusalReason,
  echoed: string[],
): string {
  if (reason === "unreadable" || !q) return "I could not read a question in that.";
  if (reason === "outside" && q.outside.length > 0) return `The article does not mention ${list(q.outside)}.`;
  // Name the unknown thing when the question is plainly about it: "who is X", "who supplies X".
  const aboutIt = q.mentions.length > 0 || q.cues.length > 0 || q.asked === "who" || q.asked === "what";
  if ((reason === "unknown" || reason === "small-talk") && aboutIt) {
    const phrases = unknownPhrases(question, q, (u) => u.attribute || u.action || u.slot || !u.common);
    if (phrases.length > 0) {
      echoed.push(...new Set(phrases));
      return `The article does not mention ${list(phrases.map((p) => `"${p}"`))}.`;
    }
  }
  if (reason === "small-talk") return "I can only answer questions about one article.";
  switch (q.asked) {
    case "quantity":
      return "The article gives no figures for that.";
    case "subtype":
      return "The article does not name the type or model.";
    case "when":
      return "The article does not say when.";
    case "where":
    case "place":
      return "The article does not say where.";
    case "why":
      return "The article does not say why.";
    default:
      return "The article does not say.";
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
  return phrases.map((words) => asWritten(question, words));
}

/** "Russia, Armenia and Belarus"; "Uzbekistan or NATO". */
function list(names: readonly string[], conjunction: "and" | "or" = "or"): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? "";
  return `${unique.slice(0, -1).join(", ")} ${conjunction} ${unique.at(-1)}`;
}

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** The first line of an answer to "how many countries ...": the count, then the names. */
export function countLead(names: readonly string[]): string {
  return `The article names ${NUMBER_WORDS[names.length] ?? names.length}: ${list(names, "and")}.`;
}
