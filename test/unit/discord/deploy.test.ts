import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { deployCommands } from "../../../src/discord/deploy.js";

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  body: {
    name: string;
    contexts?: number[];
    integration_types?: number[];
    default_member_permissions?: string;
  }[];
}

let server: Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A stand-in for Discord's REST API on the loopback interface that records each request. */
async function listen(received: Received[]): Promise<string> {
  server = createServer(async (req: IncomingMessage, res) => {
    let text = "";
    for await (const chunk of req) text += chunk;
    received.push({
      method: req.method ?? "",
      url: req.url ?? "",
      authorization: req.headers.authorization,
      body: text ? JSON.parse(text) : undefined,
    });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(text || "[]");
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/api`;
}

const base = { token: "test-token", clientId: "400000000000000001", adminGuildIds: [] as string[] };
const GUILD = "500000000000000001";
const ADMIN = "500000000000000002";
const commandsPath = (guildId?: string) =>
  guildId
    ? `/api/v10/applications/400000000000000001/guilds/${guildId}/commands`
    : "/api/v10/applications/400000000000000001/commands";

describe("deployCommands", () => {
  it("PUTs every command to the development guild, which is the admin server by default", async () => {
    const received: Received[] = [];
    const apiUrl = await listen(received);
    const result = await deployCommands({ ...base, guildId: GUILD, adminGuildIds: [GUILD], apiUrl });

    expect(result.registrations).toEqual([
      { guildId: GUILD, names: ["ask", "topics", "about", "reload", "insights", "forget-me"] },
    ]);
    expect(received).toHaveLength(1);
    const [put] = received;
    expect(put!.method).toBe("PUT");
    expect(put!.url).toBe(commandsPath(GUILD));
    expect(put!.authorization).toBe("Bot test-token");
    const reload = put!.body.find((c) => c.name === "reload");
    expect(reload?.default_member_permissions).toBe("32");
    expect(reload?.contexts).toEqual([0]);
  });

  it("PUTs the public commands globally and /reload to the admin servers only", async () => {
    const received: Received[] = [];
    const apiUrl = await listen(received);
    const result = await deployCommands({
      ...base,
      guildId: undefined,
      adminGuildIds: [ADMIN, GUILD],
      apiUrl,
    });

    expect(result.registrations).toEqual([
      { guildId: undefined, names: ["ask", "topics", "about", "forget-me"] },
      { guildId: ADMIN, names: ["reload", "insights"] },
      { guildId: GUILD, names: ["reload", "insights"] },
    ]);
    const global = received.find((r) => r.url === commandsPath())!;
    for (const command of global.body) {
      expect(command.contexts, command.name).toEqual([0, 1, 2]);
      expect(command.integration_types, command.name).toEqual([0, 1]);
    }
    for (const guildId of [ADMIN, GUILD]) {
      const put = received.find((r) => r.url === commandsPath(guildId))!;
      expect(put.body.map((c) => c.name)).toEqual(["reload", "insights"]);
      expect(put.body[0]?.contexts).toEqual([0]);
      expect(put.body[0]?.integration_types).toEqual([0]);
    }
  });

  it("keeps /reload out of the development guild when the admin server is another", async () => {
    const received: Received[] = [];
    const apiUrl = await listen(received);
    const result = await deployCommands({ ...base, guildId: GUILD, adminGuildIds: [ADMIN], apiUrl });
    expect(result.registrations).toEqual([
      { guildId: GUILD, names: ["ask", "topics", "about", "forget-me"] },
      { guildId: ADMIN, names: ["reload", "insights"] },
    ]);
  });

  it("with no admin server, registers /reload globally for the owner, in servers and the DM with the bot", async () => {
    const received: Received[] = [];
    const apiUrl = await listen(received);
    await deployCommands({ ...base, guildId: undefined, apiUrl });
    expect(received).toHaveLength(1);
    const reload = received[0]!.body.find((c) => c.name === "reload");
    expect(reload?.contexts).toEqual([0, 1]);
    expect(reload?.integration_types).toEqual([0]);
  });

  it("refuses to run without a token and a client id", async () => {
    await expect(
      deployCommands({
        token: undefined,
        clientId: undefined,
        guildId: undefined,
        apiUrl: undefined,
        adminGuildIds: [],
      }),
    ).rejects.toThrow(/DISCORD_TOKEN and DISCORD_CLIENT_ID/);
  });
});
