// Reading the insights of an existing, up-to-date question log with the bare driver: what
// `npm run insights` does, so that a moderator's command starts in a fraction of the time the query
// builder and the migrator would take to load. Anything else (no database yet, an older schema) is
// left to the full store, which creates and migrates.
import { existsSync } from "node:fs";
import {
  type InsightsData,
  type InsightsQuery,
  numberedPlaceholders,
  readInsights,
} from "./insights-query.js";
import { postgresDriver } from "./postgres-driver.js";
import { compareSchema } from "./schema-version.js";
import { describeTarget, type StorageTarget } from "./target.js";

export interface InsightsReader {
  insights(query: InsightsQuery): Promise<InsightsData>;
  close(): Promise<void>;
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Counts and sums come back from PostgreSQL as bigint or numeric; they are numbers here. */
export function numberTypes(types: { getTypeParser(oid: number, format?: "text" | "binary"): unknown }): {
  getTypeParser(oid: number, format?: "text" | "binary"): unknown;
} {
  return {
    getTypeParser(oid, format) {
      if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
      return types.getTypeParser(oid, format);
    },
  };
}

/**
 * Opens the log for reading when it exists at the current schema; undefined when it does not (the
 * caller then opens the full store). A database newer than the code throws DatabaseTooNewError.
 */
export async function openInsightsReader(
  target: StorageTarget,
  options: { connectTimeoutMs?: number } = {},
): Promise<InsightsReader | undefined> {
  const where = describeTarget(target);
  const missingTable = (error: unknown) =>
    /no such table|does not exist/i.test(error instanceof Error ? error.message : String(error));

  if (target.kind === "sqlite") {
    if (!existsSync(target.file)) return undefined;
    const { default: SQLite } = await import("better-sqlite3");
    const file = new SQLite(target.file, { timeout: 2000, fileMustExist: true });
    try {
      let applied: string[];
      try {
        applied = (file.prepare("select name from kysely_migration").all() as { name: string }[]).map(
          (r) => r.name,
        );
      } catch (error) {
        if (missingTable(error)) {
          file.close();
          return undefined;
        }
        throw error;
      }
      if (compareSchema(where, applied) === "behind") {
        file.close();
        return undefined;
      }
    } catch (error) {
      file.close();
      throw error;
    }
    return {
      insights: (query) =>
        readInsights(
          async (text, params) => file.prepare(text).all(...params) as Record<string, unknown>[],
          query,
        ),
      close: async () => {
        file.close();
      },
    };
  }

  const pg = postgresDriver();
  const client = new pg.Client({
    connectionString: target.url,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    types: numberTypes(pg.types) as never,
  });
  client.on("error", () => {});
  await client.connect();
  try {
    let applied: string[];
    try {
      applied = (await client.query<{ name: string }>("select name from kysely_migration")).rows.map(
        (r) => r.name,
      );
    } catch (error) {
      if (missingTable(error)) {
        await client.end();
        return undefined;
      }
      throw error;
    }
    if (compareSchema(where, applied) === "behind") {
      await client.end();
      return undefined;
    }
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  // One connection takes one statement at a time: each waits for the one before.
  let last: Promise<unknown> = Promise.resolve();
  const run = (text: string, params: readonly unknown[]) => {
    const next = last.then(() => client.query(numberedPlaceholders(text), params as unknown[]));
    last = next.catch(() => {});
    return next.then((result) => result.rows as Record<string, unknown>[]);
  };
  return {
    insights: (query) => readInsights(run, query, { lateral: true }),
    close: () => client.end(),
  };
}
