import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { loadKnowledgeFile } from "../src/knowledge/load.js";
import { DEFAULT_KNOWLEDGE_PATH } from "../src/paths.js";
import { renderInsightsChart } from "../src/service/insights-chart.js";
import { openQuestionStore } from "../src/service/question-log-setup.js";
import { isEntryPoint } from "../src/startup.js";
import {
  DAY_MS,
  dayOf,
  type QuestionRecord,
  type QuestionStore,
  type VoteRecord,
} from "../src/storage/question-store.js";
import type { StorageTarget } from "../src/storage/target.js";
import { runDiscordLoad } from "./discord-load.js";
import {
  type Check,
  formatBytes,
  formatCount,
  formatMicros,
  formatMillis,
  formatSection,
  type JsonObject,
  round,
  type SectionResult,
} from "./report.js";

/**
 * The question log's cost and speed. First, /ask through the local Discord server with the log off
 * and on (the same load as the Discord section): what recording every question costs an answer.
 * Then 1,000,000 generated log rows in SQLite and in PostgreSQL (when one runs here), and how long
 * /insights' query and `npm run insights` take over them.
 */

/** Log rows generated; BENCH_LOG_ROWS makes a smaller trial run. */
const ROWS = Number(process.env.BENCH_LOG_ROWS ?? 1_000_000);
const DAYS = 30;
/** Rows per write: the store's own batch path (multi-row statements, PostgreSQL arrays), one transaction each. */
const BATCH = 20_000;
const QUERY_RUNS = 7;
/** Runs of the whole `npm run insights` command; the median counts. */
const CLI_RUNS = 5;
/** /ask runs with the log off and on, alternating (off, on, on, off, …) so drift hits both alike. */
const ASK_PAIRS = Number(process.env.BENCH_ASK_PAIRS ?? 3);
const TARGETS = { p99AddedUs: 500, burstLoss: 0.1, insightsMs: 300 };
const PROJECT_ROOT = fileURLToPath(new URL("../", import.meta.url));

interface AskFigures {
  /** The median of every round's sequential p99, and the lowest. */
  p99Us: number;
  p99MinUs: number;
  /** The median of every round's burst rate, and the highest. */
  perSecond: number;
  perSecondMax: number;
  rounds: number;
  /** The bot's RSS once it had answered its first question, median of the runs. */
  rssAtStartBytes: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Each round's sequential p99 and burst rate, from the Discord section's figures. */
function askRounds(section: SectionResult): { p99Us: number; perSecond: number }[] {
  const rounds = (section.figures.rounds ?? []) as {
    sequential: { p99Us: number };
    burst: { perSecond: number };
  }[];
  return rounds.map((r) => ({ p99Us: r.sequential.p99Us, perSecond: r.burst.perSecond }));
}

function askFigures(rounds: { p99Us: number; perSecond: number }[], rss: number[]): AskFigures {
  return {
    rssAtStartBytes: median(rss),
    p99Us: median(rounds.map((r) => r.p99Us)),
    p99MinUs: Math.min(...rounds.map((r) => r.p99Us)),
    perSecond: median(rounds.map((r) => r.perSecond)),
    perSecondMax: Math.max(...rounds.map((r) => r.perSecond)),
    rounds: rounds.length,
  };
}

/** /ask through the local Discord server, the log off and on in alternating runs. */
async function measureAsk(): Promise<{ off: AskFigures; on: AskFigures }> {
  const off: { p99Us: number; perSecond: number }[] = [];
  const on: { p99Us: number; perSecond: number }[] = [];
  const rss = { off: [] as number[], on: [] as number[] };
  for (let pair = 0; pair < ASK_PAIRS; pair++) {
    const order = pair % 2 === 0 ? (["off", "on"] as const) : (["on", "off"] as const);
    for (const mode of order) {
      process.stderr.write(
        `bench: question-log: /ask with the log ${mode} (run ${pair + 1} of ${ASK_PAIRS})\n`,
      );
      const section = await runDiscordLoad({ QUESTION_LOG: mode === "on" ? "anonymous" : "off" });
      (mode === "on" ? on : off).push(...askRounds(section));
      rss[mode].push(
        Number((section.figures.memoryAtStart as { rssBytes?: number } | undefined)?.rssBytes ?? 0),
      );
    }
  }
  return { off: askFigures(off, rss.off), on: askFigures(on, rss.on) };
}

/** A generator of log rows shaped like real traffic: most questions answered, rewordings of a few gaps. */
function* generatedRows(
  factIds: string[],
  now: number,
): Generator<{ questions: QuestionRecord[]; votes: VoteRecord[] }> {
  const transports = ["slash", "slash", "slash", "dm", "mention", "button"];
  const gaps = Array.from({ length: 2000 }, (_, i) => `gap${i % 400} topic${i}`);
  let n = 0;
  while (n < ROWS) {
    const questions: QuestionRecord[] = [];
    const votes: VoteRecord[] = [];
    const size = Math.min(BATCH, ROWS - n);
    for (let i = 0; i < size; i++, n++) {
      // Spread over the last DAYS days, more recent days a little busier.
      const at = now - Math.floor(DAY_MS * DAYS * (1 - Math.sqrt(((n * 7919) % ROWS) / ROWS)));
      const answered = n % 10 < 7;
      const fact = factIds[(n * 31) % factIds.length] ?? "fact";
      const gap = gaps[(n * 17) % gaps.length] ?? "gap";
      const id = `b${n.toString(36)}`;
      questions.push({
        id,
        asked_at: at,
        day: dayOf(at),
        transport: transports[n % transports.length] ?? "slash",
        guild_id: String(100000000000000000n + BigInt(n % 50)),
        channel_id: String(200000000000000000n + BigInt(n % 500)),
        asker: `asker${n % 20_000}`,
        language: n % 5 === 0 ? "ru" : "en",
        question: answered ? `question about ${fact} number ${n % 97}` : `what about ${gap} ${n % 13}`,
        group_key: answered ? fact : gap,
        answered: answered ? 1 : 0,
        verdict: "",
        facts: answered ? fact : "",
        answer_key: answered ? fact : `unanswered: ${gap}`,
        confidence: answered ? 0.8 : 0,
        latency_ms: 0.3,
      });
      if (n % 20 === 0) {
        votes.push({
          question_id: id,
          voter: `asker${(n + 1) % 20_000}`,
          vote: n % 60 === 0 ? -1 : 1,
          voted_at: at,
          day: dayOf(at),
        });
      }
    }
    yield { questions, votes };
  }
}

interface DatabaseFigures {
  name: string;
  generateSeconds: number;
  rowsPerSecond: number;
  queryMedianMs: number;
  queryMaxMs: number;
  query30MedianMs: number;
  /** /insights' work in the bot: the 7-day query and the chart, median of warm runs, and the first run. */
  pageMedianMs: number;
  pageFirstMs: number;
  /** `node dist/cli/insights.js`, and `npm run insights` around it: whole processes, medians. */
  cliNodeMs: number;
  cliNpmMs: number;
  /** Tables (the default output) rather than --json. */
  cliTablesMs: number;
  skipped?: string;
}

/** The median wall time of a whole command, run `runs` times; fails if it fails. */
function timeCommand(command: string, args: string[], env: Record<string, string>, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const run = spawnSync(command, args, {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      env: { ...process.env, ...env },
    });
    samples.push(performance.now() - t0);
    if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${run.stderr}`);
    if (args.includes("--json")) {
      const total = (JSON.parse(run.stdout) as { totals: { questions: number } }).totals.questions;
      if (total <= 0) throw new Error("npm run insights found no questions");
    }
  }
  return median(samples);
}

async function measureDatabase(
  name: string,
  target: StorageTarget,
  env: Record<string, string>,
  schema?: string,
): Promise<DatabaseFigures> {
  const loaded = await loadKnowledgeFile(DEFAULT_KNOWLEDGE_PATH);
  const factIds = loaded.ok ? loaded.knowledge.facts.map((f) => f.id) : ["fact"];
  const store: QuestionStore = await openQuestionStore(target, schema ? { schema } : {});
  try {
    const now = Date.now();
    const started = performance.now();
    for (const batch of generatedRows(factIds, now)) await store.write(batch);
    const generateSeconds = (performance.now() - started) / 1000;
    const today = dayOf(now);
    const time = async (days: number, limit: number, chart: boolean) => {
      const samples: number[] = [];
      for (let i = 0; i < QUERY_RUNS; i++) {
        const t0 = performance.now();
        const data = await store.insights({ fromDay: today - days + 1, toDay: today, limit });
        if (chart) await renderInsightsChart(data);
        samples.push(performance.now() - t0);
      }
      return { first: samples[0] ?? 0, median: median(samples.slice(1)), max: Math.max(...samples) };
    };
    // /insights' first page: 15 rows per list and the chart (its libraries load on the first one).
    const page = await time(7, 15, true);
    const week = await time(7, 25, false);
    const month = await time(30, 25, false);
    // `npm run insights` as a moderator runs it: a fresh process, reading the same database.
    const node = [process.execPath, "--enable-source-maps", "dist/cli/insights.js"];
    const cliNodeMs = timeCommand(node[0] ?? "node", [...node.slice(1), "--json"], env, CLI_RUNS);
    const cliTablesMs = timeCommand(node[0] ?? "node", node.slice(1), env, CLI_RUNS);
    const cliNpmMs = timeCommand("npm", ["run", "--silent", "insights", "--", "--json"], env, CLI_RUNS);
    return {
      name,
      generateSeconds,
      rowsPerSecond: ROWS / generateSeconds,
      queryMedianMs: week.median,
      queryMaxMs: week.max,
      query30MedianMs: month.median,
      pageMedianMs: page.median,
      pageFirstMs: page.first,
      cliNodeMs,
      cliNpmMs,
      cliTablesMs,
    };
  } finally {
    await store.close();
  }
}

/** How long starting node and npm take here with nothing to do: what no command can go below. */
function baselines(): { nodeMs: number; npmMs: number } {
  return {
    nodeMs: timeCommand(process.execPath, ["-e", "0"], {}, CLI_RUNS),
    npmMs: timeCommand("npm", ["run", "--silent", "insights", "--", "--help"], {}, CLI_RUNS),
  };
}

async function postgresAvailable(): Promise<string | undefined> {
  const client = new pg.Client({
    host: "127.0.0.1",
    port: 5432,
    user: "postgres",
    database: "test",
    connectionTimeoutMillis: 1500,
  });
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    return `no PostgreSQL at 127.0.0.1:5432 (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The section's parts; `npx tsx bench/question-log.ts ask` or `… databases` runs one alone. */
export type QuestionLogPart = "ask" | "databases";

export async function runQuestionLogBench(
  parts: readonly QuestionLogPart[] = ["ask", "databases"],
): Promise<SectionResult> {
  const ask = parts.includes("ask") ? await measureAsk() : undefined;
  const databases: DatabaseFigures[] = [];
  const base = parts.includes("databases") ? baselines() : undefined;
  if (parts.includes("databases")) {
    const dir = await mkdtemp(join(tmpdir(), "cis-bench-log-"));
    try {
      process.stderr.write(`bench: question-log: ${formatCount(ROWS)} rows in SQLite\n`);
      const file = join(dir, "bot.db");
      databases.push(await measureDatabase("SQLite", { kind: "sqlite", file }, { DATABASE_URL: file }));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const noPostgres = await postgresAvailable();
    if (noPostgres) {
      databases.push({
        name: "PostgreSQL",
        generateSeconds: 0,
        rowsPerSecond: 0,
        queryMedianMs: 0,
        queryMaxMs: 0,
        query30MedianMs: 0,
        pageMedianMs: 0,
        pageFirstMs: 0,
        cliNodeMs: 0,
        cliNpmMs: 0,
        cliTablesMs: 0,
        skipped: noPostgres,
      });
    } else {
      const schema = `bench_${process.pid}_${randomBytes(3).toString("hex")}`;
      const url = "postgres://postgres@127.0.0.1:5432/test";
      process.stderr.write(`bench: question-log: ${formatCount(ROWS)} rows in PostgreSQL\n`);
      try {
        databases.push(
          await measureDatabase(
            "PostgreSQL",
            { kind: "postgres", url },
            { DATABASE_URL: `${url}?options=${encodeURIComponent(`-c search_path=${schema}`)}` },
            schema,
          ),
        );
      } finally {
        const client = new pg.Client({ host: "127.0.0.1", user: "postgres", database: "test" });
        await client.connect();
        await client.query(`drop schema if exists "${schema}" cascade`);
        await client.end();
      }
    }
  }

  const checks: Check[] = [];
  const figures: JsonObject = {};
  const rows: string[][] = [];
  if (ask) {
    const addedUs = ask.on.p99Us - ask.off.p99Us;
    const loss = (ask.off.perSecond - ask.on.perSecond) / ask.off.perSecond;
    checks.push(
      {
        label: `/ask p99 added by the question log (sequential, median of ${ask.on.rounds} rounds each)`,
        target: `≤ +${formatMicros(TARGETS.p99AddedUs)}`,
        value: `${addedUs >= 0 ? "+" : ""}${formatMicros(addedUs)}`,
        pass: addedUs <= TARGETS.p99AddedUs,
      },
      {
        label: "burst throughput lost to the question log (median rates)",
        target: `≤ ${TARGETS.burstLoss * 100}%`,
        value: `${(loss * 100).toFixed(1)}%`,
        pass: loss <= TARGETS.burstLoss,
      },
    );
    rows.push(
      [
        `/ask, log off (RSS at start ${formatBytes(ask.off.rssAtStartBytes)})`,
        "",
        `${formatMicros(ask.off.p99Us)} (min ${formatMicros(ask.off.p99MinUs)})`,
        `${formatCount(ask.off.perSecond)}/s (max ${formatCount(ask.off.perSecondMax)}/s)`,
        "",
        "",
        "",
        "",
        "",
      ],
      [
        `/ask, log on (RSS at start ${formatBytes(ask.on.rssAtStartBytes)})`,
        "",
        `${formatMicros(ask.on.p99Us)} (min ${formatMicros(ask.on.p99MinUs)})`,
        `${formatCount(ask.on.perSecond)}/s (max ${formatCount(ask.on.perSecondMax)}/s)`,
        "",
        "",
        "",
        "",
        "",
      ],
    );
    Object.assign(figures, {
      askLogOff: { ...ask.off },
      askLogOn: { ...ask.on },
      p99AddedUs: round(addedUs, 1),
      burstLoss: round(loss, 4),
    });
  }
  for (const d of databases.filter((x) => !x.skipped)) {
    checks.push(
      {
        label: `/insights over ${formatCount(ROWS)} rows, ${d.name}: 7-day query and chart (median of ${QUERY_RUNS - 1} after the first)`,
        target: `≤ ${TARGETS.insightsMs} ms`,
        value: formatMillis(d.pageMedianMs),
        pass: d.pageMedianMs <= TARGETS.insightsMs,
      },
      {
        label: `npm run insights over ${formatCount(ROWS)} rows, ${d.name}: the whole node process (median of ${CLI_RUNS})`,
        target: `≤ ${TARGETS.insightsMs} ms`,
        value: formatMillis(d.cliNodeMs),
        pass: d.cliNodeMs <= TARGETS.insightsMs,
      },
      {
        label: `npm run insights over ${formatCount(ROWS)} rows, ${d.name}: npm included (median of ${CLI_RUNS})`,
        target: `≤ ${TARGETS.insightsMs} ms`,
        value: formatMillis(d.cliNpmMs),
        pass: d.cliNpmMs <= TARGETS.insightsMs,
      },
    );
  }
  for (const d of databases) {
    rows.push(
      d.skipped
        ? [d.name, "skipped", "", "", "", "", "", "", ""]
        : [
            `${d.name}, ${formatCount(ROWS)} rows`,
            `${round(d.generateSeconds, 1)} s (${formatCount(d.rowsPerSecond)}/s)`,
            "",
            "",
            `${formatMillis(d.pageMedianMs)} (first ${formatMillis(d.pageFirstMs)})`,
            formatMillis(d.queryMedianMs),
            formatMillis(d.query30MedianMs),
            `${formatMillis(d.cliNodeMs)} (tables ${formatMillis(d.cliTablesMs)})`,
            formatMillis(d.cliNpmMs),
          ],
    );
  }
  if (databases.length > 0) figures.databases = databases.map((d) => ({ ...d }));
  if (base) figures.baselines = { ...base };
  return {
    name: "question-log",
    title: `Question log: what it costs an answer, and insights over ${formatCount(ROWS)} rows`,
    columns: [
      { title: "Run", align: "left" },
      { title: "Generate", align: "right" },
      { title: "/ask p99", align: "right" },
      { title: "Burst", align: "right" },
      { title: "/insights page", align: "right" },
      { title: "Query 7 d", align: "right" },
      { title: "Query 30 d", align: "right" },
      { title: "node insights", align: "right" },
      { title: "npm run insights", align: "right" },
    ],
    rows,
    notes: [
      ...(ask
        ? [
            `/ask: the Discord section's load (the bot as a process behind the local Discord server), ${ASK_PAIRS} runs with QUESTION_LOG=off and ${ASK_PAIRS} with the log on (SQLite in a temporary folder), alternating; medians of every round (min p99 / max rate beside them).`,
          ]
        : []),
      ...(databases.length > 0
        ? [
            `Rows: ${formatCount(ROWS)} questions over ${DAYS} days (70% answered, rewordings of 2,000 gaps), a vote on every 20th, written through the store's batch path in transactions of ${formatCount(BATCH)}.`,
            `/insights page: what the command does in the bot, the 7-day query with 15 rows per list and the chart drawn; the first run loads the chart libraries. Query: npm run insights' query (25 rows per list), median of ${QUERY_RUNS}.`,
            `node insights: a fresh \`node dist/cli/insights.js --json\` process, start-up included; npm run insights: the same through npm.${base ? ` Here and now, node doing nothing takes ${formatMillis(base.nodeMs)} and \`npm run insights -- --help\` (npm starting the command, which reads no database) ${formatMillis(base.npmMs)}: what no run can go below.` : ""}`,
          ]
        : []),
      ...databases.filter((d) => d.skipped).map((d) => `${d.name} skipped: ${d.skipped}`),
    ],
    checks,
    figures,
  };
}

// `npx tsx bench/question-log.ts [ask|databases]` runs this section (or one part of it) alone.
if (isEntryPoint(import.meta.url)) {
  const part = process.argv[2];
  const parts: QuestionLogPart[] = part === "ask" || part === "databases" ? [part] : ["ask", "databases"];
  console.log(formatSection(await runQuestionLogBench(parts)));
}
