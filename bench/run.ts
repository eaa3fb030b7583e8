import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, loadavg, platform, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { ensureBuild } from "../scripts/build.mjs";
import { runCraftedBench } from "./crafted.js";
import { runDiscordLoad } from "./discord-load.js";
import { runDmUsersBench } from "./dm-users.js";
import { runEngineBench } from "./engine.js";
import { runHttpLoad } from "./http-load.js";
import { CAN_COLLECT, microsSince } from "./measure.js";
import { runQuestionLogBench } from "./question-log.js";
import { formatCheck, formatSection, type JsonObject, round, type SectionResult } from "./report.js";
import { runRuntimeBench } from "./runtime.js";

/**
 * `npm run bench [-- --only NAME[,NAME]]`: runs the bench sections in order, prints a table for each
 * and a summary, and writes every figure to bench/results/latest.json. Missing a target is reported,
 * never an error: this measures, it does not test.
 */

interface Section {
  name: string;
  run: () => Promise<SectionResult>;
}

const SECTIONS: Section[] = [
  { name: "engine", run: runEngineBench },
  { name: "crafted", run: runCraftedBench },
  { name: "runtime", run: runRuntimeBench },
  { name: "discord", run: () => runDiscordLoad() },
  { name: "dm-users", run: runDmUsersBench },
  { name: "question-log", run: runQuestionLogBench },
  { name: "scaling", run: runHttpLoad },
];

const RESULTS = new URL("./results/latest.json", import.meta.url);

async function main(): Promise<number> {
  const usage = `usage: npm run bench [-- --only ${SECTIONS.map((s) => s.name).join("|")}]`;
  let values: { only?: string[]; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { only: { type: "string", multiple: true }, help: { type: "boolean", short: "h" } },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const wanted = (values.only ?? []).flatMap((o) => o.split(",")).map((o) => o.trim());
  const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
  if (unknown.length > 0) {
    console.error(
      `unknown section: ${unknown.join(", ")} (known: ${SECTIONS.map((s) => s.name).join(", ")})`,
    );
    return 2;
  }
  const selected = wanted.length > 0 ? SECTIONS.filter((s) => wanted.includes(s.name)) : SECTIONS;
  // The bot and the command-line tools are measured as they run in production: compiled.
  if (!ensureBuild()) return 1;

  const started = new Date();
  const clock = process.hrtime.bigint();
  const loadAtStart = loadavg()[0] ?? 0;
  const results: SectionResult[] = [];
  for (const section of selected) {
    process.stderr.write(`bench: ${section.name}\n`);
    const result = await section.run();
    results.push(result);
    console.log(`${formatSection(result)}\n`);
  }

  const seconds = microsSince(clock) / 1e6;
  const loadAtEnd = loadavg()[0] ?? 0;
  await mkdir(new URL("./", RESULTS), { recursive: true });
  const sections: JsonObject = {};
  for (const r of results) {
    sections[r.name] = { title: r.title, checks: r.checks.map((c) => ({ ...c })), figures: r.figures };
  }
  const report: JsonObject = {
    startedAt: started.toISOString(),
    seconds: round(seconds, 1),
    commit: commit(),
    machine: {
      node: process.version,
      platform: platform(),
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "unknown",
      memoryMB: Math.round(totalmem() / 1024 / 1024),
      fullGc: CAN_COLLECT,
      loadAverage: { start: round(loadAtStart, 2), end: round(loadAtEnd, 2) },
    },
    sections,
  };
  await writeFile(RESULTS, `${JSON.stringify(report, null, 2)}\n`);

  const checks = results.flatMap((r) => r.checks);
  const missed = checks.filter((c) => !c.pass);
  console.log("Summary");
  for (const c of checks) console.log(`  ${formatCheck(c)}`);
  console.log(
    missed.length === 0
      ? `  All ${checks.length} targets met.`
      : `  ${missed.length} of ${checks.length} targets MISSED (reported, not failed: the exit code stays 0).`,
  );
  // Timings on a busy machine measure the other processes too.
  const busy = Math.max(loadAtStart, loadAtEnd) > cpus().length / 2;
  console.log(
    `  Load average ${loadAtStart.toFixed(2)} at the start, ${loadAtEnd.toFixed(2)} at the end, on ${cpus().length} CPUs` +
      (busy ? ": other processes were competing, so the figures are noisier than on an idle machine." : "."),
  );
  console.log(`  ${round(seconds, 1)} s in all; figures in bench/results/latest.json`);
  return 0;
}

/** The commit measured, so figures from different runs can be told apart. */
function commit(): string | null {
  try {
    const hash = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], {
      encoding: "utf8",
    });
    return dirty.trim() === "" ? hash : `${hash} (with uncommitted changes)`;
  } catch {
    return null;
  }
}

process.exitCode = await main();
