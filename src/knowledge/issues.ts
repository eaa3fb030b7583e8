import { MAX_ISSUES_SHOWN } from "./limits.js";

/**
 * One problem with a knowledge file: where it is (a path in the file, with its line) and what is
 * wrong, both fit to show anyone; `detail` (absolute paths, system errors) is for the log only.
 */
export interface KnowledgeIssue {
  where: string;
  message: string;
  detail?: string;
}

export function formatIssue(issue: KnowledgeIssue): string {
  return `${issue.where}: ${issue.message}`;
}

/**
 * The problems as lines, at most `max` of them and then one saying how many more there are: a broken
 * file can hold a million problems, and nobody reads past the first few.
 */
export function formatIssues(
  issues: readonly KnowledgeIssue[],
  max: number = MAX_ISSUES_SHOWN,
  more: (count: number) => string = (count) => `… and ${count} more`,
): string[] {
  const lines = issues.slice(0, max).map(formatIssue);
  const rest = issues.length - lines.length;
  if (rest > 0) lines.push(more(rest));
  return lines;
}
