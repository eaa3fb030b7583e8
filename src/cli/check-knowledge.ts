import { parseArgs } from "node:util";
import { issueReport } from "../knowledge/issues.js";
import { loadKnowledgeFile } from "../knowledge/load.js";
import { readArguments } from "./arguments.js";
import { fromInvocationFolder, knowledgeFileSetting, knowledgeMaxBytesSetting } from "./knowledge-file.js";

const USAGE = `Usage: npm run check-knowledge -- [--all] [FILE]
  Checks a knowledge file (default: KNOWLEDGE_FILE, as the bot reads it) and the article it cites:
  prints each problem with its place and line, or one line of what the file holds.
  --all  print every problem, not only the first ones`;

/**
 * `npm run check-knowledge [FILE]`: the problems of a knowledge file (by default the one the bot
 * would load), or one line of what it holds.
 */
async function main(): Promise<number> {
  const args = readArguments(
    () =>
      parseArgs({
        allowPositionals: true,
        options: { all: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      }),
    USAGE,
  );
  if (typeof args === "number") return args;
  if (args.positionals.length > 1) {
    console.error(`one knowledge file at a time\n${USAGE}`);
    return 2;
  }
  const given = args.positionals[0];
  const file = given ? fromInvocationFolder(given) : knowledgeFileSetting();
  const result = await loadKnowledgeFile(file, { maxBytes: knowledgeMaxBytesSetting() });
  if (!result.ok) {
    for (const line of issueReport(file, result.errors, { all: args.values.all })) console.error(line);
    return 1;
  }
  const k = result.knowledge;
  const warnings = result.warnings?.() ?? [];
  // Warnings go with the summary: the file is valid and loads.
  for (const w of warnings) console.log(`  warning: ${w.where}: ${w.message}`);
  console.log(
    `${file}: ok, ${k.facts.length} facts, ${k.entities.length} entities, ${k.relations.length} relations, ` +
      `${k.synonyms.length} synonym groups, evidence checked against ${k.article.file}` +
      (warnings.length > 0 ? `, ${warnings.length} warning(s) above` : ""),
  );
  return 0;
}

process.exitCode = await main();
