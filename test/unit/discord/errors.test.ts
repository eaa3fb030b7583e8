import type { ChatInputCommandInteraction } from "discord.js";
import { describe, expect, it } from "vitest";
import type { Command } from "../../../src/discord/commands/index.js";
import { loadCommands } from "../../../src/discord/commands/index.js";
import { createInteractionHandler } from "../../../src/discord/handlers/interactions.js";
import { createMessageHandler } from "../../../src/discord/handlers/messages.js";
import {
  BOT_ID,
  captureLogger,
  fakeInteraction,
  fakeMessage,
  isEphemeral,
  makeContext,
  makeService,
} from "./fixtures.js";

function failing(
  name: string,
  before?: (i: ChatInputCommandInteraction) => Promise<unknown>,
): Map<string, Command> {
  const command = {
    data: { name, toJSON: () => ({ name, description: "x" }) },
    availability: "everywhere",
    cost: "light",
    async execute(interaction) {
      await before?.(interaction);
      throw new Error("the engine exploded");
    },
    async autocomplete() {
      throw new Error("autocomplete exploded");
    },
  } satisfies Command;
  return new Map([[name, command]]);
}

describe("a failing handler", () => {
  it("tells the user privately with a ref, and logs the error with the same ref", async () => {
    const { logger, lines } = captureLogger();
    const handler = createInteractionHandler(makeContext({ logger }), failing("boom"));
    const { asInteraction, sent } = fakeInteraction({ commandName: "boom" });
    await handler(asInteraction);

    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe("reply");
    expect(isEphemeral(sent[0]!.payload)).toBe(true);
    expect(sent[0]!.payload.allowedMentions).toEqual({ parse: [] });
    const ref = /^Something went wrong \(ref ([A-Z2-9]{6})\)\.$/.exec(sent[0]!.payload.content)?.[1];
    expect(ref).toBeDefined();
    const logged = lines.find((l) => l.msg === "handler failed");
    expect(logged?.ref).toBe(ref);
    expect(logged).toMatchObject({ what: "/boom", userId: "100000000000000001", level: 50 });
    expect(logged?.err).toMatchObject({ message: "the engine exploded" });
  });

  it("follows up instead when the handler had already replied", async () => {
    const handler = createInteractionHandler(
      makeContext(),
      failing("boom", (i) => i.reply({ content: "partial" })),
    );
    const { asInteraction, sent } = fakeInteraction({ commandName: "boom" });
    await handler(asInteraction);
    expect(sent.map((s) => s.method)).toEqual(["reply", "followUp"]);
    expect(sent[1]!.payload.content).toMatch(/Something went wrong \(ref/);
    expect(isEphemeral(sent[1]!.payload)).toBe(true);
  });

  it("does not escape when even the error notice cannot be sent", async () => {
    const { logger, lines } = captureLogger();
    const handler = createInteractionHandler(makeContext({ logger }), failing("boom"));
    const { asInteraction, interaction } = fakeInteraction({ commandName: "boom" });
    interaction.reply.mockRejectedValue(new Error("Unknown interaction"));
    await expect(handler(asInteraction)).resolves.toBeUndefined();
    expect(lines.some((l) => l.msg === "could not tell the user about the error")).toBe(true);
  });

  it("answers an autocomplete with an empty list and logs", async () => {
    const { logger, lines } = captureLogger();
    const handler = createInteractionHandler(makeContext({ logger }), failing("boom"));
    const { asInteraction, sent } = fakeInteraction({
      kind: "autocomplete",
      commandName: "boom",
      focused: "x",
    });
    await handler(asInteraction);
    expect(sent).toEqual([{ method: "respond", payload: [] }]);
    expect(lines.some((l) => l.msg === "autocomplete failed")).toBe(true);
  });

  it("answers an autocomplete with an empty list when the engine throws", async () => {
    const service = makeService();
    service.suggest = () => {
      throw new Error("index broken");
    };
    const handler = createInteractionHandler(makeContext({ service }), loadCommands());
    const { asInteraction, sent } = fakeInteraction({ kind: "autocomplete", focused: "who" });
    await handler(asInteraction);
    expect(sent).toEqual([{ method: "respond", payload: [] }]);
  });

  it("in a DM replies in the DM with a ref, without pinging, and logs it", async () => {
    const { logger, lines } = captureLogger();
    const onMessage = createMessageHandler(makeContext({ service: brokenService(), logger }), () => BOT_ID);
    const { asMessage, replies, direct } = fakeMessage({ content: "who?" });
    await onMessage(asMessage);
    expect(replies).toHaveLength(1);
    expect(direct).toHaveLength(0);
    const ref = /^Something went wrong \(ref ([A-Z2-9]{6})\)\.$/.exec(replies[0].content)?.[1];
    expect(ref).toBeDefined();
    expect(replies[0].allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(lines.find((l) => l.msg === "handler failed")).toMatchObject({ ref, what: "dm" });
  });

  it("for a mention in a server channel tells the author by DM, not in the channel", async () => {
    const { logger, lines } = captureLogger();
    const onMessage = createMessageHandler(makeContext({ service: brokenService(), logger }), () => BOT_ID);
    const { asMessage, replies, direct } = fakeMessage({
      content: `<@${BOT_ID}> who?`,
      inGuild: true,
      mentionsBot: true,
    });
    await onMessage(asMessage);
    expect(replies).toHaveLength(0);
    expect(direct).toHaveLength(1);
    const ref = /^Something went wrong \(ref ([A-Z2-9]{6})\)\.$/.exec(direct[0].content)?.[1];
    expect(ref).toBeDefined();
    expect(direct[0].allowedMentions).toEqual({ parse: [] });
    expect(lines.find((l) => l.msg === "handler failed")).toMatchObject({ ref, what: "mention" });
  });

  it("for a mention from someone who takes no DMs logs that and carries on, still silent in the channel", async () => {
    const { logger, lines } = captureLogger();
    const onMessage = createMessageHandler(makeContext({ service: brokenService(), logger }), () => BOT_ID);
    const { asMessage, replies } = fakeMessage({
      content: `<@${BOT_ID}> who?`,
      inGuild: true,
      mentionsBot: true,
      closedDms: true,
    });
    await expect(onMessage(asMessage)).resolves.toBeUndefined();
    expect(replies).toHaveLength(0);
    const failed = lines.find((l) => l.msg === "handler failed");
    const untold = lines.find((l) => l.msg === "could not tell the user about the error");
    expect(untold?.ref).toBe(failed?.ref);
    expect(untold?.err).toMatchObject({ message: "Cannot send messages to this user" });
  });
});

function brokenService() {
  const service = makeService();
  service.answer = () => {
    throw new Error("broken");
  };
  return service;
}
