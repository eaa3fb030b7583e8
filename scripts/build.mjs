#!/usr/bin/env node
// Builds dist/ from src/ with tsc, only when a source is newer than the last build. `npm run build`,
// `npm ci` (through `prepare`), the tests and the command-line tools all come through here, so a
// stale dist/ never answers for changed sources. Without TypeScript installed (a production install
// without development dependencies) an existing build is used as it is.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "dist");
/** Written after each successful build; its time is the build's. */
const STAMP = join(DIST, ".build-stamp");
/** Besides src/, the files whose change changes the output. */
const INPUTS = ["tsconfig.json", "tsconfig.build.json", "package.json"];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Why dist/ must be built, or undefined when it is up to date. */
export function staleReason() {
  if (!existsSync(STAMP)) return "dist/ has not been built";
  const built = statSync(STAMP).mtimeMs;
  const inputs = INPUTS.map((f) => join(ROOT, f)).filter(existsSync);
  const newest = Math.max(newestSource(join(ROOT, "src")), ...inputs.map((f) => statSync(f).mtimeMs));
  return newest > built ? "src/ changed since the last build" : undefined;
}

function typescriptCompiler() {
  try {
    return createRequire(join(ROOT, "package.json")).resolve("typescript/bin/tsc");
  } catch {
    return undefined;
  }
}

/** Removes output whose source is gone, so a module deleted from src/ does not live on in dist/. */
function removeOrphans(dir = DIST) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      removeOrphans(path);
      continue;
    }
    const source = /^(.*)\.js(\.map)?$/.exec(path.slice(DIST.length))?.[1];
    if (source !== undefined && !existsSync(join(ROOT, "src", `${source}.ts`))) rmSync(path);
  }
}

/** Builds when needed (incrementally); returns true when dist/ is usable afterwards. */
export function ensureBuild({ force = false, quiet = false } = {}) {
  const reason = force ? "a build was asked for" : staleReason();
  if (!reason) return true;
  const tsc = typescriptCompiler();
  if (!tsc) {
    if (existsSync(join(DIST, "main.js"))) {
      if (!quiet) console.error(`build: ${reason}, but TypeScript is not installed; using dist/ as it is.`);
      return true;
    }
    console.error(
      "build: dist/ is missing and TypeScript is not installed. Build with development dependencies " +
        "(npm ci, which builds), then remove them (npm prune --omit=dev).",
    );
    return false;
  }
  if (!quiet) console.error(`build: ${reason}; compiling src/ to dist/ ...`);
  removeOrphans();
  const run = spawnSync(process.execPath, [tsc, "-p", join(ROOT, "tsconfig.build.json")], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (run.status !== 0) {
    console.error("build: tsc failed; dist/ was not updated.");
    return false;
  }
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = ensureBuild({ force: process.argv.includes("--force") }) ? 0 : 1;
}
