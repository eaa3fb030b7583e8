// Discord's JSON error codes and messages, so the bot's error handling sees what production
// would send (discord.js turns these into DiscordAPIError with `.code` and `.status`).
import type { RecordedResponse } from "./http-io.js";

export interface DiscordErrorBody {
  message: string;
  code: number;
  errors?: unknown;
}

function error(status: number, code: number, message: string): RecordedResponse {
  const body: DiscordErrorBody = { message, code };
  return { status, body };
}

export const DiscordErrors = {
  unauthorized: () => error(401, 0, "401: Unauthorized"),
  notFound: () => error(404, 0, "404: Not Found"),
  methodNotAllowed: () => error(405, 0, "405: Method Not Allowed"),
  unknownApplication: () => error(404, 10002, "Unknown Application"),
  unknownChannel: () => error(404, 10003, "Unknown Channel"),
  unknownGuild: () => error(404, 10004, "Unknown Guild"),
  unknownMessage: () => error(404, 10008, "Unknown Message"),
  unknownUser: () => error(404, 10013, "Unknown User"),
  unknownWebhook: () => error(404, 10015, "Unknown Webhook"),
  unknownInteraction: () => error(404, 10062, "Unknown interaction"),
  missingAccess: () => error(403, 50001, "Missing Access"),
  alreadyAcknowledged: () => error(400, 40060, "Interaction has already been acknowledged."),
  emptyMessage: () => error(400, 50006, "Cannot send an empty message"),
  invalidFormBody: (errors: unknown) => ({
    status: 400,
    body: { message: "Invalid Form Body", code: 50035, errors } satisfies DiscordErrorBody,
  }),
  serverError: (status: number) => error(status, 0, `${status}: Internal Server Error`),
};
