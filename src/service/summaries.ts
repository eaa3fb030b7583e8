// Plain-text summaries shared by the Discord replies and the local console, so both say the same.
import type { AboutInfo, ReloadOutcome } from "./answer-service.js";
import { formatDuration } from "./app-info.js";

/** How many knowledge-file errors a reload reply lists. */
export const MAX_RELOAD_ERRORS_SHOWN = 10;

export function aboutRows(info: AboutInfo): [label: string, value: string][] {
  return [
    ["Article", `${info.article.title} (${info.article.publisher})`],
    ["Facts", String(info.stats.facts)],
    ["Entities", String(info.stats.entities)],
    ["Knowledge loaded", info.loadedAt.toISOString()],
    ["Version", info.version],
    ["Uptime", formatDuration(info.uptimeMs)],
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
    const shown = outcome.errors.slice(0, MAX_RELOAD_ERRORS_SHOWN).map((e) => `${e.where}: ${e.message}`);
    const more = outcome.errors.length - shown.length;
    if (more > 0) shown.push(`… and ${more} more`);
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
