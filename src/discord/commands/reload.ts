import { type APIEmbed, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import { summarizeReload } from "../../service/summaries.js";
import { COLOR_FAILED, COLOR_OK } from "../colors.js";
import { isModerator } from "../permissions.js";
import { deferPrivately, replyToInteraction } from "../reply.js";
import type { Command } from "./types.js";

export default {
  data: new SlashCommandBuilder()
    .setName("reload")
    .setDescription("Moderators: re-read the knowledge file and put it in service if it is valid")
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),
  availability: "guild",
  cost: "light",

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

    // The reload starts at once and the reply is deferred alongside it, so that Discord's 3 s window
    // to acknowledge does not depend on how long the reload takes. That window is all the deferral
    // protects: parsing, validating and building the engine run on the event loop, so while they run
    // the bot does nothing else, and a file big enough to hold the loop for seconds could delay even
    // the deferral.
    const reloading = ctx.service.reload(`${interaction.user.tag} (${interaction.user.id})`);
    try {
      await deferPrivately(interaction);
    } catch (error) {
      // The reload is under way and will finish; its result is still reported below if Discord takes it.
      ctx.logger.warn({ ...who, err: error }, "could not defer the reload reply; the reload continues");
    }
    const outcome = await reloading;
    const summary = summarizeReload(outcome);
    ctx.logger.info({ ...who, ok: outcome.ok, durationMs: outcome.durationMs }, "reload answered");
    const embed: APIEmbed = {
      title: outcome.ok ? "Knowledge reloaded" : "Reload failed",
      description: summary.headline,
      color: outcome.ok ? COLOR_OK : COLOR_FAILED,
      fields: summary.sections.map((s) => ({ name: s.label, value: s.lines.join("\n") })),
    };
    await replyToInteraction(interaction, { embeds: [embed] }, { ephemeral: true });
  },
} satisfies Command;
