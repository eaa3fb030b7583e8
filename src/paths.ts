import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding package.json: relative paths in settings are resolved against it, not the cwd. */
export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The knowledge file's setting when KNOWLEDGE_FILE is not set, as it would be written in .env. */
export const DEFAULT_KNOWLEDGE_FILE = "knowledge/cis-air-defense.yaml";

/** A path from a setting, made absolute against the project folder. */
export function projectPath(path: string): string {
  return isAbsolute(path) ? path : resolve(PROJECT_ROOT, path);
}

/** Where the knowledge file that ships with the project is. */
export const DEFAULT_KNOWLEDGE_PATH = projectPath(DEFAULT_KNOWLEDGE_FILE);
