import {
  ApplicationIntegrationType,
  InteractionContextType,
  type Locale,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { COMMAND_LOCALIZATIONS, type CommandLabels, type Labels } from "../../i18n/index.js";
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
    const body = localised(command.data.toJSON());
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

/**
 * A command with its names and descriptions in every language of the catalogue beside English
 * (Russian, and Ukrainian, whose readers Discord would otherwise show English), on the command and
 * on each option. A command or option the catalogue lacks keeps English only.
 */
export function localised(
  body: RESTPostAPIChatInputApplicationCommandsJSONBody,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const pick = (lookup: (labels: CommandLabels) => Labels | undefined) => {
    const names: Partial<Record<Locale, string>> = {};
    const descriptions: Partial<Record<Locale, string>> = {};
    for (const [locale, labels] of Object.entries(COMMAND_LOCALIZATIONS)) {
      const text = lookup(labels);
      if (!text) continue;
      names[locale as Locale] = text.name;
      descriptions[locale as Locale] = text.description;
    }
    return { name_localizations: names, description_localizations: descriptions };
  };
  return {
    ...body,
    ...pick((labels) => labels[body.name]),
    options: body.options?.map((option) => ({
      ...option,
      ...pick((labels) => labels[body.name]?.options?.[option.name]),
    })),
  } as RESTPostAPIChatInputApplicationCommandsJSONBody;
}
