// The processes that serve the bot together: one alone, gateway shards under a manager, or replicas
// sharing Redis. A reload asked of any of them must reach all of them, and the moderator is told what
// each one did.
import { hostname } from "node:os";
import type { AnswerService } from "./answer-service.js";
import { type ReloadSummary, summarizeReload } from "./summaries.js";

/** What one process did with a reload: its summary, or why there is none. */
export interface ReplicaReport {
  /** "shard 0", "web-1"… */
  replica: string;
  summary?: ReloadSummary;
  /** Set when the process did not answer in time or could not be asked. */
  problem?: string;
}

export interface Cluster {
  /** Rows /about shows about this process within the cluster (none for a lone process). */
  whereAmI(): { label: string; value: string }[];
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
    return { replica, summary: summarizeReload(await service.reload(requestedBy)) };
  } catch (error) {
    return {
      replica,
      problem: `the reload failed: ${error instanceof Error ? error.message : String(error)}`,
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
  return reports.length > 0 && reports.every((r) => r.summary?.ok === true);
}

/** Waits for `promise` at most `ms`; the timeout's rejection names what was waited for. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
