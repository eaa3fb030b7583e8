import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { knowledgeFilePath } from "../paths.js";
import {
  dayLabel,
  describeAnswerKey,
  describeFact,
  type FactQuestions,
  headline,
  parseSince,
  percent,
} from "../service/insights-report.js";
import { loadProjectEnv } from "../startup.js";
import { dayOf, type InsightsData, type InsightsQuery } from "../storage/insights-query.js";
import { openInsightsReader } from "../storage/insights-reader.js";
import { describeTarget, parseDatabaseUrl, type StorageTarget } from "../storage/target.js";
import { exitQuietlyWhenOutputCloses, readArguments } from "./arguments.js";

// What this command loads is kept to what the asked output needs: the database's own driver and the
// plain-SQL query for the figures; the knowledge file's fact questions (read, not validated) for the
// tables; the chart library only with --chart; the validated knowledge and the engine only with --export.
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
  const database = parseDatabaseUrl(process.env.DATABASE_URL);
  if (typeof database === "string") {
    console.error(`DATABASE_URL ${database}`);
    return 1;
  }
  const knowledgeFile = knowledgeFilePath(process.env.KNOWLEDGE_FILE);
  let data: InsightsData;
  try {
    data = await readLog(database, { fromDay, toDay: today, limit, examplesPerGroup: 5 });
  } catch (error) {
    console.error(
      `insights: the question log at ${describeTarget(database)} could not be read: ${(error as Error).message}`,
    );
    return 1;
  }

  if (values.json)
    console.log(JSON.stringify({ ...data, from: dayLabel(data.fromDay), to: dayLabel(data.toDay) }));
  else printTables(data, await readFactQuestions(knowledgeFile));

  if (values.chart) {
    const file = resolve(values.chart);
    const { renderInsightsChart } = await import("../service/insights-chart.js");
    await writeFile(file, await renderInsightsChart(data));
    if (!values.json) console.log(`Chart written to ${file}`);
  }
  if (values.export) return exportProposal(data, knowledgeFile, resolve(values.export), values.json);
  return 0;
}

/** The figures, through the bare driver when the log is up to date, else through the full store. */
async function readLog(database: StorageTarget, query: InsightsQuery): Promise<InsightsData> {
  const reader = await openInsightsReader(database, { connectTimeoutMs: 5000 });
  if (reader) {
    try {
      return await reader.insights(query);
    } finally {
      await reader.close();
    }
  }
  // No log yet, or one an older version left: the store creates or migrates it.
  const { openQuestionStore } = await import("../service/question-log-setup.js");
  const store = await openQuestionStore(database, { connectTimeoutMs: 5000 });
  try {
    return await store.insights(query);
  } finally {
    await store.close();
  }
}

/**
 * Each fact's question, to name facts in the tables. The file is only read here: a file that does not
 * parse names no fact, and the tables show ids (check-knowledge says what is wrong with it).
 */
async function readFactQuestions(file: string): Promise<FactQuestions | undefined> {
  try {
    const { load } = await import("js-yaml");
    const parsed = load(await readFile(file, "utf8")) as { facts?: unknown } | undefined;
    if (!Array.isArray(parsed?.facts)) return undefined;
    return {
      facts: parsed.facts
        .filter(
          (f): f is { id: string; question: string } =>
            typeof f?.id === "string" && typeof f?.question === "string",
        )
        .map((f) => ({ id: f.id, question: f.question })),
    };
  } catch {
    return undefined;
  }
}

/** --export: the validated knowledge and the engine place each group of unanswered questions. */
async function exportProposal(
  data: InsightsData,
  knowledgeFile: string,
  file: string,
  quiet: boolean,
): Promise<number> {
  const [{ loadKnowledgeFile }, { formatIssues }, { createEngine }, { proposalYaml, proposeKnowledge }] =
    await Promise.all([
      import("../knowledge/load.js"),
      import("../knowledge/issues.js"),
      import("../qa/engine.js"),
      import("../service/knowledge-proposal.js"),
    ]);
  const loaded = await loadKnowledgeFile(knowledgeFile);
  if (!loaded.ok) {
    console.error(`${knowledgeFile}: the knowledge file has ${loaded.errors.length} problem(s):`);
    for (const line of formatIssues(loaded.errors)) console.error(`  ${line}`);
    return 1;
  }
  const proposals = proposeKnowledge(data, loaded.knowledge, createEngine(loaded.knowledge));
  await writeFile(file, proposalYaml(proposals, data, knowledgeFile));
  if (!quiet)
    console.log(`Proposal for ${proposals.length} group(s) of unanswered questions written to ${file}`);
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

function printTables(data: InsightsData, knowledge: FactQuestions | undefined): void {
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
