// Permission sets as Discord sends them (decimal strings of a bitfield). Named sets keep tests
// readable: "a moderator asks" instead of a magic number, and the numbers come from the same
// table discord.js uses, so they cannot drift from what the client decodes.
import { PermissionFlagsBits } from "discord.js";

const P = PermissionFlagsBits;

/** What @everyone gets in a freshly created server, roughly: read, write, react, use commands. */
export const MEMBER_PERMISSIONS: bigint =
  P.ViewChannel |
  P.SendMessages |
  P.SendMessagesInThreads |
  P.CreatePublicThreads |
  P.EmbedLinks |
  P.AttachFiles |
  P.AddReactions |
  P.UseExternalEmojis |
  P.ReadMessageHistory |
  P.UseApplicationCommands |
  P.ChangeNickname |
  P.Connect |
  P.Speak;

/** A moderator: a member who may also manage the server (1 << 5) and its messages. */
export const MODERATOR_PERMISSIONS: bigint =
  MEMBER_PERMISSIONS | P.ManageGuild | P.ManageMessages | P.KickMembers;

/** What the bot itself holds in a guild channel, sent as `app_permissions`. */
export const BOT_PERMISSIONS: bigint =
  P.ViewChannel | P.SendMessages | P.EmbedLinks | P.AttachFiles | P.ReadMessageHistory | P.UseExternalEmojis;

/** The fixed set Discord reports as `app_permissions` in a direct message with the bot. */
export const BOT_DM_PERMISSIONS: bigint =
  P.ViewChannel |
  P.SendMessages |
  P.EmbedLinks |
  P.AttachFiles |
  P.ReadMessageHistory |
  P.AddReactions |
  P.UseExternalEmojis |
  P.MentionEveryone;

/** Every bit Discord currently defines; an administrator is reported with all of them. */
export const ALL_PERMISSIONS: bigint = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);

export function permissionString(bits: bigint): string {
  return bits.toString();
}

/** A member's permissions from @everyone plus their roles, as Discord computes them. */
export function combineRolePermissions(rolePermissions: readonly string[]): bigint {
  const combined = rolePermissions.reduce((all, bits) => all | BigInt(bits), 0n);
  return (combined & P.Administrator) !== 0n ? ALL_PERMISSIONS : combined;
}
