// The bot as `npm start` runs it: `dist/main.js` in a process of its own, configured from the
// environment. Malformed gateway events make discord.js throw inside its own packet handling,
// where no handler of the bot can catch it; what keeps the bot alive then is the process itself.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type DiscordServer, snowflake, startDiscordServer } from "../support/discord-server/index.js";
import { BOT_TOKEN } from "./support/bot.js";
import { type BotProcess, spawnBotProcess } from "./support/bot-process.js";
import { embedOf } from "./support/messages.js";

let server: DiscordServer;
let bot: BotProcess;

beforeAll(async () => {
  server = await startDiscordServer({ heartbeatIntervalMs: 1000, token: BOT_TOKEN });
  bot = await spawnBotProcess(server, { token: BOT_TOKEN });
});

afterAll(async () => {
  await bot?.stop();
  await server?.stop();
});

describe("npm start against the test server", () => {
  it("answers /ask", async () => {
    const answer = await server.ask("who supplies Tajikistan?");
    expect(embedOf(answer).description).toMatch(/Russia[\s\S]*aircraft/);
    expect(answer.body.allowed_mentions).toEqual({ parse: [] });
  });

  it("survives malformed interactions and answers the next /ask", async () => {
    const valid = server.commandPayload("ask");
    const { entitlements: _entitlements, ...withoutEntitlements } = valid;
    const broken: unknown[] = [
      { id: snowflake(), type: 2 },
      { ...server.commandPayload("ask"), data: undefined },
      { ...withoutEntitlements, id: snowflake() },
      { ...server.commandPayload("ask"), member: { user: null } },
    ];
    const errorsBefore = bot.logs.filter((l) => l.level >= 50).length;
    for (const payload of broken) server.dispatch("INTERACTION_CREATE", payload);

    const answer = await server.ask("What does Russia supply to Kazakhstan?");
    expect(embedOf(answer).description).toMatch(/anti-aircraft missile systems/);
    expect(bot.child.exitCode).toBeNull();
    // Each one was logged by the process, not left to kill it.
    await vi.waitFor(() =>
      expect(bot.logs.filter((l) => l.level >= 50).length - errorsBefore).toBeGreaterThanOrEqual(1),
    );
    expect(bot.logs.filter((l) => l.level >= 50).map((l) => l.msg)).toContain("unhandled promise rejection");
  });

  it("stops cleanly on SIGTERM: the gateway is closed and the exit code is 0", async () => {
    const connection = server.gatewayConnections.at(-1);
    const exit = await bot.stop();
    expect(exit).toEqual({ code: 0, signal: null });
    expect(bot.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(["shutting down", "bot stopped"]));
    expect(connection?.closedAt).toBeDefined();
  });
});

describe("npm start with a broken knowledge file", () => {
  it("says what is wrong and exits with 1 before connecting", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cis-bot-e2e-"));
    const other = await startDiscordServer({ token: BOT_TOKEN });
    try {
      const file = join(dir, "broken.yaml");
      await writeFile(file, "version: 1\nfacts: [\n");
      const started = spawnBotProcess(other, { token: BOT_TOKEN, env: { KNOWLEDGE_FILE: file } });
      await expect(started).rejects.toThrow(/exited \(code 1[\s\S]*could not be loaded/);
      expect(other.gatewayStats().connections).toBe(0);
    } finally {
      await other.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
