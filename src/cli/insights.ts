import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { formatIssues } from "../knowledge/issues.js";
import { loadKnowledgeFile } from "../knowledge/load.js";
import { createEngine } from "../qa/engine.js";
import { renderInsightsChart } from "../service/insights-chart.js";
import {
  dayLabel,
  describeAnswerKey,
  describeFact,
  headline,
  parseSince,
  percent,
} from "../service/insights-report.js";
import { proposalYaml, proposeKnowledge } from "../service/knowledge-proposal.js";
import { openQuestionStore } from "../service/question-log-setup.js";
import { loadProjectEnv } from "../startup.js";
import { DatabaseTooNewError } from "../storage/open.js";
import { dayOf, type InsightsData } from "../storage/question-store.js";
import { describeTarget } from "../storage/target.js";
import { exitQuietlyWhenOutputCloses, readArguments } from "./arguments.js";

const USAGE = `Usage: npm run insights -- [--since 7d] [--json] [--chart FILE.png] [--export FILE.yaml] [--limit N]
  What people asked, what the article could not answer and how answers were rated, from the question
  log the bot keeps (DATABASE_URL, as the bot reads it).
  --since PERIOD   how far back: 7d (the default), 30d, 24h (today), or a date such as 2026-11-01
  --json           one JSON object instead of tables
  --chart FILE     also draw the chart /insights shows (questions per day, answered or not, 👍 share) as a PNG
  --export FILE    write a proposed knowledge change for the unanswered questions, as YAML to review
  --limit N        rows per list (default 20)`;

exitQuietlyWhenOutputCloses();

async function main(): Promise<number> {
  const args = readArguments(parse, USAGE);
  if (typeof args === "number") return args;
  const { values } = args;
  const today = dayOf(Date.now());
  const fromDay = parseSince(values.since, today);
  const limit = Number(values.limit);
  if (fromDay === undefined || !Number.isInteger(limit) || limit < 1 || limit > 1000) {
    console.error(
      `${fromDay === undefined ? `--since ${values.since}: expected 7d, 24h or a date (YYYY-MM-DD)` : `--limit ${values.limit}: expected a whole number from 1 to 1000`}\n${USAGE}`,
    );
    return 2;
  }

  loadProjectEnv();
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    for (const line of loaded.errors) console.error(line);
    return 1;
  }
  const config = loaded.config;
  let data: InsightsData;
  try {
    const store = await openQuestionStore(config.database, { connectTimeoutMs: 5000 });
    try {
      data = await store.insights({ fromDay, toDay: today, limit, examplesPerGroup: 5 });
    } finally {
      await store.close();
    }
  } catch (error) {
    const why = error instanceof DatabaseTooNewError ? error.message : (error as Error).message;
    console.error(
      `insights: the question log at ${describeTarget(config.database)} could not be read: ${why}`,
    );
    return 1;
  }

  const knowledgeResult = await loadKnowledgeFile(config.knowledgeFile);
  const knowledge = knowledgeResult.ok ? knowledgeResult.knowledge : undefined;
  if (!knowledgeResult.ok && values.export) {
    console.error(
      `${config.knowledgeFile}: the knowledge file has ${knowledgeResult.errors.length} problem(s):`,
    );
    for (const line of formatIssues(knowledgeResult.errors)) console.error(`  ${line}`);
    return 1;
  }

  if (values.json)
    console.log(JSON.stringify({ ...data, from: dayLabel(data.fromDay), to: dayLabel(data.toDay) }));
  else printTables(data, knowledge);

  if (values.chart) {
    const file = resolve(values.chart);
    await writeFile(file, await renderInsightsChart(data));
    if (!values.json) console.log(`Chart written to ${file}`);
  }
  if (values.export && knowledge) {
    const file = resolve(values.export);
    const proposals = proposeKnowledge(data, knowledge, createEngine(knowledge));
    await writeFile(file, proposalYaml(proposals, data, config.knowledgeFile));
    if (!values.json)
      console.log(`Proposal for ${proposals.length} group(s) of unanswered questions written to ${file}`);
  }
  return 0;
}

function parse() {
  return parseArgs({
    allowPositionals: false,
    options: {
      since: { type: "string", default: "7d" },
      json: { type: "boolean", default: false },
      chart: { type: "string" },
      export: { type: "string" },
      limit: { type: "string", default: "20" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

function printTables(data: InsightsData, knowledge: Parameters<typeof describeFact>[1]): void {
  console.log(headline(data));
  console.log("\nQuestions per day");
  table(
    ["day", "answered", "not answered", "👍", "👎"],
    data.perDay.map((d) => [dayLabel(d.day), d.answered, d.unanswered, d.up, d.down]),
  );
  console.log("\nBy transport");
  table(
    ["transport", "questions", "share"],
    data.perTransport.map((t) => [t.transport, t.count, percent(t.count, data.totals.questions)]),
  );
  console.log("\nNot answered (rewordings of one question grouped)");
  table(
    ["#", "asked", "example", "also asked as"],
    data.unanswered.map((g, i) => [i + 1, g.count, g.example, g.examples.slice(1).join(" | ")]),
  );
  console.log("\nWorst rated answers");
  table(
    ["#", "👎", "👍", "answer", "example question"],
    data.worstRated.map((w, i) => [
      i + 1,
      w.down,
      w.up,
      describeAnswerKey(w.answerKey, knowledge),
      w.example,
    ]),
  );
  console.log("\nMost asked facts");
  table(
    ["#", "asked", "fact"],
    data.topFacts.map((f, i) => [i + 1, f.count, describeFact(f.factId, knowledge)]),
  );
}

/** A plain text table; long cells are cut so a row stays on one line of a wide terminal. */
function table(head: string[], rows: (string | number)[][]): void {
  if (rows.length === 0) {
    console.log("  (none)");
    return;
  }
  const cells = [head, ...rows.map((r) => r.map((c) => cut(String(c), 70)))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? "")].length)));
  for (const [n, row] of cells.entries()) {
    console.log(
      `  ${row.map((c, i) => (typeof rows[0]?.[i] === "number" && n > 0 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join("  ")}`.trimEnd(),
    );
    if (n === 0) console.log(`  ${widths.map((w) => "-".repeat(w)).join("  ")}`);
  }
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

process.exitCode = await main();
