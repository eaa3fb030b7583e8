// Plain-text summaries shared by the Discord replies and the local console, so both say the same.
import { articleIn, type Locale, messages } from "../i18n/index.js";
import { formatIssues } from "../knowledge/issues.js";
import type { AboutInfo, ReloadOutcome } from "./answer-service.js";
import { formatDuration } from "./app-info.js";

/** One row of /about: `key` says what it is, so a transport can show a row its own way. */
export interface AboutRow {
  key: "article" | "facts" | "entities" | "loadedAt" | "version" | "uptime";
  /** What the reader sees, free to change. */
  label: string;
  value: string;
}

export function aboutRows(info: AboutInfo, locale: Locale = "en"): AboutRow[] {
  const say = messages(locale).about;
  const article = articleIn(info.article, locale);
  return [
    { key: "article", label: say.article, value: `${article.title} (${article.publisher})` },
    { key: "facts", label: say.facts, value: String(info.stats.facts) },
    { key: "entities", label: say.entities, value: String(info.stats.entities) },
    { key: "loadedAt", label: say.loadedAt, value: info.loadedAt.toISOString() },
    { key: "version", label: say.version, value: info.version },
    { key: "uptime", label: say.uptime, value: formatDuration(info.uptimeMs, locale) },
  ];
}

export interface ReloadSummary {
  ok: boolean;
  headline: string;
  /** Label and lines: "Added" and fact ids, or "Errors" and "where: message". */
  sections: { label: string; lines: string[] }[];
}

export function summarizeReload(outcome: ReloadOutcome, locale: Locale = "en"): ReloadSummary {
  const say = messages(locale).reload;
  if (!outcome.ok) {
    const shown = formatIssues(outcome.errors, { more: say.more });
    return {
      ok: false,
      headline: say.failed(outcome.errors.length),
      sections: [{ label: say.errors, lines: shown }],
    };
  }
  const { added, removed, changed } = outcome.diff;
  const nothing = added.length + removed.length + changed.length === 0;
  const { facts, entities } = outcome.stats;
  const headline = nothing
    ? say.unchanged(facts, entities)
    : say.changed(added.length, removed.length, changed.length, facts, entities);
  const sections = [
    { label: say.added, lines: added },
    { label: say.removed, lines: removed },
    { label: say.changedLabel, lines: changed },
  ].filter((s) => s.lines.length > 0);
  return { ok: true, headline, sections };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
