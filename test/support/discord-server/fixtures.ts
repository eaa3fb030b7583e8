// The entities a fake Discord world is made of: users, guilds with their roles and channels, DM
// channels. Shapes follow the API v10 objects closely (typed with discord-api-types through
// discord.js) because discord.js caches whatever it receives and later code reads it back, e.g.
// `member.roles.cache` only keeps role ids the guild's GUILD_CREATE listed.

import type {
  APIDMChannel,
  APIGuildMember,
  APIGuildMemberNoUser,
  APIRole,
  APITextChannel,
  APIUser,
  ChannelFlags,
  GatewayGuildCreateDispatchData,
  GuildMemberFlags,
  GuildSystemChannelFlags,
  RoleFlags,
  UserFlags,
} from "discord.js";
import {
  ApplicationFlags,
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  Locale,
} from "discord.js";
import { MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS, permissionString } from "./permissions.js";
import { oldSnowflake, snowflake } from "./snowflake.js";

/** An unverified bot that has slash commands and the message content intent switched on. */
export const APPLICATION_FLAGS: ApplicationFlags =
  ApplicationFlags.GatewayMessageContentLimited | ApplicationFlags.ApplicationCommandBadge;

export interface UserSeed {
  username: string;
  id?: string;
  globalName?: string | null;
  bot?: boolean;
}

export function createUser(seed: UserSeed): APIUser {
  return {
    id: seed.id ?? oldSnowflake(),
    username: seed.username,
    discriminator: "0",
    global_name: seed.globalName === undefined ? (seed.bot ? null : seed.username) : seed.globalName,
    avatar: null,
    avatar_decoration_data: null,
    public_flags: 0 as UserFlags,
    ...(seed.bot ? { bot: true } : {}),
  };
}

export interface RoleSeed {
  name: string;
  permissions?: bigint;
  id?: string;
  color?: number;
  hoist?: boolean;
  mentionable?: boolean;
}

export interface GuildSeed {
  id?: string;
  name?: string;
  ownerId?: string;
  /** What @everyone may do; defaults to a fresh server's member permissions. */
  everyonePermissions?: bigint;
  /** Roles besides @everyone and the bot's own; defaults to one "Moderator" role. */
  roles?: RoleSeed[];
  /** Names of text channels; defaults to ["general"]. */
  channels?: string[];
}

export interface GuildFixture {
  id: string;
  name: string;
  ownerId: string;
  /** `roles[0]` is @everyone, whose id is the guild id, as on Discord. */
  roles: APIRole[];
  channels: APITextChannel[];
  /** The member object Discord sends for the bot itself in GUILD_CREATE. */
  botMember: APIGuildMember;
}

export const DEFAULT_ROLES: readonly RoleSeed[] = [
  { name: "Moderator", permissions: MODERATOR_PERMISSIONS, color: 0x3498db, hoist: true },
];

function role(seed: RoleSeed, position: number): APIRole {
  const color = seed.color ?? 0;
  return {
    id: seed.id ?? snowflake(),
    name: seed.name,
    color,
    colors: { primary_color: color, secondary_color: null, tertiary_color: null },
    hoist: seed.hoist ?? false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: permissionString(seed.permissions ?? 0n),
    managed: false,
    mentionable: seed.mentionable ?? false,
    flags: 0 as RoleFlags,
  };
}

function textChannel(guildId: string, name: string, position: number): APITextChannel {
  return {
    id: snowflake(),
    type: ChannelType.GuildText,
    guild_id: guildId,
    name,
    position,
    flags: 0 as ChannelFlags,
    parent_id: null,
    topic: null,
    nsfw: false,
    rate_limit_per_user: 0,
    last_message_id: null,
    permission_overwrites: [],
  };
}

/** A guild member without its user: no nickname, avatar, boost or timeout, not muted or pending. */
export function guildMember(roles: string[], joinedAt: string): APIGuildMemberNoUser {
  return {
    roles,
    nick: null,
    avatar: null,
    banner: null,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

/** A guild with @everyone, the seeded roles, a managed role for the bot, and text channels. */
export function createGuild(seed: GuildSeed, bot: APIUser): GuildFixture {
  const id = seed.id ?? oldSnowflake();
  const everyone = role(
    { id, name: "@everyone", permissions: seed.everyonePermissions ?? MEMBER_PERMISSIONS },
    0,
  );
  const extra = (seed.roles ?? DEFAULT_ROLES).map((r, index) => role(r, index + 1));
  // Discord gives every bot a managed role named after it when it joins a guild.
  const botRole: APIRole = {
    ...role({ name: bot.username, permissions: 0n }, extra.length + 1),
    managed: true,
    tags: { bot_id: bot.id },
  };
  const channels = (seed.channels ?? ["general"]).map((name, index) => textChannel(id, name, index));
  return {
    id,
    name: seed.name ?? "Test Guild",
    ownerId: seed.ownerId ?? oldSnowflake(),
    roles: [everyone, ...extra, botRole],
    channels,
    botMember: { user: bot, ...guildMember([botRole.id], new Date().toISOString()) },
  };
}

/** The id of a guild role by name; throws so a typo in a test fails loudly. */
export function roleId(guild: GuildFixture, name: string): string {
  const found = guild.roles.find((r) => r.name === name);
  if (!found) throw new Error(`guild ${guild.name} has no role named ${name}`);
  return found.id;
}

export function createDmChannel(recipient: APIUser, id: string = snowflake()): APIDMChannel {
  return {
    id,
    type: ChannelType.DM,
    name: null,
    flags: 0 as ChannelFlags,
    last_message_id: null,
    recipients: [recipient],
  };
}

/** The GUILD_CREATE that follows READY for every guild the bot is in. */
export function guildCreatePayload(guild: GuildFixture): GatewayGuildCreateDispatchData {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.Low,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.AllMembers,
    roles: guild.roles,
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: guild.channels[0]?.id ?? null,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: Locale.EnglishUS,
    nsfw_level: GuildNSFWLevel.Default,
    hub_type: null,
    incidents_data: null,
    max_members: 500_000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    joined_at: guild.botMember.joined_at ?? new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [guild.botMember],
    channels: guild.channels,
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
