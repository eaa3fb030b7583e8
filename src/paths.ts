import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder holding package.json: relative paths in settings are resolved against it, not the cwd.
 * Found by looking up from this code, which runs from src/, or bundled into a program of dist/.
 */
export const PROJECT_ROOT = projectRootAbove(dirname(fileURLToPath(import.meta.url)));

/** The nearest folder at or above `folder` that holds a package.json. */
export function projectRootAbove(folder: string): string {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) return resolve(folder, "..");
  }
}

/** The knowledge file's setting when KNOWLEDGE_FILE is not set, as it would be written in .env. */
export const DEFAULT_KNOWLEDGE_FILE = "knowledge/cis-air-defense.yaml";

/** A path from a setting, made absolute against the project folder. */
export function projectPath(path: string, root = PROJECT_ROOT): string {
  return isAbsolute(path) ? path : resolve(root, path);
}

/**
 * The knowledge file a KNOWLEDGE_FILE setting names: against the project folder, the shipped one when
 * it is blank. The bot, the console and the command-line tools all resolve it here.
 */
export function knowledgeFilePath(setting: string | undefined, root = PROJECT_ROOT): string {
  return projectPath(setting?.trim() || DEFAULT_KNOWLEDGE_FILE, root);
}

/** Where the knowledge file that ships with the project is. */
export const DEFAULT_KNOWLEDGE_PATH = knowledgeFilePath(undefined);
