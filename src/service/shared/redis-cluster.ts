// /reload across replicas over Redis pub/sub. Every process keeps its name in a roster (a sorted set
// scored by when it last said it was alive) and listens on one channel; a reload asked of any of them
// is published there, every process reloads and publishes its report, and the asker collects the
// reports of the processes the roster lists, naming those that stay silent past the timeout.
import { randomUUID } from "node:crypto";
import type { Logger } from "../../log.js";
import type { AnswerService } from "../answer-service.js";
import { type Cluster, type ReplicaReport, reloadHere } from "../cluster.js";
import type { RedisLink } from "./redis-connection.js";

export interface RedisClusterOptions {
  link: RedisLink;
  service: AnswerService;
  logger: Logger;
  keyPrefix: string;
  replica: string;
  /** How long the asker waits for the other processes' reports. */
  timeoutMs?: number;
  /** How often this process tells the roster it is alive; it counts as gone after three misses. */
  heartbeatMs?: number;
}

interface ReloadRequest {
  id: string;
  requestedBy: string;
  from: string;
}

interface ReloadReply {
  id: string;
  report: ReplicaReport;
}

export const DEFAULT_RELOAD_TIMEOUT_MS = 15_000;

export async function startRedisCluster(options: RedisClusterOptions): Promise<Cluster> {
  const { link, service, logger, replica } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_RELOAD_TIMEOUT_MS;
  const heartbeatMs = options.heartbeatMs ?? 5000;
  const roster = `${options.keyPrefix}replicas`;
  const requests = `${options.keyPrefix}reload`;
  const replies = `${options.keyPrefix}reload-replies`;
  /** Reloads this process asked for, by id: the reports received so far and who to wake. */
  const asked = new Map<string, { reports: Map<string, ReplicaReport>; changed: () => void }>();

  link.subscriber.on("message", (channel: string, text: string) => {
    if (channel === requests) void onRequest(text);
    else if (channel === replies) onReply(text);
  });
  // Queued until connected; resubscribed by ioredis after every reconnection.
  link.subscriber.subscribe(requests, replies).catch((error: unknown) => {
    logger.warn({ err: error }, "could not subscribe to the reload channel");
  });

  async function onRequest(text: string): Promise<void> {
    const request = parse<ReloadRequest>(text);
    if (!request) return;
    logger.info({ requestedBy: request.requestedBy, from: request.from }, "reload broadcast received");
    const report = await reloadHere(service, replica, request.requestedBy);
    const reply: ReloadReply = { id: request.id, report };
    try {
      await link.commands.publish(replies, JSON.stringify(reply));
    } catch (error) {
      logger.warn({ err: error, id: request.id }, "could not report the reload back: Redis is unreachable");
    }
  }

  function onReply(text: string): void {
    const reply = parse<ReloadReply>(text);
    const waiting = reply && asked.get(reply.id);
    if (!waiting || !reply.report?.replica) return;
    waiting.reports.set(reply.report.replica, reply.report);
    waiting.changed();
  }

  const beat = async () => {
    try {
      await link.commands.zadd(roster, Date.now(), replica);
    } catch {
      // Redis is away; the connection logs that once. The roster catches up at the next beat.
    }
  };
  // On the roster before serving (when Redis is there at all), and again whenever Redis comes back.
  link.commands.on("ready", () => void beat());
  if (await link.whenUp(2000)) await beat();
  const heartbeat = setInterval(beat, heartbeatMs);
  heartbeat.unref();

  async function alive(): Promise<string[]> {
    const since = Date.now() - heartbeatMs * 3;
    await link.commands.zremrangebyscore(roster, "-inf", since);
    return link.commands.zrangebyscore(roster, since, "+inf");
  }

  async function reloadEverywhere(requestedBy: string): Promise<ReplicaReport[]> {
    let expected: string[];
    const id = randomUUID();
    const reports = new Map<string, ReplicaReport>();
    let wake = () => {};
    asked.set(id, { reports, changed: () => wake() });
    try {
      expected = await alive();
      if (!expected.includes(replica)) expected.push(replica);
      const request: ReloadRequest = { id, requestedBy, from: replica };
      await link.commands.publish(requests, JSON.stringify(request));
    } catch (error) {
      asked.delete(id);
      // No Redis: this process at least reloads, and the moderator learns the others were not reached.
      logger.warn({ err: error }, "reload not broadcast: Redis is unreachable; reloading this process only");
      return [
        await reloadHere(service, replica, requestedBy),
        { replica: "other processes", who: "others", problem: { kind: "no-redis" } },
      ];
    }
    const deadline = Date.now() + timeoutMs;
    try {
      while (expected.some((name) => !reports.has(name)) && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, deadline - Date.now());
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    } finally {
      asked.delete(id);
    }
    const names = [...new Set([...expected, ...reports.keys()])].sort();
    return names.map(
      (name) =>
        reports.get(name) ?? {
          replica: name,
          problem: { kind: "silent", seconds: Math.round(timeoutMs / 1000) },
        },
    );
  }

  return {
    whereAmI: () => [{ key: "replica", value: replica }],
    reloadEverywhere,
    async close() {
      clearInterval(heartbeat);
      try {
        await link.commands.zrem(roster, replica);
      } catch {
        // Gone anyway after three missed heartbeats.
      }
    },
  };
}

function parse<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
