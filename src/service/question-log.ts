import { createHmac, randomBytes, randomFillSync } from "node:crypto";
import type { Logger } from "../log.js";
import type { Answer } from "../qa/types.js";
import { dayOf } from "../storage/insights-query.js";
import type {
  InsightsData,
  InsightsQuery,
  QuestionRecord,
  QuestionStore,
  VoteRecord,
} from "../storage/question-store.js";
import { DatabaseTooNewError } from "../storage/schema-version.js";
import { groupKey, guessLanguage, type SynonymStems } from "./question-groups.js";

export type QuestionLogMode = "off" | "anonymous" | "full";
export type Transport = "slash" | "button" | "dm" | "mention" | "console";

/** Who asked, and where. */
export interface AskOrigin {
  transport: Transport;
  userId: string;
  guildId?: string | null;
  channelId?: string | null;
}

export interface QuestionLogSettings {
  mode: QuestionLogMode;
  /** Days a question or vote is kept. */
  days: number;
  /** The HMAC key for askers; when absent, one is generated once and kept in the database. */
  secret?: string;
}

export interface QuestionLogOptions extends QuestionLogSettings {
  logger: Logger;
  /** Opens the store; called again after a failure until it succeeds. */
  open: () => Promise<QuestionStore>;
  /** Entries held in memory while the database is slow or away; beyond it new ones are dropped. */
  capacity?: number;
  /**
   * Entries written in one transaction. SQLite, whose statements run on this thread, makes and
   * inserts ROWS_PER_TURN of them a turn, with the answers that arrived meanwhile going first.
   */
  batchSize?: number;
  /**
   * The quiet time before the queue is written: nothing is written while questions and votes keep
   * arriving less than this apart, unless the queue holds `busyQueue` entries or its oldest has
   * waited `maxDelayMs`.
   */
  flushIntervalMs?: number;
  /** Entries past which the queue is written even while questions keep arriving; half the capacity by default. */
  busyQueue?: number;
  /** The longest an entry waits for a quiet moment before it is written anyway. */
  maxDelayMs?: number;
  /** The longest wait between attempts while the database is away. */
  maxRetryMs?: number;
  /** How often old entries are deleted. */
  retentionIntervalMs?: number;
  now?: () => number;
}

export interface QuestionLogStats {
  queued: number;
  written: number;
  dropped: number;
  failures: number;
  connected: boolean;
}

/** The store could not be reached for a request that needs it now (/forget-me, /insights). */
export class LogUnavailableError extends Error {
  constructor(cause?: unknown) {
    super("the question log's database cannot be reached right now", { cause });
    this.name = "LogUnavailableError";
  }
}

/**
 * The question log. `recordQuestion` and `recordVote` only put an entry in a bounded queue and
 * return: the answer never waits for the database. A timer writes the queue in batches; while the
 * database is away the queue keeps what it can (and counts what it drops), and the backlog is written
 * when it returns. Askers are hashed at write time with the HMAC key, so no raw id reaches the disk
 * (unless the mode is "full").
 */
export interface QuestionLog {
  readonly mode: QuestionLogMode;
  readonly days: number;
  /**
   * Opens the database once, for start-up: a database newer than the code is thrown (the bot must
   * not start); any other failure is logged and the log keeps retrying in the background.
   */
  start(): Promise<void>;
  /** Logs one answered question; returns its id (for feedback buttons), or undefined when the log is off. */
  recordQuestion(
    origin: AskOrigin,
    answer: Answer,
    latencyMs: number,
    synonyms?: SynonymStems,
  ): string | undefined;
  recordVote(questionId: string, userId: string, vote: 1 | -1): void;
  /** Deletes everything of this user: queued entries and stored rows. */
  forget(userId: string): Promise<{ questions: number; votes: number }>;
  insights(query: InsightsQuery): Promise<InsightsData>;
  stats(): QuestionLogStats;
  /** Writes what it can within `timeoutMs` (or until `signal` aborts), then closes the store. */
  close(timeoutMs?: number, signal?: AbortSignal): Promise<void>;
}

/**
 * One queued entry: a question or a vote, as recorded, not yet turned into a row. `forgotten`: its
 * user asked to be forgotten; it is never written. `sent`: its row is in a write under way.
 */
type Entry = {
  forgotten?: boolean;
  sent?: boolean;
  /** performance.now() when recorded. */
  queuedAt: number;
} & (
  | {
      kind: "question";
      userId: string;
      /** Language and group are worked out when the entry is written, off the answer's path. */
      row: Omit<QuestionRecord, "asker" | "language" | "group_key" | "answer_key">;
      language: string | undefined;
      synonyms: SynonymStems | undefined;
    }
  | { kind: "vote"; userId: string; row: Omit<VoteRecord, "voter"> }
);

const SECRET_SETTING = "question_log_secret";
/**
 * Rows made (and, on SQLite, written) before the event loop turns: each costs some 25 µs on the thread
 * that answers (its language, group and hashed asker, then the insert), so a turn stays near a
 * quarter of a millisecond.
 */
const ROWS_PER_TURN = 10;
const ID_BYTES = 9; // 12 base64url characters
/** Askers whose hash is kept for the next time they ask. */
const HASHES_KEPT = 1000;
/**
 * Random bytes for question ids, drawn from the system a few hundred ids at a time: one call to it
 * costs tens of microseconds on some machines (a virtual one's entropy source), on the answer's path.
 */
const idPool = Buffer.alloc(ID_BYTES * 256);
let idPoolUsed = idPool.length;

/** A new question id: 12 random base64url characters. */
export function newQuestionId(): string {
  if (idPoolUsed + ID_BYTES > idPool.length) {
    randomFillSync(idPool);
    idPoolUsed = 0;
  }
  const id = idPool.toString("base64url", idPoolUsed, idPoolUsed + ID_BYTES);
  idPoolUsed += ID_BYTES;
  return id;
}

export function createQuestionLog(options: QuestionLogOptions): QuestionLog {
  if (options.mode === "off") return offLog(options);
  const { logger, mode } = options;
  const capacity = options.capacity ?? 10_000;
  const batchSize = options.batchSize ?? 500;
  const flushIntervalMs = options.flushIntervalMs ?? 50;
  const busyQueue = Math.max(1, Math.min(capacity, options.busyQueue ?? Math.ceil(capacity / 2)));
  const maxDelayMs = options.maxDelayMs ?? 10_000;
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  const retentionIntervalMs = options.retentionIntervalMs ?? 3_600_000;
  const now = options.now ?? Date.now;

  const queue: Entry[] = [];
  let head = 0; // entries before `head` are written; the array is compacted now and then
  let store: QuestionStore | undefined;
  let opening: Promise<QuestionStore> | undefined;
  let secret = options.secret;
  let written = 0;
  let dropped = 0;
  let droppedReported = 0;
  let failures = 0;
  let failing = false;
  let retryMs = flushIntervalMs;
  let flushing: Promise<void> | undefined;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let lastRetention = 0;
  /** Set when close() gives up: a write in flight finishes, no new one starts. */
  let closedHard = false;
  /** When the last question or vote was recorded. */
  let lastArrival = Number.NEGATIVE_INFINITY;

  const pending = () => queue.length - head;
  /** Whether the queue must be written even though questions keep arriving: it is long, late, or closing. */
  function overdue(): boolean {
    const oldest = queue[head];
    return (
      closed ||
      pending() >= busyQueue ||
      (oldest !== undefined && performance.now() - oldest.queuedAt >= maxDelayMs)
    );
  }
  /** How long to wait before writing: until the log is quiet or the oldest entry late; 0 when either is so. */
  function waitBeforeWriting(): number {
    if (overdue()) return 0;
    const t = performance.now();
    const quietIn = lastArrival + flushIntervalMs - t;
    const lateIn = (queue[head]?.queuedAt ?? t) + maxDelayMs - t;
    return Math.max(0, Math.min(quietIn, lateIn));
  }

  function schedule(delayMs: number): void {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, delayMs);
    timer.unref();
  }

  function push(entry: Entry): void {
    if (closed) return;
    if (pending() >= capacity) {
      dropped++;
      return;
    }
    queue.push(entry);
    lastArrival = entry.queuedAt;
    // Written once questions stop arriving for a moment; at once when the queue is already long.
    if (pending() === busyQueue && !failing && !flushing) {
      if (timer) clearTimeout(timer);
      timer = undefined;
      schedule(0);
    } else schedule(Math.min(flushIntervalMs, maxDelayMs));
  }

  async function ready(): Promise<QuestionStore> {
    if (store) return store;
    opening ??= (async () => {
      const opened = await options.open();
      try {
        secret ??= await opened.setting(SECRET_SETTING, () => randomBytes(32).toString("base64url"));
      } catch (error) {
        await opened.close().catch(() => {});
        throw error;
      }
      store = opened;
      return opened;
    })().finally(() => {
      opening = undefined;
    });
    return opening;
  }

  /**
   * The askers hashed lately: a busy server's regulars ask again and again, and each HMAC costs
   * several microseconds on the answering thread. Bounded; the oldest go first.
   */
  const hashes = new Map<string, string>();
  let hashedWith: string | undefined;
  const hash = (userId: string) => {
    const key = secret ?? "";
    if (hashedWith !== key) {
      hashes.clear();
      hashedWith = key;
    }
    let hashed = hashes.get(userId);
    if (hashed === undefined) {
      hashed = hashAsker(userId, mode, key);
      if (hashes.size >= HASHES_KEPT) hashes.delete(hashes.keys().next().value as string);
      hashes.set(userId, hashed);
    }
    return hashed;
  };

  async function writeOnce(): Promise<void> {
    const s = await ready();
    // Each batch starts when the log is quiet: questions that keep arriving are answered with no write
    // between them. A queue that is overdue (long, or late) is written whole, quiet or not.
    let draining = false;
    while (pending() > 0 && !closedHard) {
      if (!draining) {
        if (waitBeforeWriting() > 0) break;
        draining = overdue();
      }
      const batch = queue.slice(head, head + batchSize);
      const made: [Entry, QuestionRecord | VoteRecord][] = [];
      for (let from = 0; from < batch.length; from += ROWS_PER_TURN) {
        // Answers that arrived meanwhile go before the next few rows.
        if (from > 0) await nextTurn();
        for (const entry of batch.slice(from, from + ROWS_PER_TURN)) {
          if (!entry.forgotten) made.push([entry, prepareRow(entry, hash(entry.userId))]);
        }
      }
      // An entry forgotten while its batch was being made is left out here, at the last moment.
      const rows = { questions: [] as QuestionRecord[], votes: [] as VoteRecord[] };
      const sent: Entry[] = [];
      for (const [entry, row] of made) {
        if (entry.forgotten) continue;
        entry.sent = true;
        sent.push(entry);
        if (entry.kind === "question") rows.questions.push(row as QuestionRecord);
        else rows.votes.push(row as VoteRecord);
      }
      try {
        // SQLite: one transaction for the batch, its rows inserted a few a turn.
        await s.write(rows, { pause: nextTurn, rowsPerTurn: ROWS_PER_TURN });
      } catch (error) {
        for (const entry of sent) entry.sent = false;
        throw error;
      }
      head += batch.length;
      written += batch.length;
      if (head > 4096 && head * 2 > queue.length) {
        queue.splice(0, head);
        head = 0;
      }
      // Events that arrived during the batch (questions to answer) go before the next one.
      if (pending() > 0) await nextTurn();
    }
    if (now() - lastRetention >= retentionIntervalMs) {
      lastRetention = now();
      const cutoff = now() - options.days * 86_400_000;
      const deleted = await s.deleteOlderThan(cutoff);
      if (deleted.questions + deleted.votes > 0) {
        logger.info({ ...deleted, olderThanDays: options.days }, "question log: old entries deleted");
      }
    }
  }

  function flush(): Promise<void> {
    flushing ??= (async () => {
      try {
        await writeOnce();
        if (failing) {
          logger.info(
            { where: store?.where, written, queued: pending() },
            pending() === 0
              ? "question log: database is back; backlog written"
              : "question log: database is back; backlog written once questions pause",
          );
        }
        failing = false;
        retryMs = flushIntervalMs;
      } catch (error) {
        if (error instanceof DatabaseTooNewError) {
          // Writing to a newer schema could damage it: the log stops, the bot goes on answering.
          logger.error({ err: error }, "question log: stopped");
          closed = true;
          queue.length = 0;
          head = 0;
          return;
        }
        failures++;
        if (!failing) {
          logger.warn(
            { err: error, queued: pending() },
            "question log: the database cannot be written; answers go on, entries wait in memory",
          );
        }
        failing = true;
        // A connection left broken (a file made read-only, a server restarted) is opened afresh.
        if (store && failures % 3 === 0) {
          const old = store;
          store = undefined;
          await old.close().catch(() => {});
        }
        retryMs = Math.min(maxRetryMs, retryMs * 2);
      } finally {
        flushing = undefined;
      }
      reportDrops();
      if (pending() > 0) schedule(failing ? retryMs : waitBeforeWriting());
    })();
    return flushing;
  }

  function reportDrops(): void {
    if (dropped > droppedReported) {
      logger.warn(
        { dropped: dropped - droppedReported, droppedTotal: dropped, capacity },
        "question log: the queue was full; entries were dropped (answers were not affected)",
      );
      droppedReported = dropped;
    }
  }

  // Retention runs while the bot runs, even when nobody asks anything.
  const retention = setInterval(() => {
    if (pending() === 0) void flush();
  }, retentionIntervalMs);
  retention.unref();
  return {
    mode,
    days: options.days,
    async start() {
      try {
        await ready();
      } catch (error) {
        if (error instanceof DatabaseTooNewError) {
          closed = true;
          throw error;
        }
        logger.warn(
          { err: error },
          "question log: the database cannot be reached; the bot answers anyway and retries in the background",
        );
        failing = true;
        schedule(retryMs);
        return;
      }
      logger.info({ where: store?.where, mode, days: options.days }, "question log: ready");
      void flush();
    },
    recordQuestion(origin, answer, latencyMs, synonyms) {
      const id = newQuestionId();
      const at = now();
      const extra = answer as Answer & { language?: unknown; verdict?: unknown };
      push({
        kind: "question",
        queuedAt: performance.now(),
        userId: origin.userId,
        language: typeof extra.language === "string" ? extra.language : undefined,
        synonyms,
        row: {
          id,
          asked_at: at,
          day: dayOf(at),
          transport: origin.transport,
          guild_id: origin.guildId ?? null,
          channel_id: origin.channelId ?? null,
          question: answer.question,
          answered: answer.answered ? 1 : 0,
          // A yes/no question's "yes" or "no"; empty for every other question.
          verdict: typeof extra.verdict === "string" ? extra.verdict : "",
          facts: answer.facts.join(" "),
          confidence: answer.confidence,
          latency_ms: Math.round(latencyMs * 1000) / 1000,
        },
      });
      return id;
    },
    recordVote(questionId, userId, vote) {
      const at = now();
      push({
        kind: "vote",
        queuedAt: performance.now(),
        userId,
        row: { question_id: questionId, vote, voted_at: at, day: dayOf(at) },
      });
    },
    async forget(userId) {
      // What is still queued is never written; a write under way ends before their rows are deleted,
      // so nothing of theirs reaches the database after this.
      let queuedQuestions = 0;
      let queuedVotes = 0;
      for (let i = head; i < queue.length; i++) {
        const entry = queue[i];
        if (!entry || entry.userId !== userId || entry.forgotten) continue;
        entry.forgotten = true;
        // A row already on its way is deleted, and counted, with the stored ones.
        if (entry.sent) continue;
        if (entry.kind === "question") queuedQuestions++;
        else queuedVotes++;
      }
      await flushing;
      let s: QuestionStore;
      try {
        s = await ready();
      } catch (error) {
        throw new LogUnavailableError(error);
      }
      const askers = [...new Set([hash(userId), userId])];
      let stored: { questions: number; votes: number };
      try {
        stored = await s.forget(askers);
      } catch (error) {
        throw new LogUnavailableError(error);
      }
      return { questions: stored.questions + queuedQuestions, votes: stored.votes + queuedVotes };
    },
    async insights(query) {
      let s: QuestionStore;
      try {
        s = await ready();
      } catch (error) {
        throw new LogUnavailableError(error);
      }
      try {
        return await s.insights(query);
      } catch (error) {
        throw new LogUnavailableError(error);
      }
    },
    stats: () => ({
      queued: pending(),
      written,
      dropped,
      failures,
      connected: store !== undefined && !failing,
    }),
    async close(timeoutMs = 3000, signal) {
      if (closed) return;
      closed = true;
      clearInterval(retention);
      if (timer) clearTimeout(timer);
      timer = undefined;
      const deadline = Date.now() + timeoutMs;
      const leftTime = () => (signal?.aborted ? 0 : Math.max(0, deadline - Date.now()));
      // Whatever is queued gets until the deadline; a database that is away does not hold up the exit.
      while (pending() > 0 && leftTime() > 0) {
        const attempt = flush();
        const ok = await Promise.race([attempt.then(() => true), sleep(leftTime()).then(() => false)]);
        if (!ok) break;
        if (failing) await sleep(Math.min(200, leftTime()));
      }
      closedHard = true;
      if (pending() > 0) {
        logger.warn(
          { lost: pending() },
          "question log: shutting down with entries the database did not take",
        );
      } else {
        logger.info({ written }, "question log: everything written");
      }
      reportDrops();
      await Promise.race([flushing ?? Promise.resolve(), sleep(leftTime())]);
      await store?.close().catch(() => {});
    },
  };
}

/** QUESTION_LOG=off: nothing is kept, nothing is opened. */
function offLog(options: QuestionLogOptions): QuestionLog {
  return {
    mode: "off",
    days: options.days,
    start: async () => {},
    recordQuestion: () => undefined,
    recordVote: () => {},
    forget: async () => ({ questions: 0, votes: 0 }),
    insights: async () => {
      throw new LogUnavailableError();
    },
    stats: () => ({ queued: 0, written: 0, dropped: 0, failures: 0, connected: false }),
    close: async () => {},
  };
}

/** Lets the events that arrived meanwhile (questions to answer) run first. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** The asker as stored: an HMAC of their id, or the id itself in full mode. */
function hashAsker(userId: string, mode: "anonymous" | "full", secret: string): string {
  if (mode === "full") return userId;
  return createHmac("sha256", secret).update(userId).digest("base64url");
}

/** A queued entry as the row a store writes. */
function prepareRow(entry: Entry, asker: string): QuestionRecord | VoteRecord {
  return entry.kind === "question" ? questionRow(entry, asker) : { ...entry.row, voter: asker };
}

/** The row of a queued question: its language, its group and what its answer was made of. */
function questionRow(entry: Extract<Entry, { kind: "question" }>, asker: string): QuestionRecord {
  const language = entry.language ?? guessLanguage(entry.row.question);
  const key = groupKey(entry.row.question, language, entry.synonyms);
  const answerKey =
    entry.row.answered === 1 && entry.row.facts !== "" ? entry.row.facts : `unanswered: ${key}`;
  return { ...entry.row, asker, language, group_key: key, answer_key: answerKey };
}
