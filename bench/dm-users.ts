import { isEntryPoint } from "../src/startup.js";
import { type BotProcess, spawnBotProcess } from "../test/e2e/support/bot-process.js";
import type { DiscordServer } from "../test/support/discord-server/index.js";
import { BENCH_TOKEN, benchQuestions, type Reply, ReplyTap, startBenchServer } from "./discord/harness.js";
import { type BotMemory, GC_HOOK_ARGS, MemoryProbe } from "./discord/memory.js";
import { type Check, formatBytes, formatCount, formatSection, round, type SectionResult } from "./report.js";

/**
 * The DM-users section: what the bot keeps per person. 10,000 people it has never seen each send it
 * one DM, through the local Discord server, and every DM is answered; the bot's heap after a full
 * collection is measured before and after, and again after 10,000 more. A bot that keeps no state
 * per user should end where it began, give or take its bounded caches; discord.js's default caches
 * keep every DM channel and user for good, which the same run with those caches shows.
 */

const USERS = Number(process.env.BENCH_DM_USERS ?? 10_000);
/** DMs answered before the first measurement, each from its own user, so the JIT is warm. */
const WARM_UP = 300;
/** DMs on their way at any moment: a busy bot, not a burst. */
const IN_FLIGHT = 32;
/** Longest a DM may wait for its answer before it counts as unanswered. */
const REPLY_TIMEOUT_MS = 60_000;

/**
 * Heap growth allowed over the first 10,000 new DM users: a quarter of the 9 KB a user that
 * discord.js's default caches keep. What the bot keeps is bounded by design, and most of it fills
 * within these 10,000: at most 1,000 users and 1,000 DM channels in discord.js's caches, up to
 * 10,000 conversations (one turn each, for follow-up questions, forgotten after 10 minutes), the
 * rate limiter's entries until a budget refills. The REST client's idle queues, one per channel
 * posted to, go at the next sweep (every 5 minutes), so over the next 10,000 the heap still grows,
 * but by less than over the first.
 */
const TARGETS = { firstGrowthBytes: 24 * 1024 * 1024 };

const DEFAULT_CACHES_ARGS = ["--import", new URL("./discord/default-caches.mjs", import.meta.url).href];

interface Run {
  start: BotMemory;
  /** Memory after each batch of `USERS` new DM users. */
  batches: BotMemory[];
  seconds: number;
  warnings: number;
  /** DMs with no answer within REPLY_TIMEOUT_MS. */
  unanswered: number;
}

/**
 * One DM from each of `count` new users, `IN_FLIGHT` at a time; each must be answered with an embed.
 * Resolves to how many got no answer in time.
 */
async function dmFromNewUsers(
  server: DiscordServer,
  tap: ReplyTap,
  questions: string[],
  count: number,
  first: number,
): Promise<number> {
  let unanswered = 0;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = first + next++;
      const user = server.createUser(`dm-user-${i}`);
      const payload = server.dmPayload(questions[i % questions.length] ?? "", user);
      const reply = tap.expect(payload.channel_id, REPLY_TIMEOUT_MS);
      server.dispatchMessage(payload);
      const got = await reply.catch(() => undefined);
      if (got) checkDmReply(got);
      else unanswered++;
      if (++done % 2_000 === 0)
        process.stderr.write(`bench: dm-users: ${formatCount(done)} of ${formatCount(count)}\n`);
    }
  };
  let done = 0;
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return unanswered;
}

/** Fails unless a DM was answered with an embed that pings nobody. */
function checkDmReply(reply: Reply): void {
  const body = (reply.request.body ?? {}) as { embeds?: unknown[]; allowed_mentions?: { parse?: string[] } };
  if (!body.embeds?.length) throw new Error(`a DM was not answered with an embed: ${JSON.stringify(body)}`);
  if (body.allowed_mentions?.parse?.length !== 0) throw new Error("a DM answer allowed mentions");
}

async function measureRun(questions: string[], batches: number, nodeArgs: string[]): Promise<Run> {
  const server = await startBenchServer(REPLY_TIMEOUT_MS);
  let bot: BotProcess | undefined;
  const probe = new MemoryProbe();
  try {
    // The production defaults, rate limits included: each user asks once, as strangers do.
    bot = await spawnBotProcess(server, {
      token: BENCH_TOKEN,
      nodeArgs: [...GC_HOOK_ARGS, ...nodeArgs],
      // A busy machine can take a while to start a process.
      startTimeoutMs: 60_000,
      onStderr: probe.onStderr,
      env: { LOG_LEVEL: "warn" },
    });
    const tap = new ReplyTap(server);
    let unanswered = await dmFromNewUsers(server, tap, questions, WARM_UP, 0);
    const start = await probe.measure(bot);
    const started = performance.now();
    const after: BotMemory[] = [];
    for (let b = 0; b < batches; b++) {
      unanswered += await dmFromNewUsers(server, tap, questions, USERS, WARM_UP + b * USERS);
      after.push(await probe.measure(bot));
    }
    const seconds = (performance.now() - started) / 1000;
    const warnings = bot.logs.filter((l) => l.level >= 40).length;
    return { start, batches: after, seconds, warnings, unanswered };
  } catch (error) {
    const problems = bot?.logs.filter((l) => l.level >= 40).slice(-5) ?? [];
    for (const p of problems) console.error(JSON.stringify(p));
    throw error;
  } finally {
    const exit = await bot?.stop();
    await server.stop();
    if (exit && exit.code !== 0) console.error(`the bot process exited with ${exit.code ?? exit.signal}`);
  }
}

const MB = 1024 * 1024;
const growth = (from: BotMemory | undefined, to: BotMemory | undefined) =>
  (to?.heapUsedBytes ?? Number.NaN) - (from?.heapUsedBytes ?? Number.NaN);
const formatMB = (bytes: number) => `${bytes >= 0 ? "+" : ""}${(bytes / MB).toFixed(1)} MB`;

export async function runDmUsersBench(): Promise<SectionResult> {
  const questions = await benchQuestions();
  process.stderr.write("bench: dm-users: the bot as it runs\n");
  const bounded = await measureRun(questions, 2, []);
  process.stderr.write("bench: dm-users: the bot with discord.js's default caches\n");
  const defaults = await measureRun(questions, 1, DEFAULT_CACHES_ARGS);

  const first = growth(bounded.start, bounded.batches[0]);
  const second = growth(bounded.batches[0], bounded.batches[1]);
  const withDefaults = growth(defaults.start, defaults.batches[0]);
  const row = (name: string, run: Run) => [
    name,
    formatBytes(run.start.heapUsedBytes),
    ...[0, 1].map((b) => {
      const m = run.batches[b];
      return m
        ? `${formatBytes(m.heapUsedBytes)} (${formatMB(growth(run.batches[b - 1] ?? run.start, m))})`
        : "—";
    }),
    formatBytes(run.batches.at(-1)?.rssBytes ?? Number.NaN),
  ];
  const checks: Check[] = [
    {
      label: `every DM answered (${formatCount(WARM_UP + USERS * 2)} users)`,
      target: "0 unanswered",
      value: `${bounded.unanswered} unanswered`,
      pass: bounded.unanswered === 0,
    },
    {
      label: `bot heap growth over ${formatCount(USERS)} new DM users`,
      target: `< ${formatMB(TARGETS.firstGrowthBytes)}`,
      value: formatMB(first),
      pass: first < TARGETS.firstGrowthBytes,
    },
    {
      label: `bot heap growth over the ${formatCount(USERS)} DM users after them`,
      target: "< the first's",
      value: formatMB(second),
      pass: second < first,
    },
  ];
  const notes = [
    `The bot is dist/main.js in a child process with the production defaults (rate limits and the question log included; LOG_LEVEL=warn); each new user sends one DM (a fact question) and waits for its answer, ${IN_FLIGHT} at a time, after ${WARM_UP} warm-up DMs.`,
    `Heap used after a full collection in the bot process. ${formatCount(USERS * 2)} users took ${round(bounded.seconds, 1)} s. Sweeps run every 5 minutes, so a slower run may include one.`,
    `Per new DM user: ${(first / USERS / 1024).toFixed(2)} KB over the first ${formatCount(USERS)}, ${(second / USERS / 1024).toFixed(2)} KB over the next; with discord.js's default caches ${(withDefaults / USERS / 1024).toFixed(2)} KB (${formatMB(withDefaults)} for ${formatCount(USERS)}), and growing without end.`,
    ...(bounded.unanswered + defaults.unanswered > 0
      ? [
          `${bounded.unanswered + defaults.unanswered} DM(s) got no answer within ${REPLY_TIMEOUT_MS / 1000} s (${bounded.unanswered} of the bot as it runs).`,
        ]
      : []),
    ...(bounded.warnings + defaults.warnings > 0
      ? [`The bot logged ${bounded.warnings + defaults.warnings} warning(s) or error(s) during the runs.`]
      : []),
  ];
  const memory = (m: BotMemory) => ({ ...m });
  return {
    name: "dm-users",
    title: `DM users: the bot's heap as ${formatCount(USERS * 2)} people it has never seen each DM it once`,
    columns: [
      { title: "Caches", align: "left" },
      { title: "Heap at start", align: "right" },
      { title: `After ${formatCount(USERS)} users`, align: "right" },
      { title: `After ${formatCount(USERS * 2)}`, align: "right" },
      { title: "RSS at end", align: "right" },
    ],
    rows: [row("bounded (the bot)", bounded), row("discord.js defaults", defaults)],
    notes,
    checks,
    figures: {
      users: USERS,
      warmUp: WARM_UP,
      inFlight: IN_FLIGHT,
      bounded: {
        start: memory(bounded.start),
        batches: bounded.batches.map(memory),
        seconds: round(bounded.seconds, 1),
      },
      discordJsDefaults: { start: memory(defaults.start), batches: defaults.batches.map(memory) },
      heapGrowthFirstBytes: first,
      heapGrowthSecondBytes: second,
      heapGrowthWithDefaultCachesBytes: withDefaults,
      botWarnings: bounded.warnings + defaults.warnings,
      unanswered: { bounded: bounded.unanswered, discordJsDefaults: defaults.unanswered },
    },
  };
}

// `npx tsx --expose-gc bench/dm-users.ts` runs this section alone.
if (isEntryPoint(import.meta.url)) console.log(formatSection(await runDmUsersBench()));
