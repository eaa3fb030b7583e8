// A Discord look-alike on 127.0.0.1 for end-to-end tests of the real discord.js client: REST
// under /api/v10 and the gateway on the same port. Tests start one, point the client at it
// (`rest: { api: server.apiUrl }`), push events with `dispatch*`, and read what the bot sent
// back from the recorded requests.
import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type {
  APIApplicationCommandAutocompleteInteraction,
  APIApplicationCommandInteractionDataBasicOption,
  APIChatInputApplicationCommandInteraction,
  APIMessage,
  APIMessageComponentButtonInteraction,
  APITextChannel,
  APIUser,
  ChannelType,
  GatewayMessageCreateDispatchData,
} from "discord.js";
import { InteractionResponseType, MessageFlags } from "discord.js";
import { FaultInjector, type FaultSpec, type RequestMatcher, toPredicate } from "./faults.js";
import {
  createGuild,
  createUser,
  type GuildFixture,
  type GuildSeed,
  roleId,
  type UserSeed,
} from "./fixtures.js";
import { Gateway, type GatewayConnection, type GatewayFrame } from "./gateway.js";
import { describeRequest, type RecordedRequest } from "./http-io.js";
import {
  autocomplete,
  botMention,
  buttonPress,
  chatInputCommand,
  dmMessage,
  focusedOption,
  type GuildPlace,
  inDm,
  inGuild,
  otherBotMessage,
  type Place,
  stringOption,
} from "./payloads.js";
import { assertNoProblems, interactionProblems, messageProblems } from "./preflight.js";
import { RateLimitBuckets, type RateLimitOptions } from "./rate-limits.js";
import { type Predicate, Recorder } from "./recorder.js";
import { RestApi } from "./rest.js";
import { snowflake } from "./snowflake.js";
import { type InteractionLike, type MessageBody, World } from "./state.js";

export interface DiscordServerOptions {
  /** Sent in HELLO; Discord uses 41250 ms, tests want ~1000 to see heartbeats quickly. */
  heartbeatIntervalMs?: number;
  /** The only bot token accepted on REST and the gateway; any token when unset. */
  token?: string;
  bot?: UserSeed;
  /** Defaults to the bot user's id, as for every application created since 2020. */
  applicationId?: string;
  /** The application's owner (default: a user named "owner"); with `team`, its members own it. */
  owner?: UserSeed;
  team?: UserSeed[];
  /** Guilds the bot is in; default one guild with @everyone, "Moderator" and #general. */
  guilds?: GuildSeed[];
  rateLimit?: RateLimitOptions;
  /** Default timeout of every `waitFor*` helper, in ms; default 5000. */
  waitTimeoutMs?: number;
  /** The shard count `/gateway/bot` recommends (what SHARD_COUNT=auto starts); default 1. */
  recommendedShards?: number;
  /** IDENTIFYs allowed together in each 5 s (`session_start_limit.max_concurrency`); default 1. */
  maxConcurrency?: number;
}

/**
 * How a test signs an HTTP interaction: properly, with another key, not at all, too long ago, or
 * properly but with the body changed after signing.
 */
export type Signing = "valid" | "wrong-key" | "unsigned" | "stale" | "tampered";

export interface HttpInteractionResult {
  status: number;
  /** The response body: the interaction response for a 200, an error otherwise. */
  body: unknown;
  /** For a 200 to an interaction (not PING): the response, recorded as the interaction's callback. */
  callback: RecordedRequest | undefined;
}

/** Who acts and where, for the payload helpers. Defaults: `server.user`, in `server.guild`. */
export interface ActorOptions {
  user?: APIUser;
  /** "dm" for a direct message with the bot; otherwise a guild (the first one by default). */
  in?: "guild" | "dm";
  guild?: GuildFixture;
  channel?: APITextChannel;
  /** Names of guild roles the member holds, e.g. ["Moderator"]. */
  roles?: string[];
  /** Overrides the member permissions otherwise computed from the roles. */
  permissions?: bigint;
}

export interface CommandOptions extends ActorOptions {
  options?: APIApplicationCommandInteractionDataBasicOption[];
}

/** `options` here are extra command options, sent after the question (e.g. a boolean flag). */
export interface AskOptions extends CommandOptions {
  /** Slash command name; default "ask". */
  command?: string;
  /** Name of the string option carrying the question; default "question". */
  option?: string;
}

/** What a user ends up seeing after an interaction, and the requests that made it so. */
export interface InteractionAnswer {
  interaction: InteractionLike;
  /** The POST to `/interactions/{id}/{token}/callback` that acknowledged the interaction. */
  callback: RecordedRequest;
  /** The request whose body holds the visible message: the callback, or an edit or follow-up. */
  final: RecordedRequest;
  body: MessageBody;
  content: string;
  ephemeral: boolean;
}

/** The bot's answer to a message: the first message it posted to that channel afterwards. */
export interface ChannelAnswer {
  message: GatewayMessageCreateDispatchData;
  request: RecordedRequest;
  body: MessageBody;
  content: string;
}

export interface GatewayStats {
  connections: number;
  identifies: number;
  resumes: number;
  heartbeats: number;
  heartbeatAcks: number;
}

const isSuccess = (request: RecordedRequest) =>
  request.response.status >= 200 && request.response.status < 300;

export class DiscordServer {
  readonly port: number;
  /** Base for discord.js's `rest.api` option; discord.js appends `/v10`. */
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly bot: APIUser;
  readonly applicationId: string;
  readonly guilds: readonly GuildFixture[];
  /** A human user the helpers act as unless told otherwise. */
  readonly user: APIUser;
  /** Who owns the application (GET /applications/@me), and the team members when a team does. */
  readonly owner: APIUser;
  readonly team: readonly APIUser[] | undefined;
  /** Errors thrown inside route handlers (answered as 500); a test may assert it stays empty. */
  readonly routeErrors: unknown[] = [];

  readonly #http: Server;
  readonly #world: World;
  readonly #gateway: Gateway;
  readonly #rest: RestApi;
  readonly #requests: Recorder<RecordedRequest>;
  readonly #frames: Recorder<GatewayFrame>;
  readonly #faults: FaultInjector;
  readonly #waitTimeoutMs: number;
  readonly #signingKey: KeyObject;
  readonly #wrongKey: KeyObject;
  /** The application's public key as the Developer Portal shows it (hex), for DISCORD_PUBLIC_KEY. */
  readonly publicKey: string;
  /** Id of the newest connection when `closeGateway` last ran, to tell a new RESUMED from old ones. */
  #closedConnection = 0;
  #stopped = false;

  private constructor(http: Server, options: DiscordServerOptions) {
    this.#http = http;
    this.port = (http.address() as AddressInfo).port;
    this.apiUrl = `http://127.0.0.1:${this.port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${this.port}`;
    this.#waitTimeoutMs = options.waitTimeoutMs ?? 5000;

    this.bot = createUser({ username: "TestBot", ...options.bot, bot: true });
    this.applicationId = options.applicationId ?? this.bot.id;
    this.guilds = (options.guilds ?? [{}]).map((seed) => createGuild(seed, this.bot));
    this.user = createUser({ username: "tester", globalName: "Tess Tester" });
    this.owner = createUser({ username: "owner", ...options.owner });
    this.team = options.team?.map((seed) => createUser(seed));
    this.#world = new World({
      bot: this.bot,
      applicationId: this.applicationId,
      guilds: [...this.guilds],
      owner: this.owner,
      ...(this.team ? { team: [...this.team] } : {}),
    });
    this.#world.learnUser(this.user);

    const pair = generateKeyPairSync("ed25519");
    this.#signingKey = pair.privateKey;
    this.#wrongKey = generateKeyPairSync("ed25519").privateKey;
    this.publicKey = Buffer.from(pair.publicKey.export({ format: "jwk" }).x ?? "", "base64url").toString(
      "hex",
    );
    this.#requests = new Recorder(describeRequest);
    this.#frames = new Recorder((f) => `${f.direction} #${f.connection} op ${f.op}${f.t ? ` ${f.t}` : ""}`);
    this.#faults = new FaultInjector();
    this.#rest = new RestApi({
      world: this.#world,
      recorder: this.#requests,
      faults: this.#faults,
      buckets: new RateLimitBuckets(options.rateLimit),
      token: options.token,
      gateway: {
        url: () => this.gatewayUrl,
        sessionStartLimit: () => ({
          total: 1000,
          remaining: Math.max(0, 1000 - this.gatewayStats().identifies),
          reset_after: 86_400_000,
          max_concurrency: options.maxConcurrency ?? 1,
        }),
        shards: () => options.recommendedShards ?? 1,
      },
      verifyKey: this.publicKey,
      onRouteError: (error) => this.routeErrors.push(error),
    });
    http.on("request", this.#rest.listener);
    this.#gateway = new Gateway(http, {
      world: this.#world,
      frames: this.#frames,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      token: options.token,
      resumeUrl: () => `${this.gatewayUrl}/resume`,
    });
  }

  /** Listens on a free port of 127.0.0.1. */
  static async start(options: DiscordServerOptions = {}): Promise<DiscordServer> {
    const http = createServer();
    await new Promise<void>((resolve, reject) => {
      http.once("error", reject);
      http.listen(0, "127.0.0.1", () => resolve());
    });
    return new DiscordServer(http, options);
  }

  /** The first guild, which the helpers use by default. */
  get guild(): GuildFixture {
    const first = this.guilds[0];
    if (!first) throw new Error("the server was started without guilds");
    return first;
  }

  // ----- observing REST ------------------------------------------------------------------

  get requests(): readonly RecordedRequest[] {
    return this.#requests.items;
  }

  /** The first request, already received or still to come, that matches. */
  waitForRequest(matcher: RequestMatcher, timeoutMs = this.#waitTimeoutMs): Promise<RecordedRequest> {
    return this.#requests.waitFor(toPredicate(matcher), timeoutMs, "a matching request");
  }

  /** Makes the next matching request(s) fail, e.g. `{ status: 429, retryAfter: 0.2 }`. */
  failNext(matcher: RequestMatcher, fault: FaultSpec): void {
    this.#faults.add(matcher, fault);
  }

  /** The successful callback POST for an interaction (a rate-limited attempt does not count). */
  interactionReply(interactionId: string, timeoutMs = this.#waitTimeoutMs): Promise<RecordedRequest> {
    const prefix = `/api/v10/interactions/${interactionId}/`;
    return this.#requests.waitFor(
      (r) => r.method === "POST" && r.path.startsWith(prefix) && r.path.endsWith("/callback") && isSuccess(r),
      timeoutMs,
      `the callback of interaction ${interactionId}`,
    );
  }

  /** What the user sees for an interaction: the reply, or after a defer, the edit or follow-up. */
  async interactionAnswer(
    interaction: InteractionLike,
    timeoutMs = this.#waitTimeoutMs,
  ): Promise<InteractionAnswer> {
    const callback = await this.interactionReply(interaction.id, timeoutMs);
    const { type, data } = (callback.body ?? {}) as { type?: number; data?: MessageBody };
    let final = callback;
    let body: MessageBody = data ?? {};
    const deferred =
      type === InteractionResponseType.DeferredChannelMessageWithSource ||
      type === InteractionResponseType.DeferredMessageUpdate;
    if (deferred) {
      const webhook = `/api/v10/webhooks/${this.applicationId}/${interaction.token}`;
      final = await this.#requests.waitFor(
        (r) =>
          r.seq > callback.seq &&
          isSuccess(r) &&
          ((r.method === "PATCH" && r.path === `${webhook}/messages/@original`) ||
            (r.method === "POST" && r.path === webhook)),
        timeoutMs,
        `the message that completes deferred interaction ${interaction.id}`,
      );
      body = (final.body ?? {}) as MessageBody;
    }
    const flags = (data?.flags ?? 0) | (body.flags ?? 0);
    return {
      interaction,
      callback,
      final,
      body,
      content: body.content ?? "",
      ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
    };
  }

  /** The first successful message POST to a channel after request number `afterSeq`. */
  channelMessage(channelId: string, afterSeq = 0, timeoutMs = this.#waitTimeoutMs): Promise<RecordedRequest> {
    const path = `/api/v10/channels/${channelId}/messages`;
    return this.#requests.waitFor(
      (r) => r.method === "POST" && r.path === path && r.seq > afterSeq && isSuccess(r),
      timeoutMs,
      `a message posted to channel ${channelId}`,
    );
  }

  // ----- the gateway ---------------------------------------------------------------------

  get gatewayFrames(): readonly GatewayFrame[] {
    return this.#frames.items;
  }

  get gatewayConnections(): readonly GatewayConnection[] {
    return this.#gateway.connections;
  }

  gatewayStats(): GatewayStats {
    const count = (direction: GatewayFrame["direction"], op: number) =>
      this.#frames.items.filter((f) => f.direction === direction && f.op === op).length;
    return {
      connections: this.#gateway.connections.length,
      identifies: count("received", 2),
      resumes: count("received", 6),
      heartbeats: count("received", 1),
      heartbeatAcks: count("sent", 11),
    };
  }

  waitForGatewayFrame(
    predicate: Predicate<GatewayFrame>,
    timeoutMs = this.#waitTimeoutMs,
  ): Promise<GatewayFrame> {
    return this.#frames.waitFor(predicate, timeoutMs, "a matching gateway frame");
  }

  /** Pushes any dispatch event (op 0) to the bot; returns its sequence number. */
  dispatch(event: string, data: unknown): number {
    return this.#gateway.dispatch(event, data);
  }

  /**
   * INTERACTION_CREATE; the interaction's callback and webhook routes then accept its token.
   * Throws, naming the field, for a payload discord.js would silently drop; use `dispatch` to
   * send a malformed one on purpose.
   */
  dispatchInteraction<T extends InteractionLike>(payload: T): T {
    assertNoProblems(`interaction ${payload.id}`, interactionProblems(payload, this.guilds));
    this.#world.learnInteraction(payload);
    this.dispatch("INTERACTION_CREATE", payload);
    return payload;
  }

  /** MESSAGE_CREATE; the message's DM channel (if any) becomes known to the REST routes. */
  dispatchMessage<T extends APIMessage & { channel_type?: ChannelType }>(payload: T): T {
    assertNoProblems(`message ${payload.id}`, messageProblems(payload));
    this.#world.learnMessage(payload);
    this.dispatch("MESSAGE_CREATE", payload);
    return payload;
  }

  /**
   * Drops the bot's gateway connection with `code`: 4000 (unknown error) and other 4xxx
   * resumable codes make discord.js RESUME on `resume_gateway_url`; 1006 cuts the TCP
   * connection without a close frame. Resolves once the connection is closed.
   */
  async closeGateway(code = 4000, shard = 0): Promise<void> {
    this.#closedConnection = this.#gateway.connections.length;
    await this.#gateway.close(code, "closed by test", shard);
  }

  /** The shard ids that have identified, and the shard count they identified with. */
  get gatewayShards(): { ids: number[]; count: number } {
    return this.#gateway.shards;
  }

  // ----- HTTP interactions ---------------------------------------------------------------

  /**
   * POSTs an interaction to a bot's interactions endpoint as Discord does: `X-Signature-Ed25519` over
   * timestamp + body with the application's key (or as `signing` says). A 200 response to anything
   * but PING is taken as the interaction's callback, recorded like the POST a gateway bot makes, so
   * `interactionAnswer` and the webhook routes work the same for both doors.
   */
  async postInteraction(
    url: string,
    payload: InteractionLike | { type: 1; id?: string; token?: string; application_id?: string },
    signing: Signing = "valid",
  ): Promise<HttpInteractionResult> {
    const isPing = payload.type === 1;
    if (!isPing) {
      const interaction = payload as InteractionLike;
      assertNoProblems(`interaction ${interaction.id}`, interactionProblems(interaction, this.guilds));
      this.#world.learnInteraction(interaction);
    }
    const { status, body: parsed } = await this.postSigned(url, JSON.stringify(payload), signing);
    let callback: RecordedRequest | undefined;
    if (status === 200 && !isPing) {
      const interaction = payload as InteractionLike;
      callback = this.#rest.inject(
        "POST",
        `/api/v10/interactions/${interaction.id}/${interaction.token}/callback`,
        parsed,
        { "x-interaction-response": "http" },
      );
    }
    return { status, body: parsed, callback };
  }

  /** POSTs any body, signed as `signing` says, and nothing else: no checks, no recording. */
  async postSigned(
    url: string,
    body: string,
    signing: Signing = "valid",
  ): Promise<{ status: number; body: unknown }> {
    const seconds = Math.floor(Date.now() / 1000) - (signing === "stale" ? 6 * 60 : 0);
    const timestamp = String(seconds);
    const key = signing === "wrong-key" ? this.#wrongKey : this.#signingKey;
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "user-agent": "Discord-Interactions/1.0",
    };
    if (signing !== "unsigned") {
      headers["x-signature-ed25519"] = sign(null, Buffer.from(timestamp + body), key).toString("hex");
      headers["x-signature-timestamp"] = timestamp;
    }
    // "tampered": signed properly, then changed on the way, as a man in the middle would.
    const sent = signing === "tampered" ? body.replace(/"type":\s*(\d+)/, '"type": $1') : body;
    const response = await fetch(url, { method: "POST", headers, body: sent });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // kept as text
    }
    return { status: response.status, body: parsed };
  }

  /** `/ask question:<question>` through an interactions endpoint, and what the user sees in return. */
  async askOverHttp(url: string, question: string, options: AskOptions = {}): Promise<InteractionAnswer> {
    const payload = this.commandPayload(options.command ?? "ask", {
      ...options,
      options: [stringOption(options.option ?? "question", question), ...(options.options ?? [])],
    });
    const result = await this.postInteraction(url, payload);
    if (result.status !== 200)
      throw new Error(`the endpoint answered ${result.status}: ${JSON.stringify(result.body)}`);
    return this.interactionAnswer(payload);
  }

  /** The RESUMED dispatch that ends the first successful RESUME after the last `closeGateway`. */
  waitForResumed(timeoutMs = this.#waitTimeoutMs): Promise<GatewayFrame> {
    const after = this.#closedConnection;
    return this.#frames.waitFor(
      (f) => f.direction === "sent" && f.t === "RESUMED" && f.connection > after,
      timeoutMs,
      "a RESUMED dispatch",
    );
  }

  // ----- payloads bound to this server's ids ---------------------------------------------

  createUser(username: string): APIUser {
    const user = createUser({ username });
    this.#world.learnUser(user);
    return user;
  }

  /** Where an actor is: a guild channel with their roles, or their DM channel with the bot. */
  place(actor: ActorOptions = {}): Place {
    const user = actor.user ?? this.user;
    if (actor.in === "dm") return inDm(this.#world.openDm(user.id).id);
    return this.#guildPlace(actor);
  }

  commandPayload(name: string, options: CommandOptions = {}): APIChatInputApplicationCommandInteraction {
    return chatInputCommand({
      applicationId: this.applicationId,
      user: options.user ?? this.user,
      place: this.place(options),
      name,
      ...this.#commandId(name, options),
      ...(options.options ? { options: options.options } : {}),
    });
  }

  autocompletePayload(
    name: string,
    focused: { name: string; value: string },
    options: CommandOptions = {},
  ): APIApplicationCommandAutocompleteInteraction {
    return autocomplete({
      applicationId: this.applicationId,
      user: options.user ?? this.user,
      place: this.place(options),
      name,
      ...this.#commandId(name, options),
      options: [...(options.options ?? []), focusedOption(focused.name, focused.value)],
    });
  }

  buttonPayload(
    customId: string,
    message: APIMessage,
    options: ActorOptions = {},
  ): APIMessageComponentButtonInteraction {
    return buttonPress({
      applicationId: this.applicationId,
      user: options.user ?? this.user,
      place: this.place(options),
      customId,
      message,
    });
  }

  dmPayload(content: string, user: APIUser = this.user): GatewayMessageCreateDispatchData {
    return dmMessage({ author: user, channelId: this.#world.openDm(user.id).id, content });
  }

  mentionPayload(question: string, actor: ActorOptions = {}): GatewayMessageCreateDispatchData {
    return botMention({
      place: this.#guildPlace(actor),
      author: actor.user ?? this.user,
      bot: this.bot,
      question,
    });
  }

  otherBotPayload(content: string, actor: ActorOptions = {}): GatewayMessageCreateDispatchData {
    const author = actor.user ?? createUser({ username: "OtherBot", bot: true });
    return otherBotMessage({ place: this.#guildPlace(actor), author, content });
  }

  // ----- whole exchanges -----------------------------------------------------------------

  /** `/ask question:<question>` and what the user sees in return. */
  ask(question: string, options: AskOptions = {}): Promise<InteractionAnswer> {
    const payload = this.commandPayload(options.command ?? "ask", {
      ...options,
      options: [stringOption(options.option ?? "question", question), ...(options.options ?? [])],
    });
    return this.interactionAnswer(this.dispatchInteraction(payload));
  }

  /** A DM to the bot and the first message the bot posts back in that DM. */
  sendDm(content: string, user: APIUser = this.user): Promise<ChannelAnswer> {
    return this.#exchange(this.dmPayload(content, user));
  }

  /** `@Bot question` in a guild channel and the first message the bot posts back there. */
  mention(question: string, actor: ActorOptions = {}): Promise<ChannelAnswer> {
    return this.#exchange(this.mentionPayload(question, actor));
  }

  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#requests.cancelWaits("the Discord test server was stopped");
    this.#frames.cancelWaits("the Discord test server was stopped");
    await this.#gateway.stop();
    await new Promise<void>((resolve) => {
      this.#http.close(() => resolve());
      // Keep-alive sockets of the REST client would otherwise hold `close` open.
      this.#http.closeAllConnections();
    });
  }

  async #exchange(message: GatewayMessageCreateDispatchData): Promise<ChannelAnswer> {
    const before = this.#rest.lastSeq;
    this.dispatchMessage(message);
    const request = await this.channelMessage(message.channel_id, before);
    const body = (request.body ?? {}) as MessageBody;
    return { message, request, body, content: body.content ?? "" };
  }

  #guildPlace(actor: ActorOptions): GuildPlace {
    const guild = actor.guild ?? this.guild;
    return inGuild(guild, {
      ...(actor.channel ? { channel: actor.channel } : {}),
      roleIds: (actor.roles ?? []).map((name) => roleId(guild, name)),
      ...(actor.permissions !== undefined ? { permissions: actor.permissions } : {}),
    });
  }

  /** The id the bot registered for this command, when it did; a fresh one otherwise. */
  #commandId(name: string, actor: ActorOptions): { commandId: string } {
    const guildId = actor.in === "dm" ? undefined : (actor.guild ?? this.guild).id;
    const registered = [...this.#world.registeredCommands(guildId), ...this.#world.globalCommands].find(
      (c) => c.name === name,
    );
    return { commandId: registered?.id ?? snowflake() };
  }
}

export function startDiscordServer(options?: DiscordServerOptions): Promise<DiscordServer> {
  return DiscordServer.start(options);
}
