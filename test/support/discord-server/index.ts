// The public face of the Discord test server: start it, build payloads, name permissions.
export type { FaultSpec, RequestMatcher } from "./faults.js";
export type { GuildFixture, GuildSeed, RoleSeed, UserSeed } from "./fixtures.js";
export { createGuild, createUser, roleId } from "./fixtures.js";
export type { GatewayConnection, GatewayFrame } from "./gateway.js";
export type { RecordedRequest, RecordedResponse } from "./http-io.js";
export type { DmPlace, GuildPlace, Place } from "./payloads.js";
export {
  autocomplete,
  booleanOption,
  botMention,
  buttonPress,
  chatInputCommand,
  dmMessage,
  focusedOption,
  guildMessage,
  inDm,
  inGuild,
  interactionToken,
  messagePayload,
  otherBotMessage,
  stringOption,
} from "./payloads.js";
export {
  ALL_PERMISSIONS,
  BOT_DM_PERMISSIONS,
  BOT_PERMISSIONS,
  MEMBER_PERMISSIONS,
  MODERATOR_PERMISSIONS,
  permissionString,
} from "./permissions.js";
export type {
  ActorOptions,
  AskOptions,
  ChannelAnswer,
  CommandOptions,
  DiscordServerOptions,
  GatewayStats,
  HttpInteractionResult,
  InteractionAnswer,
  Signing,
} from "./server.js";
export { DiscordServer, startDiscordServer } from "./server.js";
export { guildIdOnShard, shardOf, snowflake, snowflakeTimestamp } from "./snowflake.js";
export type { MessageBody } from "./state.js";
