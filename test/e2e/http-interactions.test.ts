// INTERACTIONS=http: Discord POSTs each interaction to the bot's endpoint, signed with the
// application's key. Only signed, fresh requests are answered; the answers are the very ones the
// gateway gives, because both doors lead to the same handlers.
import { InteractionResponseType, InteractionType } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DiscordServer,
  MODERATOR_PERMISSIONS,
  type Signing,
  snowflake,
  startDiscordServer,
} from "../support/discord-server/index.js";
import { type AppUnderTest, BOT_TOKEN, startAppUnderTest } from "./support/app.js";
import {
  buttonsOf,
  embedOf,
  expectEveryMessageSilentAndWithinLimits,
  messageOf,
} from "./support/messages.js";

let server: DiscordServer;
let http: AppUnderTest;

beforeAll(async () => {
  server = await startDiscordServer({ heartbeatIntervalMs: 1000, token: BOT_TOKEN });
  http = await startAppUnderTest(server, { INTERACTIONS: "http" });
});

afterAll(async () => {
  await http?.stop();
  await server?.stop();
  expect(server?.routeErrors ?? []).toEqual([]);
});

describe("the endpoint's checks", () => {
  it("answers a signed PING with PONG, and listens without any gateway connection", async () => {
    const result = await server.postInteraction(http.url, { type: InteractionType.Ping, id: snowflake() });
    expect(result).toMatchObject({ status: 200, body: { type: InteractionResponseType.Pong } });
    expect(server.gatewayStats().connections).toBe(0);
    expect(http.app.gateway).toBeUndefined();
  });

  it.each<Signing>(["unsigned", "wrong-key", "stale", "tampered"])(
    "refuses a %s request with 401 and answers nothing",
    async (signing) => {
      const payload = server.commandPayload("ask");
      const result = await server.postInteraction(http.url, payload, signing);
      expect(result.status).toBe(401);
      expect(result.callback).toBeUndefined();
      const ping = await server.postInteraction(http.url, { type: InteractionType.Ping }, signing);
      expect(ping.status).toBe(401);
      // Nothing reached Discord for it either.
      expect(server.requests.some((r) => r.path.includes(payload.token))).toBe(false);
    },
  );

  it("answers only POST /interactions", async () => {
    expect((await fetch(http.url)).status).toBe(405);
    expect((await fetch(http.url.replace("/interactions", "/other"), { method: "POST" })).status).toBe(404);
  });
});

describe("the same handlers as the gateway", () => {
  it("answers /ask in the response body, with the embed and buttons the gateway sends", async () => {
    const answer = await server.askOverHttp(http.url, "who supplies Tajikistan?");
    expect((answer.callback.body as { type: number }).type).toBe(
      InteractionResponseType.ChannelMessageWithSource,
    );
    expect(embedOf(answer).description).toMatch(/Russia[\s\S]*aircraft/);
    expect(answer.body.allowed_mentions).toEqual({ parse: [] });
    expect(buttonsOf(answer.body).length).toBeGreaterThan(0);
  });

  it("answers /ask used in a DM with the bot (a user install) the same way", async () => {
    const answer = await server.askOverHttp(http.url, "who supplies Tajikistan?", { in: "dm" });
    expect(embedOf(answer).description).toMatch(/Russia[\s\S]*aircraft/);
    expect(answer.ephemeral).toBe(false);
  });

  it("answers a related-question button of that answer", async () => {
    const first = await server.askOverHttp(http.url, "who supplies Tajikistan?");
    const button = buttonsOf(first.body)[0];
    if (!button) throw new Error("the answer has no buttons");
    const press = server.buttonPayload(button.customId, messageOf(server, first));
    const result = await server.postInteraction(http.url, press);
    expect(result.status).toBe(200);
    const answer = await server.interactionAnswer(press);
    expect(answer.body.embeds?.[0]?.title).toBeTruthy();
  });

  it("answers autocomplete with choices, never deferred", async () => {
    const payload = server.autocompletePayload("ask", { name: "question", value: "Tajik" });
    const result = await server.postInteraction(http.url, payload);
    const body = result.body as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(body.data.choices.length).toBeGreaterThan(0);
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
  });

  it("answers /about and /topics", async () => {
    for (const name of ["about", "topics"]) {
      const payload = server.commandPayload(name);
      expect((await server.postInteraction(http.url, payload)).status).toBe(200);
      const answer = await server.interactionAnswer(payload);
      expect(embedOf(answer).title, name).toBeTruthy();
    }
  });

  it("defers /reload in the response and sends the result through the webhook", async () => {
    const payload = server.commandPayload("reload", { permissions: MODERATOR_PERMISSIONS });
    const result = await server.postInteraction(http.url, payload);
    expect((result.body as { type: number }).type).toBe(
      InteractionResponseType.DeferredChannelMessageWithSource,
    );
    const answer = await server.interactionAnswer(payload);
    expect(answer.final.path).toMatch(/^\/api\/v10\/webhooks\//);
    expect(answer.ephemeral).toBe(true);
    expect(embedOf(answer).title).toBe("Knowledge reloaded");
  });

  it("refuses /reload to a member without Manage Server, privately", async () => {
    const payload = server.commandPayload("reload");
    await server.postInteraction(http.url, payload);
    const answer = await server.interactionAnswer(payload);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toMatch(/only moderators/i);
  });

  it("gives the gateway's answer, byte for byte, when both doors are open", async () => {
    const both = await startAppUnderTest(server, { INTERACTIONS: "both", DISCORD_TOKEN: BOT_TOKEN });
    try {
      const question = "which countries signed the agreement?";
      const overHttp = await server.askOverHttp(both.url, question);
      const overGateway = await server.ask(question);
      // Each answer's 👍/👎 carry the id of its own logged question; all else is the same.
      const withoutVoteIds = (body: unknown) =>
        JSON.parse(JSON.stringify(body).replace(/vote:(up|down):[\w-]+/g, "vote:$1:<id>"));
      expect(withoutVoteIds(overHttp.body)).toEqual(withoutVoteIds(overGateway.body));
      expect(JSON.stringify(overHttp.body)).toMatch(/vote:up:[\w-]{12}/);
    } finally {
      await both.stop();
    }
    expect(expectEveryMessageSilentAndWithinLimits(server)).toBeGreaterThan(5);
  });
});
