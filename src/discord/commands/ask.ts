import { SlashCommandBuilder } from "discord.js";
import { ask } from "../asking.js";
import { LIMITS, QUESTION_MAX_LENGTH } from "../limits.js";
import { replyToInteraction, respondWithChoices } from "../reply.js";
import type { Command } from "./types.js";

export default {
  data: new SlashCommandBuilder()
    .setName("ask")
    .setDescription("Ask a question about the article on the Joint CIS Air Defense System")
    .addStringOption((o) =>
      o
        .setName("question")
        .setDescription("Your question, e.g. who supplies Tajikistan?")
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(QUESTION_MAX_LENGTH),
    )
    .addBooleanOption((o) => o.setName("private").setDescription("Only you see the answer")),
  availability: "everywhere",

  async execute(interaction, ctx) {
    const question = interaction.options.getString("question", true);
    const ephemeral = interaction.options.getBoolean("private") ?? false;
    const outcome = await ask(ctx, interaction.user.id, question, "slash", {
      guildId: interaction.guildId,
      channelId: interaction.channelId,
    });
    await replyToInteraction(interaction, outcome.reply, {
      ephemeral: ephemeral || outcome.kind !== "answer",
    });
  },

  async autocomplete(interaction, ctx) {
    // Answered from memory and never deferred: Discord allows 3 s and no deferral for autocomplete.
    const typed = String(interaction.options.getFocused()).trim();
    const questions = ctx.service.suggest(typed, LIMITS.autocompleteChoices);
    await respondWithChoices(
      interaction,
      questions.map((q) => ({ name: q, value: q })),
    );
  },
} satisfies Command;
