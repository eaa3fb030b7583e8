import { randomBytes } from "node:crypto";
import { type Locale, messages } from "../i18n/index.js";
import type { Logger } from "../log.js";
import type { OutgoingReply } from "./reply.js";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: refs are read aloud and retyped

/** A short reference that ties what a user was told to the log line with the error. */
export function newErrorRef(): string {
  return Array.from(randomBytes(6), (b) => ALPHABET[b % ALPHABET.length]).join("");
}

/** What the user is told when their request failed: only the ref, nothing of the error itself. */
export function errorNotice(ref: string, locale: Locale = "en"): OutgoingReply {
  return { content: messages(locale).bot.error(ref) };
}

/** What failed and for whom, for the log line. */
export interface FailedRequest {
  /** "/ask", "button", "dm", "mention"… */
  what: string;
  userId: string;
  /** The language to tell the user in. */
  locale?: Locale;
}

/**
 * Runs a handler so that its failure never escapes. The rule for every transport: the error is
 * logged with a fresh ref, and the user is told that ref in a short notice through `tellPrivately`,
 * which must reach them alone (an ephemeral reply, a DM). When the notice cannot be sent either, that
 * is logged with the same ref and the bot carries on.
 */
export async function guarded(
  logger: Logger,
  request: FailedRequest,
  handler: () => Promise<void>,
  tellPrivately: (notice: OutgoingReply) => Promise<void>,
): Promise<void> {
  try {
    await handler();
  } catch (error) {
    const ref = newErrorRef();
    logger.error({ err: error, ref, ...request }, "handler failed");
    try {
      await tellPrivately(errorNotice(ref, request.locale));
    } catch (notifyError) {
      logger.warn({ err: notifyError, ref, ...request }, "could not tell the user about the error");
    }
  }
}
