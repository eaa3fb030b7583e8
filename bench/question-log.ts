import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { loadKnowledgeFile } from "../src/knowledge/load.js";
import { DEFAULT_KNOWLEDGE_PATH } from "../src/paths.js";
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

const ROWS = 1_000_000;
const DAYS = 30;
const BATCH = 20_000;
const QUERY_RUNS = 7;
const TARGETS = { p99AddedUs: 500, burstLoss: 0.1, insightsMs: 300 };
const PROJECT_ROOT = fileURLToPath(new URL("../", import.meta.url));

interface AskFigures {
  p99Us: number;
  perSecond: number;
}

/** The worst round's sequential p99 and burst rate, from the Discord section's figures. */
function askFigures(section: SectionResult): AskFigures {
  const rounds = (section.figures.rounds ?? []) as {
    sequential: { p99Us: number };
    burst: { perSecond: number };
  }[];
  return {
    p99Us: Math.max(...rounds.map((r) => r.sequential.p99Us)),
    perSecond: Math.min(...rounds.map((r) => r.burst.perSecond)),
  };
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
  cliMs: number;
  skipped?: string;
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
    const time = async (days: number) => {
      const samples: number[] = [];
      for (let i = 0; i < QUERY_RUNS; i++) {
        const t0 = performance.now();
        await store.insights({ fromDay: today - days + 1, toDay: today, limit: 25 });
        samples.push(performance.now() - t0);
      }
      samples.sort((a, b) => a - b);
      return { median: samples[Math.floor(samples.length / 2)] ?? 0, max: samples.at(-1) ?? 0 };
    };
    const week = await time(7);
    const month = await time(30);
    // `npm run insights` as a moderator runs it: a fresh process, reading the same database.
    const t0 = performance.now();
    const cli = spawnSync(process.execPath, ["--enable-source-maps", "dist/cli/insights.js", "--json"], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      env: { ...process.env, ...env },
    });
    const cliMs = performance.now() - t0;
    if (cli.status !== 0) throw new Error(`npm run insights failed: ${cli.stderr}`);
    const total = (JSON.parse(cli.stdout) as { totals: { questions: number } }).totals.questions;
    if (total <= 0) throw new Error("npm run insights found no questions");
    return {
      name,
      generateSeconds,
      rowsPerSecond: ROWS / generateSeconds,
      queryMedianMs: week.median,
      queryMaxMs: week.max,
      query30MedianMs: month.median,
      cliMs,
    };
  } finally {
    await store.close();
  }
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

export async function runQuestionLogBench(): Promise<SectionResult> {
  // The same load as the Discord section, with the log off, then on (SQLite in a temporary folder).
  process.stderr.write("bench: question-log: /ask with the log off\n");
  const off = askFigures(await runDiscordLoad({ QUESTION_LOG: "off" }));
  process.stderr.write("bench: question-log: /ask with the log on\n");
  const on = askFigures(await runDiscordLoad({ QUESTION_LOG: "anonymous" }));
  const addedUs = on.p99Us - off.p99Us;
  const loss = (off.perSecond - on.perSecond) / off.perSecond;

  const databases: DatabaseFigures[] = [];
  const dir = await mkdtemp(join(tmpdir(), "cis-bench-log-"));
  try {
    process.stderr.write("bench: question-log: 1,000,000 rows in SQLite\n");
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
      cliMs: 0,
      skipped: noPostgres,
    });
  } else {
    const schema = `bench_${process.pid}_${randomBytes(3).toString("hex")}`;
    const url = "postgres://postgres@127.0.0.1:5432/test";
    process.stderr.write("bench: question-log: 1,000,000 rows in PostgreSQL\n");
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

  const checks: Check[] = [
    {
      label: "/ask p99 added by the question log (sequential, worst round)",
      target: `≤ +${formatMicros(TARGETS.p99AddedUs)}`,
      value: `${addedUs >= 0 ? "+" : ""}${formatMicros(addedUs)}`,
      pass: addedUs <= TARGETS.p99AddedUs,
    },
    {
      label: "burst throughput lost to the question log",
      target: `≤ ${TARGETS.burstLoss * 100}%`,
      value: `${(loss * 100).toFixed(1)}%`,
      pass: loss <= TARGETS.burstLoss,
    },
  ];
  for (const d of databases.filter((x) => !x.skipped)) {
    checks.push(
      {
        label: `/insights query over 1M rows, 7 days, ${d.name} (median of ${QUERY_RUNS})`,
        target: `≤ ${TARGETS.insightsMs} ms`,
        value: formatMillis(d.queryMedianMs),
        pass: d.queryMedianMs <= TARGETS.insightsMs,
      },
      {
        label: `npm run insights over 1M rows, ${d.name} (whole process)`,
        target: `≤ ${TARGETS.insightsMs} ms`,
        value: formatMillis(d.cliMs),
        pass: d.cliMs <= TARGETS.insightsMs,
      },
    );
  }
  const rows = [
    ["/ask, log off", "", formatMicros(off.p99Us), `${formatCount(off.perSecond)}/s`, "", "", ""],
    ["/ask, log on", "", formatMicros(on.p99Us), `${formatCount(on.perSecond)}/s`, "", "", ""],
    ...databases.map((d) =>
      d.skipped
        ? [d.name, "skipped", "", "", "", "", ""]
        : [
            `${d.name}, 1M rows`,
            `${round(d.generateSeconds, 1)} s (${formatCount(d.rowsPerSecond)}/s)`,
            "",
            "",
            formatMillis(d.queryMedianMs),
            formatMillis(d.query30MedianMs),
            formatMillis(d.cliMs),
          ],
    ),
  ];
  const figures: JsonObject = {
    askLogOff: { ...off },
    askLogOn: { ...on },
    p99AddedUs: round(addedUs, 1),
    burstLoss: round(loss, 4),
    databases: databases.map((d) => ({ ...d })),
  };
  return {
    name: "question-log",
    title: "Question log: what it costs an answer, and insights over 1,000,000 rows",
    columns: [
      { title: "Run", align: "left" },
      { title: "Generate", align: "right" },
      { title: "/ask p99", align: "right" },
      { title: "Burst", align: "right" },
      { title: "Insights 7 d", align: "right" },
      { title: "Insights 30 d", align: "right" },
      { title: "npm run insights", align: "right" },
    ],
    rows,
    notes: [
      "/ask: the Discord section's load (the bot as a process behind the local Discord server), once with QUESTION_LOG=off and once with the log on (SQLite in a temporary folder); worst round of each.",
      `Rows: ${formatCount(ROWS)} questions over ${DAYS} days (70% answered, rewordings of 2,000 gaps), a vote on every 20th, written through the store in transactions of ${formatCount(BATCH)}.`,
      `Insights: the query /insights and npm run insights share, median of ${QUERY_RUNS}; npm run insights: a fresh node process on the compiled CLI, --json, start-up included.`,
      ...databases.filter((d) => d.skipped).map((d) => `${d.name} skipped: ${d.skipped}`),
    ],
    checks,
    figures,
  };
}

// `npx tsx bench/question-log.ts` runs this section alone.
if (isEntryPoint(import.meta.url)) console.log(formatSection(await runQuestionLogBench()));
