/**
 * One problem with a knowledge file: where it is (a path in the file, with its line) and what is
 * wrong, both fit to show anyone; `detail` (absolute paths, system errors) is for the log only.
 */
export interface KnowledgeIssue {
  where: string;
  message: string;
  detail?: string;
}

/** How many problems a report shows before saying how many more there are: one cap for every report. */
export const ISSUES_SHOWN = 10;

function formatIssue(issue: KnowledgeIssue): string {
  return `${issue.where}: ${issue.message}`;
}

/**
 * The lines of every report of problems (the console, `ask`, `check-knowledge`, `npm start`, /reload):
 * "where: message", the first `limit` of them, then "… and N more" when some were left out.
 */
export function formatIssues(
  issues: readonly KnowledgeIssue[],
  options: { limit?: number; more?: (count: number) => string } = {},
): string[] {
  const limit = options.limit ?? ISSUES_SHOWN;
  const lines = issues.slice(0, limit).map(formatIssue);
  const left = issues.length - lines.length;
  if (left > 0) lines.push((options.more ?? ((n) => `… and ${n} more`))(left));
  return lines;
}

/** A report for a terminal: which file could not be loaded and why, one indented line per problem. */
export function issueReport(
  file: string,
  issues: readonly KnowledgeIssue[],
  options: { all?: boolean } = {},
): string[] {
  const count = `${issues.length} problem${issues.length === 1 ? "" : "s"}`;
  const lines = formatIssues(issues, options.all ? { limit: issues.length } : {});
  return [`The knowledge file ${file} could not be loaded: ${count}`, ...lines.map((l) => `  ${l}`)];
}
