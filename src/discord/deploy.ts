import { REST, Routes } from "discord.js";
import type { Config } from "../config.js";
import { type ArticleCommandTexts, commandRegistrations } from "./commands/index.js";

export type DeployConfig = Pick<Config, "token" | "clientId" | "guildId" | "apiUrl" | "adminGuildIds">;

export interface DeployResult {
  /** One PUT each: globally (no guild id) or to one server, with the commands it now holds. */
  registrations: { guildId: string | undefined; names: string[] }[];
}

/**
 * Registers the slash commands, one PUT per target replacing what was there: the public commands
 * globally, or to DISCORD_GUILD_ID when set (instant, for testing); moderator commands to each admin
 * server (ADMIN_GUILD_IDS, default DISCORD_GUILD_ID) only.
 */
export async function deployCommands(
  config: DeployConfig,
  options: { rest?: REST; article?: ArticleCommandTexts } = {},
): Promise<DeployResult> {
  if (!config.token || !config.clientId)
    throw new Error("DISCORD_TOKEN and DISCORD_CLIENT_ID are both required");
  const rest =
    options.rest ??
    new REST({ version: "10", ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(config.token);
  const registrations: DeployResult["registrations"] = [];
  for (const { guildId, body } of commandRegistrations(config, undefined, options.article)) {
    const route = guildId
      ? Routes.applicationGuildCommands(config.clientId, guildId)
      : Routes.applicationCommands(config.clientId);
    await rest.put(route, { body });
    registrations.push({ guildId, names: body.map((c) => c.name) });
  }
  return { registrations };
}
