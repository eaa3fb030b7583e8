/** One problem with a knowledge file: where it is (a path in the file, with its line) and what is wrong. */
export interface KnowledgeIssue {
  where: string;
  message: string;
}

export function formatIssue(issue: KnowledgeIssue): string {
  return `${issue.where}: ${issue.message}`;
}
