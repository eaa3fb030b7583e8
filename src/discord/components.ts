import type { ButtonInteraction } from "discord.js";
import { insightsPageButton } from "./commands/insights.js";
import type { BotContext } from "./context.js";
import { feedbackButton } from "./feedback.js";

/** A kind of button the bot puts under its messages, recognised by its custom_id. */
export interface ComponentHandler {
  /** For the error log. */
  what: string;
  matches(customId: string): boolean;
  handle(interaction: ButtonInteraction, ctx: BotContext): Promise<void>;
}

const HANDLERS: readonly ComponentHandler[] = [feedbackButton, insightsPageButton];

/** The handler of a button; undefined for related-question buttons and anything not ours. */
export function findComponentHandler(customId: string): ComponentHandler | undefined {
  return HANDLERS.find((h) => h.matches(customId));
}
