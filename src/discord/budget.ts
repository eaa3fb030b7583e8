import { type Locale, messages } from "../i18n/index.js";
import type { BotContext } from "./context.js";
import type { OutgoingReply } from "./reply.js";

/** A refused request: what to tell the user, and whether they have already been told since. */
export interface Refusal {
  reply: OutgoingReply;
  firstRefusal: boolean;
}

/**
 * Spends `cost` of the user's budget before any work is done; a refusal when it is spent. Every
 * interaction and message goes through here (autocomplete through `spendOnAutocomplete`).
 */
export async function spend(
  ctx: BotContext,
  userId: string,
  cost: number,
  what: string,
  locale: Locale = "en",
): Promise<Refusal | undefined> {
  const decision = await ctx.rateLimiter.take(userId, cost);
  if (decision.ok) return undefined;
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  ctx.logger.info({ userId, what, retryAfterSeconds: seconds }, "request refused by the rate limit");
  return {
    firstRefusal: decision.firstRefusal,
    reply: { content: messages(locale).bot.rateLimited(seconds) },
  };
}

/** Whether an autocomplete request fits the user's own autocomplete budget. */
export async function spendOnAutocomplete(ctx: BotContext, userId: string): Promise<boolean> {
  const decision = await ctx.autocompleteLimiter.take(userId, 1);
  if (!decision.ok && decision.firstRefusal) {
    ctx.logger.info({ userId }, "autocomplete refused by the rate limit");
  }
  return decision.ok;
}
