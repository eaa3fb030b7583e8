// The question store on its own thread (see log-thread.ts), behind the same interface.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { PROJECT_ROOT } from "../paths.js";
import type { OpenOptions } from "../storage/open.js";
import type { QuestionStore } from "../storage/question-store.js";
import { DatabaseTooNewError } from "../storage/schema-version.js";
import type { StorageTarget } from "../storage/target.js";
import type { ThreadReply } from "./log-thread.js";
import type { SynonymStems } from "./question-groups.js";
import type { LogEntry } from "./question-log.js";

/** A store whose thread also turns log entries into rows, off the caller's thread. */
export interface ThreadedStore extends QuestionStore {
  writeEntries(entries: LogEntry[], mode: "anonymous" | "full", secret: string): Promise<void>;
}

/**
 * The compiled thread's file. It exists in a build (dist/); code run from its TypeScript sources
 * (the tests, `npm run dev`) keeps the store on its own thread instead.
 */
export function logThreadFile(): string | undefined {
  if (!import.meta.url.includes("/dist/")) return undefined;
  const file = join(PROJECT_ROOT, "dist", "service", "log-thread.js");
  return existsSync(file) ? file : undefined;
}

/** An error from the thread, as the caller would have got it on its own thread. */
function revive(error: { name: string; message: string }): Error {
  const revived = new Error(error.message);
  if (error.name === "DatabaseTooNewError") Object.setPrototypeOf(revived, DatabaseTooNewError.prototype);
  revived.name = error.name;
  return revived;
}

export async function openThreadedStore(
  file: string,
  target: StorageTarget,
  options: OpenOptions = {},
): Promise<ThreadedStore> {
  const worker = new Worker(file);
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 0;
  let stopped: Error | undefined;
  const stop = (error: Error) => {
    stopped ??= error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  worker.on("message", (reply: ThreadReply) => {
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if (reply.ok) w.resolve(reply.value);
    else w.reject(revive(reply.error ?? { name: "Error", message: "the store thread failed" }));
  });
  worker.on("error", (error) => stop(error));
  worker.on("exit", (code) => stop(new Error(`the question log's thread stopped (exit ${code})`)));

  const call = <T>(op: string, ...args: unknown[]): Promise<T> => {
    if (stopped) return Promise.reject(stopped);
    const id = ++next;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, op, args });
    });
  };

  let opened: { dialect: "sqlite" | "postgres"; where: string };
  try {
    opened = await call("open", target, options);
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  return {
    dialect: opened.dialect,
    where: opened.where,
    writeEntries(entries, mode, secret) {
      // The knowledge's synonyms, one map shared by most entries, cross once rather than with each.
      const synonymSets: SynonymStems[] = [];
      const slim = entries.map((entry) => {
        if (entry.kind !== "question" || !entry.synonyms) return entry;
        let index = synonymSets.indexOf(entry.synonyms);
        if (index < 0) index = synonymSets.push(entry.synonyms) - 1;
        return { ...entry, synonyms: undefined, synonymSet: index };
      });
      return call("writeEntries", slim, mode, secret, synonymSets);
    },
    write: (batch) => call("write", batch),
    forget: (askers) => call("forget", askers),
    deleteOlderThan: (beforeMs) => call("deleteOlderThan", beforeMs),
    insights: (query) => call("insights", query),
    setting: (key, create) => call("setting", key, create()),
    ping: () => call("ping"),
    async close() {
      try {
        if (!stopped) await call("close");
      } finally {
        await worker.terminate();
      }
    },
  };
}
