import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadKnowledgeFile } from "../src/knowledge/load.js";
import { DEFAULT_KNOWLEDGE_PATH } from "../src/paths.js";
import { BOT_TOKEN } from "../test/e2e/support/bot.js";
import { spawnBotProcess } from "../test/e2e/support/bot-process.js";
import { startDiscordServer } from "../test/support/discord-server/index.js";
import { NAIVE_FUSE_OPTIONS } from "./engine.js";
import { type Check, type Column, formatBytes, formatMillis, type SectionResult } from "./report.js";
import { buildWorkload } from "./workload.js";

/**
 * The bot as production runs it: compiled, each figure from a process started fresh. The memory of
 * the bot process once the gateway says ready; how long `npm run ask -- "…"` takes to its answer; and
 * `ask --json` over 5,000 questions against the naive fuse.js search over the article's sentences,
 * both in processes of their own, start-up included.
 */

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const TARGETS = { readyRssBytes: 120 * 1024 * 1024, askSeconds: 0.4, batchRatio: 5 };
const RUNS = 5;
const BATCH_RUNS = 3;
const BATCH_SIZE = 5000;
const QUESTION = "who supplies Tajikistan";

interface Run {
  /** From spawn to the first byte on stdout. */
  firstOutputMs: number;
  /** From spawn to exit. */
  exitMs: number;
  stdout: string;
}

function run(command: string, args: string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstOutputMs = Number.NaN;
    let stdout = "";
    let stderr = "";
    const child = spawn(command, args, { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
    // A command that answers from its arguments exits without reading its input.
    child.stdin.on("error", () => {});
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      if (Number.isNaN(firstOutputMs)) firstOutputMs = performance.now() - started;
      stdout += chunk;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      const exitMs = performance.now() - started;
      if (code !== 0) reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${stderr}`));
      else resolve({ firstOutputMs, exitMs, stdout });
    });
    child.stdin.end(input ?? "");
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const READY_RUNS = 3;

async function readyRss(): Promise<{ rssBytes: number; readyMs: number }> {
  const server = await startDiscordServer({ token: BOT_TOKEN });
  const started = performance.now();
  const bot = await spawnBotProcess(server, { token: BOT_TOKEN, env: { LOG_LEVEL: "info" } });
  try {
    const deadline = Date.now() + 15_000;
    while (!bot.logs.some((l) => l.msg === "bot ready")) {
      if (Date.now() > deadline) throw new Error("the bot did not say ready");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const readyMs = performance.now() - started;
    // Settled, as a supervisor would see it a moment later.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return { rssBytes: await bot.rssBytes(), readyMs };
  } finally {
    await bot.stop();
    await server.stop();
  }
}

export async function runRuntimeBench(): Promise<SectionResult> {
  const loaded = await loadKnowledgeFile(DEFAULT_KNOWLEDGE_PATH);
  if (!loaded.ok) throw new Error("the project's knowledge file does not load");
  const questions = buildWorkload(loaded.knowledge, BATCH_SIZE).map((q) => q.text.replace(/[\r\n]+/g, " "));
  const dir = await mkdtemp(join(tmpdir(), "cis-bench-runtime-"));
  try {
    const input = `${questions.join("\n")}\n`;
    await writeFile(join(dir, "questions.txt"), input);

    // The resident size at ready varies with when the collector last ran: the median of a few starts.
    const starts: { rssBytes: number; readyMs: number }[] = [];
    for (let i = 0; i < READY_RUNS; i++) starts.push(await readyRss());
    const memory = {
      rssBytes: median(starts.map((s) => s.rssBytes)),
      readyMs: median(starts.map((s) => s.readyMs)),
    };

    // What `npm run ask` runs: the program started from its snapshot (see src/cli/ask-snapshot.ts).
    const snapshotAsk = ["--snapshot-blob", "dist/ask.blob", "dist/cli/ask.js"];
    const npmAsk: Run[] = [];
    const nodeAsk: Run[] = [];
    const plainAsk: Run[] = [];
    // What no program run through npm can beat here: npm's own start, then a bare Node.js start.
    const npmAlone: Run[] = [];
    const nodeAlone: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      npmAlone.push(await run("npm", ["--version"]));
      nodeAlone.push(await run(process.execPath, ["-e", "0"]));
      npmAsk.push(await run("npm", ["run", "--silent", "ask", "--", QUESTION]));
      nodeAsk.push(await run(process.execPath, [...snapshotAsk, QUESTION]));
      plainAsk.push(await run(process.execPath, ["--enable-source-maps", "dist/cli/ask.js", QUESTION]));
    }
    if (!/Russia/.test(npmAsk[0]?.stdout ?? "")) throw new Error(`ask gave no answer: ${npmAsk[0]?.stdout}`);

    const engine: number[] = [];
    const naive: number[] = [];
    // The article sits beside the knowledge file that names it.
    const article = join(dirname(DEFAULT_KNOWLEDGE_PATH), loaded.knowledge.article.file);
    for (let i = 0; i < BATCH_RUNS; i++) {
      const e = await run(process.execPath, [...snapshotAsk, "--json"], input);
      const n = await run(
        process.execPath,
        ["bench/naive-ask.mjs", article, JSON.stringify(NAIVE_FUSE_OPTIONS)],
        input,
      );
      for (const [name, r] of [
        ["ask", e],
        ["naive", n],
      ] as const) {
        const lines = r.stdout.split("\n").filter((l) => l.startsWith("{")).length;
        if (lines !== questions.length) throw new Error(`${name} answered ${lines} of ${questions.length}`);
      }
      engine.push(e.exitMs);
      naive.push(n.exitMs);
    }

    const askMs = median(npmAsk.map((r) => r.exitMs));
    const askFirstMs = median(npmAsk.map((r) => r.firstOutputMs));
    const nodeAskMs = median(nodeAsk.map((r) => r.exitMs));
    const plainAskMs = median(plainAsk.map((r) => r.exitMs));
    const floorMs = median(npmAlone.map((r) => r.exitMs)) + median(nodeAlone.map((r) => r.exitMs));
    const engineMs = median(engine);
    const naiveMs = median(naive);
    const ratio = naiveMs / engineMs;

    const columns: Column[] = [
      { title: "measure", align: "left" },
      { title: "median", align: "right" },
      { title: "runs", align: "right" },
    ];
    const rows = [
      ["bot process RSS at ready (dist/main.js)", formatBytes(memory.rssBytes), String(READY_RUNS)],
      ["bot spawn to gateway ready", formatMillis(memory.readyMs), String(READY_RUNS)],
      [`npm run ask -- "${QUESTION}": to its answer`, formatMillis(askFirstMs), String(RUNS)],
      [`npm run ask -- "${QUESTION}": to exit`, formatMillis(askMs), String(RUNS)],
      ["the same without npm: to exit", formatMillis(nodeAskMs), String(RUNS)],
      ["node dist/cli/ask.js (no npm, no snapshot): to exit", formatMillis(plainAskMs), String(RUNS)],
      ["floor: `npm --version` + `node -e 0`, medians added", formatMillis(floorMs), String(RUNS)],
      [`ask --json, ${BATCH_SIZE} questions, fresh process`, formatMillis(engineMs), String(BATCH_RUNS)],
      [`naive fuse.js over sentences, same questions`, formatMillis(naiveMs), String(BATCH_RUNS)],
    ];
    const checks: Check[] = [
      {
        label: "bot RSS at ready",
        target: `≤ ${formatBytes(TARGETS.readyRssBytes)}`,
        value: formatBytes(memory.rssBytes),
        pass: memory.rssBytes <= TARGETS.readyRssBytes,
      },
      {
        label: "npm run ask to its answer",
        target: `≤ ${TARGETS.askSeconds} s`,
        value: formatMillis(askFirstMs),
        pass: askFirstMs <= TARGETS.askSeconds * 1000,
      },
      {
        label: `ask --json over ${BATCH_SIZE} questions vs naive fuse.js, both fresh`,
        target: `≥ ${TARGETS.batchRatio}× faster`,
        value: `${ratio.toFixed(1)}× faster`,
        pass: ratio >= TARGETS.batchRatio,
      },
    ];
    return {
      name: "runtime",
      title: "Runtime: the compiled bot and CLI, each started fresh",
      columns,
      rows,
      notes: [
        `Wall-clock times on ${cpus().length} CPUs, load average ${(loadavg()[0] ?? 0).toFixed(1)}: other work on the machine lengthens them.`,
        "`to its answer` is the first byte on stdout; npm's own start-up is included.",
        "The floor is what npm and Node.js take to start and do nothing: `npm run ask` cannot come in under it.",
      ],
      checks,
      figures: {
        readyRssBytes: memory.rssBytes,
        readyMs: Math.round(memory.readyMs),
        npmAskFirstOutputMs: Math.round(askFirstMs),
        npmAskExitMs: Math.round(askMs),
        nodeAskExitMs: Math.round(nodeAskMs),
        npmNodeFloorMs: Math.round(floorMs),
        plainAskExitMs: Math.round(plainAskMs),
        batchQuestions: BATCH_SIZE,
        batchAskMs: Math.round(engineMs),
        batchNaiveMs: Math.round(naiveMs),
        batchRatio: Number(ratio.toFixed(2)),
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
