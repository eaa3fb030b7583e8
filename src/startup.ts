import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { config as loadDotenv } from "dotenv";
import { projectPath } from "./paths.js";

/** Reads the project's .env into the environment (what is already set wins); nothing if there is none. */
export function loadProjectEnv(): void {
  loadDotenv({ path: projectPath(".env"), quiet: true });
}

/** Whether the module at `moduleUrl` is the script node was started with, rather than imported. */
export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
