import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import { type OpenOptions, openDatabase } from "../storage/open.js";
import { createQuestionStore, type QuestionStore } from "../storage/question-store.js";
import type { StorageTarget } from "../storage/target.js";
import { createQuestionLog, type QuestionLog } from "./question-log.js";

/** Opens the configured database, migrated to the current schema, behind the store interface. */
export async function openQuestionStore(
  target: StorageTarget,
  options: OpenOptions = {},
): Promise<QuestionStore> {
  return createQuestionStore(await openDatabase(target, options));
}

/** The question log as the settings describe it; nothing is opened until `start()`. */
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
    open: () => openQuestionStore(config.database, options),
  });
}
