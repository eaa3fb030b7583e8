// Reading what the bot sent from the server's request log: which requests carry a message, the
// message itself, and whether it stays inside Discord's limits.
import { type APIEmbed, type APIMessage, InteractionResponseType } from "discord.js";
import { expect } from "vitest";
import {
  type DiscordServer,
  type InteractionAnswer,
  type MessageBody,
  messagePayload,
  type RecordedRequest,
} from "../../support/discord-server/index.js";

/** Interaction responses that create or edit a message (not autocomplete choices, not a bare ack). */
const MESSAGE_CALLBACKS = new Set<number>([
  InteractionResponseType.ChannelMessageWithSource,
  InteractionResponseType.UpdateMessage,
]);

/** The message body of a request, when the request sends or edits a message. */
export function messageBodyOf(request: RecordedRequest): MessageBody | undefined {
  const { method, path } = request;
  if (method === "POST" && /^\/api\/v10\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) {
    const { type, data } = (request.body ?? {}) as { type?: number; data?: MessageBody };
    return type !== undefined && MESSAGE_CALLBACKS.has(type) ? (data ?? {}) : undefined;
  }
  const webhook = /^\/api\/v10\/webhooks\/[^/]+\/[^/]+(\/messages\/[^/]+)?$/.exec(path);
  const channel = /^\/api\/v10\/channels\/[^/]+\/messages(\/[^/]+)?$/.exec(path);
  const match = webhook ?? channel;
  if (!match) return undefined;
  const edits = match[1] !== undefined;
  if ((edits && method === "PATCH") || (!edits && method === "POST"))
    return (request.body ?? {}) as MessageBody;
  return undefined;
}

/** Every request so far that carried a message from the bot, with its body. */
export function sentMessages(server: DiscordServer): { request: RecordedRequest; body: MessageBody }[] {
  return server.requests.flatMap((request) => {
    const body = messageBodyOf(request);
    return body ? [{ request, body }] : [];
  });
}

/**
 * Fails unless every message the bot has sent so far allows no mentions at all and fits Discord's
 * limits; returns how many there were, so a test can tell it checked something.
 */
export function expectEveryMessageSilentAndWithinLimits(server: DiscordServer): number {
  const sent = sentMessages(server);
  for (const { request, body } of sent) {
    const label = `#${request.seq} ${request.method} ${request.path}`;
    expect(body.allowed_mentions?.parse, label).toEqual([]);
    expect(body.allowed_mentions?.users ?? [], label).toEqual([]);
    expect(body.allowed_mentions?.roles ?? [], label).toEqual([]);
    expectWithinDiscordLimits(body, label);
  }
  return sent.length;
}

/** What Discord counts towards the 6,000 characters shared by a message's embeds. */
export function embedsLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce(
    (n, e) =>
      n +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.author?.name.length ?? 0) +
      (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0),
    0,
  );
}

/** Fails unless the message fits every limit Discord enforces on what the bot sends. */
export function expectWithinDiscordLimits(body: MessageBody, label = "message"): void {
  const embeds = body.embeds ?? [];
  expect((body.content ?? "").length, `${label}: content`).toBeLessThanOrEqual(2000);
  expect(embeds.length, `${label}: embeds`).toBeLessThanOrEqual(10);
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0, `${label}: embed title`).toBeLessThanOrEqual(256);
    expect(embed.description?.length ?? 0, `${label}: embed description`).toBeLessThanOrEqual(4096);
    expect(embed.footer?.text.length ?? 0, `${label}: embed footer`).toBeLessThanOrEqual(2048);
    expect(embed.fields?.length ?? 0, `${label}: embed fields`).toBeLessThanOrEqual(25);
    for (const field of embed.fields ?? []) {
      expect(field.name.length, `${label}: field name`).toBeLessThanOrEqual(256);
      expect(field.value.length, `${label}: field value`).toBeLessThanOrEqual(1024);
    }
  }
  expect(embedsLength(embeds), `${label}: all embeds together`).toBeLessThanOrEqual(6000);
  const rows = (body.components ?? []) as { components?: { custom_id?: string; label?: string }[] }[];
  expect(rows.length, `${label}: action rows`).toBeLessThanOrEqual(5);
  for (const row of rows) {
    expect(row.components?.length ?? 0, `${label}: buttons in a row`).toBeLessThanOrEqual(5);
    for (const button of row.components ?? []) {
      expect(button.custom_id?.length ?? 0, `${label}: custom_id`).toBeLessThanOrEqual(100);
      expect(button.label?.length ?? 0, `${label}: button label`).toBeLessThanOrEqual(80);
    }
  }
}

/** The custom_ids and labels of the buttons of a message body, in order. */
export function buttonsOf(body: MessageBody): { customId: string; label: string }[] {
  const rows = (body.components ?? []) as { components?: { custom_id?: string; label?: string }[] }[];
  return rows.flatMap((row) =>
    (row.components ?? []).map((b) => ({ customId: b.custom_id ?? "", label: b.label ?? "" })),
  );
}

/** The message an interaction answer created, as a later button press carries it. */
export function messageOf(server: DiscordServer, answer: InteractionAnswer): APIMessage {
  return messagePayload({
    channelId: answer.interaction.channel_id ?? "",
    author: server.bot,
    content: answer.content,
    embeds: answer.body.embeds ?? [],
    components: (answer.body.components ?? []) as APIMessage["components"],
    flags: answer.body.flags ?? 0,
    applicationId: server.applicationId,
    webhookId: server.applicationId,
  });
}

/** The first embed of an answer; fails when there is none. */
export function embedOf(answer: { body: MessageBody }): APIEmbed {
  const embed = answer.body.embeds?.[0];
  if (!embed) throw new Error(`expected an embed, got ${JSON.stringify(answer.body)}`);
  return embed;
}
