import { ChannelType, Client, Events, GatewayIntentBits, Partials } from "discord.js";
import type { Config } from "../config.js";
import type { KnowledgeIssue } from "../knowledge/load.js";
import type { Logger } from "../log.js";
import { type AnswerService, openAnswerService } from "../service/answer-service.js";
import { APP_VERSION } from "../service/app-info.js";
import type { QuestionLog } from "../service/question-log.js";
import { questionLogFromConfig } from "../service/question-log-setup.js";
import { cacheSweepers, DmChannelBound, limitedCaches, restSweeps } from "./caches.js";
import { type Command, loadCommands } from "./commands/index.js";
import { type BotContext, createBotContext } from "./context.js";
import { createInteractionHandler } from "./handlers/interactions.js";
import { createMessageHandler } from "./handlers/messages.js";
import { NO_MENTIONS } from "./reply.js";

export type BotConfig = Pick<
  Config,
  | "token"
  | "apiUrl"
  | "knowledgeFile"
  | "knowledgeMaxBytes"
  | "moderatorRoleIds"
  | "adminGuildIds"
  | "rateLimit"
  | "database"
  | "questionLog"
>;

export interface RunningBot {
  client: Client<true>;
  service: AnswerService;
  questionLog: QuestionLog;
  /**
   * Stops taking new events, waits for the replies being made (until `signal` aborts), then logs
   * out and closes the gateway connection; safe to call more than once.
   */
  stop(signal?: AbortSignal): Promise<void>;
}

/** How long the question log may take to write its queue at shutdown. */
const LOG_FLUSH_MS = 3000;

/** The knowledge file could not be loaded at start-up; `issues` says where and what. */
export class KnowledgeLoadError extends Error {
  constructor(readonly issues: KnowledgeIssue[]) {
    super(`the knowledge file has ${issues.length} error(s)`);
    this.name = "KnowledgeLoadError";
  }
}

/** The answer service over the configured knowledge file; a file that does not load throws. */
export async function openConfiguredService(
  config: Pick<Config, "knowledgeFile" | "knowledgeMaxBytes">,
  logger: Logger,
): Promise<AnswerService> {
  const opened = await openAnswerService({
    knowledgeFile: config.knowledgeFile,
    maxBytes: config.knowledgeMaxBytes,
    logger,
  });
  if (!opened.ok) throw new KnowledgeLoadError(opened.errors);
  return opened.service;
}

/**
 * Loads the knowledge, logs in and resolves once the gateway says ready. `npm start` and the
 * end-to-end tests both come through here; `config.apiUrl` points discord.js at another REST base.
 */
export async function startBot(
  config: BotConfig,
  options: {
    logger: Logger;
    service?: AnswerService;
    /** Shared with the HTTP door; it brings its question log, which its owner closes. */
    context?: BotContext;
    commands?: Map<string, Command>;
    readyTimeoutMs?: number;
  },
): Promise<RunningBot> {
  const { logger } = options;
  if (!config.token) throw new Error("DISCORD_TOKEN is not set");

  const service = options.service ?? (await openConfiguredService(config, logger));

  const client = new Client({
    // No privileged intent: DM content and messages that mention the bot arrive without MessageContent.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages, GatewayIntentBits.GuildMessages],
    // DM channels are not cached before their first message; without this, DMs are never emitted.
    partials: [Partials.Channel],
    // A default for anything that bypasses reply.ts; reply.ts sets it on every send as well.
    allowedMentions: { ...NO_MENTIONS, repliedUser: false },
    // Bounded caches and sweepers: a bot that keeps nothing per user must not grow with its users.
    makeCache: limitedCaches(),
    sweepers: cacheSweepers(),
    rest: { ...restSweeps(), ...(config.apiUrl ? { api: config.apiUrl } : {}) },
  });

  // Without a context given, this bot owns its question log. A database newer than the code stops
  // start-up here; one that is merely down does not.
  let ownLog: QuestionLog | undefined;
  let ctx = options.context;
  if (!ctx) {
    ownLog = questionLogFromConfig(config, logger);
    await ownLog.start();
    ctx = createBotContext(service, config, logger, { questionLog: ownLog });
  }
  const questionLog = ctx.questionLog;
  const onInteraction = createInteractionHandler(ctx, options.commands ?? loadCommands());
  const onMessage = createMessageHandler(ctx, () => client.user?.id);

  // Each event's handling, until its reply is sent: a shutdown waits for these.
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  // A DM channel stays cached while its event is answered, and among the most recent ones after.
  const dmChannels = new DmChannelBound(client.channels.cache);
  const track = (what: string, dmChannelId: string | null, handling: () => Promise<void>) => {
    if (stopping) {
      logger.debug({ what }, "event ignored: shutting down");
      return;
    }
    const release = dmChannelId ? dmChannels.use(dmChannelId) : undefined;
    const done = handling()
      .catch((error: unknown) => logger.error({ err: error }, `${what} not handled`))
      .finally(() => {
        inFlight.delete(done);
        release?.();
      });
    inFlight.add(done);
  };
  client.on(Events.InteractionCreate, (interaction) =>
    track("interaction", dmChannelOf(interaction), () => onInteraction(interaction)),
  );
  client.on(Events.MessageCreate, (message) =>
    track("message", dmChannelOf(message), () => onMessage(message)),
  );
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord client error"));
  client.on(Events.Warn, (message) => logger.warn({ message }, "discord client warning"));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ code: event.code, shardId }, "gateway disconnected"),
  );

  const readyTimeoutMs = options.readyTimeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<Client<true>>((resolve, reject) => {
    client.once(Events.ClientReady, resolve);
    timer = setTimeout(
      () => reject(new Error(`the gateway did not say ready within ${readyTimeoutMs} ms`)),
      readyTimeoutMs,
    );
  });
  let readyClient: Client<true>;
  try {
    await client.login(config.token);
    readyClient = await ready;
  } catch (error) {
    await client.destroy();
    await ownLog?.close(1000);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const stats = service.about().stats;
  logger.info(
    {
      tag: readyClient.user.tag,
      userId: readyClient.user.id,
      guilds: readyClient.guilds.cache.size,
      facts: stats.facts,
      entities: stats.entities,
      version: APP_VERSION,
    },
    "bot ready",
  );

  let stopped: Promise<void> | undefined;
  const stop = async (signal?: AbortSignal) => {
    stopping = true;
    if (inFlight.size > 0) {
      logger.info({ replies: inFlight.size }, "waiting for the replies being made");
      const aborted = new Promise<void>((resolve) => signal?.addEventListener("abort", () => resolve()));
      await Promise.race([Promise.allSettled([...inFlight]), aborted]);
      if (inFlight.size > 0) logger.warn({ replies: inFlight.size }, "replies still being made at shutdown");
    }
    await client.destroy();
    // What the log still holds gets a few seconds; a database that is away does not hold up the exit.
    await ownLog?.close(LOG_FLUSH_MS, signal);
    logger.info("bot stopped");
  };
  return {
    client: readyClient,
    service,
    questionLog,
    stop(signal) {
      stopped ??= stop(signal);
      return stopped;
    },
  };
}

/** The id of the DM channel an event came from, if it came from one. */
function dmChannelOf(event: {
  channelId: string | null;
  channel: { type: ChannelType } | null;
}): string | null {
  const type = event.channel?.type;
  return type === ChannelType.DM || type === ChannelType.GroupDM ? event.channelId : null;
}
