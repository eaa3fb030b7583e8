// Discord ids are snowflakes: milliseconds since the Discord epoch in the high bits, then worker,
// process and a per-process increment. discord.js reads creation times from them and
// @discordjs/rest only recognises 17-19 digit ids when it groups routes into rate-limit buckets,
// so fake ids must have the real layout, not just be unique strings.

const DISCORD_EPOCH_MS = 1_420_070_400_000n;
const WORKER_ID = 1n;
const PROCESS_ID = 0n;

/** The increment holds 12 bits: 4,096 ids a millisecond. */
const PER_MILLISECOND = 4096;

/** How many ids each millisecond has given out, so no id is ever given twice. */
const used = new Map<number, number>();

/**
 * A new unique snowflake dated `at` (ms since the Unix epoch, default now). Once a millisecond has
 * given out its 4,096 ids, the next id is dated a millisecond later rather than repeat one, as
 * Discord's own generators wait for the next millisecond.
 */
export function snowflake(at: number = Date.now()): string {
  let ms = Math.floor(at);
  while ((used.get(ms) ?? 0) >= PER_MILLISECOND) ms += 1;
  const increment = used.get(ms) ?? 0;
  used.set(ms, increment + 1);
  const sinceEpoch = BigInt(ms) - DISCORD_EPOCH_MS;
  if (sinceEpoch < 0n) throw new RangeError("a snowflake cannot predate 2015-01-01");
  const id = (sinceEpoch << 22n) | (WORKER_ID << 17n) | (PROCESS_ID << 12n) | BigInt(increment);
  return id.toString();
}

/** The creation time (ms since the Unix epoch) encoded in a snowflake. */
export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH_MS);
}

/** An id dated like an account or guild created years ago, as real users' ids are (18 digits). */
export function oldSnowflake(): string {
  return snowflake(Date.UTC(2017, 2, 14, 9, 30));
}

/** Which shard of `count` receives a guild's events: `(guild_id >> 22) % count`, as Discord routes them. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** An old-looking guild id whose events go to shard `shard` of `count`. */
export function guildIdOnShard(shard: number, count: number): string {
  const base = Date.UTC(2017, 2, 14, 9, 30);
  for (let ms = 0; ms < count; ms++) {
    const id = snowflake(base + ms);
    if (shardOf(id, count) === shard) return id;
  }
  throw new RangeError(`no id found for shard ${shard} of ${count}`);
}
