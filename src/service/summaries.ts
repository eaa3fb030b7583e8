// Plain-text summaries shared by the Discord replies and the local console, so both say the same.
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

export function aboutRows(info: AboutInfo): AboutRow[] {
  return [
    { key: "article", label: "Article", value: `${info.article.title} (${info.article.publisher})` },
    { key: "facts", label: "Facts", value: String(info.stats.facts) },
    { key: "entities", label: "Entities", value: String(info.stats.entities) },
    { key: "loadedAt", label: "Knowledge loaded", value: info.loadedAt.toISOString() },
    { key: "version", label: "Version", value: info.version },
    { key: "uptime", label: "Uptime", value: formatDuration(info.uptimeMs) },
  ];
}

export interface ReloadSummary {
  ok: boolean;
  headline: string;
  /** Label and lines: "Added" and fact ids, or "Errors" and "where: message". */
  sections: { label: string; lines: string[] }[];
}

export function summarizeReload(outcome: ReloadOutcome): ReloadSummary {
  if (!outcome.ok) {
    const shown = formatIssues(outcome.errors);
    return {
      ok: false,
      headline: `Reload failed: ${plural(outcome.errors.length, "error")} in the knowledge file. The previous knowledge is still in service.`,
      sections: [{ label: "Errors", lines: shown }],
    };
  }
  const { added, removed, changed } = outcome.diff;
  const nothing = added.length + removed.length + changed.length === 0;
  const headline = nothing
    ? `Reloaded: no fact changed (${plural(outcome.stats.facts, "fact")}, ${plural(outcome.stats.entities, "entity", "entities")}).`
    : `Reloaded: ${added.length} added, ${removed.length} removed, ${changed.length} changed (${plural(outcome.stats.facts, "fact")}, ${plural(outcome.stats.entities, "entity", "entities")}).`;
  const sections = [
    { label: "Added", lines: added },
    { label: "Removed", lines: removed },
    { label: "Changed", lines: changed },
  ].filter((s) => s.lines.length > 0);
  return { ok: true, headline, sections };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
