// /reload across the shards of one ShardingManager, through its IPC: the asking shard has the manager
// run a small function in each shard process, which calls the reload that process exposes on its
// client. A shard that is down (being respawned) or too slow is named in the report.
import type { Client } from "discord.js";
import type { AnswerService } from "../../service/answer-service.js";
import {
  type Cluster,
  type ReplicaReport,
  reloadHere,
  TimedOut,
  withTimeout,
} from "../../service/cluster.js";

const RELOAD_TIMEOUT_MS = 15_000;

/** The property a shard's client carries so that code evaluated in it by the manager can reload. */
interface ReloadableClient {
  reloadKnowledge?: (requestedBy: string) => Promise<ReplicaReport>;
}

export function shardName(client: Client): string {
  return `shard ${client.shard?.ids.join(", ") ?? 0}`;
}

/** Lets the manager reach this shard's reload; call once the client exists. */
export function exposeReload(client: Client, service: AnswerService): void {
  (client as ReloadableClient).reloadKnowledge = (requestedBy) =>
    reloadHere(service, shardName(client), requestedBy);
}

export function shardCluster(
  client: () => Client | undefined,
  service: AnswerService,
  options: { timeoutMs?: number } = {},
): Cluster {
  const timeoutMs = options.timeoutMs ?? RELOAD_TIMEOUT_MS;
  return {
    whereAmI: () => [],
    async reloadEverywhere(requestedBy) {
      const shard = client()?.shard;
      if (!shard) return [await reloadHere(service, "this process", requestedBy)];
      const ids = Array.from({ length: shard.count }, (_, id) => id);
      return Promise.all(
        ids.map(async (id): Promise<ReplicaReport> => {
          const name = `shard ${id}`;
          try {
            // Runs in shard `id`; it is sent as source text, so it may use nothing but its arguments.
            const report = await withTimeout(
              shard.broadcastEval(
                (c, context) =>
                  (c as ReloadableClient).reloadKnowledge?.(context.requestedBy) ??
                  Promise.resolve({ replica: context.name, problem: { kind: "not-ready" as const } }),
                { shard: id, context: { requestedBy, name } },
              ),
              timeoutMs,
              name,
            );
            return { ...(report as ReplicaReport), who: { shard: id } };
          } catch (error) {
            return {
              replica: name,
              who: { shard: id },
              problem:
                error instanceof TimedOut
                  ? { kind: "silent", seconds: error.seconds }
                  : { kind: "not-reached", detail: error instanceof Error ? error.message : String(error) },
            };
          }
        }),
      );
    },
  };
}
