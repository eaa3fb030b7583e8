import { knowledgeFilePath } from "../paths.js";
import { loadProjectEnv } from "../startup.js";

/**
 * The knowledge file the bot would load: KNOWLEDGE_FILE from the environment or .env, against the
 * project folder, else the one that ships. The command-line tools check and answer from the same file.
 */
export function knowledgeFileSetting(): string {
  loadProjectEnv();
  return knowledgeFilePath(process.env.KNOWLEDGE_FILE);
}
