// Builders of the events Discord pushes to a bot: interactions and MESSAGE_CREATE payloads.
// discord.js drops events that lack fields real Discord always sends (an interaction without
// `entitlements` or `authorizing_integration_owners`, a DM without `channel_type: 1`), and it
// does so silently, so every builder emits the full shape rather than the minimum a test needs.
import { randomBytes } from "node:crypto";
import type {
  APIApplicationCommandAutocompleteInteraction,
  APIApplicationCommandInteractionDataBasicOption,
  APIApplicationCommandInteractionDataBooleanOption,
  APIApplicationCommandInteractionDataOption,
  APIApplicationCommandInteractionDataStringOption,
  APIChatInputApplicationCommandInteraction,
  APIEmbed,
  APIGuildMemberNoUser,
  APIInteractionGuildMember,
  APIMessage,
  APIMessageComponentButtonInteraction,
  APIMessageReference,
  APIMessageTopLevelComponent,
  APITextChannel,
  APIUser,
  ChannelFlags,
  GatewayMessageCreateDispatchData,
  InteractionType as InteractionTypeEnum,
  MessageFlags,
} from "discord.js";
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
} from "discord.js";
import { type GuildFixture, guildMember } from "./fixtures.js";
import {
  BOT_DM_PERMISSIONS,
  BOT_PERMISSIONS,
  combineRolePermissions,
  permissionString,
} from "./permissions.js";
import { snowflake } from "./snowflake.js";

/** Discord's attachment size limit for an unboosted guild or a DM, 10 MiB. */
const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Where an interaction happens

export interface GuildPlace {
  kind: "guild";
  guild: GuildFixture;
  /** Defaults to the guild's first text channel. */
  channel?: APITextChannel;
  /** Role ids the member holds besides @everyone. */
  roleIds?: string[];
  /** The member's resolved permissions; by default computed from @everyone and `roleIds`. */
  permissions?: bigint;
}

export interface DmPlace {
  kind: "dm";
  /** The DM channel between the user and the bot. */
  channelId: string;
}

export type Place = GuildPlace | DmPlace;

export function inGuild(guild: GuildFixture, options: Omit<GuildPlace, "kind" | "guild"> = {}): GuildPlace {
  return { kind: "guild", guild, ...options };
}

export function inDm(channelId: string): DmPlace {
  return { kind: "dm", channelId };
}

function guildChannel(place: GuildPlace): APITextChannel {
  const channel = place.channel ?? place.guild.channels[0];
  if (!channel) throw new Error(`guild ${place.guild.name} has no text channel`);
  return channel;
}

/** Discord sends the member's permissions in the channel; with no overwrites that is the role union. */
export function memberPermissions(place: GuildPlace): bigint {
  if (place.permissions !== undefined) return place.permissions;
  const held = new Set([place.guild.id, ...(place.roleIds ?? [])]);
  return combineRolePermissions(place.guild.roles.filter((r) => held.has(r.id)).map((r) => r.permissions));
}

function memberWithoutUser(place: GuildPlace): APIGuildMemberNoUser {
  const roles = place.roleIds ?? [];
  for (const id of roles) {
    if (!place.guild.roles.some((r) => r.id === id)) {
      // discord.js silently ignores role ids its guild cache does not know.
      throw new Error(`role ${id} is not a role of guild ${place.guild.name}`);
    }
  }
  return guildMember(roles, "2023-05-02T17:41:09.112000+00:00");
}

export function interactionMember(place: GuildPlace, user: APIUser): APIInteractionGuildMember {
  return { ...memberWithoutUser(place), user, permissions: permissionString(memberPermissions(place)) };
}

// ---------------------------------------------------------------------------------------------
// Interactions

export interface InteractionSeed {
  applicationId: string;
  user: APIUser;
  place: Place;
  id?: string;
  token?: string;
  locale?: Locale;
  /** What the bot may do where the interaction happened (`app_permissions`). */
  appPermissions?: bigint;
}

/** A token shaped like Discord's: base64url of "interaction:<id>:<secret>". */
export function interactionToken(id: string): string {
  return Buffer.from(`interaction:${id}:${randomBytes(48).toString("base64url")}`).toString("base64url");
}

/** Fields every interaction carries, for a guild or a DM. */
function interactionEnvelope<T extends InteractionTypeEnum>(type: T, seed: InteractionSeed) {
  const id = seed.id ?? snowflake();
  const common = {
    id,
    application_id: seed.applicationId,
    type,
    token: seed.token ?? interactionToken(id),
    version: 1 as const,
    locale: seed.locale ?? Locale.EnglishUS,
    entitlements: [],
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
  };
  const { place, user } = seed;
  if (place.kind === "guild") {
    const channel = guildChannel(place);
    return {
      ...common,
      guild_id: place.guild.id,
      guild: { id: place.guild.id, locale: Locale.EnglishUS, features: [] },
      guild_locale: Locale.EnglishUS,
      channel_id: channel.id,
      channel: { ...channel, permissions: permissionString(memberPermissions(place)) },
      member: interactionMember(place, user),
      app_permissions: permissionString(seed.appPermissions ?? BOT_PERMISSIONS),
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: place.guild.id },
      context: InteractionContextType.Guild,
    };
  }
  return {
    ...common,
    user,
    channel_id: place.channelId,
    channel: {
      id: place.channelId,
      type: ChannelType.DM as const,
      flags: 0 as ChannelFlags,
      last_message_id: null,
      recipients: [user],
    },
    app_permissions: permissionString(seed.appPermissions ?? BOT_DM_PERMISSIONS),
    authorizing_integration_owners: { [ApplicationIntegrationType.UserInstall]: user.id },
    context: InteractionContextType.BotDM,
  };
}

export function stringOption(name: string, value: string): APIApplicationCommandInteractionDataStringOption {
  return { name, type: ApplicationCommandOptionType.String, value };
}

export function booleanOption(
  name: string,
  value: boolean,
): APIApplicationCommandInteractionDataBooleanOption {
  return { name, type: ApplicationCommandOptionType.Boolean, value };
}

/** The option the user is typing in, which is what an autocomplete interaction is about. */
export function focusedOption(
  name: string,
  partial: string,
): APIApplicationCommandInteractionDataStringOption {
  return { name, type: ApplicationCommandOptionType.String, value: partial, focused: true };
}

export interface CommandSeed extends InteractionSeed {
  name: string;
  /** The registered command's id; any snowflake when the test does not care. */
  commandId?: string;
}

/** A slash command invocation (`type: 2`, `data.type: 1`). */
export function chatInputCommand(
  seed: CommandSeed & { options?: APIApplicationCommandInteractionDataBasicOption[] },
): APIChatInputApplicationCommandInteraction {
  return {
    ...interactionEnvelope(InteractionType.ApplicationCommand, seed),
    data: {
      id: seed.commandId ?? snowflake(),
      name: seed.name,
      type: ApplicationCommandType.ChatInput,
      ...(seed.options ? { options: seed.options } : {}),
    },
  };
}

/** The user is typing an option marked `autocomplete` (`type: 4`); one option is `focused`. */
export function autocomplete(
  seed: CommandSeed & {
    options: APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommandAutocomplete>[];
  },
): APIApplicationCommandAutocompleteInteraction {
  return {
    ...interactionEnvelope(InteractionType.ApplicationCommandAutocomplete, seed),
    data: {
      id: seed.commandId ?? snowflake(),
      name: seed.name,
      type: ApplicationCommandType.ChatInput,
      options: seed.options,
    },
  };
}

/** A click on a button (`type: 3`, `component_type: 2`) of a message the bot sent earlier. */
export function buttonPress(
  seed: InteractionSeed & { customId: string; message: APIMessage },
): APIMessageComponentButtonInteraction {
  return {
    ...interactionEnvelope(InteractionType.MessageComponent, seed),
    data: { custom_id: seed.customId, component_type: ComponentType.Button },
    message: seed.message,
  };
}

// ---------------------------------------------------------------------------------------------
// Messages

export interface MessageSeed {
  channelId: string;
  author: APIUser;
  content: string;
  id?: string;
  guildId?: string;
  type?: MessageType;
  flags?: number;
  mentions?: APIUser[];
  mentionRoles?: string[];
  embeds?: APIEmbed[];
  components?: APIMessageTopLevelComponent[];
  reference?: APIMessageReference;
  referencedMessage?: APIMessage | null;
  webhookId?: string;
  applicationId?: string;
  nonce?: string | number;
  tts?: boolean;
  timestamp?: string;
}

/** A message object as REST returns it and as the base of MESSAGE_CREATE. */
export function messagePayload(seed: MessageSeed): APIMessage {
  return {
    id: seed.id ?? snowflake(),
    channel_id: seed.channelId,
    author: seed.author,
    content: seed.content,
    timestamp: seed.timestamp ?? new Date().toISOString(),
    edited_timestamp: null,
    tts: seed.tts ?? false,
    mention_everyone: false,
    mentions: seed.mentions ?? [],
    mention_roles: seed.mentionRoles ?? [],
    attachments: [],
    embeds: seed.embeds ?? [],
    components: seed.components ?? [],
    pinned: false,
    type: seed.type ?? (seed.reference ? MessageType.Reply : MessageType.Default),
    flags: (seed.flags ?? 0) as MessageFlags,
    ...(seed.reference ? { message_reference: seed.reference } : {}),
    ...(seed.referencedMessage !== undefined ? { referenced_message: seed.referencedMessage } : {}),
    ...(seed.webhookId ? { webhook_id: seed.webhookId } : {}),
    ...(seed.applicationId ? { application_id: seed.applicationId } : {}),
    ...(seed.nonce !== undefined ? { nonce: seed.nonce } : {}),
  };
}

/** A direct message from a user to the bot. discord.js needs `channel_type: 1` to file it. */
export function dmMessage(seed: {
  author: APIUser;
  channelId: string;
  content: string;
}): GatewayMessageCreateDispatchData {
  return {
    ...messagePayload({ channelId: seed.channelId, author: seed.author, content: seed.content }),
    channel_type: ChannelType.DM,
    mentions: [],
  };
}

export interface GuildMessageSeed {
  place: GuildPlace;
  author: APIUser;
  content: string;
  mentions?: APIUser[];
}

/** A message posted in a guild text channel, with the author's member as Discord attaches it. */
export function guildMessage(seed: GuildMessageSeed): GatewayMessageCreateDispatchData {
  const channel = guildChannel(seed.place);
  const { guild } = seed.place;
  return {
    ...messagePayload({
      channelId: channel.id,
      author: seed.author,
      content: seed.content,
      guildId: guild.id,
    }),
    guild_id: guild.id,
    channel_type: ChannelType.GuildText,
    member: memberWithoutUser(seed.place),
    mentions: (seed.mentions ?? []).map((user) => {
      // A mentioned user arrives with their member; for the bot that is its own guild member.
      const { user: _ignored, ...member } = guild.botMember;
      return user.id === guild.botMember.user.id ? { ...user, member: { ...member } } : user;
    }),
  };
}

/** `<@BOT> question` in a guild channel: how users address a bot without a slash command. */
export function botMention(seed: {
  place: GuildPlace;
  author: APIUser;
  bot: APIUser;
  question: string;
}): GatewayMessageCreateDispatchData {
  return guildMessage({
    place: seed.place,
    author: seed.author,
    content: `<@${seed.bot.id}> ${seed.question}`,
    mentions: [seed.bot],
  });
}

/** A guild message written by some other bot, which a well-behaved bot ignores. */
export function otherBotMessage(seed: GuildMessageSeed): GatewayMessageCreateDispatchData {
  return guildMessage({ ...seed, author: { ...seed.author, bot: true } });
}
