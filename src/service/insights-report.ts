// The insights as text, shared by /insights and `npm run insights`, so both say the same.
import { type Locale, messages } from "../i18n/index.js";
import { DAY_MS, dayOf, type InsightsData } from "../storage/insights-query.js";

/** What naming a fact needs of the knowledge: each fact's id and question. */
export interface FactQuestions {
  facts: readonly { id: string; question: string }[];
}

export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${Math.round((100 * part) / whole)}%`;
}

export function headline(data: InsightsData, locale: Locale = "en"): string {
  return messages(locale).questionLog.headline(
    data.totals,
    data.toDay - data.fromDay + 1,
    dayLabel(data.fromDay),
    dayLabel(data.toDay),
  );
}

/** What an answer was made of, in words a moderator recognises: the facts' questions. */
export function describeAnswerKey(
  key: string,
  knowledge: FactQuestions | undefined,
  locale: Locale = "en",
): string {
  if (key.startsWith("unanswered: ")) return messages(locale).questionLog.notInArticle;
  const ids = key.split(" ").filter(Boolean);
  return ids
    .map((id) => {
      const fact = knowledge?.facts.find((f) => f.id === id);
      return fact ? `${id} (“${fact.question}”)` : id;
    })
    .join(", ");
}

export function describeFact(
  id: string,
  knowledge: FactQuestions | undefined,
  locale: Locale = "en",
): string {
  const fact = knowledge?.facts.find((f) => f.id === id);
  return fact ? `${id}: “${fact.question}”` : `${id} (${messages(locale).questionLog.factGone})`;
}

/** The first day of a period: "7d" is today and the six days before it. */
export function parseSince(text: string, today: number): number | undefined {
  const relative = /^(\d{1,4})\s*([dh])$/i.exec(text.trim());
  if (relative) {
    const amount = Number(relative[1]);
    if (amount < 1) return undefined;
    const days = relative[2]?.toLowerCase() === "h" ? Math.ceil(amount / 24) : amount;
    return today - days + 1;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) {
    const ms = Date.parse(`${text.trim()}T00:00:00Z`);
    if (!Number.isNaN(ms) && dayOf(ms) <= today) return dayOf(ms);
  }
  return undefined;
}
