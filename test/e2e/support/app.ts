// Starts one process's worth of the bot in this process, as `npm start` would with the same settings:
// the gateway, the HTTP interactions endpoint or both (INTERACTIONS), optionally sharing Redis. Several
// can run side by side against one Discord test server, as replicas do against Discord.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DestinationStream } from "pino";
import { type Config, loadConfig } from "../../../src/config.js";
import { type RunningApp, startApp } from "../../../src/discord/app.js";
import { createLogger } from "../../../src/log.js";
import type { DiscordServer } from "../../support/discord-server/index.js";
import { KNOWLEDGE_FILE } from "../../support/knowledge.js";
import { BOT_TOKEN, type LogLine } from "./bot.js";

export interface AppUnderTest {
  app: RunningApp;
  config: Config;
  logs: LogLine[];
  /** The interactions endpoint's URL, when it has one. */
  url: string;
  stop(): Promise<void>;
}

function memoryDestination(lines: LogLine[]): DestinationStream {
  return {
    write(line: string) {
      lines.push(JSON.parse(line) as LogLine);
    },
  };
}

export async function startAppUnderTest(
  server: DiscordServer,
  env: Record<string, string>,
  options: { reloadTimeoutMs?: number } = {},
): Promise<AppUnderTest> {
  // Its question log in a folder of its own, never the project's data/bot.db.
  const dataDir = await mkdtemp(join(tmpdir(), "cis-app-e2e-data-"));
  const loaded = loadConfig({
    DATABASE_URL: join(dataDir, "bot.db"),
    DISCORD_CLIENT_ID: server.applicationId,
    DISCORD_API_URL: server.apiUrl,
    DISCORD_PUBLIC_KEY: server.publicKey,
    KNOWLEDGE_FILE,
    LOG_LEVEL: "info",
    PORT: "0",
    RATE_LIMIT_COUNT: "1000",
    // The test server's first guild is the operator's, where /reload may run.
    ADMIN_GUILD_IDS: server.guild.id,
    ...env,
  });
  if (!loaded.ok) throw new Error(`configuration refused:\n${loaded.errors.join("\n")}`);
  const logs: LogLine[] = [];
  const logger = createLogger({ level: loaded.config.logLevel, destination: memoryDestination(logs) });
  let app: RunningApp;
  try {
    app = await startApp(loaded.config, { logger, ...options });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  let stopped = false;
  return {
    app,
    config: loaded.config,
    logs,
    url: app.endpoint?.url ?? "",
    async stop() {
      if (stopped) return;
      stopped = true;
      await app.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export { BOT_TOKEN };
