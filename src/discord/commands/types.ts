import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Locale } from "../../i18n/index.js";
import type { COSTS } from "../../service/rate-limiter.js";
import type { BotContext } from "../context.js";

/** One slash command: its definition, as registered with Discord, and its handlers. */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /**
   * "everywhere": offered in servers, in DMs with the bot and in group DMs, and to users who install
   * the app, when deployed globally. "guild": only in servers. "moderator": changes what every server
   * sees, so it is registered in the operator's servers only (ADMIN_GUILD_IDS), and the dispatcher
   * runs it only for those the moderator rule allows (src/discord/moderation.ts).
   */
  availability: "everywhere" | "guild" | "moderator";
  /**
   * A moderator command's words for a member it refuses, when the general ones (which speak of
   * reloading the knowledge) do not fit.
   */
  moderatorsOnly?(locale: Locale): string;
  /** What running it spends from the user's budget, before it runs (see COSTS). */
  cost: keyof typeof COSTS;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}
