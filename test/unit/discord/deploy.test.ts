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

const base = { token: "test-token", clientId: "400000000000000001" };

describe("deployCommands", () => {
  it("PUTs every command to one guild through DISCORD_API_URL when a guild is set", async () => {
    const received: Received[] = [];
    const apiUrl = await listen(received);
    const result = await deployCommands({ ...base, guildId: "500000000000000001", apiUrl });

    expect(result).toEqual({
      scope: "guild",
      names: ["ask", "topics", "about", "reload", "insights", "forget-me"],
    });
    expect(received).toHaveLength(1);
    const [put] = received;
    expect(put!.method).toBe("PUT");
    expect(put!.url).toBe("/api/v10/applications/400000000000000001/guilds/500000000000000001/commands");
    expect(put!.authorization).toBe("Bot test-token");
    const reload = put!.body.find((c) => c.name === "reload");
    expect(reload?.default_member_permissions).toBe("32");
    expect(reload?.contexts).toEqual([0]);
  });

  it("PUTs globally, offering /ask, /topics and /about in DMs and to user installs", async () => {
    const received: Received[] = [];
    const apiUrl = await listen(received);
    const result = await deployCommands({ ...base, guildId: undefined, apiUrl });

    expect(result.scope).toBe("global");
    expect(received[0]!.url).toBe("/api/v10/applications/400000000000000001/commands");
    const byName = new Map(received[0]!.body.map((c) => [c.name, c]));
    for (const name of ["ask", "topics", "about"]) {
      expect(byName.get(name)?.contexts).toEqual([0, 1, 2]);
      expect(byName.get(name)?.integration_types).toEqual([0, 1]);
    }
    expect(byName.get("reload")?.contexts).toEqual([0]);
    expect(byName.get("reload")?.integration_types).toEqual([0]);
  });

  it("refuses to run without a token and a client id", async () => {
    await expect(
      deployCommands({ token: undefined, clientId: undefined, guildId: undefined, apiUrl: undefined }),
    ).rejects.toThrow(/DISCORD_TOKEN and DISCORD_CLIENT_ID/);
  });
});
