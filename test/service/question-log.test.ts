// The question log against real databases that misbehave: PostgreSQL behind a TCP proxy the test
// cuts and restores, an SQLite file locked by another writer, an SQLite file made read-only, an
// SQLite file on a disk with no space left. In every
// case recording stays instant, nothing is lost that fits in the queue, and the backlog is written
// when the database returns.
import { execFileSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/log.js";
import type { Answer } from "../../src/qa/types.js";
import {
  createQuestionLog,
  type QuestionLog,
  type QuestionLogOptions,
} from "../../src/service/question-log.js";
import { openQuestionStore, questionLogFromConfig } from "../../src/service/question-log-setup.js";
import { DAY_MS, dayOf } from "../../src/storage/question-store.js";
import type { StorageTarget } from "../../src/storage/target.js";
import type { LogLine } from "../e2e/support/bot.js";
import {
  createSchema,
  dropSchema,
  POSTGRES_HOST,
  POSTGRES_PORT,
  postgresUrl,
  probePostgres,
  uniqueSchema,
} from "../support/postgres.js";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.js";

const probe = await probePostgres();

function answer(question: string, answered = true): Answer {
  return {
    question,
    language: "en",
    verdict: null,
    answered,
    text: answered ? "Russia." : "The article does not say.",
    facts: answered ? ["supply-tajikistan"] : [],
    evidence: [],
    confidence: answered ? 0.9 : 0,
    suggestions: [],
  };
}

function memoryLogger(lines: LogLine[]) {
  return createLogger({
    level: "debug",
    destination: { write: (line: string) => lines.push(JSON.parse(line) as LogLine) },
  });
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** How many questions the database holds, read through a connection of the test's own. */
async function storedQuestions(target: StorageTarget, schema?: string): Promise<number> {
  const store = await openQuestionStore(target, schema ? { schema } : {});
  try {
    const today = dayOf(Date.now());
    return (await store.insights({ fromDay: today - 1, toDay: today, limit: 1 })).totals.questions;
  } finally {
    await store.close();
  }
}

const logs: QuestionLog[] = [];
function startLog(
  target: StorageTarget,
  lines: LogLine[],
  options: Partial<QuestionLogOptions> = {},
): QuestionLog {
  const log = createQuestionLog({
    mode: "anonymous",
    days: 30,
    logger: memoryLogger(lines),
    open: () => openQuestionStore(target, { connectTimeoutMs: 500 }),
    flushIntervalMs: 20,
    maxRetryMs: 100,
    ...options,
  });
  logs.push(log);
  return log;
}
afterEach(async () => {
  for (const log of logs.splice(0)) await log.close(500);
});

function ask(log: QuestionLog, n: number, prefix = "who supplies Tajikistan"): number {
  const started = performance.now();
  for (let i = 0; i < n; i++)
    log.recordQuestion({ transport: "slash", userId: `user${i % 7}` }, answer(`${prefix} ${i}`), 0.3);
  return performance.now() - started;
}

describe.skipIf(!probe.ok)(
  `PostgreSQL cut and restored through a TCP proxy${probe.ok ? "" : ` (skipped: ${probe.reason})`}`,
  () => {
    let proxy: TcpProxy;
    const schema = uniqueSchema("qlog");
    let target: StorageTarget;
    let direct: StorageTarget;
    beforeAll(async () => {
      await createSchema(probe, schema);
      proxy = await startTcpProxy({ host: POSTGRES_HOST, port: POSTGRES_PORT });
      target = { kind: "postgres", url: postgresUrl(probe, schema, proxy.port) };
      direct = { kind: "postgres", url: postgresUrl(probe, schema) };
    });
    afterAll(async () => {
      await proxy?.stop();
      await dropSchema(probe, schema);
    });

    it("queues while the server is away, answers instantly, and writes the backlog when it returns", async () => {
      const lines: LogLine[] = [];
      const log = startLog(target, lines);
      await log.start();
      ask(log, 10, "before");
      await until(() => log.stats().queued === 0 && log.stats().written === 10);

      proxy.cut();
      const elapsed = ask(log, 200, "during");
      expect(elapsed).toBeLessThan(50); // 200 questions recorded while the database is unreachable
      await until(() => log.stats().failures >= 2);
      expect(log.stats()).toMatchObject({ queued: 200, dropped: 0, connected: false });
      expect(lines.some((l) => l.level === 40 && /cannot be written/.test(l.msg))).toBe(true);

      proxy.restore();
      await until(() => log.stats().queued === 0, 15_000);
      expect(log.stats().written).toBe(210);
      expect(lines.some((l) => /database is back; backlog written/.test(l.msg))).toBe(true);
      expect(await storedQuestions(direct, schema)).toBe(210);
    });

    it("drops what does not fit in the queue, counts it and says so", async () => {
      const lines: LogLine[] = [];
      const log = startLog(target, lines, { capacity: 50 });
      await log.start();
      proxy.cut();
      ask(log, 80, "overflow");
      await until(() => log.stats().failures >= 1);
      expect(log.stats()).toMatchObject({ queued: 50, dropped: 30 });
      expect(lines.find((l) => /queue was full/.test(l.msg))).toMatchObject({
        dropped: 30,
        droppedTotal: 30,
      });
      proxy.restore();
      await until(() => log.stats().queued === 0, 15_000);
    });

    it("starts while the server is away and writes once it is reachable", async () => {
      proxy.cut();
      const lines: LogLine[] = [];
      const log = startLog(target, lines);
      await log.start(); // does not throw: the bot must start anyway
      expect(lines.some((l) => /cannot be reached; the bot answers anyway/.test(l.msg))).toBe(true);
      const before = await storedQuestions(direct, schema);
      ask(log, 5, "late");
      proxy.restore();
      await until(() => log.stats().queued === 0, 15_000);
      expect(await storedQuestions(direct, schema)).toBe(before + 5);
    });

    it("gives up on shutdown within its time limit when the server is away", async () => {
      const lines: LogLine[] = [];
      const log = startLog(target, lines);
      await log.start();
      proxy.cut();
      ask(log, 20, "at exit");
      const started = Date.now();
      await log.close(1000);
      expect(Date.now() - started).toBeLessThan(2500);
      expect(lines.find((l) => /shutting down with entries/.test(l.msg))).toMatchObject({ lost: 20 });
      proxy.restore();
    });
  },
);

describe("SQLite", () => {
  let dir: string;
  let target: StorageTarget & { kind: "sqlite" };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "cis-qlog-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  let n = 0;
  const fresh = () => {
    target = { kind: "sqlite", file: join(dir, `bot-${++n}.db`) };
    return target;
  };

  it("writes on shutdown what is still queued", async () => {
    const log = startLog(fresh(), [], { flushIntervalMs: 60_000 });
    await log.start();
    ask(log, 30);
    expect(log.stats().queued).toBe(30);
    await log.close(2000);
    expect(await storedQuestions(target)).toBe(30);
  });

  it("writes nothing while questions keep arriving, and writes them once they pause", async () => {
    const log = startLog(fresh(), [], { flushIntervalMs: 1000, maxDelayMs: 60_000 });
    await log.start();
    // A question every 20 ms for half a second: never a second of quiet, so nothing is written.
    for (let i = 0; i < 25; i++) {
      ask(log, 1, `busy ${i}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(log.stats()).toMatchObject({ queued: 25, written: 0 });
    await until(() => log.stats().queued === 0);
    expect(await storedQuestions(target)).toBe(25);
  });

  it("writes while questions keep arriving once the queue is long or its oldest entry is late", async () => {
    const long = startLog(fresh(), [], { flushIntervalMs: 60_000, maxDelayMs: 60_000, busyQueue: 40 });
    await long.start();
    ask(long, 39);
    await new Promise((r) => setTimeout(r, 100));
    expect(long.stats().written).toBe(0);
    ask(long, 1, "the fortieth");
    await until(() => long.stats().written === 40);

    const late = startLog(fresh(), [], { flushIntervalMs: 60_000, maxDelayMs: 300 });
    await late.start();
    const started = performance.now();
    while (late.stats().written === 0) {
      expect(performance.now() - started).toBeLessThan(5000);
      ask(late, 1, "steady");
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
  });

  it("waits while another process holds the write lock, then writes the backlog", async () => {
    const lines: LogLine[] = [];
    const log = startLog(fresh(), lines);
    await log.start();
    const other = new SQLite(target.file);
    other.exec("begin exclusive");
    try {
      ask(log, 40);
      await until(() => log.stats().failures >= 1);
      expect(log.stats().queued).toBe(40);
    } finally {
      other.exec("rollback");
      other.close();
    }
    await until(() => log.stats().queued === 0);
    expect(await storedQuestions(target)).toBe(40);
  });

  it("never holds up the answering thread for another process's lock, as the bot sets it up", async () => {
    const log = questionLogFromConfig(
      { database: fresh(), questionLog: { mode: "anonymous", days: 30, secret: undefined, console: false } },
      memoryLogger([]),
    );
    logs.push(log);
    await log.start();
    const other = new SQLite(target.file);
    other.exec("begin exclusive");
    // The event loop's longest pause while the log keeps trying to write into the locked file.
    let longestPauseMs = 0;
    let last = performance.now();
    const tick = setInterval(() => {
      const at = performance.now();
      longestPauseMs = Math.max(longestPauseMs, at - last);
      last = at;
    }, 5);
    try {
      ask(log, 150, "while locked");
      await until(() => log.stats().failures >= 2, 10_000);
      expect(log.stats().written).toBe(0);
    } finally {
      clearInterval(tick);
      other.exec("rollback");
      other.close();
    }
    // Waiting on the lock inside SQLite (its busy timeout) would have stopped everything meanwhile.
    expect(longestPauseMs).toBeLessThan(150);
    await until(() => log.stats().queued === 0, 10_000);
    expect(await storedQuestions(target)).toBe(150);
  });

  const immutable = canMakeImmutable();
  it.skipIf(!immutable.ok)(
    `waits while the file is read-only, then writes the backlog${immutable.ok ? "" : ` (skipped: ${immutable.reason})`}`,
    async () => {
      const lines: LogLine[] = [];
      const log = startLog(fresh(), lines);
      await log.start();
      ask(log, 5, "first");
      await until(() => log.stats().written === 5);
      // The database and its journal; not the -shm index, which SQLite maps into memory, where a
      // refused write is a SIGBUS rather than an error (no server makes that file read-only alone).
      const files = [target.file, `${target.file}-wal`].filter((f) => existsSync(f));
      setImmutable(files, true);
      try {
        ask(log, 25, "while read-only");
        await until(() => log.stats().failures >= 3);
        expect(log.stats()).toMatchObject({ queued: 25, connected: false });
      } finally {
        setImmutable(files, false);
      }
      await until(() => log.stats().queued === 0);
      expect(await storedQuestions(target)).toBe(30);
    },
  );

  const smallDisk = canMountSmallDisk();
  it.skipIf(!smallDisk.ok)(
    `waits while the disk is full, then writes the backlog${smallDisk.ok ? "" : ` (skipped: ${smallDisk.reason})`}`,
    async () => {
      // A file system of 2 MB of its own, filled to the last byte once the log is running.
      const mount = await mkdtemp(join(tmpdir(), "cis-full-"));
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", mount]);
      const filler = join(mount, "filler");
      try {
        const full: StorageTarget & { kind: "sqlite" } = { kind: "sqlite", file: join(mount, "bot.db") };
        const lines: LogLine[] = [];
        const log = startLog(full, lines);
        await log.start();
        ask(log, 5, "first");
        await until(() => log.stats().written === 5);
        fillDisk(filler);
        const tookMs = ask(log, 200, "while the disk is full");
        expect(tookMs).toBeLessThan(100);
        await until(() => log.stats().failures >= 2);
        expect(log.stats().queued).toBe(200);
        expect(lines.some((l) => l.level === 40 && /cannot be written/.test(l.msg))).toBe(true);
        rmSync(filler);
        await until(() => log.stats().queued === 0);
        await log.close(1000);
        expect(await storedQuestions(full)).toBe(205);
      } finally {
        rmSync(filler, { force: true });
        execFileSync("umount", [mount]);
        await rm(mount, { recursive: true, force: true });
      }
    },
  );

  it("keeps askers as keyed hashes, stable across restarts, and raw ids only in full mode", async () => {
    const file = fresh();
    const first = startLog(file, []);
    await first.start();
    first.recordQuestion({ transport: "dm", userId: "111111111111111111" }, answer("q1"), 1);
    await first.close();
    const second = startLog(file, []);
    await second.start();
    second.recordQuestion({ transport: "dm", userId: "111111111111111111" }, answer("q2"), 1);
    await second.close();
    const full = startLog(file, [], { mode: "full" });
    await full.start();
    full.recordQuestion({ transport: "dm", userId: "222222222222222222" }, answer("q3"), 1);
    await full.close();

    const db = new SQLite(file.file, { readonly: true });
    const rows = db.prepare("select question, asker from questions order by question").all() as {
      question: string;
      asker: string;
    }[];
    const secret = db.prepare("select value from settings where key = 'question_log_secret'").get() as
      | { value: string }
      | undefined;
    db.close();
    expect(rows[0]?.asker).not.toContain("111111111111111111");
    expect(rows[0]?.asker).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rows[1]?.asker).toBe(rows[0]?.asker);
    expect(rows[2]?.asker).toBe("222222222222222222");
    expect(secret?.value.length).toBeGreaterThanOrEqual(32);
  });

  it("forgets a user's queued and stored questions and votes", async () => {
    const log = startLog(fresh(), [], { flushIntervalMs: 60_000 });
    await log.start();
    const id = log.recordQuestion({ transport: "slash", userId: "42" }, answer("mine"), 1) ?? "";
    log.recordQuestion({ transport: "slash", userId: "43" }, answer("theirs"), 1);
    log.recordVote(id, "43", 1);
    await log.close(2000);
    const again = startLog(target, [], { flushIntervalMs: 60_000 });
    await again.start();
    again.recordQuestion({ transport: "dm", userId: "42" }, answer("mine, queued"), 1);
    again.recordVote(id, "42", -1);
    expect(await again.forget("42")).toEqual({ questions: 2, votes: 1 });
    expect(await again.forget("43")).toEqual({ questions: 1, votes: 1 });
    await again.close(2000);
    expect(await storedQuestions(target)).toBe(0);
  });

  it("deletes entries older than QUESTION_LOG_DAYS while it runs", async () => {
    let now = Date.now() - 40 * DAY_MS;
    const lines: LogLine[] = [];
    const log = startLog(fresh(), lines, { days: 30, now: () => now, retentionIntervalMs: 50 });
    await log.start();
    ask(log, 3, "long ago");
    await until(() => log.stats().written === 3);
    now = Date.now();
    ask(log, 2, "today");
    await until(async () => lines.some((l) => /old entries deleted/.test(l.msg)));
    expect(lines.find((l) => /old entries deleted/.test(l.msg))).toMatchObject({
      questions: 3,
      olderThanDays: 30,
    });
    const db = new SQLite(target.file, { readonly: true });
    const left = db.prepare("select question from questions order by question").all() as {
      question: string;
    }[];
    db.close();
    expect(left.map((r) => r.question)).toEqual(["today 0", "today 1"]);
  });

  it("keeps nothing and opens nothing when off", async () => {
    const log = createQuestionLog({
      mode: "off",
      days: 30,
      logger: memoryLogger([]),
      open: () => Promise.reject(new Error("must not open")),
    });
    await log.start();
    expect(log.recordQuestion({ transport: "slash", userId: "1" }, answer("q"), 1)).toBeUndefined();
    expect(log.stats()).toMatchObject({ queued: 0, written: 0 });
  });
});

/** Whether this machine lets the test make a file immutable (root with chattr, on ext4 and the like). */
function canMakeImmutable(): { ok: boolean; reason: string } {
  if (process.getuid?.() !== 0)
    return { ok: false, reason: "needs root for chattr +i; file modes do not bind open files" };
  try {
    const probeFile = join(tmpdir(), `cis-chattr-${process.pid}`);
    execFileSync("touch", [probeFile]);
    execFileSync("chattr", ["+i", probeFile], { stdio: "ignore" });
    execFileSync("chattr", ["-i", probeFile], { stdio: "ignore" });
    execFileSync("rm", ["-f", probeFile]);
    return { ok: true, reason: "" };
  } catch (error) {
    return {
      ok: false,
      reason: `chattr +i is not available here (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/** Whether this process may mount a small tmpfs (root, and a kernel that lets it). */
function canMountSmallDisk(): { ok: boolean; reason: string } {
  if (process.getuid?.() !== 0) return { ok: false, reason: "needs root to mount a small tmpfs" };
  const dir = join(tmpdir(), `cis-mount-probe-${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir], { stdio: "ignore" });
    execFileSync("umount", [dir], { stdio: "ignore" });
    return { ok: true, reason: "" };
  } catch (error) {
    return {
      ok: false,
      reason: `mounting a tmpfs is not allowed here (${error instanceof Error ? error.message : String(error)})`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes to `file` until the file system has no byte left. */
function fillDisk(file: string): void {
  const fd = openSync(file, "w");
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
  } finally {
    closeSync(fd);
  }
}

function setImmutable(files: string[], on: boolean): void {
  for (const file of files) execFileSync("chattr", [on ? "+i" : "-i", file]);
}
