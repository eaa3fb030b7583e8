import { cpus } from "node:os";
import { InteractionResponseType, MessageFlags } from "discord.js";
import { isEntryPoint } from "../src/startup.js";
import { type BotProcess, spawnBotProcess } from "../test/e2e/support/bot-process.js";
import { deleteKeys, REDIS_URL, redisUnavailable, uniquePrefix } from "../test/support/redis.js";
import {
  askPayload,
  BENCH_TOKEN,
  benchQuestions,
  checkReply,
  ReplyTap,
  startBenchServer,
} from "./discord/harness.js";
import { type Latency, latencyOf } from "./measure.js";
import {
  type Check,
  formatCount,
  formatMicros,
  formatSection,
  type JsonObject,
  round,
  type SectionResult,
} from "./report.js";

/**
 * The scaling section: the same /ask load through each door. The gateway (one process), the HTTP
 * interactions endpoint in one process, and in two processes behind a round-robin balancer (with and
 * without Redis sharing the rate limits). Every HTTP request is signed here and verified by the bot,
 * as Discord's are. The load is closed-loop: a fixed number of requests in flight, each followed by
 * the next as soon as its answer arrives, so the figures compare what each setup can serve.
 */

const WARM_UP = 300;
const SEQUENTIAL = 500;
const CONCURRENT = 3000;
const IN_FLIGHT = 32;
const USERS = 100;
const REPLY_TIMEOUT_MS = 10_000;

interface Setup {
  name: string;
  door: "gateway" | "http";
  processes: number;
  redis: boolean;
}

const SETUPS: Setup[] = [
  { name: "gateway, 1 process", door: "gateway", processes: 1, redis: false },
  { name: "HTTP, 1 process", door: "http", processes: 1, redis: false },
  { name: "HTTP, 2 processes", door: "http", processes: 2, redis: false },
  { name: "HTTP, 2 processes + Redis", door: "http", processes: 2, redis: true },
];

interface Phase {
  latency: Latency;
  perSecond: number;
}

interface SetupResult {
  setup: Setup;
  sequential: Phase;
  concurrent: Phase;
}

/** Sends one /ask through the setup's door; resolves when its answer is back. */
type Send = (i: number) => Promise<void>;

function checkHttpAnswer(status: number, body: unknown): void {
  const { type, data } = (body ?? {}) as {
    type?: number;
    data?: { embeds?: unknown[]; flags?: number; content?: string };
  };
  if (status !== 200 || type !== InteractionResponseType.ChannelMessageWithSource || !data?.embeds?.length)
    throw new Error(`an /ask over HTTP was not answered with an embed (${status}): ${JSON.stringify(body)}`);
  if (((data.flags ?? 0) & MessageFlags.Ephemeral) !== 0)
    throw new Error(`an /ask over HTTP was answered privately (rate limit or error?): ${data.content ?? ""}`);
}

async function measure(send: Send, start: number): Promise<{ sequential: Phase; concurrent: Phase }> {
  let next = start;
  for (let i = 0; i < WARM_UP; i++) await send(next++);
  const seq = new Float64Array(SEQUENTIAL);
  let began = performance.now();
  for (let i = 0; i < SEQUENTIAL; i++) {
    const t = performance.now();
    await send(next++);
    seq[i] = (performance.now() - t) * 1000;
  }
  const sequential = {
    latency: latencyOf(seq),
    perSecond: SEQUENTIAL / ((performance.now() - began) / 1000),
  };

  const conc = new Float64Array(CONCURRENT);
  let issued = 0;
  began = performance.now();
  const worker = async () => {
    while (issued < CONCURRENT) {
      const slot = issued++;
      const t = performance.now();
      await send(next++);
      conc[slot] = (performance.now() - t) * 1000;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const concurrent = {
    latency: latencyOf(conc),
    perSecond: CONCURRENT / ((performance.now() - began) / 1000),
  };
  return { sequential, concurrent };
}

async function runSetup(setup: Setup, questions: string[], redisPrefix: string): Promise<SetupResult> {
  const server = await startBenchServer(REPLY_TIMEOUT_MS);
  const bots: BotProcess[] = [];
  try {
    const env: Record<string, string> = {
      LOG_LEVEL: "warn",
      RATE_LIMIT_COUNT: "1000",
      RATE_LIMIT_WINDOW_SECONDS: "10",
      ...(setup.door === "http"
        ? { INTERACTIONS: "http", DISCORD_PUBLIC_KEY: server.publicKey, PORT: "0" }
        : {}),
      ...(setup.redis ? { REDIS_URL, REDIS_KEY_PREFIX: redisPrefix } : {}),
    };
    for (let p = 0; p < setup.processes; p++) {
      // The endpoint's address is logged at info; the rest of the run logs warnings only.
      bots.push(
        await spawnBotProcess(server, {
          token: BENCH_TOKEN,
          until: setup.door === "http" ? "endpoint" : "gateway",
          env: setup.door === "http" ? { ...env, LOG_LEVEL: "info" } : env,
        }),
      );
    }
    const users = Array.from({ length: USERS }, (_, i) => server.createUser(`asker${i}`));
    let send: Send;
    if (setup.door === "gateway") {
      const tap = new ReplyTap(server);
      send = async (i) => {
        const payload = askPayload(server, questions, users, i);
        const reply = tap.expect(payload.id, REPLY_TIMEOUT_MS);
        server.dispatchInteraction(payload);
        checkReply(await reply);
      };
    } else {
      const urls = bots.map((b) => b.endpointUrl ?? "");
      send = async (i) => {
        // A round-robin load balancer in front of the replicas.
        const url = urls[i % urls.length] ?? "";
        const result = await server.postInteraction(url, askPayload(server, questions, users, i));
        checkHttpAnswer(result.status, result.body);
      };
    }
    const measured = await measure(send, 0);
    const problems = bots.flatMap((b) => b.logs.filter((l) => l.level >= 40));
    if (problems.length > 0)
      console.error(`${setup.name}: the bot logged ${problems.length} warning(s) or error(s)`);
    return { setup, ...measured };
  } finally {
    for (const bot of bots) await bot.stop();
    await server.stop();
  }
}

export async function runHttpLoad(): Promise<SectionResult> {
  const questions = await benchQuestions();
  const noRedis = await redisUnavailable();
  const prefix = uniquePrefix("bench");
  const results: SetupResult[] = [];
  const skipped: string[] = [];
  try {
    for (const setup of SETUPS) {
      if (setup.redis && noRedis) {
        skipped.push(`${setup.name}: skipped, ${noRedis}`);
        continue;
      }
      process.stderr.write(`bench: scaling: ${setup.name}\n`);
      results.push(await runSetup(setup, questions, prefix));
    }
  } finally {
    if (!noRedis) await deleteKeys(prefix);
  }

  const byName = (name: string) => results.find((r) => r.setup.name === name);
  const gateway = byName("gateway, 1 process");
  const one = byName("HTTP, 1 process");
  const two = byName("HTTP, 2 processes");
  const ratio = (a: SetupResult | undefined, b: SetupResult | undefined) =>
    a && b ? a.concurrent.perSecond / b.concurrent.perSecond : Number.NaN;
  const twoOverOne = ratio(two, one);
  const httpOverGateway = ratio(one, gateway);

  const rows = results.map((r) => [
    r.setup.name,
    formatMicros(r.sequential.latency.medianUs),
    formatMicros(r.sequential.latency.p99Us),
    formatCount(r.concurrent.perSecond),
    formatMicros(r.concurrent.latency.medianUs),
    formatMicros(r.concurrent.latency.p99Us),
    gateway ? `${(r.concurrent.perSecond / gateway.concurrent.perSecond).toFixed(2)}×` : "—",
  ]);
  const checks: Check[] = [
    {
      label: "HTTP: 2 processes serve more than 1 (requests per second, ratio)",
      target: "> 1.00×",
      value: `${twoOverOne.toFixed(2)}×`,
      pass: twoOverOne > 1,
    },
  ];
  const notes = [
    `Each bot is dist/main.js in a child process; the Discord test server and the load generator (which signs every HTTP request with Ed25519, as Discord does) run in this process, all on the same ${cpus().length} CPUs, so a second bot process competes with the generator for them: the ratio understates what a second machine would add.`,
    `Per setup: ${WARM_UP} warm-up /ask, ${SEQUENTIAL} one at a time (latency alone), then ${formatCount(CONCURRENT)} with ${IN_FLIGHT} always in flight (throughput). HTTP latency is the POST to the response; gateway latency is the dispatch to the callback reaching the server.`,
    `2 HTTP processes over 1: ${twoOverOne.toFixed(2)}× the requests per second; HTTP (1 process) over the gateway: ${httpOverGateway.toFixed(2)}×.`,
    ...skipped,
  ];
  const phase = (p: Phase): JsonObject => ({ ...p.latency, perSecond: round(p.perSecond, 1) });
  return {
    name: "scaling",
    title: "Scaling: /ask through the gateway and the HTTP endpoint, 1 and 2 processes",
    columns: [
      { title: "Setup", align: "left" },
      { title: "Alone: median", align: "right" },
      { title: "Alone: p99", align: "right" },
      { title: `${IN_FLIGHT} in flight: per second`, align: "right" },
      { title: "median", align: "right" },
      { title: "p99", align: "right" },
      { title: "vs gateway", align: "right" },
    ],
    rows,
    notes,
    checks,
    figures: {
      inFlight: IN_FLIGHT,
      users: USERS,
      setups: results.map((r) => ({
        name: r.setup.name,
        door: r.setup.door,
        processes: r.setup.processes,
        redis: r.setup.redis,
        sequential: phase(r.sequential),
        concurrent: phase(r.concurrent),
      })),
      httpTwoOverOne: round(twoOverOne, 3),
      httpOverGateway: round(httpOverGateway, 3),
      skipped,
    },
  };
}

// `npx tsx bench/http-load.ts` runs this section alone.
if (isEntryPoint(import.meta.url)) console.log(formatSection(await runHttpLoad()));
