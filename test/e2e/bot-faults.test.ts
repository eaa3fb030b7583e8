// Discord's bad moments, against the real bot: a dropped gateway, rate-limited and failing REST
// calls, interactions it has no handler for; and a clean stop at the end.
import { InteractionResponseType } from "discord.js";
import { describe, expect, it, vi } from "vitest";
import { useBotUnderTest } from "./support/bot.js";
import { embedOf, expectEveryMessageSilentAndWithinLimits, messageOf } from "./support/messages.js";

const t = useBotUnderTest();

/** Every callback attempt for one interaction, with the status the server gave it. */
function callbackStatuses(interactionId: string): number[] {
  return t()
    .server.requests.filter((r) => r.path.startsWith(`/api/v10/interactions/${interactionId}/`))
    .map((r) => r.response.status);
}

describe("gateway", () => {
  it("resumes after close code 4000, answers what arrived meanwhile, and the next interaction", async () => {
    await t().server.closeGateway(4000);
    // Sent while the bot is away: Discord replays it on RESUME.
    const missed = t().server.ask("who supplies Tajikistan?");
    await t().server.waitForResumed();
    expect(t().server.gatewayStats()).toMatchObject({ identifies: 1, resumes: 1 });

    expect(embedOf(await missed).description).toMatch(/Russia/);
    const next = await t().server.ask("What does Russia supply to Kazakhstan?");
    expect(embedOf(next).description).toMatch(/anti-aircraft missile systems/);
    const mention = await t().server.mention("who supplies Kyrgyzstan?");
    expect(embedOf(mention).description).toMatch(/communications/);
  });
});

describe("REST", () => {
  it("still answers when the callback is rate limited once (429 with Retry-After)", async () => {
    t().server.failNext({ method: "POST", path: /\/callback$/ }, { status: 429, retryAfter: 0.2 });
    const answer = await t().server.ask("who supplies Tajikistan?");

    expect(callbackStatuses(answer.interaction.id)).toEqual([429, 204]);
    const [limited, accepted] = t().server.requests.filter((r) =>
      r.path.startsWith(`/api/v10/interactions/${answer.interaction.id}/`),
    );
    expect((accepted?.receivedAt ?? 0) - (limited?.receivedAt ?? 0)).toBeGreaterThanOrEqual(150);
    expect(embedOf(answer).description).toMatch(/Russia[\s\S]*aircraft/);
  });

  it("still answers a mention when posting to the channel hits a global rate limit", async () => {
    t().server.failNext(
      { method: "POST", path: /\/channels\/\d+\/messages$/ },
      { status: 429, retryAfter: 0.1, global: true },
    );
    const answer = await t().server.mention("who supplies Armenia?");
    expect(embedOf(answer).description).toMatch(/Armenia/);
  });

  it("still answers when Discord fails the callback once with a 502", async () => {
    t().server.failNext({ method: "POST", path: /\/callback$/ }, { status: 502 });
    const answer = await t().server.ask("who supplies Belarus?");
    expect(callbackStatuses(answer.interaction.id)).toEqual([502, 204]);
    expect(embedOf(answer).description).toMatch(/Belarus/);
  });
});

describe("interactions it has no handler for", () => {
  it("tells the user it does not know a command, privately", async () => {
    const payload = t().server.dispatchInteraction(t().server.commandPayload("dance"));
    const answer = await t().server.interactionAnswer(payload);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toMatch(/don't know that command/);
  });

  it("answers autocomplete for a command without it with no choices", async () => {
    const payload = t().server.dispatchInteraction(
      t().server.autocompletePayload("topics", { name: "question", value: "taj" }),
    );
    const callback = await t().server.interactionReply(payload.id);
    expect(callback.body).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    });
  });

  it("leaves alone buttons that are not its own and interactions of unknown types", async () => {
    const message = messageOf(t().server, await t().server.ask("who supplies Tajikistan?"));
    const before = t().server.requests.at(-1)?.seq ?? 0;
    const foreign = t().server.dispatchInteraction(t().server.buttonPayload("poll:vote:3", message));
    t().server.dispatch("INTERACTION_CREATE", { ...t().server.commandPayload("ask"), type: 99 });

    const after = await t().server.ask("who supplies Kyrgyzstan?");
    expect(embedOf(after).description).toMatch(/Kyrgyzstan/);
    const touched = t().server.requests.filter((r) => r.seq > before && r.path.includes(foreign.id));
    expect(touched).toEqual([]);
    expect(
      t()
        .server.requests.filter((r) => r.seq > before && r.path.endsWith("/callback"))
        .map((r) => r.path),
    ).toEqual([expect.stringContaining(after.interaction.id)]);
  });
});

describe("a question the bot fails on", () => {
  /** Runs `exchange` while every answer throws, as a broken engine would. */
  async function whileBroken<T>(exchange: () => Promise<T>): Promise<T> {
    const { service } = t().bot;
    const answer = service.answer;
    service.answer = () => {
      throw new Error("the engine exploded");
    };
    try {
      return await exchange();
    } finally {
      service.answer = answer;
    }
  }

  const REF = /^Something went wrong \(ref ([A-Z2-9]{6})\)\.$/;

  it("in a server channel: the author is told the ref by DM and the channel sees nothing", async () => {
    const channelId = t().server.guild.channels[0]?.id ?? "";
    const dm = t().server.place({ in: "dm" });
    if (dm.kind !== "dm") throw new Error("expected a DM place");
    const before = t().server.requests.at(-1)?.seq ?? 0;

    const notice = await whileBroken(() => {
      t().server.dispatchMessage(t().server.mentionPayload("who supplies Tajikistan?"));
      return t().server.channelMessage(dm.channelId, before);
    });
    const body = notice.body as { content?: string; allowed_mentions?: unknown; message_reference?: unknown };
    const ref = REF.exec(body.content ?? "")?.[1];
    expect(ref).toBeDefined();
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.message_reference).toBeUndefined();
    expect(t().logs.find((l) => l.msg === "handler failed" && l.ref === ref)).toMatchObject({
      what: "mention",
      userId: t().server.user.id,
      err: { message: "the engine exploded" },
    });

    // Events are handled in order: once the next mention is answered, nothing else went to the channel.
    const next = await t().server.mention("who supplies Armenia?");
    const posted = t().server.requests.filter(
      (r) => r.seq > before && r.method === "POST" && r.path.endsWith("/messages"),
    );
    expect(posted.map((r) => r.path)).toEqual([
      `/api/v10/channels/${dm.channelId}/messages`,
      `/api/v10/channels/${channelId}/messages`,
    ]);
    expect(embedOf(next).description).toMatch(/Armenia/);
  });

  it("in a DM: the ref is the reply in the DM", async () => {
    const answer = await whileBroken(() => t().server.sendDm("who supplies Tajikistan?"));
    const ref = REF.exec(answer.content)?.[1];
    expect(ref).toBeDefined();
    expect(answer.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(t().logs.find((l) => l.msg === "handler failed" && l.ref === ref)).toMatchObject({ what: "dm" });
  });
});

describe("every message the bot sent in this file, retries included", () => {
  it("allows no mentions and fits Discord's limits", () => {
    expect(expectEveryMessageSilentAndWithinLimits(t().server)).toBeGreaterThan(10);
  });
});

describe("stop()", () => {
  it("destroys the client and closes the gateway, once however often it is called", async () => {
    const destroy = vi.spyOn(t().bot.client, "destroy");
    const connection = t().server.gatewayConnections.at(-1);
    expect(connection?.closedAt).toBeUndefined();

    await t().bot.stop();
    await t().bot.stop();

    expect(destroy).toHaveBeenCalledTimes(1);
    expect(t().bot.client.isReady()).toBe(false);
    expect(t().bot.client.token).toBeNull();
    await vi.waitFor(() => expect(connection?.closedAt).toBeDefined(), { timeout: 2000 });
    expect(t().logs.some((l) => l.msg === "bot stopped")).toBe(true);
  });
});
