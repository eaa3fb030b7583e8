import { runAsk } from "./ask-program.js";

process.exitCode = await runAsk();
