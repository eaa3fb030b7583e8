// Channel, message and DM routes: what `message.reply`, `channel.send` and `user.send` use.
import { DiscordErrors } from "../errors.js";
import type { RecordedResponse } from "../http-io.js";
import type { Router } from "../router.js";
import type { World } from "../state.js";
import { asMessageBody, isEmptyMessage } from "./message-body.js";

const ok = (body: unknown): RecordedResponse => ({ status: 200, body });
const noContent = (): RecordedResponse => ({ status: 204, body: undefined });

export function registerChannelRoutes(router: Router, world: World): void {
  router
    .on("GET", "/api/v10/users/:userId", (_request, { userId = "" }) => {
      const user = world.users.get(userId);
      return user ? ok(user) : DiscordErrors.unknownUser();
    })
    .on("POST", "/api/v10/users/@me/channels", (request) => {
      const recipientId = (request.body as { recipient_id?: unknown } | undefined)?.recipient_id;
      if (typeof recipientId !== "string") {
        return DiscordErrors.invalidFormBody({ recipient_id: { _errors: [{ code: "BASE_TYPE_REQUIRED" }] } });
      }
      return ok(world.openDm(recipientId));
    })
    .on("GET", "/api/v10/channels/:channelId", (_request, { channelId = "" }) => {
      const channel = world.channels.get(channelId);
      return channel ? ok(channel) : DiscordErrors.unknownChannel();
    })
    .on("POST", "/api/v10/channels/:channelId/typing", (_request, { channelId = "" }) =>
      world.channels.has(channelId) ? noContent() : DiscordErrors.unknownChannel(),
    )
    .on("POST", "/api/v10/channels/:channelId/messages", (request, { channelId = "" }) => {
      if (!world.channels.has(channelId)) return DiscordErrors.unknownChannel();
      const body = asMessageBody(request.body);
      if (isEmptyMessage(body)) return DiscordErrors.emptyMessage();
      return ok(world.createMessage(channelId, body));
    })
    .on(
      "GET",
      "/api/v10/channels/:channelId/messages/:messageId",
      (_request, { channelId, messageId = "" }) => {
        const message = world.messages.get(messageId);
        return message?.channel_id === channelId ? ok(message) : DiscordErrors.unknownMessage();
      },
    )
    .on(
      "PATCH",
      "/api/v10/channels/:channelId/messages/:messageId",
      (request, { channelId, messageId = "" }) => {
        if (world.messages.get(messageId)?.channel_id !== channelId) return DiscordErrors.unknownMessage();
        const edited = world.editMessage(messageId, asMessageBody(request.body));
        return edited ? ok(edited) : DiscordErrors.unknownMessage();
      },
    )
    .on(
      "DELETE",
      "/api/v10/channels/:channelId/messages/:messageId",
      (_request, { channelId, messageId = "" }) => {
        if (world.messages.get(messageId)?.channel_id !== channelId) return DiscordErrors.unknownMessage();
        world.messages.delete(messageId);
        return noContent();
      },
    );
}
