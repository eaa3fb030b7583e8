import { resolve } from "node:path";
import { DEFAULT_KNOWLEDGE_MAX_BYTES } from "../knowledge/limits.js";
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

/**
 * A FILE given on the command line, against the folder the command was typed in: npm runs scripts
 * in the project folder, and says where it was invoked in INIT_CWD.
 */
export function fromInvocationFolder(path: string): string {
  return resolve(process.env.INIT_CWD || process.cwd(), path);
}

/** KNOWLEDGE_MAX_BYTES as the bot reads it; the default when it is unset or not a whole number. */
export function knowledgeMaxBytesSetting(): number {
  loadProjectEnv();
  const value = process.env.KNOWLEDGE_MAX_BYTES?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : DEFAULT_KNOWLEDGE_MAX_BYTES;
}
