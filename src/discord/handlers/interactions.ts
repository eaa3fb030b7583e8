import {
  type ButtonInteraction,
  type Interaction,
  MessageFlags,
  type RepliableInteraction,
} from "discord.js";
import { ask } from "../asking.js";
import type { Command } from "../commands/index.js";
import type { BotContext } from "../context.js";
import { newErrorRef } from "../errors.js";
import type { DecodedButton } from "../question-buttons.js";
import { errorNotice, replyToInteraction, respondWithChoices } from "../reply.js";

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
      await guarded(ctx, interaction, `/${interaction.commandName}`, async () => {
        if (!command) {
          await replyToInteraction(
            interaction,
            { content: "I don't know that command." },
            { ephemeral: true },
          );
          return;
        }
        await command.execute(interaction, ctx);
      });
      return;
    }

    if (interaction.isButton()) {
      const decoded = ctx.questionButtons.decode(interaction.customId);
      if (!decoded) return; // not one of ours
      await guarded(ctx, interaction, "button", () => onQuestionButton(ctx, interaction, decoded));
    }
  };
}

async function onQuestionButton(
  ctx: BotContext,
  interaction: ButtonInteraction,
  decoded: DecodedButton,
): Promise<void> {
  if (decoded.kind === "expired") {
    await replyToInteraction(
      interaction,
      { content: "This button has expired. Ask the question again with /ask." },
      { ephemeral: true },
    );
    return;
  }
  const outcome = ask(ctx, interaction.user.id, decoded.question, "button");
  // An answer to a private answer's button stays private.
  const wasPrivate = interaction.message.flags.has(MessageFlags.Ephemeral);
  await replyToInteraction(interaction, outcome.reply, {
    ephemeral: wasPrivate || outcome.kind !== "answer",
  });
}

/** Runs a handler; on failure logs the error with a ref and tells the user that ref, privately. */
export async function guarded(
  ctx: BotContext,
  interaction: RepliableInteraction,
  what: string,
  handler: () => Promise<void>,
): Promise<void> {
  try {
    await handler();
  } catch (error) {
    const ref = newErrorRef();
    ctx.logger.error({ err: error, ref, what, userId: interaction.user.id }, "interaction handler failed");
    try {
      await replyToInteraction(interaction, errorNotice(ref), { ephemeral: true });
    } catch (notifyError) {
      ctx.logger.error({ err: notifyError, ref }, "could not tell the user about the error");
    }
  }
}
