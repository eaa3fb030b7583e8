import { type APIEmbed, SlashCommandBuilder } from "discord.js";
import { replyToInteraction } from "../reply.js";
import type { Command } from "./types.js";

const EXAMPLES = 3;

export default {
  data: new SlashCommandBuilder()
    .setName("topics")
    .setDescription("What I know about, so you know what to ask"),
  availability: "everywhere",
  cost: "light",

  async execute(interaction, ctx) {
    const { service } = ctx;
    const examples = service.suggest("", EXAMPLES);
    const lines = [
      `I answer questions about one article: “${service.knowledge.article.title}” (${service.knowledge.article.publisher}).`,
      "Ask with /ask, in a direct message, or by mentioning me.",
    ];
    if (examples.length > 0) lines.push("", "For example:", ...examples.map((q) => `• ${q}`));
    const embed: APIEmbed = {
      title: "What you can ask about",
      description: lines.join("\n"),
      fields: service
        .topics()
        .filter((g) => g.names.length > 0)
        .map((g) => ({ name: `${g.title} (${g.names.length})`, value: g.names.join(", ") })),
    };
    await replyToInteraction(interaction, { embeds: [embed] });
  },
} satisfies Command;
