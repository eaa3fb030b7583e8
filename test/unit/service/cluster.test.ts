import type { Client } from "discord.js";
import { describe, expect, it, vi } from "vitest";
import { reloadEmbed } from "../../../src/discord/commands/reload.js";
import { exposeReload, shardCluster } from "../../../src/discord/sharding/shard-cluster.js";
import { allReloaded, type ReplicaReport, soloCluster } from "../../../src/service/cluster.js";
import { makeService } from "../discord/fixtures.js";

const stats = { facts: 24, entities: 31, relations: 12 };
const reloaded = (replica: string, shard?: number): ReplicaReport => ({
  replica,
  ...(shard === undefined ? {} : { who: { shard } }),
  outcome: {
    ok: true,
    diff: { added: ["fact-new"], removed: [], changed: [] },
    stats,
    loadedAt: new Date(0),
    durationMs: 5,
  },
});
const refused = (replica: string, shard?: number): ReplicaReport => ({
  replica,
  ...(shard === undefined ? {} : { who: { shard } }),
  outcome: { ok: false, errors: [{ where: "line 3", message: "bad" }], durationMs: 5 },
});

describe("the /reload reply", () => {
  it("shows one process's summary as it is", () => {
    const embed = reloadEmbed([reloaded("solo")]);
    expect(embed.title).toBe("Knowledge reloaded");
    expect(embed.description).toBe("Reloaded: 1 added, 0 removed, 0 changed (24 facts, 31 entities).");
    expect(embed.fields).toEqual([{ name: "Added", value: "fact-new" }]);
  });

  const reports: ReplicaReport[] = [
    reloaded("shard 0", 0),
    refused("shard 1", 1),
    { replica: "shard 2", who: { shard: 2 }, problem: { kind: "silent", seconds: 15 } },
  ];

  it("lists every process and details the first that failed", () => {
    const embed = reloadEmbed(reports);
    expect(allReloaded(reports)).toBe(false);
    expect(embed.title).toBe("Reload failed in 2 of 3 processes");
    expect(embed.description?.split("\n")).toEqual([
      "✅ **shard 0**: Reloaded: 1 added, 0 removed, 0 changed (24 facts, 31 entities).",
      "❌ **shard 1**: Reload failed: 1 error in the knowledge file. The previous knowledge is still in service.",
      "❌ **shard 2**: did not answer within 15 s; it may still have the old knowledge",
    ]);
    expect(embed.fields).toEqual([{ name: "Errors (shard 1)", value: expect.stringMatching(/line 3.*bad/) }]);
  });

  it("words every process's line in the moderator's language", () => {
    const embed = reloadEmbed(reports, "ru");
    const lines = embed.description?.split("\n") ?? [];
    expect(lines[0]).toMatch(/^✅ \*\*шард 0\*\*: \p{Script=Cyrillic}/u);
    expect(lines[1]).toMatch(/^❌ \*\*шард 1\*\*: \p{Script=Cyrillic}/u);
    expect(lines[2]).toBe("❌ **шард 2**: не ответил за 15 с; возможно, у него остались старые знания");
    expect(embed.fields?.[0]?.name).toMatch(/\(шард 1\)$/);
    expect(embed.title).toMatch(/\p{Script=Cyrillic}/u);
  });
});

describe("clusters", () => {
  it("a lone process reloads itself", async () => {
    const service = makeService();
    const reports = await soloCluster(service, "here").reloadEverywhere("mod");
    expect(reports).toEqual([
      expect.objectContaining({ replica: "here", outcome: expect.objectContaining({ ok: true }) }),
    ]);
  });

  it("shards: each shard reloads through the manager; one that is down is named", async () => {
    const service = makeService();
    const shardClient = { shard: { ids: [0], count: 2 } } as unknown as Client;
    exposeReload(shardClient, service);
    const broadcastEval = vi.fn(
      async (fn: (c: Client, ctx: unknown) => unknown, options: { shard: number; context: unknown }) => {
        if (options.shard === 1) throw new Error("Shard 1's process does not exist.");
        return fn(shardClient, options.context);
      },
    );
    const client = { shard: { ids: [0], count: 2, broadcastEval } } as unknown as Client;
    const reports = await shardCluster(() => client, service).reloadEverywhere("mod");
    expect(reports[0]).toMatchObject({ replica: "shard 0", who: { shard: 0 }, outcome: { ok: true } });
    expect(reports[1]).toEqual({
      replica: "shard 1",
      who: { shard: 1 },
      problem: { kind: "not-reached", detail: "Shard 1's process does not exist." },
    });
    expect(broadcastEval).toHaveBeenCalledTimes(2);
  });

  it("shards: a shard slower than the timeout is named", async () => {
    const service = makeService();
    const broadcastEval = vi.fn(() => new Promise(() => {}));
    const client = { shard: { ids: [0], count: 1, broadcastEval } } as unknown as Client;
    const reports = await shardCluster(() => client, service, { timeoutMs: 50 }).reloadEverywhere("mod");
    expect(reports).toEqual([
      { replica: "shard 0", who: { shard: 0 }, problem: { kind: "silent", seconds: 0.05 } },
    ]);
  });
});
