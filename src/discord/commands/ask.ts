import { SlashCommandBuilder } from "discord.js";
import { localeFromDiscord, messages } from "../../i18n/index.js";
import { answerQuestion } from "../asking.js";
import { spendOnAutocomplete } from "../budget.js";
import { LIMITS, QUESTION_MAX_LENGTH } from "../limits.js";
import { replyToInteraction, respondWithChoices } from "../reply.js";
import type { Command } from "./types.js";

const text = messages("en").commands;

/** The option that holds the question: the knowledge file's example question is shown in its description. */
export const QUESTION_OPTION = "question";

export default {
  data: new SlashCommandBuilder()
    .setName("ask")
    .setDescription(text.ask?.description ?? "")
    .addStringOption((o) =>
      o
        .setName(QUESTION_OPTION)
        .setDescription(text.ask?.options?.question?.description ?? "")
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(QUESTION_MAX_LENGTH),
    )
    .addBooleanOption((o) =>
      o.setName("private").setDescription(text.ask?.options?.private?.description ?? ""),
    ),
  availability: "everywhere",
  cost: "question",

  async execute(interaction, ctx) {
    const question = interaction.options.getString(QUESTION_OPTION, true);
    const ephemeral = interaction.options.getBoolean("private") ?? false;
    // Paid for by the dispatcher, as every command is. A DM or a thread is a conversation.
    const conversational = !interaction.inGuild() || interaction.channel?.isThread?.() === true;
    const locale = localeFromDiscord(interaction.locale);
    const outcome = answerQuestion(
      ctx,
      interaction.user.id,
      question,
      "slash",
      {
        guildId: interaction.guildId,
        channelId: interaction.channelId,
        conversation: conversational ? (interaction.channelId ?? undefined) : undefined,
      },
      locale,
    );
    await replyToInteraction(interaction, outcome.reply, {
      ephemeral: ephemeral || outcome.kind !== "answer",
    });
  },

  async autocomplete(interaction, ctx) {
    // Answered from memory and never deferred: Discord allows 3 s and no deferral for autocomplete.
    // Past its own budget a user gets no choices: it costs nothing to send them none.
    if (!(await spendOnAutocomplete(ctx, interaction.user.id))) {
      await respondWithChoices(interaction, []);
      return;
    }
    const typed = String(interaction.options.getFocused()).trim();
    // Russian questions for Russian text; for nothing typed yet, in the reader's own language.
    const questions = ctx.service.suggest(
      typed,
      LIMITS.autocompleteChoices,
      localeFromDiscord(interaction.locale),
    );
    await respondWithChoices(
      interaction,
      questions.map((q) => ({ name: q, value: q })),
    );
  },
} satisfies Command;
