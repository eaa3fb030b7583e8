import { type APIEmbed, SlashCommandBuilder } from "discord.js";
import { articleIn, localeFromDiscord, messages } from "../../i18n/index.js";
import { replyToInteraction } from "../reply.js";
import type { Command } from "./types.js";

const EXAMPLES = 3;

export default {
  data: new SlashCommandBuilder()
    .setName("topics")
    .setDescription(messages("en").commands.topics?.description ?? ""),
  availability: "everywhere",
  cost: "light",

  async execute(interaction, ctx) {
    const { service } = ctx;
    const locale = localeFromDiscord(interaction.locale);
    const say = messages(locale).bot;
    const article = articleIn(service.knowledge.article, locale);
    const examples = service.suggest("", EXAMPLES, locale);
    const lines = [say.topicsIntro(article.title, article.publisher), say.topicsHowToAsk];
    if (examples.length > 0) lines.push("", say.forExample, ...examples.map((q) => `• ${q}`));
    const embed: APIEmbed = {
      title: say.topicsTitle,
      description: lines.join("\n"),
      fields: service
        .topics(locale)
        .filter((g) => g.names.length > 0)
        .map((g) => ({ name: `${g.title} (${g.names.length})`, value: g.names.join(", ") })),
    };
    await replyToInteraction(interaction, { embeds: [embed] });
  },
} satisfies Command;
