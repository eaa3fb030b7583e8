// How the bot stops when a service manager, a container runtime or a terminal says so: the signal
// reaches the bot through `npm start`, the reply being made is still sent, the gateway is closed,
// and no process of the bot is left behind.
import { readFile } from "node:fs/promises";
import { ApplicationCommandOptionType } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { type DiscordServer, startDiscordServer } from "../support/discord-server/index.js";
import { BOT_TOKEN } from "./support/bot.js";
import { type BotProcess, processTree, spawnBotProcess } from "./support/bot-process.js";

let server: DiscordServer | undefined;
let bot: BotProcess | undefined;

afterEach(async () => {
  await bot?.stop(1000);
  await server?.stop();
  bot = undefined;
  server = undefined;
});

async function running(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** Dispatches /ask while Discord holds its reply back with a 429 for `retryAfter` seconds. */
async function askHeldBack(s: DiscordServer, retryAfter: number) {
  s.failNext({ method: "POST", path: /\/callback$/ }, { status: 429, retryAfter });
  const interaction = s.dispatchInteraction(
    s.commandPayload("ask", {
      options: [
        { name: "question", type: ApplicationCommandOptionType.String, value: "who supplies Tajikistan" },
      ],
    }),
  );
  await s.waitForRequest((r) => r.path.endsWith("/callback") && r.response.status === 429);
  return interaction;
}

describe.skipIf(process.platform !== "linux")("signals (Linux: processes are read from /proc)", () => {
  it("SIGTERM to `npm start` sends the reply being made, closes the gateway and leaves no process", async () => {
    server = await startDiscordServer({ heartbeatIntervalMs: 1000, token: BOT_TOKEN });
    bot = await spawnBotProcess(server, { token: BOT_TOKEN, viaNpm: true });
    const tree = await bot.processTree();
    // npm and the bot below it (npm runs the script through `exec`, so no shell stays between them).
    expect(tree.length).toBeGreaterThanOrEqual(2);

    const interaction = await askHeldBack(server, 1);
    const connection = server.gatewayConnections.at(-1);
    const signalled = Date.now();
    bot.child.kill("SIGTERM");
    const exit = await bot.exited;

    expect(Date.now() - signalled).toBeLessThan(5000);
    expect(exit).toEqual({ code: 0, signal: null });
    const reply = await server.interactionReply(interaction.id, 100);
    expect(reply.receivedAt).toBeGreaterThan(signalled);
    expect(connection?.closedAt).toBeDefined();
    expect(bot.logs.map((l) => l.msg)).toEqual(
      expect.arrayContaining([
        "shutting down",
        "waiting for the replies being made",
        "bot stopped",
        "shut down",
      ]),
    );
    for (const pid of tree) expect(await running(pid)).toBe(false);
  });

  it("a second SIGTERM to the bot exits at once, without waiting for the reply", async () => {
    server = await startDiscordServer({ heartbeatIntervalMs: 1000, token: BOT_TOKEN });
    bot = await spawnBotProcess(server, { token: BOT_TOKEN });
    await askHeldBack(server, 4);
    bot.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    const second = Date.now();
    bot.child.kill("SIGTERM");
    const exit = await bot.exited;

    expect(Date.now() - second).toBeLessThan(1000);
    expect(exit.code).toBe(143);
    expect(bot.logs.map((l) => l.msg)).toContain("second signal: exiting at once");
    expect(await processTree(bot.pid)).toEqual([]);
  });

  it("SIGINT to the bot stops it cleanly too", async () => {
    server = await startDiscordServer({ heartbeatIntervalMs: 1000, token: BOT_TOKEN });
    bot = await spawnBotProcess(server, { token: BOT_TOKEN });
    const connection = server.gatewayConnections.at(-1);
    bot.child.kill("SIGINT");
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(connection?.closedAt).toBeDefined();
  });
});
