// Tests that start the bot as a process run the compiled dist/ (as `npm start` does); building it
// here first, when src/ changed, keeps a stale build from passing or failing them falsely.
import { ensureBuild } from "../scripts/build.mjs";

export default function setup(): void {
  if (!ensureBuild()) throw new Error("dist/ could not be built (see the esbuild output above)");
}
