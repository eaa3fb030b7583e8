import { REST, Routes } from "discord.js";
import type { Config } from "../config.js";
import { commandDefinitions } from "./commands/index.js";

export type DeployConfig = Pick<Config, "token" | "clientId" | "guildId" | "apiUrl">;

export interface DeployResult {
  scope: "guild" | "global";
  names: string[];
}

/**
 * Registers every slash command with one PUT, replacing what was there: to one guild when
 * DISCORD_GUILD_ID is set (instant, for testing), otherwise globally.
 */
export async function deployCommands(
  config: DeployConfig,
  options: { rest?: REST } = {},
): Promise<DeployResult> {
  if (!config.token || !config.clientId)
    throw new Error("DISCORD_TOKEN and DISCORD_CLIENT_ID are both required");
  const rest =
    options.rest ??
    new REST({ version: "10", ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(config.token);
  const scope = config.guildId ? "guild" : "global";
  const body = commandDefinitions(scope);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.clientId, config.guildId)
    : Routes.applicationCommands(config.clientId);
  await rest.put(route, { body });
  return { scope, names: body.map((c) => c.name) };
}
