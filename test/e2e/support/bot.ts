// Starts the real bot against the Discord test server the way `npm start` does: a configuration
// from `loadConfig` (with DISCORD_API_URL pointing at the server), a pino logger at the configured
// level, then `startBot`. Logs go to memory so a test can read them instead of the terminal.
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DestinationStream } from "pino";
import { afterAll, beforeAll, expect } from "vitest";
import { type Config, loadConfig } from "../../../src/config.js";
import { type RunningBot, startBot } from "../../../src/discord/bot.js";
import { createLogger } from "../../../src/log.js";
import {
  type DiscordServer,
  type DiscordServerOptions,
  startDiscordServer,
} from "../../support/discord-server/index.js";
import { ARTICLE_FILE, KNOWLEDGE_FILE, KNOWLEDGE_TEXT } from "../../support/knowledge.js";

export const BOT_TOKEN = "e2e-bot-token";

/** One pino line as JSON. */
export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface BotUnderTest {
  server: DiscordServer;
  bot: RunningBot;
  config: Config;
  /** Everything the bot logged, oldest first. */
  logs: LogLine[];
  /** The knowledge file the bot reads: the project's, or a copy a test may edit. */
  knowledgeFile: string;
  /** Replaces the copied knowledge file (only with `copyKnowledge`). */
  writeKnowledge(text: string): Promise<void>;
  /** Stops the bot, then the server, then removes the copy; safe to call more than once. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra environment, read by `loadConfig` like the process environment. */
  env?: (server: DiscordServer) => Record<string, string>;
  /** Work on a copy of the knowledge file and the article in a temporary folder. */
  copyKnowledge?: boolean;
  server?: DiscordServerOptions;
}

/** A destination that keeps each log line in memory. */
function memoryDestination(lines: LogLine[]): DestinationStream {
  return {
    write(line: string) {
      lines.push(JSON.parse(line) as LogLine);
    },
  };
}

export async function startBotUnderTest(options: StartOptions = {}): Promise<BotUnderTest> {
  const server = await startDiscordServer({ heartbeatIntervalMs: 1000, token: BOT_TOKEN, ...options.server });
  let dir: string | undefined;
  let bot: RunningBot | undefined;
  // Every bot under test keeps its question log in a folder of its own, removed when it stops.
  const dataDir = await mkdtemp(join(tmpdir(), "cis-bot-e2e-data-"));
  try {
    let knowledgeFile = KNOWLEDGE_FILE;
    if (options.copyKnowledge) {
      dir = await mkdtemp(join(tmpdir(), "cis-bot-e2e-"));
      knowledgeFile = join(dir, "cis-air-defense.yaml");
      await writeFile(knowledgeFile, KNOWLEDGE_TEXT);
      // The knowledge names its article by a path relative to itself.
      await copyFile(ARTICLE_FILE, join(dir, "cis-air-defense-article.txt"));
    }
    const loaded = loadConfig({
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_CLIENT_ID: server.applicationId,
      DISCORD_API_URL: server.apiUrl,
      KNOWLEDGE_FILE: knowledgeFile,
      LOG_LEVEL: "info",
      // Tests ask far more than a person would; the limiter still runs on every question.
      RATE_LIMIT_COUNT: "1000",
      DATABASE_URL: join(dataDir, "bot.db"),
      ...options.env?.(server),
    });
    if (!loaded.ok) throw new Error(`configuration refused:\n${loaded.errors.join("\n")}`);
    const config = loaded.config;
    const logs: LogLine[] = [];
    const logger = createLogger({ level: config.logLevel, destination: memoryDestination(logs) });
    bot = await startBot(config, { logger });
    const running = bot;
    const copy = dir;
    let stopped = false;
    return {
      server,
      bot: running,
      config,
      logs,
      knowledgeFile,
      async writeKnowledge(text) {
        if (!copy) throw new Error("start with copyKnowledge to edit the knowledge file");
        await writeFile(knowledgeFile, text);
      },
      async stop() {
        if (stopped) return;
        stopped = true;
        await running.stop();
        await server.stop();
        if (copy) await rm(copy, { recursive: true, force: true });
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await bot?.stop();
    await server.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Starts one bot for the whole file before its tests and stops it after them, then checks that
 * no route of the server failed on a request the bot made. Returns a getter for the running bot.
 */
export function useBotUnderTest(options?: StartOptions): () => BotUnderTest {
  let started: BotUnderTest | undefined;
  beforeAll(async () => {
    started = await startBotUnderTest(options);
  });
  afterAll(async () => {
    await started?.stop();
    expect(started?.server.routeErrors ?? []).toEqual([]);
  });
  return () => {
    if (!started)
      throw new Error("the bot under test is started in beforeAll; use it inside a hook or a test");
    return started;
  };
}
