import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { deployCommands } from "../discord/deploy.js";
import { issueReport } from "../knowledge/issues.js";
import { loadKnowledgeFile } from "../knowledge/load.js";
import { loadProjectEnv } from "../startup.js";
import { readArguments } from "./arguments.js";
import { knowledgeFileSetting, knowledgeMaxBytesSetting } from "./knowledge-file.js";

const USAGE = `Usage: npm run deploy-commands
  Registers the slash commands with Discord: to DISCORD_GUILD_ID when it is set (at once), otherwise
  globally (Discord may take a while to show them); moderator commands (/reload) only to the servers
  of ADMIN_GUILD_IDS (default DISCORD_GUILD_ID). Reads DISCORD_TOKEN and DISCORD_CLIENT_ID from the
  environment or .env; /ask's description and example come from the knowledge file (article.ask).`;

/** `npm run deploy-commands`: one PUT of every command definition, with the bot's own settings. */
async function main(): Promise<number> {
  const args = readArguments(() => parseArgs({ options: { help: { type: "boolean", short: "h" } } }), USAGE);
  if (typeof args === "number") return args;
  loadProjectEnv();
  const result = loadConfig(process.env);
  const errors = result.ok ? [] : [...result.errors];
  if (result.ok && !result.config.token) errors.push("DISCORD_TOKEN is missing (see .env.example)");
  if (result.ok && !result.config.clientId) errors.push("DISCORD_CLIENT_ID is missing (see .env.example)");
  if (!result.ok || errors.length > 0) {
    for (const line of errors) console.error(line);
    return 1;
  }
  // /ask is described by the article it answers about; a file that does not load leaves generic words.
  const file = knowledgeFileSetting();
  const loaded = await loadKnowledgeFile(file, { maxBytes: knowledgeMaxBytesSetting() });
  if (!loaded.ok) {
    for (const line of issueReport(file, loaded.errors)) console.error(line);
    console.error("The knowledge file did not load: /ask is registered with its generic description.");
  }
  try {
    const deployed = await deployCommands(result.config, {
      article: loaded.ok ? loaded.knowledge.article : undefined,
    });
    for (const { guildId, names } of deployed.registrations) {
      const where = guildId ? `to server ${guildId}` : "globally";
      const list = names.length > 0 ? names.map((n) => `/${n}`).join(", ") : "no commands";
      console.log(`Registered ${list} ${where}.`);
    }
    if (deployed.registrations.some((r) => !r.guildId)) {
      console.log("Global commands can take a few minutes to appear.");
    }
    return 0;
  } catch (error) {
    console.error(
      `Could not register the commands: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}

process.exitCode = await main();
