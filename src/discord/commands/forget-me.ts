import { SlashCommandBuilder } from "discord.js";
import { localeFromDiscord, messages } from "../../i18n/index.js";
import { LogUnavailableError } from "../../service/question-log.js";
import { newErrorRef } from "../errors.js";
import { deferPrivately, replyToInteraction } from "../reply.js";
import type { Command } from "./types.js";

export default {
  data: new SlashCommandBuilder()
    .setName("forget-me")
    .setDescription("Delete every question and vote of yours from the question log, in every server"),
  availability: "everywhere",
  cost: "light",

  async execute(interaction, ctx) {
    const say = messages(localeFromDiscord(interaction.locale)).questionLog;
    if (ctx.questionLog.mode === "off") {
      await replyToInteraction(interaction, { content: say.forgetLogOff }, { ephemeral: true });
      return;
    }
    await deferPrivately(interaction);
    try {
      const deleted = await ctx.questionLog.forget(interaction.user.id);
      ctx.logger.info({ userId: interaction.user.id, ...deleted }, "forget-me: entries deleted");
      await replyToInteraction(
        interaction,
        { content: say.forgetDone(deleted.questions, deleted.votes) },
        { ephemeral: true },
      );
    } catch (error) {
      if (!(error instanceof LogUnavailableError)) throw error;
      const ref = newErrorRef();
      ctx.logger.warn(
        { err: error, ref, userId: interaction.user.id },
        "forget-me: the question log cannot be reached",
      );
      await replyToInteraction(interaction, { content: say.logUnavailable(ref) }, { ephemeral: true });
    }
  },
} satisfies Command;
