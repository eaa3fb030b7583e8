import { type APIEmbed, SlashCommandBuilder, TimestampStyles, time } from "discord.js";
import { articleIn, localeFromDiscord, messages } from "../../i18n/index.js";
import { aboutRows } from "../../service/summaries.js";
import { replyToInteraction } from "../reply.js";
import type { Command } from "./types.js";

export default {
  data: new SlashCommandBuilder()
    .setName("about")
    .setDescription(messages("en").commands.about?.description ?? ""),
  availability: "everywhere",
  cost: "light",

  async execute(interaction, ctx) {
    const info = ctx.service.about();
    const locale = localeFromDiscord(interaction.locale);
    const say = messages(locale);
    const fields = aboutRows(info, locale).map(({ key, label, value }) => ({
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
      fields.push({ name: say.about.shard, value: say.about.shardOf(shard.ids, shard.count), inline: true });
    for (const row of ctx.cluster.whereAmI())
      fields.push({ name: say.about[row.key], value: row.value, inline: true });
    const embed: APIEmbed = {
      title: say.bot.aboutTitle,
      description: articleIn(info.article, locale).summary,
      fields,
      footer: {
        text: say.answer.source(info.article.publisher, articleIn(info.article, locale).title),
      },
    };
    await replyToInteraction(interaction, { embeds: [embed] });
  },
} satisfies Command;
