import type { Answer } from "../qa/types.js";

/** An answer as plain text for a terminal: the answer, its evidence, and what else to ask. */
export function renderAnswerText(answer: Answer): string {
  const lines = [answer.text];
  for (const sentence of answer.evidence) lines.push(`  > ${sentence}`);
  if (answer.suggestions.length > 0) {
    lines.push(answer.answered ? "Related:" : "You could ask:");
    for (const s of answer.suggestions) lines.push(`  - ${s}`);
  }
  return lines.join("\n");
}
