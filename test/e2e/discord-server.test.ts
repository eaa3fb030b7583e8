// End-to-end checks of the Discord test server against the real discord.js client: if these
// pass, tests of the bot can trust the server to behave like Discord where the bot is concerned.
import { once } from "node:events";
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  Partials,
} from "discord.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type DiscordServer, MODERATOR_PERMISSIONS, startDiscordServer } from "../support/discord-server/index.js";

let server: DiscordServer;
let client: Client;

function newClient(): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages, GatewayIntentBits.GuildMessages],
    partials: [Partials.Channel],
    rest: { api: server.apiUrl },
  });
}

/** Resolves with the next interaction the client emits. */
function nextInteraction(): Promise<Interaction> {
  return new Promise((resolve) => client.once(Events.InteractionCreate, resolve));
}

beforeEach(async () => {
  server = await startDiscordServer({ heartbeatIntervalMs: 1000 });
  client = newClient();
  const ready = once(client, Events.ClientReady);
  await client.login("a-fake-token");
  await ready;
});

afterEach(async () => {
  await client.destroy();
  await server.stop();
});

describe("Discord test server with a real discord.js client", () => {
  it("logs in: gateway info over REST, then IDENTIFY, READY and one GUILD_CREATE per guild", () => {
    expect(client.user?.id).toBe(server.bot.id);
    expect(client.application?.id).toBe(server.applicationId);
    const guild = client.guilds.cache.get(server.guild.id);
    expect(guild?.available).toBe(true);
    expect(guild?.roles.cache.map((r) => r.name)).toEqual(expect.arrayContaining(["@everyone", "Moderator"]));
    expect(guild?.channels.cache.map((c) => c.name)).toContain("general");

    const gatewayBot = server.requests.find((r) => r.path === "/api/v10/gateway/bot");
    expect(gatewayBot?.headers.authorization).toBe("Bot a-fake-token");
    expect(gatewayBot?.response.status).toBe(200);
    expect(server.gatewayStats()).toMatchObject({ connections: 1, identifies: 1, resumes: 0 });
    expect(server.gatewayConnections[0]?.url).toBe("/?v=10&encoding=json");
  });
});
