// Redis for tests: is one running (127.0.0.1:6379, as on the development and CI machines), a key
// prefix no other test run shares, and removing what a run left behind.
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";

export const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** Why Redis cannot be used, or undefined when it answers PING. Asked once per test file. */
export async function redisUnavailable(url = REDIS_URL): Promise<string | undefined> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.ping();
    return undefined;
  } catch (error) {
    return `no Redis at ${url} (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    client.disconnect();
  }
}

/** A prefix for this run's keys and channels: other runs may share the server right now. */
export function uniquePrefix(what: string): string {
  return `test:${what}:${process.pid}:${randomBytes(4).toString("hex")}:`;
}

/** Deletes every key under `prefix`. */
export async function deleteKeys(prefix: string, url = REDIS_URL): Promise<void> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = "0";
    do {
      const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 200);
      cursor = next;
      if (keys.length > 0) await client.del(...keys);
    } while (cursor !== "0");
  } finally {
    client.disconnect();
  }
}
