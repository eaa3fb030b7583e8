import { REST, Routes } from "discord.js";
import type { Config } from "../config.js";
import { isEntryPoint, loadProjectEnv } from "../startup.js";
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

async function cli(): Promise<number> {
  const { loadConfig } = await import("../config.js");
  loadProjectEnv();
  const result = loadConfig(process.env);
  const errors = result.ok ? [] : [...result.errors];
  if (result.ok && !result.config.token) errors.push("DISCORD_TOKEN is missing (see .env.example)");
  if (result.ok && !result.config.clientId) errors.push("DISCORD_CLIENT_ID is missing (see .env.example)");
  if (!result.ok || errors.length > 0) {
    for (const line of errors) console.error(line);
    return 1;
  }
  try {
    const deployed = await deployCommands(result.config);
    const where = deployed.scope === "guild" ? `to guild ${result.config.guildId}` : "globally";
    console.log(`Registered ${deployed.names.map((n) => `/${n}`).join(", ")} ${where}.`);
    if (deployed.scope === "global") console.log("Global commands can take a few minutes to appear.");
    return 0;
  } catch (error) {
    console.error(
      `Could not register the commands: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}

if (isEntryPoint(import.meta.url)) process.exitCode = await cli();
