// Every message the bot sends goes through this module, so the two rules that protect a server hold
// everywhere: nobody is ever pinged, and nothing exceeds Discord's limits.
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  type AutocompleteInteraction,
  type ButtonInteraction,
  ButtonStyle,
  ComponentType,
  DiscordAPIError,
  embedLength,
  type Message,
  MessageFlags,
  RESTJSONErrorCodes,
  type RepliableInteraction,
  type User,
} from "discord.js";
import { LIMITS } from "./limits.js";
import { shorten } from "./text.js";

export interface ReplyButton {
  label: string;
  customId: string;
  style?: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger;
}

/** What a handler wants to say; this module turns it into a payload Discord accepts. */
export interface OutgoingReply {
  content?: string;
  embeds?: APIEmbed[];
  buttons?: ReplyButton[];
  /** Files to attach, e.g. a chart an embed shows with `attachment://NAME`. */
  files?: { name: string; data: Buffer }[];
}

export interface Choice {
  name: string;
  value: string;
}

/** No @everyone, @here, role or user pings, whatever the text holds. */
export const NO_MENTIONS = { parse: [] as [] };

export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowedMentions: { parse: []; repliedUser?: boolean };
  files?: { attachment: Buffer; name: string }[];
}

/** Shortens everything to Discord's limits and adds the no-mentions rule. */
export function toMessagePayload(reply: OutgoingReply): MessagePayload {
  const embeds = clampEmbeds(reply.embeds ?? []);
  let content = reply.content === undefined ? undefined : shorten(reply.content, LIMITS.content);
  if (!content && embeds.length === 0) content = "…"; // Discord refuses an empty message
  const payload: MessagePayload = {
    embeds,
    components: buttonRows(reply.buttons ?? []),
    allowedMentions: { ...NO_MENTIONS },
  };
  if (content) payload.content = content;
  if (reply.files && reply.files.length > 0) {
    payload.files = reply.files.map((f) => ({ attachment: f.data, name: f.name }));
  }
  return payload;
}

/**
 * Replaces the message a button belongs to (paging through a long reply). After `deferUpdate`, the
 * original message is edited instead. Attachments not in the new reply are removed.
 */
export async function updateButtonMessage(
  interaction: ButtonInteraction,
  reply: OutgoingReply,
): Promise<void> {
  const payload = { ...toMessagePayload(reply), attachments: [] };
  if (interaction.deferred || interaction.replied) await interaction.editReply(payload);
  else await interaction.update(payload);
}

/**
 * Replies to an interaction, or follows up when it already has a reply or was deferred. A reply that
 * Discord refuses because the interaction was acknowledged after all (a deferral whose answer was
 * lost on the way back) is sent as a follow-up instead.
 */
export async function replyToInteraction(
  interaction: RepliableInteraction,
  reply: OutgoingReply,
  options: { ephemeral?: boolean } = {},
): Promise<void> {
  const payload = {
    ...toMessagePayload(reply),
    ...(options.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
  };
  if (interaction.replied || interaction.deferred) {
    await interaction.followUp(payload);
    return;
  }
  try {
    await interaction.reply(payload);
  } catch (error) {
    if (!(error instanceof DiscordAPIError && error.code === ALREADY_ACKNOWLEDGED)) throw error;
    // discord.js only follows up on what it saw acknowledged; its webhook is the same follow-up.
    await interaction.webhook.send(payload);
  }
}

const ALREADY_ACKNOWLEDGED = RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged;

/**
 * Defers an interaction's reply, privately: Discord shows "thinking…" and allows 15 minutes for the
 * follow-up instead of 3 s for the reply. Only for a command that may not answer within 3 s.
 */
export async function deferPrivately(interaction: RepliableInteraction): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
}

/** Replies to a message (a DM or a mention) without pinging its author. */
export async function replyToMessage(message: Message, reply: OutgoingReply): Promise<void> {
  const payload = toMessagePayload(reply);
  await message.reply({
    ...payload,
    allowedMentions: { ...NO_MENTIONS, repliedUser: false },
    failIfNotExists: false,
  });
}

/**
 * Sends a message to a user in their DM with the bot, opening it when needed: for what only they
 * may see after writing in a server channel. Fails when they do not accept DMs from the bot.
 */
export async function sendDirect(user: User, reply: OutgoingReply): Promise<void> {
  await user.send(toMessagePayload(reply));
}

/** Answers an autocomplete request with `clampChoices(choices)`. */
export async function respondWithChoices(
  interaction: AutocompleteInteraction,
  choices: Choice[],
): Promise<void> {
  await interaction.respond(clampChoices(choices));
}

/**
 * At most 25 choices with distinct values. A name is only shown, so a long one is shortened; a value
 * is what Discord submits as the option when the choice is picked, so it is never cut: a choice whose
 * value is over 100 characters is left out instead of submitting a mangled question.
 */
export function clampChoices(choices: Choice[]): Choice[] {
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const choice of choices) {
    const name = shorten(choice.name.trim(), LIMITS.choiceName);
    const value = choice.value.trim();
    // Discord refuses empty names and values, and two choices with one value.
    if (!name || !value || value.length > LIMITS.choiceValue || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length === LIMITS.autocompleteChoices) break;
  }
  return out;
}

function buttonRows(buttons: ReplyButton[]): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const seen = new Set<string>();
  const usable: APIButtonComponentWithCustomId[] = [];
  for (const button of buttons) {
    // A custom_id cannot be shortened without breaking it; the encoder keeps them short, this is the net.
    if (!button.customId || button.customId.length > LIMITS.customId || seen.has(button.customId)) continue;
    seen.add(button.customId);
    usable.push({
      type: ComponentType.Button,
      style: button.style ?? ButtonStyle.Secondary,
      label: shorten(button.label, LIMITS.buttonLabel) || "…",
      custom_id: button.customId,
    });
  }
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let i = 0; i < usable.length && rows.length < LIMITS.rowsPerMessage; i += LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: usable.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return rows;
}

/**
 * Fits embeds to Discord's limits: at most 10, each part within its own limit, and 6,000 characters
 * for all of them together. When the parts alone pass 6,000, the total is brought down in this order,
 * the last embed first at each step, as it is the one read last: drop fields (last first), shorten
 * descriptions, then footers, then author names, then titles, and as a last resort drop trailing
 * embeds. The first embed always stays.
 */
export function clampEmbeds(embeds: APIEmbed[]): APIEmbed[] {
  const out = embeds.slice(0, LIMITS.embedsPerMessage).map(clampEmbed);
  let excess = out.reduce((n, e) => n + embedLength(e), 0) - LIMITS.embedsTotal;
  const lastFirst = () => out.toReversed();

  for (const embed of lastFirst()) {
    while (excess > 0 && embed.fields && embed.fields.length > 0) {
      const dropped = embed.fields.pop()!;
      excess -= dropped.name.length + dropped.value.length;
    }
  }
  const parts: TextPart[] = [DESCRIPTION, FOOTER, AUTHOR, TITLE];
  for (const part of parts) {
    for (const embed of lastFirst()) {
      if (excess <= 0) return out;
      const text = part.get(embed);
      if (!text) continue;
      const shortened = shorten(text, Math.max(0, text.length - excess));
      part.set(embed, shortened);
      excess -= text.length - shortened.length;
    }
  }
  while (excess > 0 && out.length > 1) excess -= embedLength(out.pop()!);
  return out;
}

/** A text part of an embed that can be shortened; `set` with "" removes the part. */
interface TextPart {
  get(embed: APIEmbed): string | undefined;
  set(embed: APIEmbed, text: string): void;
}

const DESCRIPTION: TextPart = {
  get: (e) => e.description,
  set: (e, text) => {
    if (text) e.description = text;
    else delete e.description;
  },
};
const FOOTER: TextPart = {
  get: (e) => e.footer?.text,
  set: (e, text) => {
    if (text && e.footer) e.footer = { ...e.footer, text };
    else delete e.footer;
  },
};
const AUTHOR: TextPart = {
  get: (e) => e.author?.name,
  set: (e, name) => {
    if (name && e.author) e.author = { ...e.author, name };
    else delete e.author;
  },
};
const TITLE: TextPart = {
  get: (e) => e.title,
  set: (e, text) => {
    if (text) e.title = text;
    else delete e.title;
  },
};

/** Each part within its own limit; empty parts Discord would refuse are left out. */
function clampEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) TITLE.set(out, shorten(out.title, LIMITS.embedTitle));
  if (out.description !== undefined) DESCRIPTION.set(out, shorten(out.description, LIMITS.embedDescription));
  if (out.footer) FOOTER.set(out, shorten(out.footer.text, LIMITS.embedFooter));
  if (out.author) AUTHOR.set(out, shorten(out.author.name, LIMITS.embedAuthorName));
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.embedFields).map(
      (f): APIEmbedField => ({
        ...f,
        // Discord refuses empty names and values; a zero-width space stands in.
        name: shorten(f.name, LIMITS.embedFieldName) || "\u200b",
        value: shorten(f.value, LIMITS.embedFieldValue) || "\u200b",
      }),
    );
  }
  return out;
}
