// The question log's database, on a thread of its own: the bot's thread hands over the entries a
// batch holds and goes on answering, while this thread turns them into rows (language, group of
// rewordings, hashed asker) and writes them. An SQLite write, synchronous by nature, then never
// holds an answer back. Started by `threaded-store.ts`; every store call arrives as one message.
import { parentPort } from "node:worker_threads";
import type { OpenOptions } from "../storage/open.js";
import type { QuestionStore } from "../storage/question-store.js";
import type { StorageTarget } from "../storage/target.js";
import type { SynonymStems } from "./question-groups.js";
import { type LogEntry, prepareBatch } from "./question-log.js";
import { openQuestionStore } from "./question-log-setup.js";

export interface ThreadRequest {
  id: number;
  op: string;
  args: unknown[];
}

export interface ThreadReply {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: { name: string; message: string };
}

let store: QuestionStore | undefined;

async function perform(op: string, args: unknown[]): Promise<unknown> {
  if (op === "open") {
    const [target, options] = args as [StorageTarget, OpenOptions];
    store = await openQuestionStore(target, options);
    return { dialect: store.dialect, where: store.where };
  }
  if (!store) throw new Error("the question log's database is not open");
  switch (op) {
    case "writeEntries": {
      const [slim, mode, secret, synonymSets] = args as [
        (LogEntry & { synonymSet?: number })[],
        "anonymous" | "full",
        string,
        SynonymStems[],
      ];
      const entries = slim.map((entry) =>
        entry.kind === "question" && entry.synonymSet !== undefined
          ? { ...entry, synonyms: synonymSets[entry.synonymSet] }
          : entry,
      );
      return store.write(prepareBatch(entries, mode, secret));
    }
    case "write":
      return store.write(args[0] as Parameters<QuestionStore["write"]>[0]);
    case "forget":
      return store.forget(args[0] as string[]);
    case "deleteOlderThan":
      return store.deleteOlderThan(args[0] as number);
    case "insights":
      return store.insights(args[0] as Parameters<QuestionStore["insights"]>[0]);
    case "setting": {
      const [key, fallback] = args as [string, string];
      return store.setting(key, () => fallback);
    }
    case "ping":
      return store.ping();
    case "close": {
      const closing = store;
      store = undefined;
      return closing.close();
    }
    default:
      throw new Error(`unknown store operation ${op}`);
  }
}

parentPort?.on("message", (request: ThreadRequest) => {
  perform(request.op, request.args).then(
    (value) => parentPort?.postMessage({ id: request.id, ok: true, value } satisfies ThreadReply),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      parentPort?.postMessage({
        id: request.id,
        ok: false,
        error: { name: e.name, message: e.message },
      } satisfies ThreadReply);
    },
  );
});
