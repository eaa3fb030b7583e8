// Checks shared by every route that creates or edits a message.
import type { MessageBody } from "../state.js";

export function asMessageBody(body: unknown): MessageBody {
  return typeof body === "object" && body !== null ? (body as MessageBody) : {};
}

/** Discord refuses a new message with nothing visible in it (error 50006). */
export function isEmptyMessage(
  body: MessageBody & { attachments?: unknown[]; poll?: unknown; sticker_ids?: unknown[] },
) {
  return (
    !body.content &&
    (body.embeds ?? []).length === 0 &&
    (body.components ?? []).length === 0 &&
    (body.attachments ?? []).length === 0 &&
    (body.sticker_ids ?? []).length === 0 &&
    body.poll === undefined
  );
}
