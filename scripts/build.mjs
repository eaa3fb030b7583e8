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
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SNAPSHOT_FILE, STAMP_FILE, staleReason as staleAt } from "./stale.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "dist");
const STAMP = join(ROOT, STAMP_FILE);

/** The programs: each becomes dist/<name>.js. */
export const ENTRIES = ["main", "cli/ask", "cli/check-knowledge", "cli/deploy-commands", "cli/insights"];

/**
 * Dependencies bundled into dist/: ES modules of plain JavaScript whose hundreds of files cost more to
 * load than to run. Every other dependency is imported from node_modules as usual.
 */
const BUNDLED = ["zod", "kysely", "js-yaml", "fuse.js", "stemmer", "@orama/stemmers"];

/**
 * `npm run ask` starts from a V8 start-up snapshot of the ask program with the shipped knowledge file
 * loaded and its engine built: the snapshot's entry is bundled whole, as CommonJS, and run once here.
 */
const SNAPSHOT_ENTRY = "cli/ask-snapshot";
const SNAPSHOT_BUNDLE = join(DIST, "snapshot", "ask.cjs");
const SNAPSHOT_BLOB = join(ROOT, SNAPSHOT_FILE);

/** Why dist/ must be built, or undefined when it is up to date. */
export function staleReason() {
  return staleAt(ROOT);
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
  if (!buildSnapshot(esbuild)) return false;
  writeFileSync(STAMP, `${process.version}\n`);
  return true;
}

/** Bundles the ask snapshot's entry and runs it with --build-snapshot; false, having said why, if either fails. */
function buildSnapshot(esbuild) {
  try {
    esbuild.buildSync({
      entryPoints: [join(ROOT, "src", `${SNAPSHOT_ENTRY}.ts`)],
      outfile: SNAPSHOT_BUNDLE,
      bundle: true,
      format: "cjs",
      platform: "node",
      target: "node20",
      // A snapshot's entry may load nothing but Node's own modules while it runs: all else is bundled.
      // Code that finds files from its own place is told where the bundle is.
      define: { "import.meta.url": "__bundleUrl" },
      banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
      logLevel: "warning",
    });
  } catch {
    console.error("build: esbuild failed on the ask start-up snapshot's entry.");
    return false;
  }
  const made = spawnSync(
    process.execPath,
    ["--snapshot-blob", SNAPSHOT_BLOB, "--build-snapshot", SNAPSHOT_BUNDLE],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  if (made.status !== 0 || !existsSync(SNAPSHOT_BLOB)) {
    console.error(`build: the ask start-up snapshot failed (${made.error ?? `exit ${made.status}`}):`);
    console.error(`${made.stdout}${made.stderr}`.trim());
    return false;
  }
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = ensureBuild({ force: process.argv.includes("--force") }) ? 0 : 1;
}
