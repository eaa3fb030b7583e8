/**
 * What a bench section hands back, and how it is printed. A section measures; `run.ts` prints every
 * section the same way and writes all figures to one JSON file.
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface Column {
  title: string;
  /** Numbers read best right-aligned; names left-aligned. */
  align: "left" | "right";
}

/** A target the section measures against, such as "p99 at 10,000 facts ≤ 5 ms". */
export interface Check {
  label: string;
  /** The target, as printed: "≤ 5 ms". */
  target: string;
  /** The measured value, as printed: "1.84 ms". */
  value: string;
  pass: boolean;
}

export interface SectionResult {
  /** The name `--only` selects it by, such as "engine". */
  name: string;
  /** The heading printed above its table. */
  title: string;
  columns: Column[];
  /** Cells already formatted, one array per row, as many cells as columns. */
  rows: string[][];
  /** Short lines printed under the table: what was measured, what stands out. */
  notes: string[];
  checks: Check[];
  /** Every figure the section measured, written to bench/results/latest.json. */
  figures: JsonObject;
}

/** A fixed-width table: a heading line, a rule, then the rows. */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(c.title.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => {
        const cell = cells[i] ?? "";
        const width = widths[i] ?? 0;
        return c.align === "right" ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(columns.map((c) => c.title)), rule, ...rows.map(line)].join("\n");
}

export function formatSection(section: SectionResult): string {
  const out = [section.title, "", formatTable(section.columns, section.rows)];
  if (section.notes.length > 0) out.push("", ...section.notes.map((n) => `  ${n}`));
  if (section.checks.length > 0) out.push("", ...section.checks.map((c) => `  ${formatCheck(c)}`));
  return out.join("\n");
}

export function formatCheck(check: Check): string {
  return `${check.pass ? "PASS" : "MISS"}  ${check.label}: ${check.value} (target ${check.target})`;
}

/** A duration given in microseconds, in the unit that reads best: "85 µs", "1.84 ms", "2.31 s". */
export function formatMicros(us: number): string {
  if (!Number.isFinite(us)) return "-";
  if (us < 1000) return `${us < 10 ? us.toFixed(1) : Math.round(us)} µs`;
  if (us < 1_000_000) return `${(us / 1000).toFixed(us < 100_000 ? 2 : 0)} ms`;
  return `${(us / 1_000_000).toFixed(2)} s`;
}

export function formatMillis(ms: number): string {
  return formatMicros(ms * 1000);
}

export function formatBytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

/** A figure rounded for the JSON file, so it does not carry fifteen meaningless digits. */
export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
