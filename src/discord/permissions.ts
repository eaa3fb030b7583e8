import {
  type APIInteractionGuildMember,
  type GuildMember,
  PermissionFlagsBits,
  type PermissionsBitField,
} from "discord.js";

/** What the run-time moderator check reads from an interaction. */
export interface MemberLike {
  memberPermissions: Readonly<PermissionsBitField> | null;
  member: GuildMember | APIInteractionGuildMember | null;
}

/**
 * True when the member may run moderator commands: Manage Server (Administrator implies it) or one
 * of the configured moderator roles. The command's default_member_permissions is only a default that
 * server admins can change, so this is checked again at run time.
 */
export function isModerator(interaction: MemberLike, moderatorRoleIds: readonly string[]): boolean {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const member = interaction.member;
  if (!member || moderatorRoleIds.length === 0) return false;
  const roles = member.roles;
  const has = Array.isArray(roles) ? (id: string) => roles.includes(id) : (id: string) => roles.cache.has(id);
  return moderatorRoleIds.some(has);
}
