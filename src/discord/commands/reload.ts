import { type APIEmbed, PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import { type Locale, localeFromDiscord, messages } from "../../i18n/index.js";
import { allReloaded, type ReplicaReport } from "../../service/cluster.js";
import { summarizeReload } from "../../service/summaries.js";
import { COLOR_FAILED, COLOR_OK } from "../colors.js";
import { deferPrivately, replyToInteraction } from "../reply.js";
import type { Command } from "./types.js";

export default {
  data: new SlashCommandBuilder()
    .setName("reload")
    .setDescription(messages("en").commands.reload?.description ?? "")
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),
  availability: "moderator",
  cost: "light",

  async execute(interaction, ctx) {
    // Only those the moderator rule allows get here: the dispatcher checks every moderator command.
    const who = { userId: interaction.user.id, user: interaction.user.tag, guildId: interaction.guildId };
    const locale = localeFromDiscord(interaction.locale);

    // The reload starts at once and the reply is deferred alongside it, so that Discord's 3 s window
    // to acknowledge does not depend on how long the reload takes. That window is all the deferral
    // protects: parsing, validating and building the engine run on the event loop, so while they run
    // the bot does nothing else, and a file big enough to hold the loop for seconds could delay even
    // the deferral. With several processes, every one of them reloads and reports back.
    const reloading = ctx.cluster.reloadEverywhere(`${interaction.user.tag} (${interaction.user.id})`);
    try {
      await deferPrivately(interaction);
    } catch (error) {
      // The reload is under way and will finish; its result is still reported below if Discord takes it.
      ctx.logger.warn({ ...who, err: error }, "could not defer the reload reply; the reload continues");
    }
    const reports = await reloading;
    ctx.logger.info(
      {
        ...who,
        ok: allReloaded(reports),
        replicas: reports.map((r) => ({ replica: r.replica, ok: r.outcome?.ok ?? false })),
      },
      "reload answered",
    );
    await replyToInteraction(interaction, { embeds: [reloadEmbed(reports, locale)] }, { ephemeral: true });
  },
} satisfies Command;

/**
 * One process: its summary as it is. Several: one line per process (reloaded, refused, or silent), then
 * the details of the first that failed, or else of the first that reloaded: every process read the
 * same file, so one diff speaks for all.
 */
export function reloadEmbed(reports: readonly ReplicaReport[], locale: Locale = "en"): APIEmbed {
  const say = messages(locale).bot;
  // Each process reports what happened; it is worded here, in the moderator's language.
  const worded = reports.map((r) => ({
    replica: r.who === "others" ? say.otherProcesses : r.who ? say.shardName(r.who.shard) : r.replica,
    summary: r.outcome ? summarizeReload(r.outcome, locale) : undefined,
    problem: say.replicaProblem(r.problem),
  }));
  const only = worded.length === 1 ? worded[0] : undefined;
  if (only?.summary) {
    const { summary } = only;
    return {
      title: summary.ok ? say.reloadedTitle : say.reloadFailedTitle,
      description: summary.headline,
      color: summary.ok ? COLOR_OK : COLOR_FAILED,
      fields: summary.sections.map((s) => ({ name: s.label, value: s.lines.join("\n") })),
    };
  }
  const failed = worded.filter((r) => r.summary?.ok !== true);
  const lines = worded.map((r) =>
    r.summary
      ? `${r.summary.ok ? "✅" : "❌"} **${r.replica}**: ${r.summary.headline}`
      : `❌ **${r.replica}**: ${r.problem}`,
  );
  const detailed = worded.find((r) => r.summary && !r.summary.ok) ?? worded.find((r) => r.summary?.ok);
  return {
    title:
      failed.length === 0
        ? say.reloadedEverywhere(reports.length)
        : say.reloadFailedIn(failed.length, reports.length),
    description: lines.join("\n"),
    color: failed.length === 0 ? COLOR_OK : COLOR_FAILED,
    fields: (detailed?.summary?.sections ?? []).map((s) => ({
      name: `${s.label} (${detailed?.replica})`,
      value: s.lines.join("\n"),
    })),
  };
}
