import {
  type APIEmbed,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from "discord.js";
import { summarizeReload } from "../../service/summaries.js";
import { isModerator } from "../permissions.js";
import { replyToInteraction } from "../reply.js";
import type { Command } from "./types.js";

export default {
  data: new SlashCommandBuilder()
    .setName("reload")
    .setDescription("Moderators: re-read the knowledge file and put it in service if it is valid")
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),
  availability: "guild",

  async execute(interaction, ctx) {
    const who = { userId: interaction.user.id, user: interaction.user.tag, guildId: interaction.guildId };
    // default_member_permissions can be changed by server admins; the run-time check is the one that holds.
    if (!interaction.inGuild() || !isModerator(interaction, ctx.moderatorRoleIds)) {
      ctx.logger.warn(who, "reload refused: not a moderator");
      await replyToInteraction(
        interaction,
        { content: "Sorry, only moderators (Manage Server, or a moderator role) can reload the knowledge." },
        { ephemeral: true },
      );
      return;
    }

    // Reading and validating a file is the one slow thing the bot does: the reload starts at once, and
    // the deferred reply keeps it clear of Discord's 3 s limit whatever the file's size or the disk.
    const reloading = ctx.service.reload(`${interaction.user.tag} (${interaction.user.id})`);
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const outcome = await reloading;
    const summary = summarizeReload(outcome);
    ctx.logger.info({ ...who, ok: outcome.ok, durationMs: outcome.durationMs }, "reload answered");
    const embed: APIEmbed = {
      title: outcome.ok ? "Knowledge reloaded" : "Reload failed",
      description: summary.headline,
      color: outcome.ok ? 0x2e7d32 : 0xc62828,
      fields: summary.sections.map((s) => ({ name: s.label, value: s.lines.join("\n") })),
    };
    await replyToInteraction(interaction, { embeds: [embed] }, { ephemeral: true });
  },
} satisfies Command;
