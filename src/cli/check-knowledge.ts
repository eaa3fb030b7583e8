import { formatIssues } from "../knowledge/issues.js";
import { loadKnowledgeFile } from "../knowledge/load.js";
import { fromInvocationFolder, knowledgeFileSetting, knowledgeMaxBytesSetting } from "./knowledge-file.js";

/**
 * `npm run check-knowledge [FILE]`: every problem of a knowledge file (by default the one the bot
 * would load), or one line of what it holds.
 */
async function main(): Promise<number> {
  const file = process.argv[2] ? fromInvocationFolder(process.argv[2]) : knowledgeFileSetting();
  const result = await loadKnowledgeFile(file, { maxBytes: knowledgeMaxBytesSetting() });
  if (!result.ok) {
    console.error(`${file}: ${result.errors.length} problem(s)`);
    for (const line of formatIssues(result.errors)) console.error(`  ${line}`);
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
