// What `npm run deploy-commands` registers, read back from the Discord test server as Discord
// would store it, and the running bot answering a command by its registered id.
import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
} from "discord.js";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { deployCommands } from "../../src/discord/deploy.js";
import type { RecordedRequest } from "../support/discord-server/index.js";
import { BOT_TOKEN, useBotUnderTest } from "./support/bot.js";
import { embedOf, expectEveryMessageSilentAndWithinLimits } from "./support/messages.js";

interface StoredOption {
  name: string;
  description: string;
  type: number;
  required?: boolean;
  autocomplete?: boolean;
  max_length?: number;
}

interface StoredCommand {
  id: string;
  name: string;
  description: string;
  options?: StoredOption[];
  contexts?: number[] | null;
  integration_types?: number[];
  default_member_permissions: string | null;
}

const MANAGE_GUILD = PermissionFlagsBits.ManageGuild.toString();
const EVERYWHERE = [
  InteractionContextType.Guild,
  InteractionContextType.BotDM,
  InteractionContextType.PrivateChannel,
];

const t = useBotUnderTest();

/** Deploys as the CLI does, from a configuration read by `loadConfig`, and returns what was stored. */
async function deploy(guildId?: string): Promise<{ put: RecordedRequest; stored: StoredCommand[] }> {
  const loaded = loadConfig({
    DISCORD_TOKEN: BOT_TOKEN,
    DISCORD_CLIENT_ID: t().server.applicationId,
    DISCORD_API_URL: t().server.apiUrl,
    ...(guildId ? { DISCORD_GUILD_ID: guildId } : {}),
  });
  if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
  const before = t().server.requests.at(-1)?.seq ?? 0;
  const result = await deployCommands(loaded.config);
  // No ADMIN_GUILD_IDS: the admin server is DISCORD_GUILD_ID when set, and otherwise there is none.
  expect(result.registrations).toEqual([
    { guildId, names: ["ask", "topics", "about", "reload", "insights", "forget-me"] },
  ]);
  const path = guildId
    ? `/api/v10/applications/${t().server.applicationId}/guilds/${guildId}/commands`
    : `/api/v10/applications/${t().server.applicationId}/commands`;
  const put = await t().server.waitForRequest((r) => r.seq > before && r.method === "PUT" && r.path === path);
  expect(put.response.status).toBe(200);
  return { put, stored: put.response.body as StoredCommand[] };
}

function byName(commands: StoredCommand[], name: string): StoredCommand {
  const command = commands.find((c) => c.name === name);
  if (!command) throw new Error(`/${name} was not registered`);
  return command;
}

/** The characters Discord counts against its 4,000 per command. */
function commandLength(command: StoredCommand): number {
  return (
    command.name.length +
    command.description.length +
    (command.options ?? []).reduce((n, o) => n + o.name.length + o.description.length, 0)
  );
}

function expectAskOptions(command: StoredCommand): void {
  expect(command.options).toEqual([
    expect.objectContaining({
      name: "question",
      type: ApplicationCommandOptionType.String,
      required: true,
      autocomplete: true,
      max_length: 300,
    }),
    expect.objectContaining({ name: "private", type: ApplicationCommandOptionType.Boolean }),
  ]);
  const [, flag] = command.options ?? [];
  expect(flag?.required ?? false).toBe(false);
}

describe("global registration", () => {
  it("offers /ask, /topics, /about and /forget-me everywhere, and /reload and /insights (for the owner) in servers and the bot's DM", async () => {
    const { put, stored } = await deploy();
    expect(put.headers.authorization).toBe(`Bot ${BOT_TOKEN}`);
    expect(stored.map((c) => c.name)).toEqual(["ask", "topics", "about", "reload", "insights", "forget-me"]);

    expectAskOptions(byName(stored, "ask"));
    for (const name of ["ask", "topics", "about", "forget-me"]) {
      const command = byName(stored, name);
      expect(command.contexts, name).toEqual(EVERYWHERE);
      expect(command.integration_types, name).toEqual([
        ApplicationIntegrationType.GuildInstall,
        ApplicationIntegrationType.UserInstall,
      ]);
      expect(command.default_member_permissions, name).toBeNull();
    }
    const reload = byName(stored, "reload");
    expect(reload.contexts).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM]);
    expect(reload.integration_types).toEqual([ApplicationIntegrationType.GuildInstall]);
    expect(reload.default_member_permissions).toBe(MANAGE_GUILD);
    expect(reload.default_member_permissions).toBe("32");
    const insights = byName(stored, "insights");
    expect(insights.contexts).toEqual(reload.contexts);
    expect(insights.default_member_permissions).toBe(MANAGE_GUILD);
  });

  it("with an admin server, keeps /reload out of the global commands and registers it there alone", async () => {
    const { server } = t();
    const loaded = loadConfig({
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_CLIENT_ID: server.applicationId,
      DISCORD_API_URL: server.apiUrl,
      ADMIN_GUILD_IDS: server.guild.id,
    });
    if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
    const before = server.requests.at(-1)?.seq ?? 0;
    await deployCommands(loaded.config);
    const puts = server.requests.filter((r) => r.seq > before && r.method === "PUT");
    const stored = (path: string) =>
      ((puts.find((r) => r.path === path)?.response.body ?? []) as StoredCommand[]).map((c) => c.name);
    expect(stored(`/api/v10/applications/${server.applicationId}/commands`)).toEqual([
      "ask",
      "topics",
      "about",
      "forget-me",
    ]);
    expect(
      stored(`/api/v10/applications/${server.applicationId}/guilds/${server.guild.id}/commands`),
    ).toEqual(["reload", "insights"]);
  });

  it("replaces what was registered, keeping the ids, when deployed again", async () => {
    const first = await deploy();
    const second = await deploy();
    expect(second.stored.map((c) => c.id)).toEqual(first.stored.map((c) => c.id));
  });

  it("stays within Discord's limits on names, descriptions and lengths", async () => {
    const { stored } = await deploy();
    for (const command of stored) {
      expect(command.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
      for (const option of command.options ?? []) {
        expect(option.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(option.description.length).toBeLessThanOrEqual(100);
      }
      expect(commandLength(command)).toBeLessThanOrEqual(4000);
    }
  });
});

describe("guild registration", () => {
  it("registers the same commands to one guild, /reload defaulting to Manage Server", async () => {
    const { stored } = await deploy(t().server.guild.id);
    expect(stored.map((c) => c.name)).toEqual(["ask", "topics", "about", "reload", "insights", "forget-me"]);
    expectAskOptions(byName(stored, "ask"));
    const reload = byName(stored, "reload");
    expect(reload.default_member_permissions).toBe("32");
    expect(reload.contexts).toEqual([InteractionContextType.Guild]);
    for (const name of ["ask", "topics", "about"]) {
      expect(byName(stored, name).default_member_permissions, name).toBeNull();
    }
  });

  it("is what the running bot answers: /ask by its registered id", async () => {
    const { stored } = await deploy(t().server.guild.id);
    const answer = await t().server.ask("who supplies Tajikistan?");
    expect((answer.interaction as { data?: { id?: string } }).data?.id).toBe(byName(stored, "ask").id);
    expect(embedOf(answer).description).toMatch(/Russia/);
    expect(expectEveryMessageSilentAndWithinLimits(t().server)).toBe(1);
  });

  it("refuses to deploy without a token or an application id", async () => {
    await expect(
      deployCommands({
        token: undefined,
        clientId: t().server.applicationId,
        guildId: undefined,
        apiUrl: t().server.apiUrl,
        adminGuildIds: [],
      }),
    ).rejects.toThrow(/DISCORD_TOKEN and DISCORD_CLIENT_ID/);
  });
});
