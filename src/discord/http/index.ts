import type { Config } from "../../config.js";
import type { Logger } from "../../log.js";
import type { Command } from "../commands/index.js";
import type { BotContext } from "../context.js";
import { createInteractionHandler } from "../handlers/interactions.js";
import { createHttpDoor } from "./door.js";
import { type InteractionsEndpoint, startInteractionsEndpoint } from "./endpoint.js";

export type { InteractionsEndpoint } from "./endpoint.js";

/** The HTTP interactions endpoint, in front of the very handlers the gateway uses. */
export function startHttpInteractions(
  config: Pick<Config, "publicKey" | "http" | "apiUrl">,
  ctx: BotContext,
  commands: Map<string, Command>,
  logger: Logger,
): Promise<InteractionsEndpoint> {
  if (!config.publicKey) throw new Error("DISCORD_PUBLIC_KEY is not set");
  const door = createHttpDoor({
    onInteraction: createInteractionHandler(ctx, commands),
    logger,
    ...(config.apiUrl ? { apiUrl: config.apiUrl } : {}),
  });
  return startInteractionsEndpoint({
    host: config.http.host,
    port: config.http.port,
    publicKey: config.publicKey,
    door,
    logger,
  });
}
