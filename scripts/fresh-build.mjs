// Preloaded by the development scripts (`node --import ./scripts/fresh-build.mjs dist/...`): rebuilds
// dist/ first when src/ changed, so a command never runs yesterday's code. Costs a few stat calls
// when nothing changed.
import { ensureBuild } from "./build.mjs";

if (!ensureBuild()) process.exit(1);
