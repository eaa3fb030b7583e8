// The processes that serve the bot together: one alone, gateway shards under a manager, or replicas
// sharing Redis. A reload asked of any of them must reach all of them, and the moderator is told what
// each one did.
import { hostname } from "node:os";
import type { AnswerService, ReloadOutcome } from "./answer-service.js";

/**
 * Why a process gave no outcome. Reports travel between processes (shards, Redis), so they carry
 * what happened, and the moderator's reply words it in the moderator's language (src/i18n).
 */
export type ReplicaProblem =
  /** Its reload threw. */
  | { kind: "failed"; detail: string }
  /** The shard's bot is not logged in yet. */
  | { kind: "not-ready" }
  /** It could not be asked. */
  | { kind: "not-reached"; detail: string }
  /** It did not answer in time, and may still have the old knowledge. */
  | { kind: "silent"; seconds: number }
  /** Redis is down, so no other process was asked. */
  | { kind: "no-redis" };

/** What one process did with a reload: its outcome, or why there is none. */
export interface ReplicaReport {
  /** "shard 0", "web-1"…, as logged. */
  replica: string;
  /** Who it is, where the reply names it in words: a shard, or every other process at once. */
  who?: { shard: number } | "others";
  /** Its reload's outcome (through JSON, so `loadedAt` may arrive as a string; it is not shown). */
  outcome?: ReloadOutcome;
  /** Set when the process did not answer in time or could not be asked. */
  problem?: ReplicaProblem;
}

export interface Cluster {
  /** Rows /about shows about this process within the cluster (none for a lone process), by what they are. */
  whereAmI(): { key: "replica"; value: string }[];
  /** Reloads the knowledge in every process; one report per process, in a stable order. */
  reloadEverywhere(requestedBy: string): Promise<ReplicaReport[]>;
  close?(): Promise<void>;
}

/** How this process calls itself in reports, unless REPLICA_NAME says otherwise. */
export function defaultReplicaName(): string {
  return `${hostname()}:${process.pid}`;
}

/** This process's own reload, as a report any cluster can pass on. */
export async function reloadHere(
  service: AnswerService,
  replica: string,
  requestedBy: string,
): Promise<ReplicaReport> {
  try {
    return { replica, outcome: await service.reload(requestedBy) };
  } catch (error) {
    return {
      replica,
      problem: { kind: "failed", detail: error instanceof Error ? error.message : String(error) },
    };
  }
}

/** A process on its own: a reload is its own reload. */
export function soloCluster(service: AnswerService, replica = defaultReplicaName()): Cluster {
  return {
    whereAmI: () => [],
    reloadEverywhere: async (requestedBy) => [await reloadHere(service, replica, requestedBy)],
  };
}

/** Whether every process reloaded. */
export function allReloaded(reports: readonly ReplicaReport[]): boolean {
  return reports.length > 0 && reports.every((r) => r.outcome?.ok === true);
}

/** The rejection of `withTimeout`: how long was waited, for a report to word in any language. */
export class TimedOut extends Error {
  constructor(
    what: string,
    readonly seconds: number,
  ) {
    super(`${what} did not answer within ${seconds} s`);
  }
}

/** Waits for `promise` at most `ms`; the timeout's rejection names what was waited for. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(what, ms / 1000)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
