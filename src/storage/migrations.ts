import { type Kysely, type Migration, sql } from "kysely";

/**
 * Every version of the schema, oldest first. Names sort in order; a migration, once released, is
 * never edited: a change is a new entry. Both dialects run the same migrations.
 */
export const MIGRATIONS: Record<string, Migration> = {
  "0001_question_log": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("questions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("asked_at", "bigint", (c) => c.notNull())
        .addColumn("day", "integer", (c) => c.notNull())
        .addColumn("transport", "text", (c) => c.notNull())
        .addColumn("guild_id", "text")
        .addColumn("channel_id", "text")
        .addColumn("asker", "text", (c) => c.notNull())
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("question", "text", (c) => c.notNull())
        .addColumn("group_key", "text", (c) => c.notNull())
        .addColumn("answered", "integer", (c) => c.notNull())
        .addColumn("verdict", "text", (c) => c.notNull())
        .addColumn("facts", "text", (c) => c.notNull())
        .addColumn("answer_key", "text", (c) => c.notNull())
        .addColumn("confidence", "real", (c) => c.notNull())
        .addColumn("latency_ms", "real", (c) => c.notNull())
        .execute();
      // Retention deletes by time; /forget-me by asker; an unanswered group's example by group.
      await db.schema.createIndex("questions_asked_at").on("questions").column("asked_at").execute();
      await db.schema.createIndex("questions_asker").on("questions").column("asker").execute();
      await db.schema
        .createIndex("questions_group")
        .on("questions")
        .columns(["group_key", "asked_at"])
        .execute();

      await db.schema
        .createTable("votes")
        .addColumn("question_id", "text", (c) => c.notNull())
        .addColumn("voter", "text", (c) => c.notNull())
        .addColumn("vote", "integer", (c) => c.notNull())
        .addColumn("voted_at", "bigint", (c) => c.notNull())
        .addColumn("day", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("votes_pk", ["question_id", "voter"])
        .execute();
      await db.schema.createIndex("votes_day").on("votes").columns(["day", "question_id", "vote"]).execute();
      await db.schema.createIndex("votes_voter").on("votes").column("voter").execute();

      await db.schema
        .createTable("question_days")
        .addColumn("day", "integer", (c) => c.notNull())
        .addColumn("transport", "text", (c) => c.notNull())
        .addColumn("answered", "integer", (c) => c.notNull())
        .addColumn("count", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("question_days_pk", ["day", "transport", "answered"])
        .execute();
      await db.schema
        .createTable("unanswered_days")
        .addColumn("day", "integer", (c) => c.notNull())
        .addColumn("group_key", "text", (c) => c.notNull())
        .addColumn("count", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("unanswered_days_pk", ["day", "group_key"])
        .execute();
      await db.schema
        .createTable("fact_days")
        .addColumn("day", "integer", (c) => c.notNull())
        .addColumn("fact_id", "text", (c) => c.notNull())
        .addColumn("count", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("fact_days_pk", ["day", "fact_id"])
        .execute();

      await db.schema
        .createTable("settings")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        "settings",
        "fact_days",
        "unanswered_days",
        "question_days",
        "votes",
        "questions",
      ]) {
        await sql`drop table if exists ${sql.table(table)}`.execute(db);
      }
    },
  },
  // Votes get running daily counts too (per day, and per answer and day for the worst rated), so no
  // figure of /insights reads the raw rows; the lists' examples are found through two indexes.
  "0002_vote_counts": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("vote_days")
        .addColumn("day", "integer", (c) => c.primaryKey())
        .addColumn("up", "integer", (c) => c.notNull())
        .addColumn("down", "integer", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("rating_days")
        .addColumn("day", "integer", (c) => c.notNull())
        .addColumn("answer_key", "text", (c) => c.notNull())
        .addColumn("up", "integer", (c) => c.notNull())
        .addColumn("down", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("rating_days_pk", ["day", "answer_key"])
        .execute();
      await db.schema
        .createIndex("unanswered_days_count")
        .on("unanswered_days")
        .columns(["day", "count"])
        .execute();
      await db.schema
        .createIndex("questions_answer")
        .on("questions")
        .columns(["answer_key", "asked_at"])
        .execute();
      // The votes already kept, counted once.
      await sql`insert into vote_days (day, up, down)
        select day, sum(case when vote > 0 then 1 else 0 end), sum(case when vote < 0 then 1 else 0 end)
        from votes group by day`.execute(db);
      await sql`insert into rating_days (day, answer_key, up, down)
        select v.day, q.answer_key, sum(case when v.vote > 0 then 1 else 0 end), sum(case when v.vote < 0 then 1 else 0 end)
        from votes v join questions q on q.id = v.question_id group by v.day, q.answer_key`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      await sql`drop index if exists questions_answer`.execute(db);
      await sql`drop index if exists unanswered_days_count`.execute(db);
      await sql`drop table if exists rating_days`.execute(db);
      await sql`drop table if exists vote_days`.execute(db);
    },
  },
};
