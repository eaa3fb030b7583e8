// `npm run insights` as a moderator runs it: the compiled CLI in its own process, reading the
// question log the bot wrote (DATABASE_URL), printing tables or JSON, drawing the chart and
// writing a proposed knowledge change that names the closest fact and the words the knowledge lacks.
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { silentLogger } from "../../src/log.js";
import { openAnswerService } from "../../src/service/answer-service.js";
import { answerAndLog } from "../../src/service/answering.js";
import { parseSince } from "../../src/service/insights-report.js";
import { createQuestionLog } from "../../src/service/question-log.js";
import { openQuestionStore } from "../../src/service/question-log-setup.js";
import { dayOf } from "../../src/storage/question-store.js";
import { KNOWLEDGE_FILE } from "../support/knowledge.js";

let dir: string;
let db: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cis-insights-cli-"));
  db = join(dir, "bot.db");
  const opened = await openAnswerService({ knowledgeFile: KNOWLEDGE_FILE });
  if (!opened.ok) throw new Error("the knowledge does not load");
  const log = createQuestionLog({
    mode: "anonymous",
    days: 30,
    logger: silentLogger(),
    open: () => openQuestionStore({ kind: "sqlite", file: db }),
  });
  await log.start();
  const asked = [
    "What is the budget of the air defence system?",
    "what's the air defense system's budget",
    "budget of the air defense systems?",
    "who supplies Tajikistan?",
    "who supplies Tajikistan?",
    "what is the weather in Minsk",
  ];
  let answeredId: string | undefined;
  for (const [i, question] of asked.entries()) {
    const { questionId, answer } = answerAndLog(opened.service, log, question, {
      transport: i % 2 ? "dm" : "slash",
      userId: `user${i}`,
    });
    if (answer.answered) answeredId = questionId;
  }
  if (answeredId) log.recordVote(answeredId, "critic", -1);
  await log.close(5000);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function insights(...args: string[]) {
  return spawnSync(process.execPath, ["--enable-source-maps", "dist/cli/insights.js", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: db, KNOWLEDGE_FILE },
  });
}

describe("npm run insights", () => {
  it("prints the figures as tables, rewordings grouped", () => {
    const run = insights();
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^6 questions in 7 days \(.* UTC\): 2 answered \(33%\), 4 not answered\. Votes: 0 👍, 1 👎\./,
    );
    expect(run.stdout).toMatch(
      /Not answered \(rewordings of one question grouped\)\n.*\n.*\n {2}1 +3 {2}[^\n]*budget/,
    );
    expect(run.stdout).toMatch(/supply-tajikistan/);
  });

  it("prints one JSON object with --json", () => {
    const run = insights("--json", "--since", "24h");
    expect(run.status).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data.totals).toEqual({ questions: 6, answered: 2, unanswered: 4, up: 0, down: 1 });
    expect(data.unanswered[0]).toMatchObject({ count: 3 });
    expect(data.unanswered[0].examples).toHaveLength(3);
    expect(data.worstRated[0]).toMatchObject({ answerKey: "supply-tajikistan", down: 1 });
    expect(data.perDay).toHaveLength(1);
  });

  it("draws the chart and writes a proposal to review", async () => {
    const chart = join(dir, "chart.png");
    const proposal = join(dir, "proposal.yaml");
    const run = insights("--chart", chart, "--export", proposal);
    expect(run.status).toBe(0);
    const png = await readFile(chart);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const text = await readFile(proposal, "utf8");
    expect(text).toMatch(/^# Proposed knowledge changes from 2 group\(s\)/);
    expect(text).toMatch(/npm run check-knowledge/);
    const yaml = parse(text) as { proposals: { asked: number; missing_words: string[]; closest: unknown }[] };
    const budget = yaml.proposals.find((p) => p.asked === 3);
    expect(budget?.missing_words).toContain("budget");
    const weather = yaml.proposals.find((p) => p.asked === 1);
    expect(weather?.missing_words).toEqual(expect.arrayContaining(["weather"]));
  });

  it("refuses a period it cannot read, with the usage", () => {
    const run = insights("--since", "last tuesday");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--since last tuesday: expected 7d, 24h or a date/);
    expect(run.stderr).toMatch(/Usage: npm run insights/);
  });
});

describe("parseSince", () => {
  const today = dayOf(Date.UTC(2026, 11, 1));
  it("reads days, hours and dates as a first day", () => {
    expect(parseSince("7d", today)).toBe(today - 6);
    expect(parseSince("24h", today)).toBe(today);
    expect(parseSince("48h", today)).toBe(today - 1);
    expect(parseSince("2026-11-01", today)).toBe(today - 30);
    expect(parseSince("0d", today)).toBeUndefined();
    expect(parseSince("2027-01-01", today)).toBeUndefined();
  });
});
