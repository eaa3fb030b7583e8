import {
  type ButtonInteraction,
  type Interaction,
  MessageFlags,
  type RepliableInteraction,
} from "discord.js";
import { localeFromDiscord, messages } from "../../i18n/index.js";
import { COSTS } from "../../service/rate-limiter.js";
import { answerQuestion, replyLocale } from "../asking.js";
import { spend } from "../budget.js";
import type { Command } from "../commands/index.js";
import { findComponentHandler } from "../components.js";
import type { BotContext } from "../context.js";
import { guarded } from "../errors.js";
import { checkModerator, refusalMessage } from "../moderation.js";
import type { DecodedButton } from "../question-buttons.js";
import { replyToInteraction, respondWithChoices } from "../reply.js";

/** Routes every interaction to its handler; a failing handler is reported, never allowed to escape. */
export function createInteractionHandler(ctx: BotContext, commands: Map<string, Command>) {
  return async function onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      const command = commands.get(interaction.commandName);
      try {
        if (!command?.autocomplete) throw new Error(`no autocomplete for /${interaction.commandName}`);
        await command.autocomplete(interaction, ctx);
      } catch (error) {
        ctx.logger.error({ err: error, command: interaction.commandName }, "autocomplete failed");
        if (!interaction.responded) await respondWithChoices(interaction, []).catch(() => {});
      }
      return;
    }

    if (interaction.isChatInputCommand()) {
      const command = commands.get(interaction.commandName);
      const what = `/${interaction.commandName}`;
      const locale = localeFromDiscord(interaction.locale);
      await guardedInteraction(ctx, interaction, what, async () => {
        const refused = await spend(ctx, interaction.user.id, COSTS[command?.cost ?? "light"], what, locale);
        if (refused) {
          await replyToInteraction(interaction, refused.reply, { ephemeral: true });
          return;
        }
        if (!command) {
          await replyToInteraction(
            interaction,
            { content: messages(locale).bot.unknownCommand },
            { ephemeral: true },
          );
          return;
        }
        if (command.availability === "moderator") {
          const checked = checkModerator(interaction, ctx.moderators);
          const verdict = checked instanceof Promise ? await checked : checked;
          if (!verdict.ok) {
            ctx.logger.warn(
              {
                userId: interaction.user.id,
                guildId: interaction.guildId,
                command: what,
                reason: verdict.reason,
              },
              "moderator command refused",
            );
            await replyToInteraction(
              interaction,
              { content: refusalMessage(verdict.reason, locale, command.moderatorsOnly?.(locale)) },
              { ephemeral: true },
            );
            return;
          }
        }
        await command.execute(interaction, ctx);
      });
      return;
    }

    if (interaction.isButton()) {
      const component = findComponentHandler(interaction.customId);
      if (component) {
        await guardedInteraction(ctx, interaction, component.what, async () => {
          // A vote or a page costs a reply, like any light command.
          const refused = await spend(ctx, interaction.user.id, COSTS.light, component.what);
          if (refused) await replyToInteraction(interaction, refused.reply, { ephemeral: true });
          else await component.handle(interaction, ctx);
        });
        return;
      }
      const decoded = ctx.questionButtons.decode(interaction.customId);
      if (!decoded) return; // not one of ours
      await guardedInteraction(ctx, interaction, "button", () => onQuestionButton(ctx, interaction, decoded));
    }
  };
}

async function onQuestionButton(
  ctx: BotContext,
  interaction: ButtonInteraction,
  decoded: DecodedButton,
): Promise<void> {
  const cost = decoded.kind === "expired" ? COSTS.light : COSTS.question;
  // A related question is written in the language of the answer it came with.
  const fallback = localeFromDiscord(interaction.locale);
  const locale = decoded.kind === "question" ? replyLocale(ctx, decoded.question, fallback) : fallback;
  const refused = await spend(ctx, interaction.user.id, cost, "button", locale);
  if (refused) {
    await replyToInteraction(interaction, refused.reply, { ephemeral: true });
    return;
  }
  if (decoded.kind === "expired") {
    await replyToInteraction(
      interaction,
      { content: messages(locale).bot.buttonExpired },
      { ephemeral: true },
    );
    return;
  }
  const outcome = answerQuestion(
    ctx,
    interaction.user.id,
    decoded.question,
    "button",
    { guildId: interaction.guildId, channelId: interaction.channelId },
    fallback,
  );
  // An answer to a private answer's button stays private.
  const wasPrivate = interaction.message.flags.has(MessageFlags.Ephemeral);
  await replyToInteraction(interaction, outcome.reply, {
    ephemeral: wasPrivate || outcome.kind !== "answer",
  });
}

/** An interaction's handler, guarded: the error notice goes out as an ephemeral reply. */
function guardedInteraction(
  ctx: BotContext,
  interaction: RepliableInteraction,
  what: string,
  handler: () => Promise<void>,
): Promise<void> {
  const locale = localeFromDiscord(interaction.locale);
  return guarded(ctx.logger, { what, userId: interaction.user.id, locale }, handler, (notice) =>
    replyToInteraction(interaction, notice, { ephemeral: true }),
  );
}
