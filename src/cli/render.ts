import { messages, toLocale } from "../i18n/index.js";
import type { Answer } from "../qa/types.js";

/**
 * An answer as plain text for a terminal: the answer, its evidence, and what else to ask. The console
 * numbers the other questions so that typing the number asks it.
 */
export function renderAnswerText(answer: Answer, options: { numbered?: boolean } = {}): string {
  const lines = [answer.text];
  for (const sentence of answer.evidence) lines.push(`  > ${sentence}`);
  const related = answer.suggestions.slice(0, 3);
  if (related.length > 0) {
    const say = messages(toLocale(answer.language)).answer;
    lines.push(answer.answered ? say.related : say.didYouMean);
    for (const [i, q] of related.entries()) lines.push(options.numbered ? `  ${i + 1}. ${q}` : `  - ${q}`);
  }
  return lines.join("\n");
}
