// End-to-end checks of the Discord test server against the real discord.js client: if these
// pass, tests of the bot can trust the server to behave like Discord where the bot is concerned.
import { once } from "node:events";
import {
  type APIMessage,
  ChannelType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  InteractionContextType,
  type Message,
  MessageFlags,
  Partials,
  PermissionFlagsBits,
} from "discord.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  booleanOption,
  type CommandOptions,
  type DiscordServer,
  MODERATOR_PERMISSIONS,
  roleId,
  snowflake,
  snowflakeTimestamp,
  startDiscordServer,
} from "../support/discord-server/index.js";

let server: DiscordServer;
let client: Client;

/** The next `event` the client emits; fails after 5 s so a lost event fails fast and says so. */
async function nextEvent<T>(event: Events.InteractionCreate | Events.MessageCreate): Promise<T> {
  try {
    const [value] = await once(client, event, { signal: AbortSignal.timeout(5000) });
    return value as T;
  } catch {
    throw new Error(`discord.js emitted no ${event} within 5 s`);
  }
}

const nextInteraction = () => nextEvent<Interaction>(Events.InteractionCreate);
const nextMessage = () => nextEvent<Message>(Events.MessageCreate);

/** Dispatches `/ask` and waits for discord.js to hand it to the client as a slash command. */
async function dispatchAsk(options?: CommandOptions) {
  const received = nextInteraction();
  const payload = server.dispatchInteraction(server.commandPayload("ask", options));
  const interaction = await received;
  if (!interaction.isChatInputCommand()) throw new Error("expected a slash command");
  return { payload, interaction };
}

beforeEach(async () => {
  server = await startDiscordServer({ heartbeatIntervalMs: 1000 });
  client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages, GatewayIntentBits.GuildMessages],
    partials: [Partials.Channel],
    rest: { api: server.apiUrl },
  });
  const ready = once(client, Events.ClientReady);
  await client.login("a-fake-token");
  await ready;
});

afterEach(async () => {
  await client.destroy();
  await server.stop();
  expect(server.routeErrors).toEqual([]);
});

describe("login", () => {
  it("goes through /gateway/bot, IDENTIFY, READY and one GUILD_CREATE per guild", () => {
    expect(client.user?.id).toBe(server.bot.id);
    expect(client.user?.bot).toBe(true);
    expect(client.application?.id).toBe(server.applicationId);
    const guild = client.guilds.cache.get(server.guild.id);
    expect(guild?.available).toBe(true);
    expect(guild?.roles.cache.map((r) => r.name)).toEqual(expect.arrayContaining(["@everyone", "Moderator"]));
    expect(guild?.channels.cache.map((c) => c.name)).toContain("general");
    expect(guild?.members.me?.id).toBe(server.bot.id);

    const gatewayBot = server.requests.find((r) => r.path === "/api/v10/gateway/bot");
    expect(gatewayBot?.headers.authorization).toBe("Bot a-fake-token");
    expect(gatewayBot?.response.status).toBe(200);
    expect(server.gatewayStats()).toMatchObject({ connections: 1, identifies: 1, resumes: 0 });
    expect(server.gatewayConnections[0]?.url).toBe("/?v=10&encoding=json");
    const identify = server.gatewayFrames.find((f) => f.direction === "received" && f.op === 2);
    expect(identify?.d).toMatchObject({ token: "a-fake-token", shard: [0, 1] });
  });

  it("refuses a wrong token when told the right one, as discord.js expects from a 401", async () => {
    const strict = await startDiscordServer({ token: "the-right-token" });
    const intruder = new Client({ intents: [], rest: { api: strict.apiUrl } });
    try {
      await expect(intruder.login("a-wrong-token")).rejects.toMatchObject({ code: "TokenInvalid" });
      expect(strict.requests.map((r) => r.response.status)).toEqual([401]);
    } finally {
      await intruder.destroy();
      await strict.stop();
    }
  });

  it("uses 17-19 digit snowflakes for every id", () => {
    const ids = [server.bot.id, server.guild.id, server.user.id, ...server.guild.roles.map((r) => r.id)];
    for (const id of ids) expect(id).toMatch(/^\d{17,19}$/);
  });

  it("never repeats an id, even past 4,096 in one millisecond", () => {
    const at = Date.UTC(2019, 5, 1);
    const ids = Array.from({ length: 10_000 }, () => snowflake(at));
    expect(new Set(ids).size).toBe(ids.length);
    expect(snowflakeTimestamp(ids[0]!)).toBe(at);
    // 10,000 users created together, as a bench creates them, are all distinct too.
    const users = Array.from({ length: 5000 }, (_, i) => server.createUser(`user-${i}`).id);
    expect(new Set(users).size).toBe(users.length);
  });

  it("answers heartbeats with ACKs, which discord.js turns into a ping", async () => {
    await server.waitForGatewayFrame((f) => f.direction === "received" && f.op === 1);
    await server.waitForGatewayFrame((f) => f.direction === "sent" && f.op === 11);
    await vi.waitFor(() => expect(client.ws.ping).toBeGreaterThanOrEqual(0), { timeout: 2000 });
  });
});

describe("interactions", () => {
  it("delivers a guild slash command and records the reply at the callback route", async () => {
    const received = nextInteraction();
    const payload = server.dispatchInteraction(
      server.commandPayload("ask", {
        roles: ["Moderator"],
        options: [{ name: "question", type: 3, value: "Who supplies the radars?" }],
      }),
    );
    const interaction = await received;
    if (!interaction.isChatInputCommand())
      throw new Error(`expected a slash command, got type ${interaction.type}`);
    expect(interaction.commandName).toBe("ask");
    expect(interaction.options.getString("question")).toBe("Who supplies the radars?");
    expect(interaction.guildId).toBe(server.guild.id);
    expect(interaction.channelId).toBe(server.guild.channels[0]?.id);
    expect(interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)).toBe(true);
    const member = interaction.inCachedGuild() ? interaction.member : undefined;
    expect(member?.roles.cache.has(roleId(server.guild, "Moderator"))).toBe(true);

    await interaction.reply({ content: "Answer <@123456789012345678>", allowedMentions: { parse: [] } });

    const callback = await server.interactionReply(payload.id);
    expect(callback.path).toBe(`/api/v10/interactions/${payload.id}/${payload.token}/callback`);
    expect(callback.query).toEqual({ with_response: "false" });
    expect(callback.headers.authorization).toBeUndefined();
    expect(callback.body).toEqual({
      type: 4,
      data: expect.objectContaining({
        content: "Answer <@123456789012345678>",
        allowed_mentions: { parse: [] },
      }),
    });
    expect(callback.response.status).toBe(204);
  });

  it("gives a plain member no Manage Guild permission, and a moderator has it", async () => {
    const plain = nextInteraction();
    server.dispatchInteraction(server.commandPayload("ask"));
    expect((await plain).memberPermissions?.has(PermissionFlagsBits.ManageGuild)).toBe(false);

    const moderator = nextInteraction();
    server.dispatchInteraction(server.commandPayload("ask", { permissions: MODERATOR_PERMISSIONS }));
    expect((await moderator).memberPermissions?.has(PermissionFlagsBits.ManageGuild)).toBe(true);
  });

  it("delivers a slash command in a DM and answers `withResponse` with the created message", async () => {
    const { payload, interaction } = await dispatchAsk({ in: "dm" });
    expect(interaction.channel?.type).toBe(ChannelType.DM);
    expect(interaction.guildId).toBeNull();
    expect(interaction.user.id).toBe(server.user.id);
    expect(interaction.context).toBe(InteractionContextType.BotDM);

    const response = await interaction.reply({ content: "private answer", withResponse: true });
    expect(response.resource?.message?.content).toBe("private answer");
    expect(response.interaction.responseMessageId).toBe(response.resource?.message?.id);
    await interaction.followUp("and one more thing");

    const answer = await server.interactionAnswer(payload);
    expect(answer.content).toBe("private answer");
    expect(answer.callback.query).toEqual({ with_response: "true" });
    expect(answer.callback.response.status).toBe(200);
    const followUp = await server.waitForRequest({
      method: "POST",
      path: `/api/v10/webhooks/${server.applicationId}/${payload.token}`,
    });
    expect(followUp.body).toMatchObject({ content: "and one more thing" });
    expect(followUp.query).toMatchObject({ wait: "true" });
  });

  it("follows a deferred reply to the @original edit, as `ask` does", async () => {
    let edited: Promise<Message> | undefined;
    client.once(Events.InteractionCreate, (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const question = interaction.options.getString("question");
      const flags = interaction.options.getBoolean("private") ? MessageFlags.Ephemeral : undefined;
      edited = interaction.deferReply({ flags }).then(() => interaction.editReply(`You asked: ${question}`));
    });

    const answer = await server.ask("what range does it have?", {
      in: "dm",
      options: [booleanOption("private", true)],
    });

    expect(answer.callback.body).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    expect(answer.final.method).toBe("PATCH");
    expect(answer.final.path).toMatch(/\/messages\/@original$/);
    expect(answer.content).toBe("You asked: what range does it have?");
    expect(answer.ephemeral).toBe(true);
    const message = await edited;
    expect(message?.content).toBe("You asked: what range does it have?");
    expect(message?.flags.has(MessageFlags.Loading)).toBe(false);
  });

  it("serves the original response to fetchReply, editReply and deleteReply", async () => {
    const { payload, interaction } = await dispatchAsk();
    await interaction.reply("draft");

    const fetched = await interaction.fetchReply();
    expect(fetched.content).toBe("draft");
    expect(fetched.interactionMetadata?.id).toBe(payload.id);
    const edited = await interaction.editReply("final");
    expect(edited.id).toBe(fetched.id);
    expect(edited.editedTimestamp).not.toBeNull();
    await interaction.deleteReply();

    const original = `/api/v10/webhooks/${server.applicationId}/${payload.token}/messages/@original`;
    const calls = server.requests
      .filter((r) => r.path === original)
      .map((r) => `${r.method} ${r.response.status}`);
    expect(calls).toEqual(["GET 200", "PATCH 200", "DELETE 204"]);
  });

  it("rejects a second reply to the same interaction with Discord's error 40060", async () => {
    const { interaction } = await dispatchAsk();
    await interaction.reply("first");
    // Get past discord.js's own guard to see what Discord itself says.
    interaction.replied = false;
    const second = await interaction.reply("second").catch((error: unknown) => error);
    expect(second).toBeInstanceOf(DiscordAPIError);
    expect((second as DiscordAPIError).code).toBe(40060);
  });

  it("delivers autocomplete and records the choices", async () => {
    const received = nextInteraction();
    const payload = server.dispatchInteraction(
      server.autocompletePayload("ask", { name: "question", value: "radar" }),
    );
    const interaction = await received;
    if (!interaction.isAutocomplete()) throw new Error("expected autocomplete");
    expect(interaction.options.getFocused(true)).toMatchObject({ name: "question", value: "radar" });

    await interaction.respond([{ name: "Which radars are used?", value: "radars" }]);

    const callback = await server.interactionReply(payload.id);
    expect(callback.body).toEqual({
      type: 8,
      data: { choices: [{ name: "Which radars are used?", value: "radars" }] },
    });
  });

  it("delivers a button press on an earlier message and records the update", async () => {
    const channel = await client.channels.fetch(server.guild.channels[0]?.id ?? "");
    if (!channel?.isSendable()) throw new Error("expected a text channel");
    const sent = await channel.send("pick one");
    const post = await server.channelMessage(channel.id);
    const stored = post.response.body as APIMessage;
    expect(stored.id).toBe(sent.id);

    const received = nextInteraction();
    const payload = server.dispatchInteraction(server.buttonPayload("more", stored));
    const interaction = await received;
    if (!interaction.isButton()) throw new Error("expected a button");
    expect(interaction.customId).toBe("more");
    expect(interaction.message.id).toBe(sent.id);

    await interaction.update({ content: "picked" });
    const callback = await server.interactionReply(payload.id);
    expect(callback.body).toMatchObject({ type: 7, data: { content: "picked" } });
  });
});

describe("messages", () => {
  it("delivers a DM and records `message.reply` at /channels/{id}/messages", async () => {
    let received: Message | undefined;
    client.once(Events.MessageCreate, async (message) => {
      received = message;
      await message.reply({ content: `echo: ${message.content}`, allowedMentions: { repliedUser: false } });
    });

    const answer = await server.sendDm("hello bot");

    expect(received?.channel.type).toBe(ChannelType.DM);
    expect(received?.author.id).toBe(server.user.id);
    expect(answer.request.path).toBe(`/api/v10/channels/${answer.message.channel_id}/messages`);
    expect(answer.content).toBe("echo: hello bot");
    expect(answer.body.message_reference).toMatchObject({ message_id: answer.message.id });
    expect(answer.request.response.status).toBe(200);
    expect(answer.request.response.body).toMatchObject({ type: 19, author: { id: server.bot.id } });
  });

  it("delivers a guild mention of the bot and a message from another bot", async () => {
    const mention = nextMessage();
    server.dispatchMessage(server.mentionPayload("who builds the launchers?"));
    const message = await mention;
    expect(message.inGuild()).toBe(true);
    expect(message.mentions.users.has(server.bot.id)).toBe(true);
    expect(message.content).toBe(`<@${server.bot.id}> who builds the launchers?`);

    const fromBot = nextMessage();
    server.dispatchMessage(server.otherBotPayload("beep"));
    expect((await fromBot).author.bot).toBe(true);
  });

  it("opens a DM channel for `user.send`", async () => {
    const user = await client.users.fetch(server.user.id);
    const sent = await user.send("a message you did not ask for");
    const open = await server.waitForRequest({ method: "POST", path: "/api/v10/users/@me/channels" });
    expect(open.body).toEqual({ recipient_id: server.user.id });
    const post = await server.channelMessage(sent.channelId);
    expect(post.body).toMatchObject({ content: "a message you did not ask for" });
  });
});

describe("REST details", () => {
  it("retries a callback that was rate limited once, and the reply still arrives", async () => {
    const { payload, interaction } = await dispatchAsk();
    server.failNext({ method: "POST", path: /\/callback$/ }, { status: 429, retryAfter: 0.2 });

    await interaction.reply("after a short wait");

    const attempts = server.requests.filter((r) => r.path.endsWith("/callback"));
    expect(attempts.map((r) => r.response.status)).toEqual([429, 204]);
    expect(attempts[0]?.response.body).toEqual({
      message: "You are being rate limited.",
      retry_after: 0.2,
      global: false,
    });
    expect((attempts[1]?.receivedAt ?? 0) - (attempts[0]?.receivedAt ?? 0)).toBeGreaterThanOrEqual(150);
    const callback = await server.interactionReply(payload.id);
    expect(callback.body).toMatchObject({ type: 4, data: { content: "after a short wait" } });
  });

  it("retries a channel message after a global rate limit", async () => {
    const channel = await client.channels.fetch(server.guild.channels[0]?.id ?? "");
    if (!channel?.isSendable()) throw new Error("expected a text channel");
    server.failNext({ method: "POST", path: /\/messages$/ }, { status: 429, retryAfter: 0.1, global: true });
    const sent = await channel.send("eventually");
    expect(sent.content).toBe("eventually");
    const posts = server.requests.filter((r) => r.method === "POST" && r.path.endsWith("/messages"));
    expect(posts.map((r) => r.response.status)).toEqual([429, 200]);
  });

  it("sends rate-limit headers and Discord's 404 shape for unknown routes", async () => {
    const response = await fetch(`${server.apiUrl}/v10/no/such/route`, {
      headers: { authorization: "Bot a-fake-token" },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: "404: Not Found", code: 0 });
    for (const header of ["limit", "remaining", "reset", "reset-after", "bucket"]) {
      expect(response.headers.get(`x-ratelimit-${header}`)).toMatch(/^[\d.a-f]+$/);
    }
  });

  it("stores commands from a bulk overwrite and uses their ids in later interactions", async () => {
    const saved = await client.application?.commands.set(
      [{ name: "ask", description: "Ask about the article", options: [] }],
      server.guild.id,
    );
    const registered = saved?.first();
    expect(registered?.id).toMatch(/^\d{17,19}$/);
    const put = await server.waitForRequest({
      method: "PUT",
      path: `/api/v10/applications/${server.applicationId}/guilds/${server.guild.id}/commands`,
    });
    expect(put.body).toEqual([
      expect.objectContaining({ name: "ask", description: "Ask about the article" }),
    ]);

    const received = nextInteraction();
    server.dispatchInteraction(server.commandPayload("ask"));
    const interaction = await received;
    expect(interaction.isChatInputCommand() && interaction.commandId).toBe(registered?.id);

    const about = await client.application?.commands.create({ name: "about", description: "What I know" });
    const created = await server.waitForRequest({ method: "POST", path: /\/applications\/\d+\/commands$/ });
    expect(created.response.status).toBe(201);
    const global = await client.application?.commands.fetch();
    expect(global?.map((c) => c.id)).toEqual([about?.id]);
  });

  it("refuses to dispatch payloads that discord.js would drop without a word, naming the field", () => {
    const { entitlements: _entitlements, ...withoutEntitlements } = server.commandPayload("ask");
    expect(() => server.dispatchInteraction(withoutEntitlements)).toThrow(/entitlements: \[\] is missing/);
    const { channel_type: _channelType, ...withoutChannelType } = server.dmPayload("hello");
    expect(() => server.dispatchMessage(withoutChannelType)).toThrow(/channel_type: 1/);
    expect(
      server.gatewayFrames.filter((f) => f.t === "INTERACTION_CREATE" || f.t === "MESSAGE_CREATE"),
    ).toEqual([]);
  });
});

describe("gateway reconnects", () => {
  it("resumes after close code 4000 and replays what was dispatched meanwhile", async () => {
    await server.closeGateway(4000);
    // Dispatched while the client is away: Discord keeps it for the RESUME.
    const received = nextInteraction();
    const missed = server.dispatchInteraction(server.commandPayload("ask"));

    const resumed = await server.waitForResumed();
    expect(server.gatewayStats()).toMatchObject({ connections: 2, identifies: 1, resumes: 1 });
    expect(server.gatewayConnections[1]?.url).toBe("/resume?v=10&encoding=json");
    const resume = server.gatewayFrames.find((f) => f.direction === "received" && f.op === 6);
    expect(resume?.d).toMatchObject({ token: "a-fake-token", session_id: expect.any(String) });
    expect(resumed.connection).toBe(2);
    expect((await received).id).toBe(missed.id);

    const next = nextInteraction();
    const after = server.dispatchInteraction(server.commandPayload("ask"));
    expect((await next).id).toBe(after.id);
  });

  it("resumes after an abrupt drop (1006) and keeps receiving interactions", async () => {
    await server.closeGateway(1006);
    await server.waitForResumed();
    expect(server.gatewayConnections[0]?.closeCode).toBe(1006);
    expect(server.gatewayStats()).toMatchObject({ identifies: 1, resumes: 1 });

    const next = nextInteraction();
    const payload = server.dispatchInteraction(server.commandPayload("ask"));
    expect((await next).id).toBe(payload.id);
  });
});
