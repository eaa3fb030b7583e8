// SHARD_COUNT: the compiled bot under discord.js's ShardingManager, one process per shard, against a
// test server that routes each guild's events to shard (guild_id >> 22) % count. Questions in guilds
// of both shards are answered, one /reload reloads both, and a shard killed outright comes back.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  type DiscordServer,
  guildIdOnShard,
  MODERATOR_PERMISSIONS,
  shardOf,
  startDiscordServer,
} from "../support/discord-server/index.js";
import { BOT_TOKEN, type LogLine } from "./support/bot.js";
import { type BotProcess, spawnBotProcess } from "./support/bot-process.js";
import { embedOf } from "./support/messages.js";

let server: DiscordServer;
let bot: BotProcess;

const readyShards = (logs: LogLine[]) => logs.filter((l) => l.msg === "shard ready");

beforeAll(async () => {
  server = await startDiscordServer({
    heartbeatIntervalMs: 1000,
    token: BOT_TOKEN,
    // What /gateway/bot recommends, which SHARD_COUNT=auto follows.
    recommendedShards: 2,
    // Lets the manager start the shards 5 s / 16 apart instead of 5 s.
    maxConcurrency: 16,
    guilds: [
      { id: guildIdOnShard(0, 2), name: "First shard's guild" },
      { id: guildIdOnShard(1, 2), name: "Second shard's guild" },
    ],
  });
  bot = await spawnBotProcess(server, {
    token: BOT_TOKEN,
    // The first shard's guild is the operator's, where /reload may run.
    env: { SHARD_COUNT: "auto", ADMIN_GUILD_IDS: server.guilds[0]?.id ?? "" },
    startTimeoutMs: 20_000,
  });
  await vi.waitFor(() => expect(readyShards(bot.logs)).toHaveLength(2), { timeout: 20_000, interval: 100 });
}, 45_000);

afterAll(async () => {
  await bot?.stop();
  await server?.stop();
});

function guildOf(shard: number) {
  const guild = server.guilds[shard];
  if (!guild) throw new Error(`no guild for shard ${shard}`);
  return guild;
}
const first = () => guildOf(0);
const second = () => guildOf(1);

/** Which shard logged answering `question`; log lines may reach the test after the reply does. */
async function shardThatAnswered(question: string): Promise<unknown> {
  let line: LogLine | undefined;
  await vi.waitFor(() => {
    line = bot.logs.findLast((l) => l.msg === "question answered" && l.question === question);
    expect(line).toBeDefined();
  });
  return line?.shard;
}

describe("two shards under one manager", () => {
  it("spawns one process per shard, each identifying as its shard of the recommended count", async () => {
    expect(server.gatewayShards).toEqual({ ids: [0, 1], count: 2 });
    const identifies = server.gatewayFrames.filter((f) => f.direction === "received" && f.op === 2);
    expect(identifies.map((f) => (f.d as { shard: number[] }).shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const pids = readyShards(bot.logs).map((l) => l.pid);
    expect(new Set(pids).size).toBe(2);
    expect(pids).not.toContain(bot.pid);
    expect(shardOf(first().id, 2)).toBe(0);
    expect(shardOf(second().id, 2)).toBe(1);
  });

  it("answers questions in the guilds of both shards, each from its own shard", async () => {
    for (const [index, guild] of [first(), second()].entries()) {
      const question = `who supplies Tajikistan? (asked in ${guild.name})`;
      const answer = await server.ask(question, { guild });
      expect(embedOf(answer).description).toMatch(/Russia/);
      expect(await shardThatAnswered(question)).toBe(index);
    }
    // DMs reach shard 0, as on Discord.
    expect((await server.sendDm("who supplies Tajikistan?")).body.embeds?.[0]?.description).toMatch(/Russia/);
  });

  it("says in /about which shard answered", async () => {
    const payload = server.dispatchInteraction(server.commandPayload("about", { guild: second() }));
    const fields = embedOf(await server.interactionAnswer(payload)).fields ?? [];
    expect(fields.find((f) => f.name === "Shard")?.value).toBe("1 of 2");
  });

  it("reloads every shard with one /reload and reports each", async () => {
    const payload = server.dispatchInteraction(
      server.commandPayload("reload", { guild: first(), permissions: MODERATOR_PERMISSIONS }),
    );
    const embed = embedOf(await server.interactionAnswer(payload, 20_000));
    expect(embed.title).toBe("Knowledge reloaded in all 2 processes");
    expect(embed.description).toMatch(/✅ \*\*shard 0\*\*/);
    expect(embed.description).toMatch(/✅ \*\*shard 1\*\*/);
    // Each shard's log line comes through its own process's output, which may trail the reply.
    await vi.waitFor(
      () => {
        const reloadedBy = bot.logs.filter((l) => l.msg === "knowledge reloaded").map((l) => l.shard);
        expect(reloadedBy.sort()).toEqual([0, 1]);
      },
      { timeout: 5_000 },
    );
  });

  it("respawns a shard whose process was killed, and it answers again", async () => {
    const victim = readyShards(bot.logs).find((l) => l.shardId === 1)?.pid as number;
    process.kill(victim, "SIGKILL");
    await vi.waitFor(
      () => expect(bot.logs.some((l) => l.msg === "shard process died; respawning it")).toBe(true),
      {
        timeout: 10_000,
      },
    );
    await vi.waitFor(() => expect(readyShards(bot.logs).filter((l) => l.shardId === 1)).toHaveLength(2), {
      timeout: 20_000,
      interval: 100,
    });
    const revived = readyShards(bot.logs)
      .filter((l) => l.shardId === 1)
      .at(-1)?.pid;
    expect(revived).not.toBe(victim);
    const question = "who supplies Tajikistan, after the respawn?";
    const answer = await server.ask(question, { guild: second() });
    expect(embedOf(answer).description).toMatch(/Russia/);
    expect(await shardThatAnswered(question)).toBe(1);
  });

  it("stops every shard on SIGTERM", async () => {
    const exit = await bot.stop();
    expect(exit.code).toBe(0);
    expect(await bot.processTree()).toEqual([]);
  });
});
