import { fileURLToPath } from "node:url";
import { runConsole } from "./cli/console.js";
import { type Config, loadConfig } from "./config.js";
import { startApp } from "./discord/app.js";
import { KnowledgeLoadError } from "./discord/bot.js";
import { startMonitoring } from "./discord/monitoring.js";
import { isShardProcess, startShardingManager } from "./discord/sharding/index.js";
import { issueReport } from "./knowledge/issues.js";
import type { KnowledgeIssue } from "./knowledge/load.js";
import { createLogger, type Logger } from "./log.js";
import { openAnswerService } from "./service/answer-service.js";
import { questionLogFromConfig } from "./service/question-log-setup.js";
import { Shutdown } from "./shutdown.js";
import { loadProjectEnv } from "./startup.js";
import { DatabaseTooNewError } from "./storage/schema-version.js";

const HOW_TO_CONNECT = [
  "To connect to Discord:",
  "  1. cp .env.example .env",
  "  2. set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (Discord Developer Portal, your application)",
  "  3. npm run deploy-commands",
  "  4. npm start",
].join("\n");

/** An exit code, or "running" while the bot runs on its own until a signal stops it. */
type Outcome = number | "running";

async function main(): Promise<Outcome> {
  loadProjectEnv();
  const result = loadConfig(process.env);
  if (!result.ok) {
    for (const line of result.errors) console.error(line);
    return 1;
  }
  const config = result.config;

  if (config.token || config.interactions === "http") return runBot(config);

  if (!process.stdin.isTTY) {
    console.error(
      "DISCORD_TOKEN is not set and there is no terminal for the local console. Copy .env.example to .env and set DISCORD_TOKEN and DISCORD_CLIENT_ID.",
    );
    return 1;
  }
  return runLocalConsole(config);
}

async function runBot(config: Config): Promise<Outcome> {
  const root = createLogger({ level: config.logLevel });
  // A shard's lines say which shard wrote them; they share the manager's output.
  const logger = isShardProcess() ? root.child({ shard: Number(process.env.SHARDS) }) : root;
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled promise rejection"));
  // Listening from the start: a signal during login still ends the process cleanly.
  const shutdown = new Shutdown({ logger });
  shutdown.listen();
  try {
    if (config.shardCount !== undefined && !isShardProcess()) {
      const manager = await startShardingManager(config, {
        entryFile: fileURLToPath(import.meta.url),
        logger,
      });
      shutdown.add("shard processes", () => manager.stop());
    } else {
      const shardId = isShardProcess() ? Number(process.env.SHARDS) : undefined;
      const monitoring = config.metrics && (await startMonitoring(config.metrics, logger, shardId));
      if (monitoring) shutdown.add("health and metrics", () => monitoring.close());
      const app = await startApp(config, { logger, ...(monitoring ? { metrics: monitoring.metrics } : {}) });
      monitoring?.watch(app);
      shutdown.add("bot", (signal) => {
        monitoring?.stopping();
        return app.stop(signal);
      });
    }
    return "running";
  } catch (error) {
    if (error instanceof KnowledgeLoadError) {
      printIssues(config.knowledgeFile, error.issues);
    } else if (error instanceof DatabaseTooNewError) {
      logger.fatal({ err: error }, "the bot could not start");
      console.error(error.message);
    } else {
      logger.fatal({ err: error }, "the bot could not start");
    }
    return 1;
  }
}

async function runLocalConsole(config: Config): Promise<number> {
  // The console prints answers on stdout; logs go to stderr, and only warnings unless asked for more.
  const logger: Logger = createLogger({
    level: config.logLevelExplicit ? config.logLevel : "warn",
    destination: 2,
  });
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled promise rejection"));
  const opened = await openAnswerService({
    knowledgeFile: config.knowledgeFile,
    maxBytes: config.knowledgeMaxBytes,
    logger,
  });
  if (!opened.ok) {
    printIssues(config.knowledgeFile, opened.errors);
    return 1;
  }
  console.log("No DISCORD_TOKEN: running the local console over the same answers the bot gives.");
  console.log(HOW_TO_CONNECT);
  console.log("\nType a question, or /help.\n");
  const questionLog = config.questionLog.console ? questionLogFromConfig(config, logger) : undefined;
  try {
    await questionLog?.start();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  await runConsole({
    input: process.stdin,
    output: process.stdout,
    service: opened.service,
    ...(questionLog ? { questionLog } : {}),
  });
  await questionLog?.close(3000);
  return 0;
}

function printIssues(file: string, issues: KnowledgeIssue[]): void {
  for (const line of issueReport(file, issues)) console.error(line);
}

const outcome = await main();
if (outcome !== "running") process.exit(outcome);
