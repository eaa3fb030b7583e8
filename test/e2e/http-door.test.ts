// The HTTP door on its own, with handlers of the test's making: what Discord gets when a handler is
// slow, answers nothing, or the payload is not an interaction at all.
import type { Interaction } from "discord.js";
import { InteractionResponseType } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpDoor } from "../../src/discord/http/door.js";
import { type InteractionsEndpoint, startInteractionsEndpoint } from "../../src/discord/http/endpoint.js";
import { replyToInteraction } from "../../src/discord/reply.js";
import { silentLogger } from "../../src/log.js";
import { type DiscordServer, messagePayload, startDiscordServer } from "../support/discord-server/index.js";
import { embedOf } from "./support/messages.js";

let server: DiscordServer;
let endpoint: InteractionsEndpoint;
let handler: (interaction: Interaction) => Promise<void> = async () => {};

beforeAll(async () => {
  server = await startDiscordServer();
  const door = createHttpDoor({
    onInteraction: (interaction) => handler(interaction),
    logger: silentLogger(),
    apiUrl: server.apiUrl,
    deadlineMs: 150,
  });
  endpoint = await startInteractionsEndpoint({
    host: "127.0.0.1",
    port: 0,
    publicKey: server.publicKey,
    door,
    logger: silentLogger(),
  });
});

afterAll(async () => {
  await endpoint?.stop();
  await server?.stop();
  expect(server?.routeErrors ?? []).toEqual([]);
});

describe("the HTTP door", () => {
  it("defers a handler slower than the deadline, and its reply arrives as the follow-up", async () => {
    handler = async (interaction) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      if (interaction.isRepliable())
        await replyToInteraction(interaction, { embeds: [{ title: "late but here" }] });
    };
    const payload = server.commandPayload("ask");
    const result = await server.postInteraction(endpoint.url, payload);
    expect((result.body as { type: number }).type).toBe(
      InteractionResponseType.DeferredChannelMessageWithSource,
    );
    const answer = await server.interactionAnswer(payload);
    expect(embedOf(answer).title).toBe("late but here");
  });

  it("acknowledges quietly a button its handler leaves unanswered", async () => {
    handler = async () => {};
    const channel = server.guild.channels[0];
    if (!channel) throw new Error("the test guild has no channel");
    const message = messagePayload({ channelId: channel.id, author: server.bot, content: "an old message" });
    const press = server.buttonPayload("not-ours", message);
    const result = await server.postInteraction(endpoint.url, press);
    expect(result.body).toEqual({ type: InteractionResponseType.DeferredMessageUpdate });
  });

  it("refuses with 400 a signed body that is not JSON or not an interaction", async () => {
    expect((await server.postSigned(endpoint.url, "not json")).status).toBe(400);
    const unknown = await server.postSigned(endpoint.url, JSON.stringify({ type: 99, id: "1", token: "t" }));
    expect(unknown).toMatchObject({ status: 400, body: { error: expect.stringMatching(/type 99/) } });
  });
});
