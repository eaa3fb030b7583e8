import { describe, expect, it } from "vitest";
import { createMessageHandler, stripMention } from "../../../src/discord/handlers/messages.js";
import { BOT_ID, fakeMessage, makeContext } from "./fixtures.js";

function handler(rateLimit = { count: 0, windowSeconds: 10 }) {
  return createMessageHandler(makeContext({ rateLimit }), () => BOT_ID);
}

describe("direct messages and mentions", () => {
  it("answer a DM with the answer embed, without pinging the asker", async () => {
    const { asMessage, replies } = fakeMessage({ content: "who supplies Tajikistan?" });
    await handler()(asMessage);
    expect(replies).toHaveLength(1);
    expect(replies[0].embeds[0].description).toContain("Russia supplies Tajikistan.");
    expect(replies[0].allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(replies[0].components.length).toBe(1);
  });

  it("ignore bots, including the bot itself", async () => {
    const { asMessage, replies } = fakeMessage({
      content: "who supplies Tajikistan?",
      bot: true,
      authorId: BOT_ID,
    });
    await handler()(asMessage);
    expect(replies).toHaveLength(0);
  });

  it("ignore server messages that do not mention the bot", async () => {
    const { asMessage, replies } = fakeMessage({ content: "who supplies Tajikistan?", inGuild: true });
    await handler()(asMessage);
    expect(replies).toHaveLength(0);
  });

  it("answer a server message that mentions the bot, in a reply, with the mention stripped", async () => {
    const { asMessage, replies } = fakeMessage({
      content: `<@${BOT_ID}> who supplies Armenia?`,
      inGuild: true,
      mentionsBot: true,
    });
    await handler()(asMessage);
    expect(replies[0].embeds[0].title).toBe("who supplies Armenia?");
    expect(replies[0].allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it("explain how to ask when the mention comes with no question", async () => {
    const { asMessage, replies } = fakeMessage({
      content: `<@!${BOT_ID}>`,
      inGuild: true,
      mentionsBot: true,
    });
    await handler()(asMessage);
    expect(replies[0].content).toMatch(/Ask me a question about the article/);
    expect(replies[0].embeds).toEqual([]);
  });

  it("tell a hurried user to slow down once, then stay quiet until the window passes", async () => {
    const onMessage = handler({ count: 1, windowSeconds: 60 });
    const all: { content?: string; embeds: unknown[] }[] = [];
    for (let i = 0; i < 4; i++) {
      const { asMessage, replies } = fakeMessage({ content: "who supplies Belarus?" });
      await onMessage(asMessage);
      all.push(...replies);
    }
    expect(all).toHaveLength(2);
    expect(all[0]?.embeds).toHaveLength(1);
    expect(all[1]?.content).toMatch(/slow down/i);
  });

  it("count empty mentions against the limit too, telling once and then staying quiet", async () => {
    const onMessage = handler({ count: 2, windowSeconds: 60 });
    const all: { content?: string; embeds: unknown[] }[] = [];
    for (const content of [`<@${BOT_ID}>`, `<@${BOT_ID}>`, `<@${BOT_ID}>`, `<@${BOT_ID}> `, "who?"]) {
      const { asMessage, replies } = fakeMessage({ content, inGuild: true, mentionsBot: true });
      await onMessage(asMessage);
      all.push(...replies);
    }
    expect(all.map((r) => r.content)).toEqual([
      expect.stringMatching(/Ask me a question about the article/),
      expect.stringMatching(/Ask me a question about the article/),
      expect.stringMatching(/slow down/i),
    ]);
  });

  it.each([
    [`<@${BOT_ID}> who supplies Tajikistan?`, "who supplies Tajikistan?"],
    [`<@!${BOT_ID}>, who   supplies Tajikistan?`, "who supplies Tajikistan?"],
    [`who supplies <@${BOT_ID}> Tajikistan?`, "who supplies Tajikistan?"],
    ["<@123456789012345678> hi", "<@123456789012345678> hi"],
  ])("strip the bot's mention from %j", (content, expected) => {
    expect(stripMention(content, BOT_ID)).toBe(expected);
  });
});
