import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from "kysely";
import { backgroundCheckpoints, type Checkpointer } from "./checkpoint.js";
import { numberTypes } from "./insights-reader.js";
import { MIGRATIONS } from "./migrations.js";
import { postgresDriver } from "./postgres-driver.js";
import type { Database } from "./schema.js";
import { compareSchema, DatabaseTooNewError } from "./schema-version.js";
import { describeTarget, folderOf, type StorageTarget } from "./target.js";

export { DatabaseTooNewError };

export interface OpenOptions {
  /** PostgreSQL: the schema to work in (created when missing); tests use one per run. */
  schema?: string;
  /** How long a PostgreSQL connection attempt may take. */
  connectTimeoutMs?: number;
  /** SQLite: how long a write waits for another writer's lock before it fails (and is retried later). */
  busyTimeoutMs?: number;
  /** SQLite: the WAL size past which it is copied back into the database (tests make it small). */
  checkpointAfterBytes?: number;
}

export interface OpenedDatabase {
  db: Kysely<Database>;
  /**
   * SQLite: the connection under the query builder. The store runs its prepared writes on it, only
   * inside a transaction of the builder's, which holds the connection for it meanwhile.
   */
  sqlite?: import("better-sqlite3").Database;
  /** SQLite: copies the WAL back into the database off this thread; told after each write. */
  checkpoints?: Checkpointer;
  dialect: "sqlite" | "postgres";
  where: string;
}

/** Each driver is loaded when a database of its kind is opened: a process needs one of the two. */
const requireDriver = createRequire(import.meta.url);
const sqliteDriver = () => requireDriver("better-sqlite3") as typeof import("better-sqlite3");

/** Connects (SQLite: creates the file and its folder) without touching the schema. */
export function connect(target: StorageTarget, options: OpenOptions = {}): OpenedDatabase {
  const where = describeTarget(target);
  if (target.kind === "sqlite") {
    mkdirSync(folderOf(target), { recursive: true });
    const SQLite = sqliteDriver();
    const file = new SQLite(target.file, { timeout: options.busyTimeoutMs ?? 200 });
    // WAL: readers (insights) never wait for the writer, and a crash loses no committed batch.
    file.pragma("journal_mode = WAL");
    file.pragma("synchronous = NORMAL");
    return {
      db: new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) }),
      sqlite: file,
      checkpoints: backgroundCheckpoints(file, target.file, options.checkpointAfterBytes),
      dialect: "sqlite",
      where,
    };
  }
  const pool = new (postgresDriver().Pool)({
    connectionString: target.url,
    max: 4,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    idleTimeoutMillis: 30_000,
    types: numberTypes(postgresDriver().types) as never,
    // Every connection works in the given schema; without one, in the server's default search path.
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // A connection that breaks must never crash the process: idle ones report to the pool, and one
  // checked out between two queries of a transaction reports to itself. The query fails instead,
  // the pool drops the connection, and the next attempt gets a fresh one.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: "postgres", where };
}

/**
 * Connects and brings the schema up to date. A database newer than this code is refused before
 * anything is written, with `DatabaseTooNewError`.
 */
export async function openDatabase(
  target: StorageTarget,
  options: OpenOptions = {},
): Promise<OpenedDatabase> {
  const opened = connect(target, options);
  try {
    if (opened.dialect === "postgres" && options.schema) {
      await sql`create schema if not exists ${sql.id(options.schema)}`.execute(opened.db);
    }
    await refuseNewer(opened);
    // PostgreSQL: the migrator looks for its own tables in every schema it can see unless told which;
    // another schema's (another application's, another test's) would pass for ours.
    const migrationTableSchema =
      opened.dialect === "postgres"
        ? (options.schema ??
          (await sql<{ schema: string }>`select current_schema() as schema`.execute(opened.db)).rows[0]
            ?.schema)
        : undefined;
    const migrator = new Migrator({
      db: opened.db,
      provider: { getMigrations: async () => MIGRATIONS },
      ...(migrationTableSchema ? { migrationTableSchema } : {}),
    });
    const { error } = await migrator.migrateToLatest();
    if (error) throw error;
    return opened;
  } catch (error) {
    await opened.db.destroy().catch(() => {});
    throw error;
  }
}

async function refuseNewer(opened: OpenedDatabase): Promise<void> {
  let applied: string[];
  try {
    const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(opened.db);
    applied = rows.rows.map((r) => r.name);
  } catch (error) {
    if (isMissingTable(error)) return; // a new database
    throw error;
  }
  compareSchema(opened.where, applied);
}

function isMissingTable(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /no such table|does not exist/i.test(text);
}
