// The PostgreSQL server tests use when one runs (127.0.0.1:5432, database `test`, trust auth). Each
// test run works in a schema of its own, so engineers and CI jobs sharing the server never meet.
import { randomBytes } from "node:crypto";
import pg from "pg";

export const POSTGRES_HOST = process.env.TEST_POSTGRES_HOST ?? "127.0.0.1";
export const POSTGRES_PORT = Number(process.env.TEST_POSTGRES_PORT ?? 5432);
const USERS = ["postgres", "root"];

export interface PostgresProbe {
  ok: boolean;
  /** The user that connected, or why none did: shown in the name of the skipped suite. */
  user: string;
  reason: string;
}

/** Tries to connect once, briefly, as each usual user. */
export async function probePostgres(): Promise<PostgresProbe> {
  let reason = "";
  for (const user of USERS) {
    const client = new pg.Client({
      host: POSTGRES_HOST,
      port: POSTGRES_PORT,
      user,
      database: "test",
      connectionTimeoutMillis: 1500,
    });
    try {
      await client.connect();
      await client.query("select 1");
      return { ok: true, user, reason: "" };
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
    } finally {
      await client.end().catch(() => {});
    }
  }
  return { ok: false, user: "", reason: `no PostgreSQL at ${POSTGRES_HOST}:${POSTGRES_PORT} (${reason})` };
}

/** A fresh schema name for one test run. */
export function uniqueSchema(prefix = "t"): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
}

/** A postgres:// URL to the test database (or a proxy in front of it) working in `schema`. */
export function postgresUrl(probe: PostgresProbe, schema: string, port = POSTGRES_PORT): string {
  const options = encodeURIComponent(`-c search_path=${schema}`);
  return `postgres://${probe.user}@${POSTGRES_HOST}:${port}/test?options=${options}`;
}

export async function createSchema(probe: PostgresProbe, schema: string): Promise<void> {
  await adminQuery(probe, `create schema if not exists "${schema}"`);
}

export async function dropSchema(probe: PostgresProbe, schema: string): Promise<void> {
  await adminQuery(probe, `drop schema if exists "${schema}" cascade`);
}

async function adminQuery(probe: PostgresProbe, text: string): Promise<void> {
  const client = new pg.Client({
    host: POSTGRES_HOST,
    port: POSTGRES_PORT,
    user: probe.user,
    database: "test",
  });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
