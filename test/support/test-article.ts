import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { loadKnowledgeFile } from "../../src/knowledge/load.js";
import type { Knowledge } from "../../src/knowledge/schema.js";

/** The project folder, where the test articles' paths start. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A test article's knowledge file (a path from the project folder), loaded or thrown with its problems. */
export async function loadTestArticle(file: string): Promise<Knowledge> {
  const result = await loadKnowledgeFile(`${ROOT}${file}`);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.where}: ${e.message}`).join("\n"));
  return result.knowledge;
}

/** `check-knowledge FILE` as the compiled tool runs it from the project folder. */
export function checkKnowledge(file: string) {
  return spawnSync(process.execPath, ["--enable-source-maps", "dist/cli/check-knowledge.js", file], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 30_000,
  });
}
