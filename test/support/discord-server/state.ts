// What the fake Discord remembers between requests: who exists, which channels and messages
// exist, which interactions were sent and how they were answered, which commands are
// registered. REST handlers read and change it; the gateway feeds it the users, channels and
// interactions that tests dispatch, so the bot's later REST calls about them succeed.

import type {
  APIApplicationCommand,
  APIDMChannel,
  APIEmbed,
  APIMessage,
  APIMessageReference,
  APIMessageTopLevelComponent,
  APITextChannel,
  APIUser,
  ApplicationCommandType,
} from "discord.js";
import { ChannelType, InteractionType, MessageFlags, type MessageType } from "discord.js";
import { createDmChannel, type GuildFixture } from "./fixtures.js";
import { messagePayload } from "./payloads.js";
import { snowflake } from "./snowflake.js";

export type StoredChannel = APITextChannel | APIDMChannel;

export interface InteractionRecord {
  id: string;
  token: string;
  type: InteractionType;
  channelId: string | undefined;
  guildId: string | undefined;
  user: APIUser;
  /** For a component interaction: the message the component belongs to. */
  componentMessageId: string | undefined;
  /** The callback type the bot answered with, once it has. */
  callbackType: number | undefined;
  /** The message that `@original` refers to, once there is one. */
  originalMessageId: string | undefined;
}

/** The fields of an interaction payload the world needs; any builder's output fits. */
export interface InteractionLike {
  id: string;
  token: string;
  type: InteractionType;
  channel_id?: string;
  channel?: { id: string; type: ChannelType };
  guild_id?: string;
  member?: { user: APIUser };
  user?: APIUser;
  message?: APIMessage;
}

/** A message body as discord.js posts it to channels, webhooks and interaction callbacks. */
export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIMessageTopLevelComponent[];
  flags?: number;
  message_reference?: Partial<APIMessageReference>;
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[]; replied_user?: boolean };
  nonce?: string | number;
  tts?: boolean;
}

/** A command as the bot registers it: at least a name, the rest filled in like Discord does. */
export type CommandBody = Partial<APIApplicationCommand> & { name: string };

export interface WorldSeed {
  bot: APIUser;
  applicationId: string;
  guilds: GuildFixture[];
  /** Who owns the application: one user, or a team whose first member owns it. */
  owner: APIUser;
  team?: APIUser[];
}

export class World {
  readonly bot: APIUser;
  readonly applicationId: string;
  readonly guilds: readonly GuildFixture[];
  readonly owner: APIUser;
  readonly team: readonly APIUser[] | undefined;
  readonly users = new Map<string, APIUser>();
  readonly channels = new Map<string, StoredChannel>();
  readonly messages = new Map<string, APIMessage>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly #interactionsByToken = new Map<string, InteractionRecord>();
  readonly globalCommands: APIApplicationCommand[] = [];
  readonly guildCommands = new Map<string, APIApplicationCommand[]>();

  constructor(seed: WorldSeed) {
    this.bot = seed.bot;
    this.applicationId = seed.applicationId;
    this.guilds = seed.guilds;
    this.owner = seed.owner;
    this.team = seed.team;
    this.learnUser(seed.bot);
    this.learnUser(seed.owner);
    for (const guild of seed.guilds) {
      for (const channel of guild.channels) this.channels.set(channel.id, channel);
    }
  }

  learnUser(user: APIUser): void {
    this.users.set(user.id, user);
  }

  /** Remembers a dispatched interaction so its callback, webhook and channel requests resolve. */
  learnInteraction(payload: InteractionLike): InteractionRecord {
    const user = payload.member?.user ?? payload.user;
    if (!user) throw new Error(`interaction ${payload.id} has neither member.user nor user`);
    this.learnUser(user);
    const channelId = payload.channel?.id ?? payload.channel_id;
    if (channelId && payload.channel?.type === ChannelType.DM && !this.channels.has(channelId)) {
      this.channels.set(channelId, createDmChannel(user, channelId));
    }
    if (payload.message) this.messages.set(payload.message.id, payload.message);
    const record: InteractionRecord = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      channelId,
      guildId: payload.guild_id,
      user,
      componentMessageId: payload.message?.id,
      callbackType: undefined,
      originalMessageId: undefined,
    };
    this.interactions.set(record.id, record);
    this.#interactionsByToken.set(record.token, record);
    return record;
  }

  interactionByToken(token: string): InteractionRecord | undefined {
    return this.#interactionsByToken.get(token);
  }

  /** Remembers a message a user "sent", and the DM channel it came through. */
  learnMessage(message: APIMessage & { channel_type?: ChannelType }): void {
    this.learnUser(message.author);
    if (message.channel_type === ChannelType.DM && !this.channels.has(message.channel_id)) {
      this.channels.set(message.channel_id, createDmChannel(message.author, message.channel_id));
    }
    this.messages.set(message.id, message);
  }

  /** The DM channel with a user, opened on first use as `POST /users/@me/channels` does. */
  openDm(recipientId: string): APIDMChannel {
    for (const channel of this.channels.values()) {
      if (channel.type === ChannelType.DM && channel.recipients?.some((u) => u.id === recipientId))
        return channel;
    }
    const recipient = this.users.get(recipientId) ?? {
      id: recipientId,
      username: `user${recipientId.slice(-4)}`,
      discriminator: "0",
      global_name: null,
      avatar: null,
    };
    const channel = createDmChannel(recipient);
    this.channels.set(channel.id, channel);
    return channel;
  }

  guildOf(channelId: string): GuildFixture | undefined {
    return this.guilds.find((guild) => guild.channels.some((c) => c.id === channelId));
  }

  /** Creates a message from a REST body, the way Discord fills in what the bot did not send. */
  createMessage(
    channelId: string,
    body: MessageBody,
    extra: { author?: APIUser; type?: MessageType; webhookId?: string; interaction?: InteractionRecord } = {},
  ): APIMessage {
    const reference = body.message_reference;
    const referenced = reference?.message_id ? this.messages.get(reference.message_id) : undefined;
    const message: APIMessage = {
      ...messagePayload({
        channelId,
        author: extra.author ?? this.bot,
        content: body.content ?? "",
        embeds: body.embeds ?? [],
        components: body.components ?? [],
        flags: body.flags ?? 0,
        mentions: this.#mentionedUsers(body),
        ...(extra.type !== undefined ? { type: extra.type } : {}),
        ...(reference ? { reference: { ...reference, channel_id: reference.channel_id ?? channelId } } : {}),
        ...(reference ? { referencedMessage: referenced ?? null } : {}),
        ...(extra.webhookId ? { webhookId: extra.webhookId, applicationId: this.applicationId } : {}),
        ...(body.nonce !== undefined ? { nonce: body.nonce } : {}),
        ...(body.tts !== undefined ? { tts: body.tts } : {}),
      }),
      ...(extra.interaction ? { interaction_metadata: this.#interactionMetadata(extra.interaction) } : {}),
    };
    this.messages.set(message.id, message);
    const channel = this.channels.get(channelId);
    if (channel) channel.last_message_id = message.id;
    return message;
  }

  /** Applies an edit body to a stored message; a deferred "thinking" message loses its flag. */
  editMessage(id: string, body: MessageBody): APIMessage | undefined {
    const existing = this.messages.get(id);
    if (!existing) return undefined;
    const flags = (body.flags ?? existing.flags ?? 0) & ~MessageFlags.Loading;
    const edited: APIMessage = {
      ...existing,
      ...(body.content !== undefined ? { content: body.content } : {}),
      ...(body.embeds !== undefined ? { embeds: body.embeds } : {}),
      ...(body.components !== undefined ? { components: body.components } : {}),
      ...(body.content !== undefined ? { mentions: this.#mentionedUsers(body) } : {}),
      flags: flags as MessageFlags,
      edited_timestamp: new Date().toISOString(),
    };
    this.messages.set(id, edited);
    return edited;
  }

  /** Stores commands as a bulk overwrite does: same name and type keep their id. */
  overwriteCommands(
    list: APIApplicationCommand[],
    bodies: CommandBody[],
    guildId?: string,
  ): APIApplicationCommand[] {
    const stored = bodies.map((body) => this.#command(list, body, guildId));
    list.splice(0, list.length, ...stored);
    return stored;
  }

  /** Creates one command, or replaces the one with the same name and type, as POST does. */
  upsertCommand(list: APIApplicationCommand[], body: CommandBody, guildId?: string): APIApplicationCommand {
    const command = this.#command(list, body, guildId);
    const index = list.findIndex((c) => c.id === command.id);
    if (index === -1) list.push(command);
    else list.splice(index, 1, command);
    return command;
  }

  #command(
    list: readonly APIApplicationCommand[],
    body: CommandBody,
    guildId?: string,
  ): APIApplicationCommand {
    const type = (body.type ?? 1) as ApplicationCommandType;
    return {
      ...body,
      id: list.find((c) => c.type === type && c.name === body.name)?.id ?? snowflake(),
      application_id: this.applicationId,
      type,
      name: body.name,
      description: body.description ?? "",
      default_member_permissions: body.default_member_permissions ?? null,
      nsfw: body.nsfw ?? false,
      version: snowflake(),
      ...(guildId ? { guild_id: guildId } : {}),
    };
  }

  /** Commands registered for a guild (or globally without one), without creating a list. */
  registeredCommands(guildId?: string): readonly APIApplicationCommand[] {
    return guildId ? (this.guildCommands.get(guildId) ?? []) : this.globalCommands;
  }

  /** The mutable command list of a guild (or the global one), created on first use. */
  commandsOf(guildId?: string): APIApplicationCommand[] {
    if (!guildId) return this.globalCommands;
    let list = this.guildCommands.get(guildId);
    if (!list) {
      list = [];
      this.guildCommands.set(guildId, list);
    }
    return list;
  }

  /** Users pinged by `<@id>` in the content, filtered by `allowed_mentions` as Discord does. */
  #mentionedUsers(body: MessageBody): APIUser[] {
    const ids = [...(body.content ?? "").matchAll(/<@!?(\d{17,20})>/g)].map((m) => m[1] ?? "");
    const allowed = body.allowed_mentions;
    const permitted = (id: string) =>
      allowed === undefined || (allowed.parse ?? []).includes("users") || (allowed.users ?? []).includes(id);
    return [...new Set(ids)]
      .filter(permitted)
      .map((id) => this.users.get(id))
      .filter((user): user is APIUser => user !== undefined);
  }

  #interactionMetadata(interaction: InteractionRecord): NonNullable<APIMessage["interaction_metadata"]> {
    const base = {
      id: interaction.id,
      user: interaction.user,
      authorizing_integration_owners: interaction.guildId
        ? { 0: interaction.guildId }
        : { 1: interaction.user.id },
    };
    if (interaction.type === InteractionType.MessageComponent) {
      return {
        ...base,
        type: InteractionType.MessageComponent,
        interacted_message_id: interaction.componentMessageId ?? "",
      };
    }
    return { ...base, type: InteractionType.ApplicationCommand };
  }
}
