// How a bot answers interactions: the one-shot callback, then edits and follow-ups through the
// interaction webhook. Discord enforces the order (one callback only, no follow-up before it,
// autocomplete answers only to autocomplete), so the fake does too: a bot that gets this wrong
// should fail in tests the way it would in production.
import { InteractionResponseType, InteractionType, MessageFlags, MessageType } from "discord.js";
import { DiscordErrors } from "../errors.js";
import type { RecordedRequest, RecordedResponse } from "../http-io.js";
import type { Params, Router } from "../router.js";
import type { InteractionRecord, World } from "../state.js";
import { asMessageBody, isEmptyMessage } from "./message-body.js";

const ok = (body: unknown): RecordedResponse => ({ status: 200, body });
const noContent = (): RecordedResponse => ({ status: 204, body: undefined });

/** Which callback types each interaction type accepts. */
const ALLOWED_CALLBACKS: Record<number, readonly number[]> = {
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
    InteractionResponseType.PremiumRequired,
    InteractionResponseType.LaunchActivity,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
    InteractionResponseType.PremiumRequired,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [
    InteractionResponseType.ApplicationCommandAutocompleteResult,
  ],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

function invalidType(type: unknown): RecordedResponse {
  return DiscordErrors.invalidFormBody({
    type: {
      _errors: [{ code: "INTERACTION_RESPONSE_TYPE_INVALID", message: `Invalid response type ${type}` }],
    },
  });
}

interface CallbackBody {
  type?: unknown;
  data?: unknown;
}

export function registerInteractionRoutes(router: Router, world: World): void {
  /** The message a command's first response creates, or a component's own message for updates. */
  const respond = (
    interaction: InteractionRecord,
    type: number,
    data: unknown,
  ): RecordedResponse | undefined => {
    const body = asMessageBody(data);
    const channelId = interaction.channelId ?? "";
    const ephemeral = ((body.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
    const messageType =
      interaction.type === InteractionType.ApplicationCommand
        ? MessageType.ChatInputCommand
        : MessageType.Default;
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        if (isEmptyMessage(body)) return DiscordErrors.emptyMessage();
        const message = world.createMessage(channelId, body, {
          type: messageType,
          webhookId: world.applicationId,
          interaction,
        });
        interaction.originalMessageId = message.id;
        return undefined;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        // The "Bot is thinking..." placeholder, replaced by the first edit or follow-up.
        const flags = MessageFlags.Loading | (ephemeral ? MessageFlags.Ephemeral : 0);
        const message = world.createMessage(
          channelId,
          { content: "", flags },
          { type: messageType, webhookId: world.applicationId, interaction },
        );
        interaction.originalMessageId = message.id;
        return undefined;
      }
      case InteractionResponseType.DeferredMessageUpdate:
        interaction.originalMessageId = interaction.componentMessageId;
        return undefined;
      case InteractionResponseType.UpdateMessage:
        interaction.originalMessageId = interaction.componentMessageId;
        if (interaction.componentMessageId) world.editMessage(interaction.componentMessageId, body);
        return undefined;
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const choices = (data as { choices?: unknown } | undefined)?.choices;
        if (!Array.isArray(choices) || choices.length > 25) {
          return DiscordErrors.invalidFormBody({
            data: { choices: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] } },
          });
        }
        return undefined;
      }
      default:
        return undefined;
    }
  };

  const callback = (request: RecordedRequest, params: Params): RecordedResponse => {
    const interaction = world.interactions.get(params.interactionId ?? "");
    if (!interaction || interaction.token !== params.interactionToken)
      return DiscordErrors.unknownInteraction();
    if (interaction.callbackType !== undefined) return DiscordErrors.alreadyAcknowledged();
    const { type, data } = (request.body ?? {}) as CallbackBody;
    if (typeof type !== "number" || !ALLOWED_CALLBACKS[interaction.type]?.includes(type))
      return invalidType(type);
    const failure = respond(interaction, type, data);
    if (failure) return failure;
    interaction.callbackType = type;
    if (request.query.with_response !== "true") return noContent();
    const message = interaction.originalMessageId
      ? world.messages.get(interaction.originalMessageId)
      : undefined;
    const flags = message?.flags ?? 0;
    return ok({
      interaction: {
        id: interaction.id,
        type: interaction.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: (flags & MessageFlags.Loading) !== 0,
              response_message_ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
            }
          : {}),
      },
      resource: { type, ...(message ? { message } : {}) },
    });
  };

  /** The interaction behind a webhook URL; webhooks of interactions use the application id. */
  const webhookInteraction = (params: Params): InteractionRecord | undefined =>
    params.webhookId === world.applicationId
      ? world.interactionByToken(params.webhookToken ?? "")
      : undefined;

  const messageId = (interaction: InteractionRecord, param: string | undefined) =>
    param === "@original" ? interaction.originalMessageId : param;

  router
    .on("POST", "/api/v10/interactions/:interactionId/:interactionToken/callback", callback, {
      needsBotToken: false,
    })
    .on(
      "POST",
      "/api/v10/webhooks/:webhookId/:webhookToken",
      (request, params) => {
        const interaction = webhookInteraction(params);
        // Until the interaction is acknowledged its webhook does not exist yet.
        if (!interaction || interaction.callbackType === undefined) return DiscordErrors.unknownWebhook();
        const body = asMessageBody(request.body);
        if (isEmptyMessage(body)) return DiscordErrors.emptyMessage();
        const original = interaction.originalMessageId
          ? world.messages.get(interaction.originalMessageId)
          : undefined;
        // After a deferred reply, the first follow-up replaces the "thinking" placeholder.
        const message =
          original && ((original.flags ?? 0) & MessageFlags.Loading) !== 0
            ? world.editMessage(original.id, body)
            : world.createMessage(interaction.channelId ?? "", body, {
                webhookId: world.applicationId,
                interaction,
              });
        return request.query.wait === "true" ? ok(message) : noContent();
      },
      { needsBotToken: false },
    )
    .on(
      "GET",
      "/api/v10/webhooks/:webhookId/:webhookToken/messages/:messageId",
      (_request, params) => {
        const interaction = webhookInteraction(params);
        if (!interaction) return DiscordErrors.unknownWebhook();
        const message = world.messages.get(messageId(interaction, params.messageId) ?? "");
        return message ? ok(message) : DiscordErrors.unknownMessage();
      },
      { needsBotToken: false },
    )
    .on(
      "PATCH",
      "/api/v10/webhooks/:webhookId/:webhookToken/messages/:messageId",
      (request, params) => {
        const interaction = webhookInteraction(params);
        if (!interaction) return DiscordErrors.unknownWebhook();
        const edited = world.editMessage(
          messageId(interaction, params.messageId) ?? "",
          asMessageBody(request.body),
        );
        return edited ? ok(edited) : DiscordErrors.unknownMessage();
      },
      { needsBotToken: false },
    )
    .on(
      "DELETE",
      "/api/v10/webhooks/:webhookId/:webhookToken/messages/:messageId",
      (_request, params) => {
        const interaction = webhookInteraction(params);
        if (!interaction) return DiscordErrors.unknownWebhook();
        const id = messageId(interaction, params.messageId) ?? "";
        return world.messages.delete(id) ? noContent() : DiscordErrors.unknownMessage();
      },
      { needsBotToken: false },
    );
}
