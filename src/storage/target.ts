import { dirname, isAbsolute, resolve } from "node:path";
import { PROJECT_ROOT } from "../paths.js";

/** Where the question log lives: an SQLite file, or a PostgreSQL server shared by several bots. */
export type StorageTarget = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

/** The SQLite file used when DATABASE_URL is not set, relative to the project folder. */
export const DEFAULT_DATABASE_FILE = "data/bot.db";

/**
 * Reads DATABASE_URL: `postgres://…` or `postgresql://…` is a server; `sqlite:PATH` or a plain path
 * is an SQLite file (relative paths from the project folder); unset is `data/bot.db`.
 * Returns an error message for anything else.
 */
export function parseDatabaseUrl(value: string | undefined, root = PROJECT_ROOT): StorageTarget | string {
  const fromRoot = (path: string) => (isAbsolute(path) ? path : resolve(root, path));
  if (value === undefined) return { kind: "sqlite", file: fromRoot(DEFAULT_DATABASE_FILE) };
  if (/^postgres(ql)?:\/\//i.test(value)) {
    try {
      new URL(value);
    } catch {
      return "is not a valid postgres:// URL";
    }
    return { kind: "postgres", url: value };
  }
  const path = value.replace(/^sqlite:(\/\/)?/i, "");
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    return "must be postgres://… (PostgreSQL), sqlite:PATH or a file path (SQLite)";
  }
  if (path === "") return "names no SQLite file: write sqlite:data/bot.db or a path";
  return { kind: "sqlite", file: fromRoot(path) };
}

/** The target without a password, for logs and messages. */
export function describeTarget(target: StorageTarget): string {
  if (target.kind === "sqlite") return target.file;
  try {
    const url = new URL(target.url);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "postgres://…";
  }
}

export function folderOf(target: StorageTarget & { kind: "sqlite" }): string {
  return dirname(target.file);
}
