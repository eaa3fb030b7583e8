import type { ButtonInteraction } from "discord.js";
import { localeFromDiscord, messages } from "../i18n/index.js";
import type { ComponentHandler } from "./components.js";
import type { BotContext } from "./context.js";
import { type OutgoingReply, replyToInteraction } from "./reply.js";

/**
 * 👍 / 👎 under an answer. The custom_id carries the logged question's id and the vote
 * (`vote:up:<id>`), so a button works after a restart and in any process that shares the database.
 */
const PREFIX = "vote:";

export function voteCustomId(questionId: string, vote: 1 | -1): string {
  return `${PREFIX}${vote > 0 ? "up" : "down"}:${questionId}`;
}

export function decodeVote(customId: string): { questionId: string; vote: 1 | -1 } | undefined {
  const match = /^vote:(up|down):([A-Za-z0-9_-]{1,64})$/.exec(customId);
  if (!match?.[2]) return undefined;
  return { questionId: match[2], vote: match[1] === "up" ? 1 : -1 };
}

/** The answer with 👍 and 👎 after its other buttons; unchanged when nothing was logged. */
export function withFeedbackButtons(reply: OutgoingReply, questionId: string | undefined): OutgoingReply {
  if (!questionId) return reply;
  return {
    ...reply,
    buttons: [
      ...(reply.buttons ?? []),
      { label: messages("en").questionLog.voteUpLabel, customId: voteCustomId(questionId, 1) },
      { label: messages("en").questionLog.voteDownLabel, customId: voteCustomId(questionId, -1) },
    ],
  };
}

export const feedbackButton: ComponentHandler = {
  what: "vote",
  matches: (customId) => customId.startsWith(PREFIX),
  async handle(interaction: ButtonInteraction, ctx: BotContext) {
    const say = messages(localeFromDiscord(interaction.locale)).questionLog;
    const decoded = decodeVote(interaction.customId);
    if (!decoded || ctx.questionLog.mode === "off") {
      await replyToInteraction(interaction, { content: say.voteLogOff }, { ephemeral: true });
      return;
    }
    // Queued like a question: the vote is kept even while the database is away. The same user's
    // later vote on the same answer replaces this one.
    ctx.questionLog.recordVote(decoded.questionId, interaction.user.id, decoded.vote);
    ctx.logger.info(
      { userId: interaction.user.id, questionId: decoded.questionId, vote: decoded.vote },
      "vote",
    );
    await replyToInteraction(interaction, { content: say.voteThanks(decoded.vote) }, { ephemeral: true });
  },
};
