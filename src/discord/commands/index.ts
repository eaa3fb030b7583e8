import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import about from "./about.js";
import ask from "./ask.js";
import forgetMe from "./forget-me.js";
import insights from "./insights.js";
import reload from "./reload.js";
import topics from "./topics.js";
import type { Command } from "./types.js";

export type { Command } from "./types.js";

/** Every slash command the bot has. */
export const COMMANDS: readonly Command[] = [ask, topics, about, reload, insights, forgetMe];

/** The commands by name, for dispatching interactions. */
export function loadCommands(): Map<string, Command> {
  return new Map(COMMANDS.map((c) => [c.data.name, c]));
}

/**
 * The definitions to register. Globally, the public commands are also offered in DMs and group DMs
 * and to users who install the app; /reload stays in servers. Guild commands only live in their guild.
 */
export function commandDefinitions(
  scope: "guild" | "global",
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return COMMANDS.map((command) => {
    const body = command.data.toJSON();
    if (scope === "guild") return body;
    return command.availability === "everywhere"
      ? {
          ...body,
          contexts: [
            InteractionContextType.Guild,
            InteractionContextType.BotDM,
            InteractionContextType.PrivateChannel,
          ],
          integration_types: [
            ApplicationIntegrationType.GuildInstall,
            ApplicationIntegrationType.UserInstall,
          ],
        }
      : {
          ...body,
          contexts: [InteractionContextType.Guild],
          integration_types: [ApplicationIntegrationType.GuildInstall],
        };
  });
}
