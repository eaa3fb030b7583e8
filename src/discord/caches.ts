import { type CacheFactory, type ClientOptions, Options } from "discord.js";

/**
 * The bot keeps no state per user, so discord.js need not either: by default it keeps every user, DM
 * channel and message it ever sees (about 9 KB a DM user, never released). Here it keeps none of
 * what a question brings (messages, members, presences, reactions), a bounded number of users and
 * DM channels for the replies in flight, and sweeps the rest regularly. Guilds, their channels and
 * roles stay whole: the moderator check reads roles.
 */
export const CACHE_LIMITS = {
  /** Users and DM channels kept: recent askers, whose replies may still be going out. */
  users: 1_000,
  /** Seconds between sweeps, and how long a user or a DM channel is kept after its last message. */
  sweepIntervalSeconds: 300,
  userLifetimeSeconds: 600,
} as const;

export function limitedCaches(): CacheFactory {
  return Options.cacheWithLimits({
    ...Options.DefaultMakeCacheSettings,
    MessageManager: 0,
    GuildMessageManager: 0,
    DMMessageManager: 0,
    ThreadMemberManager: 0,
    PresenceManager: 0,
    ReactionManager: 0,
    ReactionUserManager: 0,
    GuildMemberManager: {
      maxSize: 0,
      // Its own member is what discord.js reads for the bot's permissions in a guild.
      keepOverLimit: (member) => member.id === member.client.user.id,
    },
    UserManager: {
      maxSize: CACHE_LIMITS.users,
      keepOverLimit: (user) => user.id === user.client.user.id,
    },
    StageInstanceManager: 0,
    VoiceStateManager: 0,
    GuildEmojiManager: 0,
    GuildStickerManager: 0,
    GuildScheduledEventManager: 0,
    AutoModerationRuleManager: 0,
    ApplicationCommandManager: 0,
    BaseGuildEmojiManager: 0,
  });
}

/**
 * discord.js's REST client keeps a request queue for every channel it has posted to, a DM channel a
 * person, and by default drops the idle ones once an hour; here as often as the caches are swept.
 */
export function restSweeps(): { handlerSweepInterval: number } {
  return { handlerSweepInterval: CACHE_LIMITS.sweepIntervalSeconds * 1000 };
}

/** Sweepers for what the limits keep: users and DM channels not seen for a while. */
export function cacheSweepers(): ClientOptions["sweepers"] {
  return {
    ...Options.DefaultSweeperSettings,
    users: {
      interval: CACHE_LIMITS.sweepIntervalSeconds,
      filter: () => (user) => user.id !== user.client.user.id,
    },
    threads: { interval: CACHE_LIMITS.sweepIntervalSeconds, lifetime: CACHE_LIMITS.userLifetimeSeconds },
  };
}

/**
 * discord.js's channel cache can be neither limited nor swept, and it keeps a DM channel for every
 * person who ever wrote to the bot. This keeps the `max` DM channels used most recently and drops
 * the others from the cache, never one whose message or interaction is still being answered (its
 * reply goes out through the cached channel). A dropped channel comes back with the person's next
 * message, as it first came.
 */
export class DmChannelBound {
  /** DM channel ids, least recently used first, with how many of their events are being answered. */
  readonly #recent = new Map<string, number>();

  constructor(
    private readonly cache: { delete(id: string): unknown },
    private readonly max: number = CACHE_LIMITS.users,
  ) {}

  get size(): number {
    return this.#recent.size;
  }

  /** An event in this DM channel is being answered; call what it returns once it has been. */
  use(channelId: string): () => void {
    const busy = this.#recent.get(channelId) ?? 0;
    this.#recent.delete(channelId);
    this.#recent.set(channelId, busy + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.#recent.get(channelId) ?? 1) - 1;
      if (this.#recent.has(channelId)) this.#recent.set(channelId, left);
      this.#evict();
    };
  }

  #evict(): void {
    if (this.#recent.size <= this.max) return;
    for (const [id, busy] of this.#recent) {
      if (this.#recent.size <= this.max) return;
      if (busy > 0) continue;
      this.#recent.delete(id);
      this.cache.delete(id);
    }
  }
}
