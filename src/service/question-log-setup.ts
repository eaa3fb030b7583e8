import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { OpenOptions } from "../storage/open.js";
import type { QuestionStore } from "../storage/question-store.js";
import type { StorageTarget } from "../storage/target.js";
import { createQuestionLog, type QuestionLog } from "./question-log.js";

/** Opens the configured database, migrated to the current schema, behind the store interface. */
export async function openQuestionStore(
  target: StorageTarget,
  options: OpenOptions = {},
): Promise<QuestionStore> {
  // The query builder and the drivers load when a store is first opened, not with the program: with
  // the log off, a bot never loads them.
  const [{ openDatabase }, { createQuestionStore }] = await Promise.all([
    import("../storage/open.js"),
    import("../storage/question-store.js"),
  ]);
  return createQuestionStore(await openDatabase(target, options));
}

/**
 * The question log as the settings describe it; nothing is opened until `start()`. Its SQLite
 * connection never waits for another process's lock (its statements run on the thread that answers):
 * a locked write fails at once and the queue tries again later.
 */
export function questionLogFromConfig(
  config: Pick<Config, "database" | "questionLog">,
  logger: Logger,
  options: OpenOptions = {},
): QuestionLog {
  return createQuestionLog({
    mode: config.questionLog.mode,
    days: config.questionLog.days,
    ...(config.questionLog.secret ? { secret: config.questionLog.secret } : {}),
    logger,
    open: () => openQuestionStore(config.database, { busyTimeoutMs: 0, ...options }),
  });
}
