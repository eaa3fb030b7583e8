import { resolve } from "node:path";
import { formatIssue } from "../knowledge/issues.js";
import { loadKnowledgeFile } from "../knowledge/load.js";
import { knowledgeFileSetting } from "./knowledge-file.js";

/**
 * `npm run check-knowledge [FILE]`: every problem of a knowledge file (by default the one the bot
 * would load), or one line of what it holds.
 */
async function main(): Promise<number> {
  const file = process.argv[2] ? resolve(process.argv[2]) : knowledgeFileSetting();
  const result = await loadKnowledgeFile(file);
  if (!result.ok) {
    console.error(`${file}: ${result.errors.length} problem(s)`);
    for (const issue of result.errors) console.error(`  ${formatIssue(issue)}`);
    return 1;
  }
  const k = result.knowledge;
  console.log(
    `${file}: ok, ${k.facts.length} facts, ${k.entities.length} entities, ${k.relations.length} relations, ` +
      `${k.synonyms.length} synonym groups, evidence checked against ${k.article.file}`,
  );
  return 0;
}

process.exitCode = await main();
