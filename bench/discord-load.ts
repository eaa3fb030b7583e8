import { cpus } from "node:os";
import { isEntryPoint } from "../src/startup.js";
import { type BotProcess, spawnBotProcess } from "../test/e2e/support/bot-process.js";
import type { DiscordServer } from "../test/support/discord-server/index.js";
import {
  askPayload,
  BENCH_TOKEN,
  type BenchUser,
  benchQuestions,
  checkReply,
  type Reply,
  ReplyTap,
  startBenchServer,
} from "./discord/harness.js";
import { type BotMemory, GC_HOOK_ARGS, MemoryProbe } from "./discord/memory.js";
import { type Latency, latencyOf } from "./measure.js";
import {
  type Check,
  formatBytes,
  formatCount,
  formatMicros,
  formatSection,
  type JsonObject,
  round,
  type SectionResult,
} from "./report.js";

/**
 * The Discord section: the real bot under load from the local Discord server. `/ask` interactions
 * go out over the gateway; a reply counts when its callback POST has reached the server.
 *
 * The bot runs as `npm start` runs it, `dist/main.js` in a child process, rather than in this
 * process beside the server: its RSS is then its own (the server keeps every request it receives,
 * which would swamp the figure), and the two share the machine's cores as a bot and Discord would
 * not, which makes these figures pessimistic rather than flattering.
 */

const SEQUENTIAL = 1_000;
const BURST = 2_000;
const ROUNDS = 2;
/** Questions answered before the first round, so the figures are not those of a cold JIT. */
const WARM_UP = 200;
/** Distinct askers: the bot's per-user limiter runs on every question, as in a busy server. */
const USERS = 100;
/** Longest a burst may take before the bench gives up and says how far it got. */
const BURST_TIMEOUT_MS = 30_000;
/** Longest one reply may take in the sequential phases. */
const REPLY_TIMEOUT_MS = 10_000;

const TARGETS = { sequentialP99Us: 10_000, burstPerSecond: 700, rssGrowth: 0.1 };

interface Load {
  server: DiscordServer;
  tap: ReplyTap;
  questions: string[];
  users: BenchUser[];
  next: number;
}

function nextAsk(load: Load) {
  return askPayload(load.server, load.questions, load.users, load.next++);
}

interface PhaseResult {
  latency: Latency;
  seconds: number;
  perSecond: number;
  answered: number;
}

/** One /ask at a time, each sent when the previous reply has arrived. */
async function sequential(load: Load, count: number): Promise<PhaseResult> {
  const samples = new Float64Array(count);
  let answered = 0;
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const payload = nextAsk(load);
    const reply = load.tap.expect(payload.id, REPLY_TIMEOUT_MS);
    const sent = performance.now();
    load.server.dispatchInteraction(payload);
    const got = await reply;
    samples[i] = (got.at - sent) * 1000;
    if (checkReply(got).answered) answered++;
  }
  const seconds = (performance.now() - started) / 1000;
  return { latency: latencyOf(samples), seconds, perSecond: count / seconds, answered };
}

/** `count` /ask dispatched in one go; every one must be answered. */
async function burst(load: Load, count: number): Promise<PhaseResult> {
  const payloads = Array.from({ length: count }, () => nextAsk(load));
  const replies = payloads.map((p) => load.tap.expect(p.id));
  const sentAt = new Float64Array(count);
  let settled = 0;
  const counted = replies.map((r) => r.finally(() => settled++));
  const started = performance.now();
  payloads.forEach((payload, i) => {
    sentAt[i] = performance.now();
    load.server.dispatchInteraction(payload);
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`burst: ${settled} of ${count} answered after ${BURST_TIMEOUT_MS / 1000} s`)),
      BURST_TIMEOUT_MS,
    );
  });
  let got: Reply[];
  try {
    got = await Promise.race([Promise.all(counted), timeout]);
  } finally {
    clearTimeout(timer);
  }
  const samples = got.map((reply, i) => (reply.at - (sentAt[i] ?? 0)) * 1000);
  const last = Math.max(...got.map((r) => r.at));
  const seconds = (last - started) / 1000;
  const answered = got.filter((r) => checkReply(r).answered).length;
  return { latency: latencyOf(samples), seconds, perSecond: count / seconds, answered };
}

/** `env` adds to the bot's environment, e.g. QUESTION_LOG=off to measure the bot without its log. */
export async function runDiscordLoad(env: Record<string, string> = {}): Promise<SectionResult> {
  const questions = await benchQuestions();
  const server = await startBenchServer(BURST_TIMEOUT_MS);
  let bot: BotProcess | undefined;
  const probe = new MemoryProbe();
  try {
    bot = await spawnBotProcess(server, {
      token: BENCH_TOKEN,
      nodeArgs: GC_HOOK_ARGS,
      onStderr: probe.onStderr,
      // Per-question info lines would measure log writing; warnings and errors still show.
      env: { LOG_LEVEL: "warn", RATE_LIMIT_COUNT: "1000", RATE_LIMIT_WINDOW_SECONDS: "10", ...env },
    });
    const load: Load = {
      server,
      tap: new ReplyTap(server),
      questions,
      users: Array.from({ length: USERS }, (_, i) => server.createUser(`asker${i}`)),
      next: 0,
    };
    // Ready means it has answered: discord.js holds interactions that arrive before it is ready.
    const first = nextAsk(load);
    const firstReply = load.tap.expect(first.id, REPLY_TIMEOUT_MS);
    server.dispatchInteraction(first);
    checkReply(await firstReply);
    const atStart = await probe.measure(bot);

    await sequential(load, WARM_UP);
    const rounds: RoundResult[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const seq = await sequential(load, SEQUENTIAL);
      const all = await burst(load, BURST);
      rounds.push({ sequential: seq, burst: all, memory: await probe.measure(bot) });
    }
    const problems = bot.logs.filter((l) => l.level >= 40);
    return report(questions.length, atStart, rounds, problems.length);
  } finally {
    const exit = await bot?.stop();
    await server.stop();
    if (exit && exit.code !== 0) console.error(`the bot process exited with ${exit.code ?? exit.signal}`);
  }
}

interface RoundResult {
  sequential: PhaseResult;
  burst: PhaseResult;
  memory: BotMemory;
}

function report(
  questionCount: number,
  atStart: BotMemory,
  rounds: RoundResult[],
  warnings: number,
): SectionResult {
  const rows: string[][] = [];
  rounds.forEach((round, i) => {
    for (const [phase, result] of [
      ["sequential", round.sequential],
      ["burst", round.burst],
    ] as const) {
      rows.push([
        String(i + 1),
        phase,
        formatCount(result.latency.count),
        formatMicros(result.latency.medianUs),
        formatMicros(result.latency.p95Us),
        formatMicros(result.latency.p99Us),
        formatMicros(result.latency.maxUs),
        formatCount(result.perSecond),
        formatBytes(round.memory.rssBytes),
      ]);
    }
  });

  const worstSeqP99 = Math.max(...rounds.map((r) => r.sequential.latency.p99Us));
  const worstBurstRate = Math.min(...rounds.map((r) => r.burst.perSecond));
  const firstRss = rounds[0]?.memory.rssBytes ?? Number.NaN;
  const lastRss = rounds.at(-1)?.memory.rssBytes ?? Number.NaN;
  const growth = (lastRss - firstRss) / firstRss;
  const firstHeap = rounds[0]?.memory.heapUsedBytes ?? Number.NaN;
  const lastHeap = rounds.at(-1)?.memory.heapUsedBytes ?? Number.NaN;
  const heapGrowth = (lastHeap - firstHeap) / firstHeap;
  const checks: Check[] = [
    {
      label: "sequential /ask p99, dispatch to reply (worst round)",
      target: `≤ ${formatMicros(TARGETS.sequentialP99Us)}`,
      value: formatMicros(worstSeqP99),
      pass: worstSeqP99 <= TARGETS.sequentialP99Us,
    },
    {
      label: `burst of ${formatCount(BURST)} /ask, all answered (worst round)`,
      target: `≥ ${TARGETS.burstPerSecond}/s`,
      value: `${formatCount(worstBurstRate)}/s`,
      pass: worstBurstRate >= TARGETS.burstPerSecond,
    },
    {
      label: "bot RSS growth from one round to the next",
      target: `≤ ${TARGETS.rssGrowth * 100}%`,
      value: `${(growth * 100).toFixed(1)}%`,
      pass: growth <= TARGETS.rssGrowth,
    },
    {
      label: "bot heap used growth from one round to the next",
      target: `≤ ${TARGETS.rssGrowth * 100}%`,
      value: `${(heapGrowth * 100).toFixed(1)}%`,
      pass: heapGrowth <= TARGETS.rssGrowth,
    },
  ];

  const answered = rounds.reduce((n, r) => n + r.sequential.answered + r.burst.answered, 0);
  const total = rounds.reduce((n, r) => n + r.sequential.latency.count + r.burst.latency.count, 0);
  const notes = [
    `The bot is dist/main.js in a child process (as npm start runs it, LOG_LEVEL=warn); the server runs in this process, on the same ${cpus().length} CPUs.`,
    `Latency: from dispatching INTERACTION_CREATE on the gateway to the reply's callback POST reaching the server. ${questionCount} questions (the knowledge's fact questions) from ${USERS} users, after ${WARM_UP} warm-up questions.`,
    `Each round: ${formatCount(SEQUENTIAL)} /ask one after another, then ${formatCount(BURST)} dispatched at once (throughput: all ${formatCount(BURST)} over the time to the last reply).`,
    `Bot RSS after a full collection: ${formatBytes(atStart.rssBytes)} after start, ${rounds.map((r, i) => `${formatBytes(r.memory.rssBytes)} after round ${i + 1}`).join(", ")}; before it: ${[atStart, ...rounds.map((r) => r.memory)].map((m) => formatBytes(m.rawRssBytes)).join(", ")}.`,
    `Heap used after a full collection: ${[atStart, ...rounds.map((r) => r.memory)].map((m) => formatBytes(m.heapUsedBytes)).join(", ")} (start, then each round). Even after a full collection RSS moves by 10-15% from run to run, with no trend, in memory outside the JS heap; heap used is the steadier sign of a leak.`,
    `${formatCount(answered)} of ${formatCount(total)} replies were answers from the article (the rest: "the article does not say"); every reply was a public embed with no mentions allowed.`,
    ...(warnings > 0 ? [`The bot logged ${warnings} warning(s) or error(s) during the run.`] : []),
  ];

  const memoryFigures = (m: BotMemory): JsonObject => ({ ...m });
  const phaseFigures = (p: PhaseResult): JsonObject => ({
    ...p.latency,
    seconds: round(p.seconds),
    perSecond: round(p.perSecond, 1),
    answered: p.answered,
  });
  return {
    name: "discord",
    title: "Discord load: the real bot behind the local Discord server",
    columns: [
      { title: "Round", align: "right" },
      { title: "Phase", align: "left" },
      { title: "/ask", align: "right" },
      { title: "Median", align: "right" },
      { title: "p95", align: "right" },
      { title: "p99", align: "right" },
      { title: "Max", align: "right" },
      { title: "Per second", align: "right" },
      { title: "Bot RSS after", align: "right" },
    ],
    rows,
    notes,
    checks,
    figures: {
      botProcess: "dist/main.js in a child process",
      questions: questionCount,
      users: USERS,
      warmUp: WARM_UP,
      memoryAtStart: memoryFigures(atStart),
      rounds: rounds.map((r) => ({
        sequential: phaseFigures(r.sequential),
        burst: phaseFigures(r.burst),
        memory: memoryFigures(r.memory),
      })),
      rssGrowth: round(growth, 4),
      heapGrowth: round(heapGrowth, 4),
      botWarnings: warnings,
    },
  };
}

// `npx tsx bench/discord-load.ts` runs this section alone.
if (isEntryPoint(import.meta.url)) console.log(formatSection(await runDiscordLoad()));
