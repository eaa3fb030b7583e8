import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { startupSnapshot } from "node:v8";
import { staleReason } from "../../scripts/stale.mjs";
import { keepLoad } from "../knowledge/load.js";
import { DEFAULT_KNOWLEDGE_PATH, PROJECT_ROOT, projectRootAbove } from "../paths.js";
import { createEngine } from "../qa/engine.js";
import { type Prebuilt, runAsk } from "./ask-program.js";

/**
 * The entry of `npm run ask`'s start-up snapshot, run once by the build (`node --build-snapshot`):
 * the program's code, its word lists and the shipped knowledge file's engine are made here and saved
 * with the heap, so a question asked from the command line starts with all of it in place.
 *
 * At run time the snapshot answers only for the folder and the sources it was built from; otherwise
 * the ordinary program (which rebuilds first when src/ changed) answers instead. A knowledge file
 * other than the shipped one, or the shipped one changed, is loaded as usual.
 */

/** Questions of each kind the engine reads lazily, so what they load is in the snapshot too. */
const WARM_UP = [
  "what does the article say?",
  "wat hapened",
  "что говорится в статье?",
  "xnj ujdjhbncz",
  "chto skazano",
];

async function prebuild(): Promise<Prebuilt | undefined> {
  const kept = await keepLoad(DEFAULT_KNOWLEDGE_PATH);
  // A shipped file that does not load is reported by the program itself at run time.
  if (Array.isArray(kept)) return undefined;
  const engine = createEngine(kept.knowledge);
  for (const question of WARM_UP) engine.answer(question);
  return { kept, engine };
}

/** Why this snapshot must not answer here, or undefined when it may. */
function whyNot(root: string): string | undefined {
  if (root !== PROJECT_ROOT) return `it was built in ${PROJECT_ROOT}`;
  return staleReason(root);
}

/** The ordinary program, in a process of its own, with this one's arguments and standard streams. */
function runOrdinary(root: string): number {
  // A checkout rebuilds first when src/ changed; an installed build has no scripts/ and runs as it is.
  const freshBuild = join(root, "scripts", "fresh-build.mjs");
  const program = [
    ...(existsSync(freshBuild) ? ["--import", freshBuild] : []),
    "--enable-source-maps",
    join(root, "dist", "cli", "ask.js"),
  ];
  const run = spawnSync(process.execPath, [...program, ...process.argv.slice(2)], { stdio: "inherit" });
  return run.status ?? 1;
}

prebuild().then((prebuilt) => {
  startupSnapshot.setDeserializeMainFunction(() => {
    const script = process.argv[1];
    const root = script ? projectRootAbove(dirname(resolve(script))) : process.cwd();
    if (whyNot(root) !== undefined) {
      process.exitCode = runOrdinary(root);
      return;
    }
    runAsk(prebuilt).then((code) => {
      process.exitCode = code;
    });
  });
});
