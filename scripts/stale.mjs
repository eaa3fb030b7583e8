// Whether dist/ is older than what it is built from. Shared by the build and by the `ask` start-up
// snapshot, which must not answer with code older than src/. No dependencies: it runs before any build.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Written after each successful build: the Node.js version it was made with; its time is the build's. */
export const STAMP_FILE = "dist/.build-stamp";
/** The ask program's start-up snapshot, which `npm run ask` starts from. */
export const SNAPSHOT_FILE = "dist/ask.blob";
/** Besides src/, the files whose change changes the output. */
const INPUTS = ["package.json", "scripts/build.mjs", "scripts/stale.mjs"];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Why the project at `root` must be built, or undefined when dist/ is up to date. */
export function staleReason(root) {
  const stamp = join(root, STAMP_FILE);
  if (!existsSync(stamp)) return "dist/ has not been built";
  if (!existsSync(join(root, SNAPSHOT_FILE))) return `${SNAPSHOT_FILE} is missing`;
  // A start-up snapshot only loads in the Node.js that made it.
  if (readFileSync(stamp, "utf8").trim() !== process.version) return "Node.js changed since the last build";
  const built = statSync(stamp).mtimeMs;
  const inputs = INPUTS.map((f) => join(root, f)).filter(existsSync);
  const sources = existsSync(join(root, "src")) ? newestSource(join(root, "src")) : 0;
  const newest = Math.max(sources, ...inputs.map((f) => statSync(f).mtimeMs));
  return newest > built ? "src/ changed since the last build" : undefined;
}
