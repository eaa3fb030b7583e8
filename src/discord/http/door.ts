// The HTTP door to the same handlers the gateway feeds. Each verified payload becomes the discord.js
// interaction the gateway would have produced, and goes through the same `onInteraction`; what the
// handler sends as its interaction callback becomes the body of the HTTP response instead of a REST
// call. Everything after the first response (follow-ups, edits) goes through the interaction's
// webhook over REST as usual, which needs no bot token.
import {
  type APIInteraction,
  type APIInteractionResponse,
  Client,
  Events,
  type Interaction,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Options,
} from "discord.js";
import type { Logger } from "../../log.js";
import { NO_MENTIONS } from "../reply.js";

/** Longer than this and Discord gives up on the interaction; the handler's reply then goes as a follow-up. */
export const RESPONSE_DEADLINE_MS = 2500;

export interface HttpDoorOptions {
  /** The handler the gateway uses too. */
  onInteraction: (interaction: Interaction) => Promise<void>;
  logger: Logger;
  /** The REST base for follow-ups (the test server, a proxy), without /v10. */
  apiUrl?: string;
  deadlineMs?: number;
}

export interface HttpDoor {
  /** Runs the handler for one verified interaction; resolves with the body to answer Discord with. */
  respond(payload: APIInteraction): Promise<APIInteractionResponse>;
  close(): Promise<void>;
}

/** The internal action that turns a payload into the right interaction class and emits it. */
interface InteractionAction {
  handle(data: APIInteraction): void;
}

const CALLBACK_ROUTE = /^\/interactions\/(\d+)\/[^/]+\/callback$/;

export function createHttpDoor(options: HttpDoorOptions): HttpDoor {
  const { logger } = options;
  const deadlineMs = options.deadlineMs ?? RESPONSE_DEADLINE_MS;
  // Never logged in: it only shapes payloads into interactions and sends follow-ups. Caches of what
  // interactions carry are kept small, as the door may see any number of users.
  const client = new Client({
    intents: [],
    allowedMentions: { ...NO_MENTIONS, repliedUser: false },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: 1000,
      GuildMemberManager: 0,
      MessageManager: 0,
    }),
    ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
  });

  /** Interactions waiting for their first response, by id. */
  const waiting = new Map<string, (body: APIInteractionResponse) => void>();

  // The interaction callback is the one REST call the HTTP door answers itself.
  const rest = client.rest;
  const post = rest.post.bind(rest);
  rest.post = async (route, request) => {
    const id = CALLBACK_ROUTE.exec(route)?.[1];
    const answer = id === undefined ? undefined : waiting.get(id);
    if (id === undefined || !answer) return post(route, request);
    waiting.delete(id);
    answer(request?.body as APIInteractionResponse);
    return undefined;
  };

  /** Ids emitted by the action; it emits synchronously, so `respond` can tell at once. */
  let emitted: string | undefined;
  client.on(Events.InteractionCreate, (interaction) => {
    emitted = interaction.id;
    options
      .onInteraction(interaction)
      .catch((error: unknown) => logger.error({ err: error }, "interaction not handled"))
      .finally(() => {
        // A handler that chose not to answer (a button that is not ours): acknowledge it quietly.
        const answer = waiting.get(interaction.id);
        if (!answer) return;
        waiting.delete(interaction.id);
        answer(silentAcknowledgement(interaction.type));
      });
  });

  const action = (client as unknown as { actions: { InteractionCreate: InteractionAction } }).actions
    .InteractionCreate;

  return {
    respond(payload) {
      return new Promise<APIInteractionResponse>((resolve, reject) => {
        const timer = setTimeout(() => {
          if (!waiting.delete(payload.id)) return;
          // Too slow for the 3 s Discord allows: say "thinking…" now; the handler's reply, when it
          // comes, is refused as already acknowledged and sent as a follow-up instead (see reply.ts).
          logger.warn(
            { interactionId: payload.id, deadlineMs },
            "interaction deferred: its handler was slow",
          );
          resolve(lateAcknowledgement(payload.type));
        }, deadlineMs);
        waiting.set(payload.id, (body) => {
          clearTimeout(timer);
          resolve(body);
        });
        emitted = undefined;
        try {
          action.handle(payload);
          // An interaction type discord.js does not know is never emitted: nothing will answer it.
          if (emitted !== payload.id) throw new UnknownInteractionError(payload.type);
        } catch (error) {
          waiting.delete(payload.id);
          clearTimeout(timer);
          reject(error);
        }
      });
    },
    async close() {
      await client.destroy();
    },
  };
}

function silentAcknowledgement(type: InteractionType): APIInteractionResponse {
  if (type === InteractionType.MessageComponent || type === InteractionType.ModalSubmit)
    return { type: InteractionResponseType.DeferredMessageUpdate };
  if (type === InteractionType.ApplicationCommandAutocomplete)
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: { content: "…", flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } },
  };
}

function lateAcknowledgement(type: InteractionType): APIInteractionResponse {
  if (type === InteractionType.ApplicationCommandAutocomplete)
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
  return {
    type: InteractionResponseType.DeferredChannelMessageWithSource,
    data: { flags: MessageFlags.Ephemeral },
  };
}

/** A payload that is not an interaction the bot can handle; the endpoint answers it with 400. */
export class UnknownInteractionError extends Error {
  constructor(type: unknown) {
    super(`not an interaction the bot handles (type ${String(type)})`);
    this.name = "UnknownInteractionError";
  }
}
