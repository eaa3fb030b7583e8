import { CompiledQuery, type Kysely, sql, type Transaction } from "kysely";
import {
  dayOf,
  type InsightsData,
  type InsightsQuery,
  numberedPlaceholders,
  type RunQuery,
  readInsights,
} from "./insights-query.js";
import type { OpenedDatabase } from "./open.js";
import type { Database, QuestionTable, VoteTable } from "./schema.js";

export type QuestionRecord = QuestionTable;
export type VoteRecord = VoteTable;

export type { InsightsData, InsightsQuery } from "./insights-query.js";
export { DAY_MS, dayOf } from "./insights-query.js";

/**
 * The question log's storage, whatever the database. Every method may fail (the database is down,
 * locked, full): callers decide what that means; the log's queue retries writes.
 */
export interface QuestionStore {
  readonly dialect: "sqlite" | "postgres";
  readonly where: string;
  /**
   * Writes a batch of questions and votes in one transaction, with the running counts. With `pause`,
   * SQLite (whose statements run on the caller's thread) awaits it after every `rowsPerTurn` rows
   * inserted, so that other work runs between them; the transaction stays open meanwhile.
   */
  write(batch: { questions: QuestionRecord[]; votes: VoteRecord[] }, options?: WriteOptions): Promise<void>;
  /** Deletes everything of these askers (their hashed and raw ids); returns what was deleted. */
  forget(askers: string[]): Promise<{ questions: number; votes: number }>;
  /** Deletes questions and votes older than `beforeMs`, and counts of days before it. */
  deleteOlderThan(beforeMs: number): Promise<{ questions: number; votes: number }>;
  insights(query: InsightsQuery): Promise<InsightsData>;
  /** A setting kept in the database; `create` gives the value to store when there is none yet. */
  setting(key: string, create: () => string): Promise<string>;
  /** Checks the database answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Rows per statement that lists its values: well below SQLite's 32,766 bound parameters. */
const ROWS_PER_INSERT = 250;
/** Rows per PostgreSQL statement that takes its values as arrays (one parameter per column). */
const ROWS_PER_ARRAY_INSERT = 10_000;
/** Ids per `in (…)` list. */
const IDS_PER_LOOKUP = 500;

const QUESTION_COLUMNS = [
  ["id", "text"],
  ["asked_at", "bigint"],
  ["day", "integer"],
  ["transport", "text"],
  ["guild_id", "text"],
  ["channel_id", "text"],
  ["asker", "text"],
  ["language", "text"],
  ["question", "text"],
  ["group_key", "text"],
  ["answered", "integer"],
  ["verdict", "text"],
  ["facts", "text"],
  ["answer_key", "text"],
  ["confidence", "real"],
  ["latency_ms", "real"],
] as const satisfies readonly (readonly [keyof QuestionRecord, string])[];

const VOTE_COLUMNS = [
  ["question_id", "text"],
  ["voter", "text"],
  ["vote", "integer"],
  ["voted_at", "bigint"],
  ["day", "integer"],
] as const satisfies readonly (readonly [keyof VoteRecord, string])[];

export interface WriteOptions {
  pause?: () => Promise<void>;
  rowsPerTurn?: number;
}

type Executor = Kysely<Database> | Transaction<Database>;

export function createQuestionStore(opened: OpenedDatabase): QuestionStore {
  const { db, dialect, where } = opened;

  /** Runs plain SQL written with `?` placeholders, in either database. */
  const runner =
    (on: Executor): RunQuery =>
    async (text, params) => {
      const compiled = CompiledQuery.raw(dialect === "postgres" ? numberedPlaceholders(text) : text, [
        ...params,
      ]);
      return (await on.executeQuery<Record<string, unknown>>(compiled)).rows;
    };

  /** SQLite: statements prepared once and run row by row, the fastest way to write a batch there. */
  const statements = new Map<string, import("better-sqlite3").Statement>();
  function prepared(text: string): import("better-sqlite3").Statement | undefined {
    if (!opened.sqlite) return undefined;
    let statement = statements.get(text);
    if (!statement) {
      statement = opened.sqlite.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  }

  /**
   * Inserts rows, a batch at a time: SQLite runs one prepared statement per row (inside the caller's
   * transaction, on the connection it holds), PostgreSQL takes one array per column (`unnest`), so a
   * batch of thousands costs a few statements. With `returnIds`, gives the ids of the rows inserted.
   */
  async function insertRows<T extends object>(
    run: RunQuery,
    table: string,
    columns: readonly (readonly [keyof T & string, string])[],
    rows: T[],
    tail: string,
    returnIds = false,
    turns: WriteOptions = {},
  ): Promise<string[]> {
    const names = columns.map(([name]) => name).join(", ");
    const ids: string[] = [];
    const values = (row: T) => columns.map(([name]) => row[name]);
    const single = prepared(
      `insert into ${table} (${names}) values (${columns.map(() => "?").join(", ")}) ${tail}`,
    );
    if (single) {
      const { pause, rowsPerTurn = Number.POSITIVE_INFINITY } = turns;
      let inTurn = 0;
      for (const row of rows) {
        if (pause && inTurn++ >= rowsPerTurn) {
          await pause();
          inTurn = 1;
        }
        const info = single.run(...values(row));
        if (returnIds && info.changes > 0) ids.push(String((row as { id?: unknown }).id));
      }
      return ids;
    }
    const returning = returnIds ? " returning id" : "";
    if (dialect === "postgres") {
      const arrays = columns.map(([, type]) => `?::${type}[]`).join(", ");
      for (const chunk of chunks(rows, ROWS_PER_ARRAY_INSERT)) {
        const params = columns.map(([name]) => chunk.map((row) => row[name]));
        const out = await run(
          `insert into ${table} (${names}) select * from unnest(${arrays}) ${tail}${returning}`,
          params,
        );
        for (const row of out) ids.push(String(row.id));
      }
      return ids;
    }
    const tuple = `(${columns.map(() => "?").join(", ")})`;
    for (const chunk of chunks(rows, ROWS_PER_INSERT)) {
      const params = chunk.flatMap(values);
      const out = await run(
        `insert into ${table} (${names}) values ${chunk.map(() => tuple).join(", ")} ${tail}${returning}`,
        params,
      );
      for (const row of out) ids.push(String(row.id));
    }
    return ids;
  }

  /** Adds to the running counts through the same batch path as the rows. */
  const upserter =
    (run: RunQuery): UpsertCounts =>
    async (table, rows) => {
      if (rows.length === 0) return;
      const { keys, counts } = COUNT_TABLES[table];
      const update = counts.map(([name]) => `${name} = ${table}.${name} + excluded.${name}`).join(", ");
      await insertRows(
        run,
        table,
        [...keys, ...counts] as [keyof (typeof rows)[number] & string, string][],
        rows,
        `on conflict (${keys.map(([name]) => name).join(", ")}) do update set ${update}`,
      );
    };

  /** Rows whose `column` is one of `ids`, a few hundred ids per statement. */
  async function lookup(run: RunQuery, select: string, column: string, ids: string[], extra = "") {
    const out: Record<string, unknown>[] = [];
    for (const chunk of chunks(ids, IDS_PER_LOOKUP)) {
      out.push(
        ...(await run(`${select} where ${column} in (${chunk.map(() => "?").join(", ")}) ${extra}`, chunk)),
      );
    }
    return out;
  }

  async function write(
    batch: { questions: QuestionRecord[]; votes: VoteRecord[] },
    turns: WriteOptions = {},
  ): Promise<void> {
    if (batch.questions.length === 0 && batch.votes.length === 0) return;
    await db.transaction().execute(async (tx) => {
      const run = runner(tx);
      // A batch retried after a lost commit must not count its questions twice: only new rows count.
      const questions = [...new Map(batch.questions.map((q) => [q.id, q])).values()];
      const inserted = new Set(
        await insertRows(
          run,
          "questions",
          QUESTION_COLUMNS,
          questions,
          "on conflict (id) do nothing",
          true,
          turns,
        ),
      );
      await addCounts(
        upserter(run),
        questions.filter((q) => inserted.has(q.id)),
        1,
      );
      // A later vote of the same user on the same answer replaces the earlier one, also in one batch;
      // the counts move the replaced vote out and the new one in (a retried batch thus counts once).
      const votes = [...new Map(batch.votes.map((v) => [`${v.question_id} ${v.voter}`, v])).values()];
      if (votes.length === 0) return;
      const ids = [...new Set(votes.map((v) => v.question_id))];
      const before = new Map(
        (await lookup(run, "select question_id, voter, vote, day from votes", "question_id", ids)).map(
          (r) => [`${r.question_id} ${r.voter}`, { vote: Number(r.vote), day: Number(r.day) }],
        ),
      );
      const answerKeys = new Map(
        (await lookup(run, "select id, answer_key from questions", "id", ids)).map((r) => [
          String(r.id),
          String(r.answer_key),
        ]),
      );
      const changes: CountedVote[] = [];
      for (const v of votes) {
        const answerKey = answerKeys.get(v.question_id);
        const old = before.get(`${v.question_id} ${v.voter}`);
        if (old) changes.push({ day: old.day, vote: old.vote, answerKey, sign: -1 });
        changes.push({ day: v.day, vote: v.vote, answerKey, sign: 1 });
      }
      await insertRows(
        run,
        "votes",
        VOTE_COLUMNS,
        votes,
        "on conflict (question_id, voter) do update set vote = excluded.vote, voted_at = excluded.voted_at, day = excluded.day",
      );
      await addVoteCounts(upserter(run), changes);
    });
    opened.checkpoints?.afterWrite();
  }

  async function forget(askers: string[]): Promise<{ questions: number; votes: number }> {
    if (askers.length === 0) return { questions: 0, votes: 0 };
    return db.transaction().execute(async (tx) => {
      const run = runner(tx);
      const list = askers.map(() => "?").join(", ");
      const mine = await tx
        .selectFrom("questions")
        .select(["id", "day", "transport", "answered", "group_key", "facts"])
        .where("asker", "in", askers)
        .execute();
      await addCounts(upserter(run), mine, -1);
      // Their votes leave every count; the votes others gave their answers stay (they are the others'),
      // but leave the per-answer counts, as an answer no longer in the log is no longer rated.
      const gone = await run(
        `select v.vote, v.day, q.answer_key, 1 as mine from votes v left join questions q on q.id = v.question_id where v.voter in (${list})
         union all
         select v.vote, v.day, q.answer_key, 0 as mine from votes v join questions q on q.id = v.question_id where q.asker in (${list}) and v.voter not in (${list})`,
        [...askers, ...askers, ...askers],
      );
      await addVoteCounts(
        upserter(run),
        gone.map((r) => ({
          day: Number(r.day),
          vote: Number(r.vote),
          answerKey: r.answer_key === null || r.answer_key === undefined ? undefined : String(r.answer_key),
          sign: -1,
          daily: Number(r.mine) === 1,
        })),
      );
      const votes = await tx.deleteFrom("votes").where("voter", "in", askers).executeTakeFirst();
      const questions = await tx.deleteFrom("questions").where("asker", "in", askers).executeTakeFirst();
      return { questions: Number(questions.numDeletedRows), votes: Number(votes.numDeletedRows) };
    });
  }

  async function deleteOlderThan(beforeMs: number): Promise<{ questions: number; votes: number }> {
    const beforeDay = dayOf(beforeMs);
    return db.transaction().execute(async (tx) => {
      const questions = await tx.deleteFrom("questions").where("asked_at", "<", beforeMs).executeTakeFirst();
      const votes = await tx.deleteFrom("votes").where("voted_at", "<", beforeMs).executeTakeFirst();
      // A day partly kept keeps its counts until it has gone entirely.
      for (const table of [
        "question_days",
        "unanswered_days",
        "fact_days",
        "vote_days",
        "rating_days",
      ] as const) {
        await tx.deleteFrom(table).where("day", "<", beforeDay).execute();
      }
      return { questions: Number(questions.numDeletedRows), votes: Number(votes.numDeletedRows) };
    });
  }

  function insights(query: InsightsQuery): Promise<InsightsData> {
    return readInsights(runner(db), query, { lateral: dialect === "postgres" });
  }

  async function setting(key: string, create: () => string): Promise<string> {
    // Insert-if-absent, then read: two processes starting at once agree on one value.
    await db
      .insertInto("settings")
      .values({ key, value: create() })
      .onConflict((oc) => oc.column("key").doNothing())
      .execute();
    const row = await db
      .selectFrom("settings")
      .select("value")
      .where("key", "=", key)
      .executeTakeFirstOrThrow();
    return row.value;
  }

  return {
    dialect,
    where,
    write,
    forget,
    deleteOlderThan,
    insights,
    setting,
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await opened.checkpoints?.settled();
      statements.clear();
      await db.destroy();
    },
  };
}

/** Adds rows of counts to a table of counts: new keys are inserted, known ones added to. */
type UpsertCounts = <T extends { day: number }>(table: CountTable, rows: T[]) => Promise<void>;

type CountTable = "question_days" | "unanswered_days" | "fact_days" | "vote_days" | "rating_days";

/** Each table of counts: its key, and its counts, with their PostgreSQL types. */
const COUNT_TABLES: Record<CountTable, { keys: [string, string][]; counts: [string, string][] }> = {
  question_days: {
    keys: [
      ["day", "integer"],
      ["transport", "text"],
      ["answered", "integer"],
    ],
    counts: [["count", "integer"]],
  },
  unanswered_days: {
    keys: [
      ["day", "integer"],
      ["group_key", "text"],
    ],
    counts: [["count", "integer"]],
  },
  fact_days: {
    keys: [
      ["day", "integer"],
      ["fact_id", "text"],
    ],
    counts: [["count", "integer"]],
  },
  vote_days: {
    keys: [["day", "integer"]],
    counts: [
      ["up", "integer"],
      ["down", "integer"],
    ],
  },
  rating_days: {
    keys: [
      ["day", "integer"],
      ["answer_key", "text"],
    ],
    counts: [
      ["up", "integer"],
      ["down", "integer"],
    ],
  },
};

type CountedQuestion = Pick<QuestionRecord, "day" | "transport" | "answered" | "group_key" | "facts">;

/** Adds (sign 1) or removes (sign -1) questions from the running counts. */
async function addCounts(upsertCounts: UpsertCounts, rows: CountedQuestion[], sign: 1 | -1) {
  if (rows.length === 0) return;
  const days = new Map<string, { day: number; transport: string; answered: number; count: number }>();
  const groups = new Map<string, { day: number; group_key: string; count: number }>();
  const facts = new Map<string, { day: number; fact_id: string; count: number }>();
  for (const row of rows) {
    const day = Number(row.day);
    const answered = Number(row.answered);
    bump(
      days,
      `${day} ${row.transport} ${answered}`,
      { day, transport: row.transport, answered, count: 0 },
      sign,
    );
    if (answered === 0)
      bump(groups, `${day} ${row.group_key}`, { day, group_key: row.group_key, count: 0 }, sign);
    for (const fact of row.facts.split(" ").filter(Boolean)) {
      bump(facts, `${day} ${fact}`, { day, fact_id: fact, count: 0 }, sign);
    }
  }
  await upsertCounts("question_days", [...days.values()]);
  await upsertCounts("unanswered_days", [...groups.values()]);
  await upsertCounts("fact_days", [...facts.values()]);
}

interface CountedVote {
  day: number;
  vote: number;
  /** The rated answer's key; unknown when its question is not (or no longer) in the log. */
  answerKey: string | undefined;
  sign: 1 | -1;
  /** Whether the vote moves in the per-day counts too; false: in the per-answer ones only. */
  daily?: boolean;
}

/** Moves votes into (sign 1) or out of (sign -1) the daily vote counts and the per-answer ones. */
async function addVoteCounts(upsertCounts: UpsertCounts, votes: CountedVote[]) {
  const days = new Map<number, { day: number; up: number; down: number }>();
  const ratings = new Map<string, { day: number; answer_key: string; up: number; down: number }>();
  for (const v of votes) {
    const up = v.vote > 0 ? v.sign : 0;
    const down = v.vote < 0 ? v.sign : 0;
    if (v.daily !== false) {
      const day = days.get(v.day) ?? { day: v.day, up: 0, down: 0 };
      day.up += up;
      day.down += down;
      days.set(v.day, day);
    }
    if (v.answerKey === undefined) continue;
    const key = `${v.day} ${v.answerKey}`;
    const rating = ratings.get(key) ?? { day: v.day, answer_key: v.answerKey, up: 0, down: 0 };
    rating.up += up;
    rating.down += down;
    ratings.set(key, rating);
  }
  const changed = <T extends { up: number; down: number }>(rows: Iterable<T>) =>
    [...rows].filter((r) => r.up !== 0 || r.down !== 0);
  await upsertCounts("vote_days", changed(days.values()));
  await upsertCounts("rating_days", changed(ratings.values()));
}

function bump<T extends { count: number }>(map: Map<string, T>, key: string, fresh: T, sign: 1 | -1): void {
  const entry = map.get(key) ?? fresh;
  entry.count += sign;
  map.set(key, entry);
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
