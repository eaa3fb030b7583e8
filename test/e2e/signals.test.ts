// How the bot stops when a service manager, a container runtime or a terminal says so: the signal
// reaches the bot through `npm start`, the reply being made is still sent, the gateway is closed,
// and no process of the bot is left behind.
import { readFile } from "node:fs/promises";
import { ApplicationCommandOptionType } from "discord.js";
import { afterEach, describe, expect, it, vi } from "vitest";
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

/** Whether the server took a message posted to this channel. */
function delivered(s: DiscordServer, channelId: string): boolean {
  const path = `/api/v10/channels/${channelId}/messages`;
  return s.requests.some(
    (r) => r.method === "POST" && r.path === path && r.response.status >= 200 && r.response.status < 300,
  );
}

/** `count` DMs from as many users, dispatched at once; resolves when the bot has logged every answer. */
async function dmsAnswered(s: DiscordServer, b: BotProcess, count: number) {
  const dms = Array.from({ length: count }, (_, i) =>
    s.dmPayload("who supplies Tajikistan?", s.createUser(`leaving-${i}`)),
  );
  for (const dm of dms) s.dispatchMessage(dm);
  await vi.waitFor(() => expect(b.logs.filter((l) => l.msg === "question answered")).toHaveLength(count), {
    timeout: 15_000,
    interval: 5,
  });
  return dms;
}

describe("SIGTERM with replies computed but not yet sent", () => {
  it("sends every one of 100 DM answers before exiting, within 5 s, and takes no new DM", async () => {
    server = await startDiscordServer({ heartbeatIntervalMs: 1000, token: BOT_TOKEN });
    bot = await spawnBotProcess(server, { token: BOT_TOKEN, startTimeoutMs: 30_000 });
    const dms = await dmsAnswered(server, bot, 100);
    const signalled = Date.now();
    bot.child.kill("SIGTERM");
    // discord.js sends at most 50 requests a second: most answers are still queued at this moment.
    const sentBySignal = dms.filter((dm) => delivered(server!, dm.channel_id)).length;
    // Once it has begun to stop, it takes nothing new.
    await vi.waitFor(() => expect(bot!.logs.map((l) => l.msg)).toContain("shutting down"), {
      timeout: 5000,
      interval: 5,
    });
    const late = server.dispatchMessage(server.dmPayload("who supplies Armenia?", server.createUser("late")));
    const exit = await bot.exited;

    expect(Date.now() - signalled).toBeLessThan(5000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(sentBySignal).toBeLessThan(100);
    expect(dms.filter((dm) => delivered(server!, dm.channel_id))).toHaveLength(100);
    expect(delivered(server, late.channel_id)).toBe(false);
    const msgs = bot.logs.map((l) => l.msg);
    expect(msgs).toContain("waiting for the replies being made");
    expect(msgs).not.toContain("replies still being made at shutdown");
  });

  it("when Discord holds the answers back past the deadline, logs how many it could not send, and exits", async () => {
    server = await startDiscordServer({ heartbeatIntervalMs: 1000, token: BOT_TOKEN });
    bot = await spawnBotProcess(server, { token: BOT_TOKEN, startTimeoutMs: 30_000 });
    // Every answer is refused for 30 s: none can go out before the shutdown's deadline.
    server.failNext(
      { method: "POST", path: /^\/api\/v10\/channels\/\d+\/messages$/ },
      { status: 429, retryAfter: 30, times: 1000 },
    );
    const dms = await dmsAnswered(server, bot, 20);
    const signalled = Date.now();
    bot.child.kill("SIGTERM");
    const exit = await bot.exited;

    expect(Date.now() - signalled).toBeLessThan(5500);
    expect(exit.code).toBe(1);
    const unsent = dms.filter((dm) => !delivered(server!, dm.channel_id)).length;
    expect(unsent).toBe(20);
    const notice = bot.logs.find((l) => l.msg === "replies still being made at shutdown");
    expect(notice?.replies).toBe(unsent);
  });
});
