import { statSync } from "node:fs";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * A WAL file past this size is copied back into the database, on a thread of its own. SQLite's own
 * checkpoint (every 1,000 pages, inside a commit) waits for the disk to sync, which takes from ten
 * to over a hundred milliseconds on an ordinary disk: on the thread that answers, that is an answer
 * held up. Written here, the commits only append to the WAL, which costs no sync.
 */
const CHECKPOINT_AFTER_BYTES = 4 * 1024 * 1024;
/** During a long burst the writer outpaces a checkpoint; a new one starts at most this often. */
const CHECKPOINT_SPACING_MS = 1000;

export interface Checkpointer {
  /** Called after each write: starts a checkpoint when the WAL has grown past the limit and none runs. */
  afterWrite(): void;
  /** Waits for a checkpoint under way. */
  settled(): Promise<void>;
}

const betterSqlite = createRequire(import.meta.url).resolve("better-sqlite3");

/**
 * The thread is started for one checkpoint and ends with it, so it holds no memory in between: a
 * second connection to the file, `wal_checkpoint(PASSIVE)` (which never stops the writer), closed.
 * Its code needs only the driver.
 */
const CHECKPOINT_THREAD = `
const { workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: 1000 });
try {
  db.pragma("wal_checkpoint(PASSIVE)");
} finally {
  db.close();
}
`;

/**
 * Turns off the connection's own checkpoints and runs them on a short-lived thread instead. A
 * checkpoint that fails (the file is locked, read-only, gone) is tried again after a later write.
 */
export function backgroundCheckpoints(
  connection: import("better-sqlite3").Database,
  file: string,
  limitBytes = CHECKPOINT_AFTER_BYTES,
): Checkpointer {
  connection.pragma("wal_autocheckpoint = 0");
  // Once a checkpoint has copied every page back, the next commit starts the WAL afresh and cuts the
  // file to nothing, so its size says how much is waiting.
  connection.pragma("journal_size_limit = 0");
  let running: Promise<void> | undefined;
  let thread: Worker | undefined;
  let startedAt = -Infinity;
  const walBytes = () => {
    try {
      return statSync(`${file}-wal`).size;
    } catch {
      return 0;
    }
  };
  return {
    afterWrite() {
      if (running || performance.now() - startedAt < CHECKPOINT_SPACING_MS || walBytes() < limitBytes) return;
      startedAt = performance.now();
      running = new Promise<void>((resolve) => {
        thread = new Worker(CHECKPOINT_THREAD, {
          eval: true,
          workerData: { driver: betterSqlite, file },
        });
        // It never keeps the process alive: an exit lets SQLite checkpoint as it closes.
        thread.unref();
        thread.once("error", () => {});
        thread.once("exit", () => {
          running = undefined;
          thread = undefined;
          resolve();
        });
      });
    },
    // Whoever waits for it keeps the process alive meanwhile: a process with nothing else to do
    // (one shutting down) would otherwise end in the middle of that wait.
    settled: () => {
      thread?.ref();
      return running ?? Promise.resolve();
    },
  };
}
