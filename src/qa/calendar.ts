import type { Language } from "./lang/types.js";

/** The parts of a time on the calendar a text names: a year, a month, a day of it, a day of the week. */
export interface CalendarTime {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

/**
 * The calendar parts named in a text's words: a figure of four that can be a year, a month's name
 * (with a day beside it: "Jan. 29", "29 января"), a weekday's name. A month is never the first word,
 * where "may" asks rather than dates; a time after a word of a span ("through 2039") is left out.
 */
export function calendarTime(words: readonly string[], lang: Language): CalendarTime {
  const names = lang.calendarNames;
  const time: CalendarTime = {};
  const dayAt = (i: number) => {
    const w = words[i] ?? "";
    const day = /^\d{1,2}$/.test(w) ? Number(w) : 0;
    return day >= 1 && day <= 31 ? day : undefined;
  };
  const spans = lang.calendarSpans;
  words.forEach((w, i) => {
    // "Through 2039", "since May": a span of time, which a single time within it does not contradict.
    if (
      spans?.has(words[i - 1] ?? "") ||
      (spans?.has(words[i - 2] ?? "") && /^\d+$/.test(words[i - 1] ?? ""))
    )
      return;
    const month = i > 0 ? names?.month(w) : undefined;
    if (month !== undefined) {
      time.month ??= month;
      const day = dayAt(i + 1) ?? dayAt(i - 1);
      if (day !== undefined) time.day ??= day;
      return;
    }
    const weekday = names?.weekday(w);
    if (weekday !== undefined) time.weekday ??= weekday;
    else if (/^(?:19|20)\d\d$/.test(w)) time.year ??= Number(w);
  });
  return time;
}

/**
 * How a time a question names stands to a fact's: "differs" when they name one part otherwise (a
 * weekday, a month, a year, the day of one month), "agrees" when every part both name is the same,
 * nothing when they share no part.
 */
export function compareTimes(asked: CalendarTime, said: CalendarTime): "differs" | "agrees" | undefined {
  let shared = false;
  const parts: (keyof CalendarTime)[] = ["year", "month", "weekday"];
  if (asked.month !== undefined && asked.month === said.month) parts.push("day");
  for (const part of parts) {
    const a = asked[part];
    const s = said[part];
    if (a === undefined || s === undefined) continue;
    if (a !== s) return "differs";
    shared = true;
  }
  return shared ? "agrees" : undefined;
}
