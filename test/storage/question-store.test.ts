// The question store against both databases it supports: an SQLite file, and PostgreSQL when a
// server runs here (in a schema of this run's own). The same tests run on each.
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { openQuestionStore } from "../../src/service/question-log-setup.js";
import { openInsightsReader } from "../../src/storage/insights-reader.js";
import { MIGRATIONS } from "../../src/storage/migrations.js";
import { connect, DatabaseTooNewError, openDatabase } from "../../src/storage/open.js";
import {
  DAY_MS,
  dayOf,
  type QuestionRecord,
  type QuestionStore,
  type VoteRecord,
} from "../../src/storage/question-store.js";
import { MIGRATION_NAMES } from "../../src/storage/schema-version.js";
import type { StorageTarget } from "../../src/storage/target.js";
import { dropSchema, probePostgres, uniqueSchema } from "../support/postgres.js";

const NOW = Date.UTC(2026, 10, 20, 12);
const TODAY = dayOf(NOW);

let serial = 0;
function question(fields: Partial<QuestionRecord> = {}): QuestionRecord {
  const asked = fields.asked_at ?? NOW;
  return {
    id: `q${++serial}`,
    asked_at: asked,
    day: dayOf(asked),
    transport: "slash",
    guild_id: "1",
    channel_id: "2",
    asker: "alice",
    language: "en",
    question: "who supplies tajikistan",
    group_key: "suppli tajikistan",
    answered: 1,
    verdict: "answered",
    facts: "supply-tajikistan",
    answer_key: "supply-tajikistan",
    confidence: 0.9,
    latency_ms: 0.4,
    ...fields,
  };
}

function vote(q: QuestionRecord, voter: string, value: 1 | -1, at = NOW): VoteRecord {
  return { question_id: q.id, voter, vote: value, voted_at: at, day: dayOf(at) };
}

const unanswered = (text: string, key: string, fields: Partial<QuestionRecord> = {}) =>
  question({
    question: text,
    group_key: key,
    answered: 0,
    verdict: "unanswered",
    facts: "",
    answer_key: `unanswered: ${key}`,
    ...fields,
  });

interface Backend {
  name: string;
  open(): Promise<QuestionStore>;
  target(): StorageTarget;
  schema?: string;
  cleanup(): Promise<void>;
}

const probe = await probePostgres();
const PROJECT = fileURLToPath(new URL("../../", import.meta.url));

function sqliteBackend(): Backend {
  let dir = "";
  return {
    name: "SQLite",
    target: () => ({ kind: "sqlite", file: join(dir, "bot.db") }),
    async open() {
      dir ||= await mkdtemp(join(tmpdir(), "cis-store-"));
      return openQuestionStore({ kind: "sqlite", file: join(dir, "bot.db") });
    },
    async cleanup() {
      if (dir) await rm(dir, { recursive: true, force: true });
      dir = "";
    },
  };
}

function postgresBackend(): Backend {
  const backend: Backend = {
    name: "PostgreSQL",
    target: () => ({ kind: "postgres", url: `postgres://${probe.user}@127.0.0.1:5432/test` }),
    async open() {
      backend.schema ??= uniqueSchema("store");
      return openQuestionStore(backend.target(), { schema: backend.schema });
    },
    async cleanup() {
      if (backend.schema) await dropSchema(probe, backend.schema);
      backend.schema = undefined;
    },
  };
  return backend;
}

const backends: [Backend, boolean, string][] = [
  [sqliteBackend(), true, ""],
  [postgresBackend(), probe.ok, probe.reason],
];

for (const [backend, available, reason] of backends) {
  describe.skipIf(!available)(
    `question store on ${backend.name}${available ? "" : ` (skipped: ${reason})`}`,
    () => {
      let store: QuestionStore;
      beforeEach(async () => {
        store = await backend.open();
      });
      afterEach(async () => {
        await store.close();
        await backend.cleanup();
      });

      it("writes a batch as one transaction, pausing between turns of rows when asked", async () => {
        const questions = Array.from({ length: 25 }, (_, k) => question({ id: `turn${k}` }));
        let pauses = 0;
        let seenMeanwhile = -1;
        await store.write(
          { questions, votes: [] },
          {
            rowsPerTurn: 10,
            pause: async () => {
              pauses++;
              // Another connection sees none of the batch before it commits.
              const target = backend.target();
              if (target.kind === "sqlite") {
                const reader = new SQLite(target.file, { readonly: true });
                seenMeanwhile = (reader.prepare("select count(*) as n from questions").get() as { n: number })
                  .n;
                reader.close();
              }
            },
          },
        );
        const today = dayOf(NOW);
        expect((await store.insights({ fromDay: today, toDay: today, limit: 5 })).totals.questions).toBe(25);
        if (backend.name === "SQLite") {
          expect(pauses).toBe(2);
          expect(seenMeanwhile).toBe(0);
        }
      });

      it("counts questions per day and transport, answered or not, and groups rewordings", async () => {
        const yesterday = NOW - DAY_MS;
        await store.write({
          questions: [
            question(),
            question({ transport: "dm", asked_at: yesterday }),
            unanswered("who sells jets to tajikistan", "jet sell tajikistan"),
            unanswered("Who sold jets to Tajikistan?", "jet sell tajikistan", { transport: "mention" }),
            unanswered("what is the weather", "weather", { asked_at: yesterday }),
          ],
          votes: [],
        });
        const data = await store.insights({ fromDay: TODAY - 6, toDay: TODAY, limit: 10 });
        expect(data.totals).toEqual({ questions: 5, answered: 2, unanswered: 3, up: 0, down: 0 });
        expect(data.perDay).toHaveLength(7);
        expect(data.perDay.at(-1)).toEqual({ day: TODAY, answered: 1, unanswered: 2, up: 0, down: 0 });
        expect(data.perDay.at(-2)).toEqual({ day: TODAY - 1, answered: 1, unanswered: 1, up: 0, down: 0 });
        expect(data.perTransport).toEqual([
          { transport: "slash", count: 3 },
          { transport: "dm", count: 1 },
          { transport: "mention", count: 1 },
        ]);
        expect(data.unanswered[0]).toMatchObject({ groupKey: "jet sell tajikistan", count: 2 });
        expect(data.unanswered[0]?.examples.sort()).toEqual([
          "Who sold jets to Tajikistan?",
          "who sells jets to tajikistan",
        ]);
        expect(data.unanswered[1]).toMatchObject({
          groupKey: "weather",
          count: 1,
          example: "what is the weather",
        });
        expect(data.topFacts).toEqual([{ factId: "supply-tajikistan", count: 2 }]);
        // Only today: yesterday's rows stay out.
        const today = await store.insights({ fromDay: TODAY, toDay: TODAY, limit: 10 });
        expect(today.totals.questions).toBe(3);
        expect(today.unanswered.map((g) => g.groupKey)).toEqual(["jet sell tajikistan"]);
      });

      it("keeps one vote per user per answer, the latest, and ranks the worst-rated answers", async () => {
        const good = question({ facts: "supply-armenia", answer_key: "supply-armenia" });
        const bad = question();
        await store.write({ questions: [good, bad], votes: [vote(bad, "bob", 1), vote(good, "bob", 1)] });
        // Bob changes his mind, then changes it again in one batch: the last vote counts.
        await store.write({ questions: [], votes: [vote(bad, "bob", 1), vote(bad, "bob", -1)] });
        await store.write({
          questions: [],
          votes: [vote(bad, "carol", -1), vote(good, "carol", -1), vote(good, "dave", 1)],
        });
        const data = await store.insights({ fromDay: TODAY, toDay: TODAY, limit: 10 });
        expect(data.totals).toMatchObject({ up: 2, down: 3 });
        expect(data.worstRated).toEqual([
          { answerKey: "supply-tajikistan", up: 0, down: 2, example: "who supplies tajikistan" },
          { answerKey: "supply-armenia", up: 2, down: 1, example: "who supplies tajikistan" },
        ]);
      });

      it("counts a changed vote once, on its side, in the days and the answers", async () => {
        const q = question();
        const yesterday = NOW - DAY_MS;
        await store.write({ questions: [q], votes: [vote(q, "bob", 1, yesterday)] });
        await store.write({ questions: [], votes: [vote(q, "bob", -1)] });
        // The same batch again, as after a commit whose answer was lost: nothing moves twice.
        await store.write({ questions: [], votes: [vote(q, "bob", -1)] });
        const data = await store.insights({ fromDay: TODAY - 1, toDay: TODAY, limit: 10 });
        expect(data.perDay.map((d) => [d.up, d.down])).toEqual([
          [0, 0],
          [0, 1],
        ]);
        expect(data.worstRated).toEqual([
          expect.objectContaining({ answerKey: "supply-tajikistan", up: 0, down: 1 }),
        ]);
      });

      it("lists the most asked unanswered groups from each day's leaders, however many groups there are", async () => {
        // 300 questions asked once each, and two asked more often on different days.
        const once = Array.from({ length: 300 }, (_, i) => unanswered(`odd question ${i}`, `odd ${i}`));
        const often = [
          ...Array.from({ length: 5 }, () => unanswered("what is the budget", "budget")),
          ...Array.from({ length: 3 }, () =>
            unanswered("who pays", "pay", { asked_at: NOW - DAY_MS, day: TODAY - 1 }),
          ),
          unanswered("who pays?", "pay"),
        ];
        await store.write({ questions: [...once, ...often], votes: [] });
        const data = await store.insights({ fromDay: TODAY - 1, toDay: TODAY, limit: 2 });
        expect(data.unanswered.map((g) => [g.groupKey, g.count])).toEqual([
          ["budget", 5],
          ["pay", 4],
        ]);
        expect(data.unanswered[1]?.examples).toEqual(["who pays?", "who pays"]);
      });

      it("reads the same insights through the bare driver as through the store", async () => {
        const q = question();
        await store.write({
          questions: [q, unanswered("why", "why"), unanswered("why?", "why")],
          votes: [vote(q, "bob", -1)],
        });
        const query = { fromDay: TODAY - 2, toDay: TODAY, limit: 10 };
        const reader = await openInsightsReader(
          backend.schema
            ? {
                kind: "postgres",
                url: `${backend.target().kind === "postgres" ? (backend.target() as { url: string }).url : ""}?options=${encodeURIComponent(`-c search_path=${backend.schema}`)}`,
              }
            : backend.target(),
        );
        expect(reader).toBeDefined();
        try {
          expect(await reader?.insights(query)).toEqual(await store.insights(query));
        } finally {
          await reader?.close();
        }
      });

      it("writes a retried batch once: counts do not double", async () => {
        const batch = { questions: [question(), unanswered("why", "why")], votes: [] };
        await store.write(batch);
        await store.write(batch);
        const data = await store.insights({ fromDay: TODAY, toDay: TODAY, limit: 10 });
        expect(data.totals.questions).toBe(2);
        expect(data.unanswered).toEqual([expect.objectContaining({ groupKey: "why", count: 1 })]);
      });

      it("forgets a user everywhere: their questions, their votes and their part of the counts", async () => {
        const mine = unanswered("who sells jets", "jet sell", { asker: "alice", guild_id: "1" });
        const mineElsewhere = question({ asker: "alice", guild_id: "99", transport: "dm" });
        const theirs = unanswered("who sells jets?", "jet sell", { asker: "bob" });
        await store.write({
          questions: [mine, mineElsewhere, theirs],
          votes: [vote(theirs, "alice", -1), vote(mine, "bob", 1)],
        });
        expect(await store.forget(["alice", "alice-raw-id"])).toEqual({ questions: 2, votes: 1 });
        const data = await store.insights({ fromDay: TODAY, toDay: TODAY, limit: 10 });
        expect(data.totals).toMatchObject({ questions: 1, answered: 0, unanswered: 1, up: 1, down: 0 });
        expect(data.unanswered).toEqual([
          { groupKey: "jet sell", count: 1, example: "who sells jets?", examples: ["who sells jets?"] },
        ]);
        expect(data.topFacts).toEqual([]);
        expect(await store.forget(["alice"])).toEqual({ questions: 0, votes: 0 });
      });

      it("deletes what is older than the retention, counts included", async () => {
        const old = NOW - 31 * DAY_MS;
        const oldQuestion = question({ asked_at: old });
        await store.write({
          questions: [oldQuestion, question()],
          votes: [vote(oldQuestion, "bob", -1, old)],
        });
        expect(await store.deleteOlderThan(NOW - 30 * DAY_MS)).toEqual({ questions: 1, votes: 1 });
        const data = await store.insights({ fromDay: TODAY - 40, toDay: TODAY, limit: 10 });
        expect(data.totals).toMatchObject({ questions: 1, down: 0 });
      });

      it("keeps a setting once written, whatever a later caller proposes", async () => {
        expect(await store.setting("k", () => "first")).toBe("first");
        expect(await store.setting("k", () => "second")).toBe("first");
      });

      it("opens an up-to-date database again without changing it, and refuses one from a newer version", async () => {
        await store.write({ questions: [question()], votes: [] });
        await store.close();
        store = await backend.open();
        expect((await store.insights({ fromDay: TODAY, toDay: TODAY, limit: 5 })).totals.questions).toBe(1);

        // A later version added a migration this code does not know.
        const raw = connect(backend.target(), backend.schema ? { schema: backend.schema } : {});
        await sql`insert into kysely_migration (name, timestamp) values ('9999_from_the_future', '2030-01-01T00:00:00Z')`.execute(
          raw.db,
        );
        await raw.db.destroy();
        const attempt = openDatabase(backend.target(), backend.schema ? { schema: backend.schema } : {});
        await expect(attempt).rejects.toThrow(DatabaseTooNewError);
        await expect(attempt).rejects.toThrow(/newer version of the bot \(schema 9999_from_the_future/);
      });
    },
  );
}

describe("schema versions", () => {
  it("names every migration, in order, where a reader checks them without loading the migrations", () => {
    expect([...MIGRATION_NAMES]).toEqual(Object.keys(MIGRATIONS).sort());
  });
});

describe("SQLite file", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("is created with its folder on first open, in WAL mode", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cis-store-"));
    dirs.push(dir);
    const file = join(dir, "nested", "data", "bot.db");
    const store = await openQuestionStore({ kind: "sqlite", file });
    await store.close();
    const check = new SQLite(file, { readonly: true });
    expect(check.pragma("journal_mode", { simple: true })).toBe("wal");
    const tables = check.prepare("select name from sqlite_master where type = 'table' order by name").all();
    check.close();
    expect(tables.map((t) => (t as { name: string }).name)).toEqual(
      expect.arrayContaining([
        "questions",
        "votes",
        "question_days",
        "unanswered_days",
        "fact_days",
        "settings",
      ]),
    );
  });

  it("lets a process that closes it during a checkpoint finish closing, with nothing else to keep it alive", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cis-store-"));
    dirs.push(dir);
    const setup = pathToFileURL(join(PROJECT, "src/service/question-log-setup.ts")).href;
    // A journal past the (small) limit starts a checkpoint after the last write; close() comes at once.
    const script = `
      const { openQuestionStore } = await import(${JSON.stringify(setup)});
      const store = await openQuestionStore({ kind: "sqlite", file: ${JSON.stringify(join(dir, "bot.db"))} }, { checkpointAfterBytes: 64 * 1024 });
      const day = Math.floor(Date.now() / 86400000);
      const questions = Array.from({ length: 300 }, (_, k) => ({
        id: "q" + k, asked_at: Date.now(), day, transport: "slash", guild_id: null, channel_id: null,
        asker: "a", language: "en", question: "question " + k + " " + "padding ".repeat(40), group_key: "g" + k,
        answered: 0, verdict: "", facts: "", answer_key: "unanswered: g" + k, confidence: 0, latency_ms: 1,
      }));
      await store.write({ questions, votes: [] });
      await store.close();
      console.log("closed");
    `;
    const tsx = pathToFileURL(join(PROJECT, "node_modules/tsx/dist/loader.mjs")).href;
    const run = spawnSync(process.execPath, ["--import", tsx, "--input-type=module", "-e", script], {
      cwd: PROJECT,
      encoding: "utf8",
      // A fresh process compiles the store's modules: slow on a busy machine.
      timeout: 120_000,
    });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("closed");
    expect(run.status).toBe(0);
  }, 150_000);

  it("copies its journal back into the database on a thread of its own once it has grown", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cis-store-"));
    dirs.push(dir);
    const file = join(dir, "bot.db");
    const store = await openQuestionStore({ kind: "sqlite", file }, { checkpointAfterBytes: 64 * 1024 });
    try {
      const before = statSync(file).size;
      // About 200 KB of journal: past the limit, far below SQLite's own checkpoint at 1,000 pages.
      for (let i = 0; i < 20; i++) {
        const questions = Array.from({ length: 25 }, (_, k) =>
          question({ id: `q${i}-${k}`, question: `question ${i} ${k} ${"padding ".repeat(20)}` }),
        );
        await store.write({ questions, votes: [] });
      }
      const deadline = Date.now() + 5000;
      while (statSync(file).size <= before) {
        if (Date.now() > deadline) throw new Error("the database file never took the journal's pages");
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(statSync(file).size).toBeGreaterThan(before + 64 * 1024);
    } finally {
      await store.close();
    }
  });
});
