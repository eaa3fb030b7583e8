import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsole } from "../../src/cli/console.js";
import { createLogger } from "../../src/log.js";
import type { AnswerService } from "../../src/service/answer-service.js";
import { createQuestionLog } from "../../src/service/question-log.js";
import { openQuestionStore } from "../../src/service/question-log-setup.js";
import { dayOf } from "../../src/storage/insights-query.js";
import { defaultFacts, fact, makeKnowledge, makeService } from "./discord/fixtures.js";

async function run(lines: string[], service: AnswerService = makeService()): Promise<string> {
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk) => {
    text += String(chunk);
  });
  await runConsole({ input: Readable.from(lines.map((l) => `${l}\n`)), output, service });
  return text;
}

describe("local console on piped input", () => {
  it("answers each question with its evidence and related questions", async () => {
    const out = await run(["who supplies Tajikistan?", "", "what about the weather?"]);
    expect(out).toContain(
      "Russia supplies Tajikistan.\n  > the supply of aircraft to Tajikistan\nRelated:\n  1. Who supplies Kazakhstan?",
    );
    expect(out).toContain("The article does not say.\nDid you mean:");
    expect(out.startsWith("Russia")).toBe(true); // no prompt when the input is not a terminal
  });

  it("asks a related question by its number", async () => {
    const out = await run(["who supplies Tajikistan?", "2"]);
    expect(out).toContain("Russia supplies Armenia.");
  });

  it("shows /topics, /about and /help", async () => {
    const out = await run(["/topics", "/about", "/help"]);
    expect(out).toContain("Countries: Russia, Tajikistan");
    expect(out).toContain("Facts: 4");
    expect(out).toContain("Entities: 2");
    expect(out).toMatch(/Version: \d+\.\d+\.\d+/);
    expect(out).toContain("/reload");
  });

  it("reloads through the same service, then answers from the new knowledge", async () => {
    const next = makeKnowledge([
      ...defaultFacts(),
      fact("supply-kyrgyzstan", "Who supplies Kyrgyzstan?", "Russia supplies Kyrgyzstan.", "K"),
    ]);
    const service = makeService({ load: async () => ({ ok: true, knowledge: next }) });
    const out = await run(["Kyrgyzstan?", "/reload", "Kyrgyzstan?"], service);
    expect(out).toMatch(/Reloaded: 1 added, 0 removed, 0 changed/);
    expect(out).toContain("Added:\n  supply-kyrgyzstan");
    expect(out.indexOf("Russia supplies Kyrgyzstan.")).toBeGreaterThan(out.indexOf("Reloaded"));
  });

  it("reports a failed reload and keeps answering", async () => {
    const service = makeService({
      load: async () => ({
        ok: false,
        errors: [{ where: "facts[2].evidence (line 40)", message: "not in the article" }],
      }),
    });
    const out = await run(["/reload", "who supplies Armenia?"], service);
    expect(out).toContain(
      "Reload failed: 1 error in the knowledge file. The previous knowledge is still in service.",
    );
    expect(out).toContain("  facts[2].evidence (line 40): not in the article");
    expect(out).toContain("Russia supplies Armenia.");
  });

  it("stops at /quit", async () => {
    const out = await run(["/quit", "who supplies Armenia?"]);
    expect(out).not.toContain("Russia supplies Armenia.");
  });
});

describe("npm start without a token", () => {
  it("exits 1 without a terminal, pointing at .env.example", async () => {
    const { spawnSync } = await import("node:child_process");
    const { fileURLToPath } = await import("node:url");
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const result = spawnSync(process.execPath, ["--enable-source-maps", "dist/main.js"], {
      cwd: root,
      // An empty DISCORD_TOKEN wins over any .env (dotenv never overrides) and counts as unset.
      env: { ...process.env, DISCORD_TOKEN: "", DISCORD_CLIENT_ID: "" },
      input: "",
      encoding: "utf8",
      timeout: 15_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(".env.example");
    expect(result.stderr).toMatch(/DISCORD_TOKEN is not set/);
  });

  it("logs its questions as the console transport when given the question log", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cis-console-log-"));
    const target = { kind: "sqlite" as const, file: join(dir, "bot.db") };
    try {
      const log = createQuestionLog({
        mode: "anonymous",
        days: 30,
        logger: createLogger({ level: "silent" }),
        open: () => openQuestionStore(target),
      });
      await log.start();
      await runConsole({
        input: Readable.from(["who supplies Tajikistan?\n", "what about the weather?\n", "/help\n"]),
        output: new PassThrough(),
        service: makeService(),
        questionLog: log,
      });
      await log.close(2000);
      const store = await openQuestionStore(target);
      const today = dayOf(Date.now());
      const data = await store.insights({ fromDay: today, toDay: today, limit: 5 });
      await store.close();
      expect(data.totals).toMatchObject({ questions: 2, answered: 1, unanswered: 1 });
      expect(data.perTransport).toEqual([{ transport: "console", count: 2 }]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
