#!/usr/bin/env node
// Builds dist/ from src/ with esbuild, only when a source is newer than the last build. `npm run
// build`, `npm ci` (through `prepare`), the tests and the command-line tools all come through here, so
// a stale dist/ never answers for changed sources. Without esbuild installed (a production install
// without development dependencies) an existing build is used as it is. Types are checked by
// `npm run typecheck`, not here.
//
// Each program (the bot and each command-line tool) is one file, with the code they share in chunks
// beside them: a start loads a few files instead of hundreds, which is most of what a short command
// such as `npm run ask` would otherwise spend. Pure JavaScript packages with many modules are bundled
// in; packages with native code or files of their own stay in node_modules.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "dist");
/** Written after each successful build; its time is the build's. */
const STAMP = join(DIST, ".build-stamp");
/** Besides src/, the files whose change changes the output. */
const INPUTS = ["package.json", "scripts/build.mjs"];

/** The programs: each becomes dist/<name>.js. */
export const ENTRIES = ["main", "cli/ask", "cli/check-knowledge", "cli/deploy-commands", "cli/insights"];

/**
 * Dependencies bundled into dist/: ES modules of plain JavaScript whose hundreds of files cost more to
 * load than to run. Every other dependency is imported from node_modules as usual.
 */
const BUNDLED = ["zod", "kysely", "js-yaml", "fuse.js", "stemmer", "@orama/stemmers"];

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

function loadEsbuild() {
  try {
    return createRequire(join(ROOT, "package.json"))("esbuild");
  } catch {
    return undefined;
  }
}

function externalPackages() {
  const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
  return names.filter((name) => !BUNDLED.includes(name)).flatMap((name) => [name, `${name}/*`]);
}

/** Builds when needed; returns true when dist/ is usable afterwards. */
export function ensureBuild({ force = false, quiet = false } = {}) {
  const reason = force ? "a build was asked for" : staleReason();
  if (!reason) return true;
  const esbuild = loadEsbuild();
  if (!esbuild) {
    if (existsSync(join(DIST, "main.js"))) {
      if (!quiet) console.error(`build: ${reason}, but esbuild is not installed; using dist/ as it is.`);
      return true;
    }
    console.error(
      "build: dist/ is missing and esbuild is not installed. Build with development dependencies " +
        "(npm ci, which builds), then remove them (npm prune --omit=dev).",
    );
    return false;
  }
  if (!quiet) console.error(`build: ${reason}; bundling src/ into dist/ ...`);
  // Output of a removed module must not live on.
  rmSync(DIST, { recursive: true, force: true });
  try {
    esbuild.buildSync({
      entryPoints: ENTRIES.map((entry) => ({ in: join(ROOT, "src", `${entry}.ts`), out: entry })),
      outdir: DIST,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      external: externalPackages(),
      chunkNames: "chunks/[name]-[hash]",
      // Stack traces name src/ files and lines (node --enable-source-maps); the sources stay out.
      sourcemap: "linked",
      sourcesContent: false,
      logLevel: "warning",
    });
  } catch {
    // esbuild has printed what failed.
    console.error("build: esbuild failed; dist/ is left empty.");
    return false;
  }
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = ensureBuild({ force: process.argv.includes("--force") }) ? 0 : 1;
}
