import Fuse from "fuse.js";
import { loadKnowledgeFile } from "../src/knowledge/load.js";
import type { Knowledge } from "../src/knowledge/schema.js";
import { DEFAULT_KNOWLEDGE_PATH } from "../src/paths.js";
import { createEngine } from "../src/qa/engine.js";
import { splitSentences } from "../src/qa/sentences.js";
import { clampQuestion, MAX_QUESTION_CHARS } from "../src/text/normalise.js";
import { generateKnowledge, knowledgeYaml, validateGenerated } from "./generate-knowledge.js";
import {
  CAN_COLLECT,
  type Latency,
  latencyOf,
  type Memory,
  memoryNow,
  microsSince,
  timed,
} from "./measure.js";
import {
  type Check,
  type Column,
  formatBytes,
  formatCount,
  formatMicros,
  formatMillis,
  type JsonObject,
  round,
  type SectionResult,
} from "./report.js";
import { buildWorkload, type Question, type QuestionKind } from "./workload.js";
import { buildRussianWorkload } from "./workload-ru.js";

/**
 * The answer engine's section: latency and throughput on the article's knowledge and on generated
 * knowledge of 1,000 and 10,000 facts, index build and load times, memory, and the naive alternative
 * (fuse.js over sentences) on the same questions.
 */

/** Generated knowledge sizes, in facts. */
const GENERATED_SIZES = [1_000, 10_000];
/** Distinct questions per knowledge; the measured answers cycle through them. */
const WORKLOAD_SIZE = 2_000;
/** Answers measured per knowledge, unless that would take longer than the budget below. */
const ITERATIONS = 20_000;
const ENGINE_BUDGET_MS = 8_000;
/** fuse.js scans every document per question: it gets a time budget rather than a count. */
const NAIVE_BUDGET_MS = 3_000;
/** Options of the naive index and of its warm-up index: they must match for the warm-up to count. */
export const NAIVE_FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: 0.6 };

const TARGETS = {
  articleP99Us: 1_000,
  largeP99Us: 5_000,
  largeBuildMs: 1_000,
  largeFacts: 10_000,
};

interface Case {
  name: string;
  knowledge: Knowledge;
  /** Parse and validation, from YAML text to checked knowledge. */
  loadMs: number;
  generateMs?: number;
  yamlMs?: number;
  yamlChars?: number;
  /** The questions asked, when not the generated English ones. */
  workload?: (knowledge: Knowledge, size: number) => Question[];
  /** What the naive approach searches: the article's sentences, or the facts' answers. */
  documents: string[];
  documentsAre: string;
}

interface EngineRun {
  buildMs: number;
  memory: Memory;
  engineHeapBytes: number;
  iterations: number;
  seconds: number;
  latency: Latency;
  firstPass: Latency;
  /** Measured samples, in µs, of answer i for question i % workload length. */
  samples: Float64Array;
  byKind: JsonObject;
}

interface NaiveRun {
  buildMs: number;
  memory: Memory;
  indexHeapBytes: number;
  /** Indexes into the workload of the questions measured. */
  asked: number[];
  latency: Latency;
  seconds: number;
}

const progress = (line: string) => process.stderr.write(`  engine: ${line}\n`);

export async function runEngineBench(): Promise<SectionResult> {
  const started = process.hrtime.bigint();
  progress("loading the article's knowledge");
  const loaded = await timed(() => loadKnowledgeFile(DEFAULT_KNOWLEDGE_PATH));
  if (!loaded.value.ok)
    throw new Error(`the knowledge file does not load: ${loaded.value.errors[0]?.message}`);
  const article = loaded.value.knowledge;

  const results: JsonObject[] = [];
  const rows: string[][] = [];
  const byCase = new Map<string, { facts: number; engine: EngineRun; naive: NaiveRun; ratio: number }>();

  const cases: (() => Promise<Case>)[] = [
    async () => ({
      name: "article",
      knowledge: article,
      loadMs: loaded.ms,
      documents: splitSentences(article.articleText, article.article.abbreviations),
      documentsAre: "the article's sentences",
    }),
    // The same article asked in Russian: Cyrillic, wrong layout, transliteration, typos.
    async () => ({
      name: "article, Russian",
      knowledge: article,
      loadMs: loaded.ms,
      workload: buildRussianWorkload,
      documents: splitSentences(article.articleText),
      documentsAre: "the article's sentences",
    }),
    ...GENERATED_SIZES.map((facts) => () => generatedCase(facts, article)),
  ];

  for (const makeCase of cases) {
    const c = await makeCase();
    const workload = (c.workload ?? buildWorkload)(c.knowledge, WORKLOAD_SIZE);
    progress(`${c.name}: building the engine and answering`);
    const engine = measureEngine(c.knowledge, workload);
    progress(`${c.name}: the same questions through fuse.js`);
    const naive = measureNaive(c.documents, workload);
    const same = latencyOf(naive.asked.flatMap((q) => samplesOf(engine.samples, q, workload.length)));
    const ratio = same.medianUs / naive.latency.medianUs;
    byCase.set(c.name, { facts: c.knowledge.facts.length, engine, naive, ratio });
    rows.push(...caseRows(c, engine, naive, ratio));
    results.push(caseFigures(c, workload, engine, naive, same, ratio));
  }

  const checks = targetChecks(byCase);
  const notes = caseNotes(byCase);
  return {
    name: "engine",
    title: `Answer engine: ${formatCount(WORKLOAD_SIZE)} generated questions per knowledge, warmed up, timed one by one`,
    columns: COLUMNS,
    rows,
    notes,
    checks,
    figures: {
      settings: {
        workloadSize: WORKLOAD_SIZE,
        iterationsWanted: ITERATIONS,
        engineBudgetMs: ENGINE_BUDGET_MS,
        naiveBudgetMs: NAIVE_BUDGET_MS,
        questionCharLimit: MAX_QUESTION_CHARS,
        memoryAfterFullGc: CAN_COLLECT,
      },
      targets: TARGETS,
      cases: results,
      checks: checks.map((c) => ({ ...c })),
      seconds: round(microsSince(started) / 1e6, 1),
    },
  };
}

async function generatedCase(facts: number, article: Knowledge): Promise<Case> {
  progress(`generating ${formatCount(facts)} facts`);
  const generated = await timed(() => generateKnowledge({ facts, base: article }));
  const yaml = await timed(() => knowledgeYaml(generated.value));
  progress(`validating ${formatCount(facts)} facts through parseKnowledge`);
  const loaded = await timed(() => validateGenerated(generated.value, yaml.value));
  return {
    name: `generated ${formatCount(facts)}`,
    knowledge: loaded.value,
    loadMs: loaded.ms,
    generateMs: generated.ms,
    yamlMs: yaml.ms,
    yamlChars: yaml.value.length,
    documents: loaded.value.facts.map((f) => f.answer),
    documentsAre: "the facts' answers",
  };
}

function measureEngine(knowledge: Knowledge, workload: readonly Question[]): EngineRun {
  const before = memoryNow();
  const start = process.hrtime.bigint();
  const engine = createEngine(knowledge);
  const buildMs = microsSince(start) / 1000;
  const memory = memoryNow();

  // The warm-up: a first pass that meets every question once, with cold caches and code not yet
  // optimised. Its figures are kept apart from the measured ones.
  const first = new Float64Array(workload.length);
  const answered = new Uint8Array(workload.length);
  workload.forEach((q, i) => {
    const t = process.hrtime.bigint();
    const answer = engine.answer(q.text);
    first[i] = microsSince(t);
    answered[i] = answer.answered ? 1 : 0;
  });
  const firstPass = latencyOf(first);

  // Whole passes over the workload, so every question weighs the same: as many as the budget allows,
  // at least one.
  const passes = Math.max(
    1,
    Math.min(
      Math.floor(ITERATIONS / workload.length),
      Math.floor((ENGINE_BUDGET_MS * 1000) / (Math.max(1, firstPass.meanUs) * workload.length)),
    ),
  );
  const iterations = passes * workload.length;
  const samples = new Float64Array(iterations);
  const loopStart = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    const question = workload[i % workload.length]?.text ?? "";
    const t = process.hrtime.bigint();
    engine.answer(question);
    samples[i] = microsSince(t);
  }
  const seconds = microsSince(loopStart) / 1e6;

  return {
    buildMs,
    memory,
    engineHeapBytes: memory.heapUsedBytes - before.heapUsedBytes,
    iterations,
    seconds,
    latency: latencyOf(samples),
    firstPass,
    samples,
    byKind: kindFigures(workload, samples, answered),
  };
}

/** The samples of question `q` in a run that cycled through `length` questions. */
function samplesOf(samples: Float64Array, q: number, length: number): number[] {
  const out: number[] = [];
  for (let i = q; i < samples.length; i += length) out.push(samples[i] ?? 0);
  return out;
}

function kindFigures(workload: readonly Question[], samples: Float64Array, answered: Uint8Array): JsonObject {
  const kinds = new Map<QuestionKind, { questions: number; answered: number; samples: number[] }>();
  workload.forEach((q, i) => {
    const entry = kinds.get(q.kind) ?? { questions: 0, answered: 0, samples: [] };
    entry.questions++;
    entry.answered += answered[i] ?? 0;
    entry.samples.push(...samplesOf(samples, i, workload.length));
    kinds.set(q.kind, entry);
  });
  const out: JsonObject = {};
  for (const [kind, entry] of kinds) {
    const latency = latencyOf(entry.samples);
    out[kind] = {
      questions: entry.questions,
      answeredShare: round(entry.answered / entry.questions, 3),
      medianUs: latency.medianUs,
      p99Us: latency.p99Us,
      maxUs: latency.maxUs,
    };
  }
  return out;
}

/**
 * The naive alternative: fuse.js over the documents, the best match as the answer. Questions are cut
 * to the engine's limit first, as any bot would cut them; it runs through the workload in order (every
 * kind comes early) until its time budget is spent.
 */
function measureNaive(documents: readonly string[], workload: readonly Question[]): NaiveRun {
  const before = memoryNow();
  const start = process.hrtime.bigint();
  const fuse = new Fuse(documents, NAIVE_FUSE_OPTIONS);
  const buildMs = microsSince(start) / 1000;
  const memory = memoryNow();

  // Warm-up on a small index, so the first measured questions do not pay for compilation.
  const small = new Fuse(documents.slice(0, 50), NAIVE_FUSE_OPTIONS);
  for (const q of workload.slice(0, 100)) small.search(clampQuestion(q.text), { limit: 1 });

  const asked: number[] = [];
  const samples: number[] = [];
  const loopStart = process.hrtime.bigint();
  for (let i = 0; i < workload.length && microsSince(loopStart) < NAIVE_BUDGET_MS * 1000; i++) {
    const question = clampQuestion(workload[i]?.text ?? "");
    const t = process.hrtime.bigint();
    fuse.search(question, { limit: 1 });
    samples.push(microsSince(t));
    asked.push(i);
  }
  const seconds = microsSince(loopStart) / 1e6;
  return {
    buildMs,
    memory,
    indexHeapBytes: memory.heapUsedBytes - before.heapUsedBytes,
    asked,
    latency: latencyOf(samples),
    seconds,
  };
}

const COLUMNS: Column[] = [
  { title: "knowledge", align: "left" },
  { title: "approach", align: "left" },
  { title: "facts", align: "right" },
  { title: "load", align: "right" },
  { title: "build", align: "right" },
  { title: "heap (own)", align: "right" },
  { title: "rss", align: "right" },
  { title: "answers", align: "right" },
  { title: "median", align: "right" },
  { title: "p95", align: "right" },
  { title: "p99", align: "right" },
  { title: "max", align: "right" },
  { title: "answers/s", align: "right" },
  { title: "engine/naive", align: "right" },
];

function caseRows(c: Case, engine: EngineRun, naive: NaiveRun, ratio: number): string[][] {
  const heap = (m: Memory, own: number) => `${formatBytes(m.heapUsedBytes)} (${formatBytes(own)})`;
  const row = (
    approach: string,
    load: string,
    buildMs: number,
    memory: string,
    rss: number,
    count: number,
    l: Latency,
    seconds: number,
    versus: string,
  ) => [
    approach === "engine" ? c.name : "",
    approach,
    formatCount(c.knowledge.facts.length),
    load,
    formatMillis(buildMs),
    memory,
    formatBytes(rss),
    formatCount(count),
    formatMicros(l.medianUs),
    formatMicros(l.p95Us),
    formatMicros(l.p99Us),
    formatMicros(l.maxUs),
    formatCount(count / seconds),
    versus,
  ];
  return [
    row(
      "engine",
      formatMillis(c.loadMs),
      engine.buildMs,
      heap(engine.memory, engine.engineHeapBytes),
      engine.memory.rssBytes,
      engine.iterations,
      engine.latency,
      engine.seconds,
      "",
    ),
    row(
      "fuse.js",
      "",
      naive.buildMs,
      heap(naive.memory, naive.indexHeapBytes),
      naive.memory.rssBytes,
      naive.asked.length,
      naive.latency,
      naive.seconds,
      `${ratio.toFixed(ratio < 0.01 ? 4 : 3)} (${formatSpeedUp(ratio)})`,
    ),
  ];
}

function formatSpeedUp(ratio: number): string {
  if (!Number.isFinite(ratio) || ratio <= 0) return "-";
  return ratio < 1 ? `${formatCount(1 / ratio)}× faster` : `${ratio.toFixed(1)}× slower`;
}

function caseFigures(
  c: Case,
  workload: readonly Question[],
  engine: EngineRun,
  naive: NaiveRun,
  same: Latency,
  ratio: number,
): JsonObject {
  const mb = (bytes: number) => round(bytes / 1024 / 1024, 2);
  const optional = (value: number | undefined) => (value === undefined ? null : round(value, 1));
  return {
    name: c.name,
    facts: c.knowledge.facts.length,
    entities: c.knowledge.entities.length,
    relations: c.knowledge.relations.length,
    articleChars: c.knowledge.articleText.length,
    yamlChars: c.yamlChars ?? null,
    generateMs: optional(c.generateMs),
    yamlStringifyMs: optional(c.yamlMs),
    loadMs: round(c.loadMs, 1),
    engine: {
      buildMs: round(engine.buildMs, 1),
      heapUsedMB: mb(engine.memory.heapUsedBytes),
      rssMB: mb(engine.memory.rssBytes),
      engineHeapMB: mb(engine.engineHeapBytes),
      iterations: engine.iterations,
      distinctQuestions: workload.length,
      seconds: round(engine.seconds, 2),
      answersPerSecond: Math.round(engine.iterations / engine.seconds),
      latency: { ...engine.latency },
      firstPass: { ...engine.firstPass },
      byKind: engine.byKind,
    },
    naive: {
      approach: `fuse.js over ${c.documentsAre}, best match as the answer`,
      documents: c.documents.length,
      buildMs: round(naive.buildMs, 1),
      heapUsedMB: mb(naive.memory.heapUsedBytes),
      rssMB: mb(naive.memory.rssBytes),
      indexHeapMB: mb(naive.indexHeapBytes),
      questions: naive.asked.length,
      seconds: round(naive.seconds, 2),
      answersPerSecond: round(naive.asked.length / naive.seconds, 1),
      latency: { ...naive.latency },
      engineOnSameQuestions: { ...same },
      engineOverNaiveMedian: round(ratio, 5),
    },
  };
}

type CaseSummary = { facts: number; engine: EngineRun; naive: NaiveRun; ratio: number };

function targetChecks(byCase: ReadonlyMap<string, CaseSummary>): Check[] {
  const checks: Check[] = [];
  const article = byCase.get("article");
  if (article) {
    checks.push({
      label: "engine p99 on the article",
      target: `≤ ${formatMicros(TARGETS.articleP99Us)}`,
      value: formatMicros(article.engine.latency.p99Us),
      pass: article.engine.latency.p99Us <= TARGETS.articleP99Us,
    });
  }
  const russian = byCase.get("article, Russian");
  if (russian) {
    checks.push({
      label: "engine p99 on the article, Russian questions",
      target: `≤ ${formatMicros(TARGETS.articleP99Us)}`,
      value: formatMicros(russian.engine.latency.p99Us),
      pass: russian.engine.latency.p99Us <= TARGETS.articleP99Us,
    });
  }
  const large = [...byCase.values()].find((c) => c.facts === TARGETS.largeFacts);
  if (large) {
    checks.push(
      {
        label: `engine p99 at ${formatCount(TARGETS.largeFacts)} facts`,
        target: `≤ ${formatMicros(TARGETS.largeP99Us)}`,
        value: formatMicros(large.engine.latency.p99Us),
        pass: large.engine.latency.p99Us <= TARGETS.largeP99Us,
      },
      {
        label: `engine build at ${formatCount(TARGETS.largeFacts)} facts`,
        target: `< ${formatMillis(TARGETS.largeBuildMs)}`,
        value: formatMillis(large.engine.buildMs),
        pass: large.engine.buildMs < TARGETS.largeBuildMs,
      },
    );
  }
  return checks;
}

function caseNotes(byCase: ReadonlyMap<string, CaseSummary>): string[] {
  const notes = [
    "load: YAML parse + schema + validation against the article; build: createEngine; heap (own): heap used",
    "after a full GC, with what the engine or fuse.js index alone holds in brackets.",
    `Questions are cut to ${MAX_QUESTION_CHARS} characters for both (the engine cuts them itself); fuse.js runs until its`,
    `${formatMillis(NAIVE_BUDGET_MS)} budget is spent, and engine/naive compares medians over those same questions.`,
  ];
  if (!CAN_COLLECT)
    notes.push("No full GC was possible (run node with --expose-gc): heap figures include garbage.");
  const sized = [...byCase.values()].filter((c) => c.facts >= 1_000).sort((a, b) => a.facts - b.facts);
  const [small, large] = [sized[0], sized.at(-1)];
  if (small && large && small !== large) {
    const growth = (a: number, b: number) => `×${(b / a).toFixed(1)}`;
    notes.push(
      `From ${formatCount(small.facts)} to ${formatCount(large.facts)} facts (×${large.facts / small.facts}): ` +
        `fuse.js median ${growth(small.naive.latency.medianUs, large.naive.latency.medianUs)}, ` +
        `engine median ${growth(small.engine.latency.medianUs, large.engine.latency.medianUs)}, ` +
        `engine p99 ${growth(small.engine.latency.p99Us, large.engine.latency.p99Us)}, ` +
        `engine build ${growth(small.engine.buildMs, large.engine.buildMs)}.`,
    );
  }
  return notes;
}
