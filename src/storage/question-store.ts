import { type Kysely, sql, type Transaction } from "kysely";
import type { OpenedDatabase } from "./open.js";
import type { Database, QuestionTable, VoteTable } from "./schema.js";

export type QuestionRecord = QuestionTable;
export type VoteRecord = VoteTable;

export const DAY_MS = 86_400_000;

/** The UTC day number of a time. */
export function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** What /insights and `npm run insights` show, for days `fromDay` to `toDay` (UTC day numbers). */
export interface InsightsData {
  fromDay: number;
  toDay: number;
  totals: { questions: number; answered: number; unanswered: number; up: number; down: number };
  perDay: { day: number; answered: number; unanswered: number; up: number; down: number }[];
  perTransport: { transport: string; count: number }[];
  unanswered: { groupKey: string; count: number; example: string; examples: string[] }[];
  worstRated: { answerKey: string; up: number; down: number; example: string }[];
  topFacts: { factId: string; count: number }[];
}

export interface InsightsQuery {
  fromDay: number;
  toDay: number;
  /** Rows per list (unanswered groups, worst rated, facts). */
  limit: number;
  /** Rewordings kept per unanswered group. */
  examplesPerGroup?: number;
}

/**
 * The question log's storage, whatever the database. Every method may fail (the database is down,
 * locked, full): callers decide what that means; the log's queue retries writes.
 */
export interface QuestionStore {
  readonly dialect: "sqlite" | "postgres";
  readonly where: string;
  /** Writes a batch of questions and votes in one transaction, with the running counts. */
  write(batch: { questions: QuestionRecord[]; votes: VoteRecord[] }): Promise<void>;
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

/** Rows per INSERT statement: well below SQLite's 32,766 bound parameters and PostgreSQL's 65,535. */
const ROWS_PER_INSERT = 500;

export function createQuestionStore(opened: OpenedDatabase): QuestionStore {
  const { db, dialect, where } = opened;

  async function write(batch: { questions: QuestionRecord[]; votes: VoteRecord[] }): Promise<void> {
    if (batch.questions.length === 0 && batch.votes.length === 0) return;
    await db.transaction().execute(async (tx) => {
      // A batch retried after a lost commit must not count its questions twice: only new rows count.
      const inserted = new Set<string>();
      for (const chunk of chunks(batch.questions, ROWS_PER_INSERT)) {
        const rows = await tx
          .insertInto("questions")
          .values(chunk)
          .onConflict((oc) => oc.column("id").doNothing())
          .returning("id")
          .execute();
        for (const row of rows) inserted.add(row.id);
      }
      await addCounts(
        tx,
        batch.questions.filter((q) => inserted.has(q.id)),
        1,
      );
      // A later vote of the same user on the same answer replaces the earlier one, also in one batch.
      const votes = [...new Map(batch.votes.map((v) => [`${v.question_id} ${v.voter}`, v])).values()];
      for (const chunk of chunks(votes, ROWS_PER_INSERT)) {
        await tx
          .insertInto("votes")
          .values(chunk)
          .onConflict((oc) =>
            oc.columns(["question_id", "voter"]).doUpdateSet((eb) => ({
              vote: eb.ref("excluded.vote"),
              voted_at: eb.ref("excluded.voted_at"),
              day: eb.ref("excluded.day"),
            })),
          )
          .execute();
      }
    });
  }

  async function forget(askers: string[]): Promise<{ questions: number; votes: number }> {
    if (askers.length === 0) return { questions: 0, votes: 0 };
    return db.transaction().execute(async (tx) => {
      const mine = await tx
        .selectFrom("questions")
        .select(["id", "day", "transport", "answered", "group_key", "facts"])
        .where("asker", "in", askers)
        .execute();
      await addCounts(tx, mine, -1);
      const questions = await tx.deleteFrom("questions").where("asker", "in", askers).executeTakeFirst();
      const votes = await tx.deleteFrom("votes").where("voter", "in", askers).executeTakeFirst();
      return { questions: Number(questions.numDeletedRows), votes: Number(votes.numDeletedRows) };
    });
  }

  async function deleteOlderThan(beforeMs: number): Promise<{ questions: number; votes: number }> {
    const beforeDay = dayOf(beforeMs);
    return db.transaction().execute(async (tx) => {
      const questions = await tx.deleteFrom("questions").where("asked_at", "<", beforeMs).executeTakeFirst();
      const votes = await tx.deleteFrom("votes").where("voted_at", "<", beforeMs).executeTakeFirst();
      // A day partly kept keeps its counts until it has gone entirely.
      await tx.deleteFrom("question_days").where("day", "<", beforeDay).execute();
      await tx.deleteFrom("unanswered_days").where("day", "<", beforeDay).execute();
      await tx.deleteFrom("fact_days").where("day", "<", beforeDay).execute();
      return { questions: Number(questions.numDeletedRows), votes: Number(votes.numDeletedRows) };
    });
  }

  async function insights(query: InsightsQuery): Promise<InsightsData> {
    const { fromDay, toDay, limit } = query;
    const [days, votesPerDay, groups, worst, facts] = await Promise.all([
      db
        .selectFrom("question_days")
        .select(["day", "transport", "answered", (eb) => eb.fn.sum<number>("count").as("count")])
        .where("day", ">=", fromDay)
        .where("day", "<=", toDay)
        .groupBy(["day", "transport", "answered"])
        .execute(),
      db
        .selectFrom("votes")
        .select([
          "day",
          (eb) => eb.fn.sum<number>(eb.case().when("vote", ">", 0).then(1).else(0).end()).as("up"),
          (eb) => eb.fn.sum<number>(eb.case().when("vote", "<", 0).then(1).else(0).end()).as("down"),
        ])
        .where("day", ">=", fromDay)
        .where("day", "<=", toDay)
        .groupBy("day")
        .execute(),
      db
        .selectFrom("unanswered_days")
        .select(["group_key", (eb) => eb.fn.sum<number>("count").as("count")])
        .where("day", ">=", fromDay)
        .where("day", "<=", toDay)
        .groupBy("group_key")
        .having((eb) => eb.fn.sum("count"), ">", 0)
        .orderBy("count", "desc")
        .orderBy("group_key")
        .limit(limit)
        .execute(),
      db
        .selectFrom("votes as v")
        .innerJoin("questions as q", "q.id", "v.question_id")
        .select([
          "q.answer_key",
          (eb) => eb.fn.sum<number>(eb.case().when("v.vote", ">", 0).then(1).else(0).end()).as("up"),
          (eb) => eb.fn.sum<number>(eb.case().when("v.vote", "<", 0).then(1).else(0).end()).as("down"),
          (eb) => eb.fn.min<string>("q.question").as("example"),
        ])
        .where("v.day", ">=", fromDay)
        .where("v.day", "<=", toDay)
        .groupBy("q.answer_key")
        .having((eb) => eb.fn.sum(eb.case().when("v.vote", "<", 0).then(1).else(0).end()), ">", 0)
        .orderBy(
          sql`sum(case when v.vote < 0 then 1 else 0 end) - sum(case when v.vote > 0 then 1 else 0 end)`,
          "desc",
        )
        .orderBy("down", "desc")
        .orderBy("q.answer_key")
        .limit(limit)
        .execute(),
      db
        .selectFrom("fact_days")
        .select(["fact_id", (eb) => eb.fn.sum<number>("count").as("count")])
        .where("day", ">=", fromDay)
        .where("day", "<=", toDay)
        .groupBy("fact_id")
        .having((eb) => eb.fn.sum("count"), ">", 0)
        .orderBy("count", "desc")
        .orderBy("fact_id")
        .limit(limit)
        .execute(),
    ]);

    const perDay = new Map<number, InsightsData["perDay"][number]>();
    for (let day = fromDay; day <= toDay; day++)
      perDay.set(day, { day, answered: 0, unanswered: 0, up: 0, down: 0 });
    const perTransport = new Map<string, number>();
    for (const row of days) {
      const entry = perDay.get(Number(row.day));
      const count = Number(row.count);
      if (entry) {
        if (Number(row.answered) === 1) entry.answered += count;
        else entry.unanswered += count;
      }
      perTransport.set(row.transport, (perTransport.get(row.transport) ?? 0) + count);
    }
    for (const row of votesPerDay) {
      const entry = perDay.get(Number(row.day));
      if (entry) {
        entry.up += Number(row.up);
        entry.down += Number(row.down);
      }
    }
    const perDayList = [...perDay.values()];
    const sum = (f: (d: InsightsData["perDay"][number]) => number) =>
      perDayList.reduce((n, d) => n + f(d), 0);
    const fromMs = fromDay * DAY_MS;
    const toMs = (toDay + 1) * DAY_MS;
    const examplesPerGroup = query.examplesPerGroup ?? 3;
    const unanswered = await Promise.all(
      groups.map(async (g) => {
        const rows = await db
          .selectFrom("questions")
          .select("question")
          .where("group_key", "=", g.group_key)
          .where("asked_at", ">=", fromMs)
          .where("asked_at", "<", toMs)
          .orderBy("asked_at", "desc")
          .limit(examplesPerGroup * 4)
          .execute();
        const examples = [...new Set(rows.map((r) => r.question))].slice(0, examplesPerGroup);
        return { groupKey: g.group_key, count: Number(g.count), example: examples[0] ?? "", examples };
      }),
    );
    return {
      fromDay,
      toDay,
      totals: {
        questions: sum((d) => d.answered + d.unanswered),
        answered: sum((d) => d.answered),
        unanswered: sum((d) => d.unanswered),
        up: sum((d) => d.up),
        down: sum((d) => d.down),
      },
      perDay: perDayList,
      perTransport: [...perTransport]
        .map(([transport, count]) => ({ transport, count }))
        .sort((a, b) => b.count - a.count || a.transport.localeCompare(b.transport)),
      unanswered,
      worstRated: worst.map((w) => ({
        answerKey: w.answer_key,
        up: Number(w.up),
        down: Number(w.down),
        example: w.example ?? "",
      })),
      topFacts: facts.map((f) => ({ factId: f.fact_id, count: Number(f.count) })),
    };
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
      await db.destroy();
    },
  };
}

type CountedQuestion = Pick<QuestionRecord, "day" | "transport" | "answered" | "group_key" | "facts">;

/** Adds (sign 1) or removes (sign -1) questions from the running counts. */
async function addCounts(
  tx: Transaction<Database> | Kysely<Database>,
  rows: CountedQuestion[],
  sign: 1 | -1,
) {
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
  for (const chunk of chunks([...days.values()], ROWS_PER_INSERT)) {
    await tx
      .insertInto("question_days")
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(["day", "transport", "answered"]).doUpdateSet((eb) => ({
          count: eb("question_days.count", "+", eb.ref("excluded.count")),
        })),
      )
      .execute();
  }
  for (const chunk of chunks([...groups.values()], ROWS_PER_INSERT)) {
    await tx
      .insertInto("unanswered_days")
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(["day", "group_key"]).doUpdateSet((eb) => ({
          count: eb("unanswered_days.count", "+", eb.ref("excluded.count")),
        })),
      )
      .execute();
  }
  for (const chunk of chunks([...facts.values()], ROWS_PER_INSERT)) {
    await tx
      .insertInto("fact_days")
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(["day", "fact_id"]).doUpdateSet((eb) => ({
          count: eb("fact_days.count", "+", eb.ref("excluded.count")),
        })),
      )
      .execute();
  }
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
