import { round } from "./report.js";

/** Latency figures of a set of samples, in microseconds. */
export interface Latency {
  count: number;
  medianUs: number;
  p95Us: number;
  p99Us: number;
  maxUs: number;
  meanUs: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function latencyOf(samples: ArrayLike<number>): Latency {
  const sorted = Float64Array.from(samples).sort();
  let sum = 0;
  for (const s of sorted) sum += s;
  return {
    count: sorted.length,
    medianUs: round(percentile(sorted, 50)),
    p95Us: round(percentile(sorted, 95)),
    p99Us: round(percentile(sorted, 99)),
    maxUs: round(sorted[sorted.length - 1] ?? Number.NaN),
    meanUs: round(sorted.length === 0 ? Number.NaN : sum / sorted.length),
  };
}

/** Microseconds since an earlier `process.hrtime.bigint()`. */
export function microsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1000;
}

/** Times one call, in milliseconds. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { value, ms: microsSince(start) / 1000 };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Whether memory figures come after a full collection (node runs with --expose-gc). */
export const CAN_COLLECT = typeof gc === "function";

export interface Memory {
  heapUsedBytes: number;
  rssBytes: number;
  /** Whether a full collection ran first; without one, heap figures include garbage. */
  collected: boolean;
}

/** Heap and RSS now, after a full collection when node allows one. */
export function memoryNow(): Memory {
  if (gc) {
    gc();
    gc();
  }
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsedBytes: heapUsed, rssBytes: rss, collected: CAN_COLLECT };
}
