import {
  ApplicationIntegrationType,
  InteractionContextType,
  type Locale,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { COMMAND_LOCALIZATIONS, type CommandLabels, type Labels, messages } from "../../i18n/index.js";
import type { KnowledgeFile } from "../../knowledge/schema.js";
import about from "./about.js";
import ask, { QUESTION_OPTION } from "./ask.js";
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

const EVERYWHERE = {
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
};
const SERVERS = {
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};
/** A moderator command registered globally (no admin server): for the owner, in a server or the DM with the bot. */
const OWNER = {
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

/** One registration: one PUT of these commands, globally or to one server. */
export interface Registration {
  /** A server id, or undefined for the global commands. */
  guildId: string | undefined;
  body: RESTPostAPIChatInputApplicationCommandsJSONBody[];
}

/**
 * Where each command is registered. Public commands: globally, also in DMs, group DMs and user installs,
 * or to DISCORD_GUILD_ID alone while developing. Moderator commands: to each admin server only; with
 * none, beside the public ones (the owner alone may run them). Each target gets one PUT, which
 * replaces what it held, so a moderator command once registered elsewhere disappears from there.
 */
export function commandRegistrations(
  config: { guildId: string | undefined; adminGuildIds: readonly string[] },
  commands: readonly Command[] = COMMANDS,
  article?: ArticleCommandTexts,
): Registration[] {
  const publicTarget = config.guildId;
  const targets = new Map<string | undefined, RESTPostAPIChatInputApplicationCommandsJSONBody[]>();
  const add = (guildId: string | undefined, body: RESTPostAPIChatInputApplicationCommandsJSONBody) =>
    targets.set(guildId, [...(targets.get(guildId) ?? []), body]);
  targets.set(publicTarget, []);
  for (const command of commands) {
    const body = describedBy(localised(command.data.toJSON()), article);
    if (command.availability !== "moderator") {
      add(
        publicTarget,
        publicTarget ? body : { ...body, ...(command.availability === "everywhere" ? EVERYWHERE : SERVERS) },
      );
    } else if (config.adminGuildIds.length > 0) {
      for (const guildId of config.adminGuildIds) add(guildId, { ...body, ...SERVERS });
    } else {
      add(publicTarget, publicTarget ? { ...body, ...SERVERS } : { ...body, ...OWNER });
    }
  }
  return [...targets].map(([guildId, body]) => ({ guildId, body }));
}

/** The knowledge file's words for /ask (`article.ask`, and its translations). */
export type ArticleCommandTexts = Pick<KnowledgeFile["article"], "ask" | "ru">;

/**
 * /ask described by the article it answers about, in English and in each language the knowledge file
 * translates it to: its description, and an example question in its question option. Without them
 * (or for any other command) the catalogue's generic texts stay.
 */
function describedBy(
  body: RESTPostAPIChatInputApplicationCommandsJSONBody,
  article: ArticleCommandTexts | undefined,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const english = article?.ask;
  if (!english || body.name !== ask.data.name) return body;
  const byLocale = { ru: article.ru?.ask } as const;
  const descriptions = { ...body.description_localizations };
  for (const [locale, texts] of Object.entries(byLocale))
    if (texts) descriptions[locale as Locale] = texts.description;
  return {
    ...body,
    description: english.description,
    description_localizations: descriptions,
    options: body.options?.map((option) => {
      if (option.name !== QUESTION_OPTION) return option;
      const localized = { ...option.description_localizations };
      for (const [locale, texts] of Object.entries(byLocale))
        if (texts)
          localized[locale as Locale] = messages(locale as "ru").bot.questionWithExample(texts.example);
      return {
        ...option,
        description: messages("en").bot.questionWithExample(english.example),
        description_localizations: localized,
      };
    }),
  } as RESTPostAPIChatInputApplicationCommandsJSONBody;
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
