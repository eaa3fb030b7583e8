// The real bot, started as `npm start` starts it, answering through the Discord test server:
// slash commands, autocomplete, buttons, DMs and mentions, and what every message it sends holds.
import { InteractionResponseType } from "discord.js";
import { describe, expect, it } from "vitest";
import { booleanOption, dmMessage, type GuildPlace, guildMessage } from "../support/discord-server/index.js";
import { useBotUnderTest } from "./support/bot.js";
import {
  buttonsOf,
  embedOf,
  expectEveryMessageSilentAndWithinLimits,
  expectWithinDiscordLimits,
  messageOf,
  sentMessages,
} from "./support/messages.js";

const ANSWERED = 0x2e7d32;
const NO_PINGS = { parse: [] };

const t = useBotUnderTest();

function guildPlace(): GuildPlace {
  const place = t().server.place();
  if (place.kind !== "guild") throw new Error("expected a guild place");
  return place;
}

describe("/ask", () => {
  it("answers who supplies Tajikistan with Russia and aircraft, quoting the article", async () => {
    const answer = await t().server.ask("who supplies Tajikistan?");

    expect(answer.callback.body).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource });
    expect(answer.ephemeral).toBe(false);
    const embed = embedOf(answer);
    expect(embed.title).toBe("who supplies Tajikistan?");
    expect(embed.color).toBe(ANSWERED);
    const [said, quoted] = (embed.description ?? "").split("\n\n");
    expect(said).toMatch(/Russia/);
    expect(said).toMatch(/aircraft/);
    // The evidence: the article's own sentence, as a block quote.
    expect(quoted).toMatch(/^> .*the supply of aircraft and anti-aircraft missile technology to Tajikistan/);
    expect(embed.footer?.text).toMatch(/Sputnik/);
    expect(answer.body.allowed_mentions).toEqual(NO_PINGS);
    expectWithinDiscordLimits(answer.body);
  });

  it("answers privately when asked with private:true", async () => {
    const answer = await t().server.ask("What does Russia supply to Kazakhstan?", {
      options: [booleanOption("private", true)],
    });
    expect(answer.ephemeral).toBe(true);
    expect(embedOf(answer).description).toMatch(/anti-aircraft missile systems/);
  });

  it("says when the article does not answer, and still offers questions it can answer", async () => {
    const answer = await t().server.ask("What is the capital of Peru?");
    const embed = embedOf(answer);
    expect(embed.title).toBe("The article does not say");
    expect(embed.color).not.toBe(ANSWERED);
    expect(buttonsOf(answer.body).length).toBeGreaterThan(0);
    expectWithinDiscordLimits(answer.body);
  });

  it("explains how to ask when the question is blank, privately", async () => {
    const answer = await t().server.ask("   ");
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toMatch(/\/ask/);
  });

  it("stays inside Discord's limits for the longest question and the widest answer", async () => {
    const long = `What does Russia supply ${"to the countries of the CIS and the CSTO ".repeat(7)}`.slice(
      0,
      300,
    );
    for (const question of [long, "What does Russia supply?", "Tell me everything about the article"]) {
      const answer = await t().server.ask(question);
      expect(answer.body.embeds?.length ?? 0).toBeGreaterThan(0);
      expectWithinDiscordLimits(answer.body, question);
    }
  });

  it("pings nobody when the question holds @everyone, @here, a role or a user", async () => {
    const question = `@everyone @here <@&${t().server.guild.roles[1]?.id}> <@${t().server.user.id}> who supplies Kyrgyzstan?`;
    const answer = await t().server.ask(question);
    expect(answer.body.allowed_mentions).toEqual(NO_PINGS);
    // The question is echoed, mentions and all; allowed_mentions is what keeps it silent.
    expect(embedOf(answer).title).toContain("@everyone");

    const mention = await t().server.mention(question);
    expect(mention.body.allowed_mentions).toEqual({ ...NO_PINGS, replied_user: false });
    const stored = mention.request.response.body as { mentions: unknown[]; mention_everyone: boolean };
    expect(stored.mentions).toEqual([]);
    expect(stored.mention_everyone).toBe(false);
  });
});

describe("autocomplete", () => {
  it("offers at most 25 questions of at most 100 characters, well within Discord's 3 s", async () => {
    const typed = ["", "taj", "who supplies", "radar", "Bondarev", "x".repeat(300), "@everyone 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"];
    for (const partial of typed) {
      const sent = Date.now();
      const payload = t().server.dispatchInteraction(
        t().server.autocompletePayload("ask", { name: "question", value: partial }),
      );
      const callback = await t().server.interactionReply(payload.id);
      const tookMs = callback.receivedAt - sent;
      expect(tookMs, `autocomplete for "${partial}"`).toBeLessThan(1000);

      const { type, data } = callback.body as {
        type: number;
        data: { choices: { name: string; value: string }[] };
      };
      expect(type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
      expect(data.choices.length).toBeLessThanOrEqual(25);
      for (const choice of data.choices) {
        expect(choice.name.length).toBeGreaterThan(0);
        expect(choice.name.length).toBeLessThanOrEqual(100);
        expect(choice.value.length).toBeGreaterThan(0);
        expect(choice.value.length).toBeLessThanOrEqual(100);
      }
      expect(new Set(data.choices.map((c) => c.value)).size).toBe(data.choices.length);
    }
  });

  it("suggests questions about what is being typed", async () => {
    const payload = t().server.dispatchInteraction(
      t().server.autocompletePayload("ask", { name: "question", value: "Tajik" }),
    );
    const callback = await t().server.interactionReply(payload.id);
    const { choices } = (callback.body as { data: { choices: { name: string }[] } }).data;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.some((c) => /Tajikistan/.test(c.name))).toBe(true);
  });
});

describe("buttons under an answer", () => {
  it("answer the question they show, with the custom_id the bot sent", async () => {
    const first = await t().server.ask("who supplies Tajikistan?");
    // The related questions; 👍 and 👎 after them are tested with the question log.
    const buttons = buttonsOf(first.body).filter((b) => !b.customId.startsWith("vote:"));
    expect(buttons.length).toBeGreaterThan(0);
    const message = messageOf(t().server, first);

    for (const button of buttons) {
      const payload = t().server.dispatchInteraction(t().server.buttonPayload(button.customId, message));
      const pressed = await t().server.interactionAnswer(payload);
      expect(pressed.ephemeral).toBe(false);
      const embed = embedOf(pressed);
      expect(embed.title).toBe(button.label);
      expect(embed.color).toBe(ANSWERED);
      expectWithinDiscordLimits(pressed.body);
    }
  });

  it("keep a private answer private", async () => {
    const first = await t().server.ask("who supplies Tajikistan?", {
      options: [booleanOption("private", true)],
    });
    const [button] = buttonsOf(first.body);
    if (!button) throw new Error("expected a button under the answer");
    const payload = t().server.dispatchInteraction(
      t().server.buttonPayload(button.customId, messageOf(t().server, first)),
    );
    expect((await t().server.interactionAnswer(payload)).ephemeral).toBe(true);
  });
});

describe("messages", () => {
  it("answers a DM in the DM", async () => {
    const answer = await t().server.sendDm("who supplies Tajikistan?");
    expect(answer.request.path).toBe(`/api/v10/channels/${answer.message.channel_id}/messages`);
    expect((answer.request.response.body as { channel_id: string }).channel_id).toBe(
      answer.message.channel_id,
    );
    expect(answer.body.message_reference).toMatchObject({ message_id: answer.message.id });
    expect(embedOf(answer).description).toMatch(/Russia[\s\S]*aircraft/);
    expect(answer.body.allowed_mentions).toEqual({ ...NO_PINGS, replied_user: false });
    expectWithinDiscordLimits(answer.body);
  });

  it("answers a mention in a channel, without the mention in the question", async () => {
    const answer = await t().server.mention("what does Russia supply to Kazakhstan?");
    expect(answer.request.path).toBe(`/api/v10/channels/${t().server.guild.channels[0]?.id}/messages`);
    const embed = embedOf(answer);
    expect(embed.title).toBe("what does Russia supply to Kazakhstan?");
    expect(embed.description).toMatch(/anti-aircraft missile systems/);
    expect(answer.body.message_reference).toMatchObject({ message_id: answer.message.id });
  });

  it("ignores other bots, in a channel and in a DM, even when they mention it", async () => {
    const channelId = t().server.guild.channels[0]?.id ?? "";
    const otherBot = { ...t().server.createUser("OtherBot"), bot: true };
    const before = t().server.requests.at(-1)?.seq ?? 0;
    t().server.dispatchMessage(
      guildMessage({
        place: guildPlace(),
        author: otherBot,
        content: `<@${t().server.bot.id}> who supplies Tajikistan?`,
        mentions: [t().server.bot],
      }),
    );
    t().server.dispatchMessage(t().server.otherBotPayload("who supplies Tajikistan?"));
    const dmChannel = t().server.place({ in: "dm", user: otherBot });
    if (dmChannel.kind !== "dm") throw new Error("expected a DM place");
    t().server.dispatchMessage(
      dmMessage({ author: otherBot, channelId: dmChannel.channelId, content: "who supplies Tajikistan?" }),
    );

    // Events are handled in order: once a person's later mention and DM are answered, the bots'
    // messages would have been answered too, had the bot answered them.
    const person = await t().server.mention("who supplies Kyrgyzstan?");
    const personDm = await t().server.sendDm("who supplies Armenia?");
    const posted = t().server.requests.filter(
      (r) => r.seq > before && r.method === "POST" && r.path.startsWith("/api/v10/channels/"),
    );
    expect(posted.map((r) => r.path)).toEqual([
      `/api/v10/channels/${channelId}/messages`,
      `/api/v10/channels/${personDm.message.channel_id}/messages`,
    ]);
    expect(person.body.message_reference).toMatchObject({ message_id: person.message.id });
  });

  it("ignores guild messages that do not mention it", async () => {
    const before = t().server.requests.at(-1)?.seq ?? 0;
    t().server.dispatchMessage(
      guildMessage({
        place: guildPlace(),
        author: t().server.user,
        content: "who supplies Tajikistan?",
      }),
    );
    const person = await t().server.mention("who supplies Armenia?");
    const posted = t().server.requests.filter((r) => r.seq > before && r.method === "POST");
    expect(posted).toHaveLength(1);
    expect(person.body.message_reference).toMatchObject({ message_id: person.message.id });
  });
});

describe("/topics and /about", () => {
  it("answer in guilds and DMs, inside the limits", async () => {
    for (const command of ["topics", "about"]) {
      for (const where of ["guild", "dm"] as const) {
        const payload = t().server.dispatchInteraction(t().server.commandPayload(command, { in: where }));
        const answer = await t().server.interactionAnswer(payload);
        expect(answer.body.embeds?.length, `/${command} in ${where}`).toBe(1);
        expectWithinDiscordLimits(answer.body, `/${command}`);
      }
    }
  });
});

describe("every message the bot sent in this file", () => {
  it("allows no mentions at all and fits Discord's limits", () => {
    const sent = sentMessages(t().server);
    const kinds = new Set(sent.map(({ request }) => request.path.split("/")[3]));
    expect(kinds).toEqual(new Set(["interactions", "channels"]));
    expect(sent.length).toBeGreaterThan(20);
    expect(expectEveryMessageSilentAndWithinLimits(t().server)).toBe(sent.length);
    for (const { request } of sent) expect(request.response.status, request.path).toBeLessThan(300);
  });

  it("never answered an interaction twice, nor left one unanswered", () => {
    const dispatched = t().server.gatewayFrames.filter((f) => f.t === "INTERACTION_CREATE").length;
    const callbacks = t().server.requests.filter((r) => r.path.endsWith("/callback"));
    expect(callbacks.every((r) => r.response.status < 300)).toBe(true);
    expect(callbacks).toHaveLength(dispatched);
    expect(t().logs.filter((l) => l.level >= 50)).toEqual([]);
  });
});
