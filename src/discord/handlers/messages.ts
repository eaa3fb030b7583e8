import type { Message } from "discord.js";
import { ask, replyLocale } from "../asking.js";
import type { BotContext } from "../context.js";
import { guarded } from "../errors.js";
import { replyToMessage, sendDirect } from "../reply.js";

/**
 * A direct message to the bot is a question; so is a server message that mentions the bot. Without
 * the privileged MessageContent intent, Discord still sends the content of exactly these messages.
 */
export function createMessageHandler(ctx: BotContext, botUserId: () => string | undefined) {
  return async function onMessage(message: Message): Promise<void> {
    const selfId = botUserId();
    if (message.author.bot || message.system || !selfId) return;
    const origin = message.inGuild() ? "mention" : "dm";
    if (origin === "mention" && !message.mentions.users.has(selfId)) return;

    const question = origin === "mention" ? stripMention(message.content, selfId) : message.content;
    // DMs and mentions carry no locale: the question's own language is the reply's.
    const locale = replyLocale(ctx, question);
    await guarded(
      ctx.logger,
      { what: origin, userId: message.author.id, locale },
      async () => {
        // A DM or a thread is a conversation: "and Armenia?" follows the question before it there.
        const inThread = message.channel?.isThread?.() === true;
        const outcome = await ask(
          ctx,
          message.author.id,
          question,
          origin,
          {
            guildId: message.guildId,
            channelId: message.channelId,
            conversation: origin === "dm" || inThread ? message.channelId : undefined,
          },
          locale,
        );
        // A message cannot be answered privately: tell a hurried user once, then stay quiet.
        if (outcome.kind === "rate-limited" && !outcome.firstRefusal) return;
        await replyToMessage(message, outcome.reply);
      },
      // An error notice is for the author alone: by DM for a message in a server channel.
      (notice) =>
        origin === "mention" ? sendDirect(message.author, notice) : replyToMessage(message, notice),
    );
  };
}

/** "<@123> who supplies Tajikistan?" → "who supplies Tajikistan?" */
export function stripMention(content: string, userId: string): string {
  return content
    .replace(new RegExp(`<@!?${userId}>`, "g"), " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[,:;]\s*/, "");
}
