import type { Client } from "discord.js";
import { describe, expect, it, vi } from "vitest";
import { reloadEmbed } from "../../../src/discord/commands/reload.js";
import { exposeReload, shardCluster } from "../../../src/discord/sharding/shard-cluster.js";
import { allReloaded, type ReplicaReport, soloCluster } from "../../../src/service/cluster.js";
import { makeService } from "../discord/fixtures.js";

const reloaded = (replica: string): ReplicaReport => ({
  replica,
  summary: { ok: true, headline: "Reloaded: 1 added", sections: [{ label: "Added", lines: ["fact-new"] }] },
});
const refused = (replica: string): ReplicaReport => ({
  replica,
  summary: {
    ok: false,
    headline: "Reload failed: 1 error",
    sections: [{ label: "Errors", lines: ["line 3: bad"] }],
  },
});

describe("the /reload reply", () => {
  it("shows one process's summary as it is", () => {
    const embed = reloadEmbed([reloaded("solo")]);
    expect(embed.title).toBe("Knowledge reloaded");
    expect(embed.description).toBe("Reloaded: 1 added");
    expect(embed.fields).toEqual([{ name: "Added", value: "fact-new" }]);
  });

  it("lists every process and details the first that failed", () => {
    const reports = [
      reloaded("shard 0"),
      refused("shard 1"),
      { replica: "shard 2", problem: "did not answer within 15 s" },
    ];
    const embed = reloadEmbed(reports);
    expect(allReloaded(reports)).toBe(false);
    expect(embed.title).toBe("Reload failed in 2 of 3 processes");
    expect(embed.description?.split("\n")).toEqual([
      "✅ **shard 0**: Reloaded: 1 added",
      "❌ **shard 1**: Reload failed: 1 error",
      "❌ **shard 2**: did not answer within 15 s",
    ]);
    expect(embed.fields).toEqual([{ name: "Errors (shard 1)", value: "line 3: bad" }]);
  });
});

describe("clusters", () => {
  it("a lone process reloads itself", async () => {
    const service = makeService();
    const reports = await soloCluster(service, "here").reloadEverywhere("mod");
    expect(reports).toEqual([
      expect.objectContaining({ replica: "here", summary: expect.objectContaining({ ok: true }) }),
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
    expect(reports[0]).toMatchObject({ replica: "shard 0", summary: { ok: true } });
    expect(reports[1]).toEqual({
      replica: "shard 1",
      problem: "not reached: Shard 1's process does not exist.",
    });
    expect(broadcastEval).toHaveBeenCalledTimes(2);
  });

  it("shards: a shard slower than the timeout is named", async () => {
    const service = makeService();
    const broadcastEval = vi.fn(() => new Promise(() => {}));
    const client = { shard: { ids: [0], count: 1, broadcastEval } } as unknown as Client;
    const reports = await shardCluster(() => client, service, { timeoutMs: 50 }).reloadEverywhere("mod");
    expect(reports).toEqual([
      { replica: "shard 0", problem: "not reached: shard 0 did not answer within 0.05 s" },
    ]);
  });
});
