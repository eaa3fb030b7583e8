import { type APIEmbed, SlashCommandBuilder, TimestampStyles, time } from "discord.js";
import { aboutRows } from "../../service/summaries.js";
import { replyToInteraction } from "../reply.js";
import type { Command } from "./types.js";

export default {
  data: new SlashCommandBuilder()
    .setName("about")
    .setDescription("The source article, what is loaded, and the bot"),
  availability: "everywhere",
  cost: "light",

  async execute(interaction, ctx) {
    const info = ctx.service.about();
    const fields = aboutRows(info).map(({ key, label, value }) => ({
      name: label,
      // Discord shows timestamps in each reader's own time zone.
      value:
        key === "loadedAt"
          ? `${time(info.loadedAt)} (${time(info.loadedAt, TimestampStyles.RelativeTime)})`
          : value,
      inline: key !== "article",
    }));
    // Which process answered, when there are several: its shard, its replica name.
    const shard = interaction.client.shard;
    if (shard)
      fields.push({ name: "Shard", value: `${shard.ids.join(", ")} of ${shard.count}`, inline: true });
    for (const row of ctx.cluster.whereAmI())
      fields.push({ name: row.label, value: row.value, inline: true });
    const embed: APIEmbed = {
      title: "About this bot",
      description: info.article.summary,
      fields,
      footer: { text: `Source: ${info.article.publisher}, “${info.article.title}”` },
    };
    await replyToInteraction(interaction, { embeds: [embed] });
  },
} satisfies Command;
