// The WebSocket gateway: HELLO, IDENTIFY -> READY + GUILD_CREATEs, heartbeats, RESUME with
// replay of missed events, and dispatches pushed by tests. Sessions outlive connections, as on
// Discord, so a test can cut the connection and watch the client resume where it left off.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import type { GatewayReadyDispatchData } from "discord.js";
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayOpcodes } from "discord.js";
import { type RawData, WebSocket, WebSocketServer } from "ws";
import { APPLICATION_FLAGS, guildCreatePayload } from "./fixtures.js";
import type { Recorder } from "./recorder.js";
import { shardOf } from "./snowflake.js";
import type { World } from "./state.js";

/** IDENTIFY's `shard`: [id, count] with 0 <= id < count; absent means [0, 1]. */
function parseShard(value: unknown): [number, number] | undefined {
  if (value === undefined || value === null) return [0, 1];
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [id, count] = value as unknown[];
  if (!Number.isInteger(id) || !Number.isInteger(count)) return undefined;
  if ((count as number) < 1 || (id as number) < 0 || (id as number) >= (count as number)) return undefined;
  return [id as number, count as number];
}

export interface GatewayFrame {
  /** "received" from the client, or "sent" to it. */
  direction: "received" | "sent";
  /** Which connection, from 1; a reconnect gets a new one. */
  connection: number;
  op: number;
  t: string | null;
  s: number | null;
  d: unknown;
  at: number;
}

export interface GatewayConnection {
  id: number;
  /** Request path and query, e.g. `/?v=10&encoding=json` or `/resume?v=10&encoding=json`. */
  url: string;
  openedAt: number;
  closedAt: number | undefined;
  closeCode: number | undefined;
}

export interface GatewayOptions {
  world: World;
  frames: Recorder<GatewayFrame>;
  heartbeatIntervalMs: number;
  /** Accept only this bot token in IDENTIFY/RESUME; any token when unset. */
  token: string | undefined;
  /** Where READY tells the client to reconnect for a RESUME. */
  resumeUrl: () => string;
}

interface DispatchFrame {
  op: GatewayOpcodes.Dispatch;
  t: string;
  s: number;
  d: unknown;
}

interface Session {
  id: string;
  token: string;
  /** [shard id, shard count] from IDENTIFY; [0, 1] when the client does not shard. */
  shard: [number, number];
  sequence: number;
  /** Every dispatch of the session, so a RESUME can replay what the client missed. */
  log: DispatchFrame[];
  connection: Connection | undefined;
}

interface Connection {
  info: GatewayConnection;
  socket: WebSocket;
  session: Session | undefined;
}

interface ClientFrame {
  op?: unknown;
  d?: unknown;
}

export class Gateway {
  readonly #options: GatewayOptions;
  readonly #wss: WebSocketServer;
  readonly #sessions = new Map<string, Session>();
  readonly #connections: GatewayConnection[] = [];
  readonly #live = new Set<Connection>();
  /** The session the latest IDENTIFY of each shard id created; dispatches go there. */
  readonly #current = new Map<number, Session>();
  /** The shard count of the latest IDENTIFY. */
  #shardCount = 1;

  constructor(server: Server, options: GatewayOptions) {
    this.#options = options;
    this.#wss = new WebSocketServer({ server });
    this.#wss.on("connection", (socket, request) => this.#accept(socket, request));
  }

  get connections(): readonly GatewayConnection[] {
    return this.#connections;
  }

  get sessionId(): string | undefined {
    return this.#current.get(0)?.id;
  }

  /** Shard ids with a session, and the shard count the clients identified with. */
  get shards(): { ids: number[]; count: number } {
    return { ids: [...this.#current.keys()].sort((a, b) => a - b), count: this.#shardCount };
  }

  /**
   * Sends a dispatch (op 0) on the session of the shard that owns it, as Discord routes events:
   * `(guild_id >> 22) % shard_count`, and shard 0 for events without a guild (DMs). Kept for replay
   * if the client is away.
   */
  dispatch(event: string, data: unknown): number {
    const guildId = (data as { guild_id?: unknown } | null)?.guild_id;
    const shard = typeof guildId === "string" ? shardOf(guildId, this.#shardCount) : 0;
    const session = this.#current.get(shard);
    if (!session)
      throw new Error(
        `cannot dispatch ${event}: no client has identified on the gateway as shard ${shard} yet`,
      );
    return this.#emit(session, event, data);
  }

  /**
   * Closes the current connection with a close code, as Discord does when it drops a client.
   * 1006 is not a code a server may send, so it cuts the TCP connection instead. Resolves once
   * the socket is closed; the session stays resumable.
   */
  close(code: number, reason = "closed by test", shard = 0): Promise<void> {
    const connection = this.#current.get(shard)?.connection;
    if (!connection) return Promise.reject(new Error("no live gateway connection to close"));
    this.#detach(connection);
    const closed = new Promise<void>((resolve) => connection.socket.once("close", () => resolve()));
    if (code === 1006) connection.socket.terminate();
    else connection.socket.close(code, reason);
    return closed;
  }

  async stop(): Promise<void> {
    for (const connection of this.#live) connection.socket.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #accept(socket: WebSocket, request: IncomingMessage): void {
    const info: GatewayConnection = {
      id: this.#connections.length + 1,
      url: request.url ?? "/",
      openedAt: Date.now(),
      closedAt: undefined,
      closeCode: undefined,
    };
    this.#connections.push(info);
    const connection: Connection = { info, socket, session: undefined };
    this.#live.add(connection);
    socket.on("close", (code) => {
      info.closedAt = Date.now();
      info.closeCode = code;
      this.#live.delete(connection);
      this.#detach(connection);
    });
    socket.on("message", (data, isBinary) => this.#receive(connection, data, isBinary));
    socket.on("error", () => socket.terminate());

    const query = new URL(info.url, "ws://127.0.0.1").searchParams;
    if (query.get("v") !== "10") {
      socket.close(GatewayCloseCodes.InvalidAPIVersion, "Invalid API version");
      return;
    }
    if ((query.get("encoding") ?? "json") !== "json" || query.has("compress")) {
      // Only plain JSON is implemented; say so loudly rather than send frames the client can't read.
      socket.close(GatewayCloseCodes.DecodeError, "only encoding=json without compression is supported");
      return;
    }
    this.#send(connection, {
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.#options.heartbeatIntervalMs },
    });
  }

  #receive(connection: Connection, data: RawData, isBinary: boolean): void {
    let frame: ClientFrame;
    try {
      if (isBinary) throw new Error("binary frame");
      frame = JSON.parse(data.toString()) as ClientFrame;
    } catch {
      connection.socket.close(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
      return;
    }
    const op = typeof frame.op === "number" ? frame.op : -1;
    this.#options.frames.add({
      direction: "received",
      connection: connection.info.id,
      op,
      t: null,
      s: null,
      d: frame.d,
      at: Date.now(),
    });
    switch (op) {
      case GatewayOpcodes.Heartbeat:
        this.#send(connection, { op: GatewayOpcodes.HeartbeatAck });
        return;
      case GatewayOpcodes.Identify:
        this.#identify(connection, frame.d as { token?: unknown });
        return;
      case GatewayOpcodes.Resume:
        this.#resume(connection, frame.d as { token?: unknown; session_id?: unknown; seq?: unknown });
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (!connection.session)
          connection.socket.close(GatewayCloseCodes.NotAuthenticated, "Not authenticated.");
        return;
      default:
        connection.socket.close(GatewayCloseCodes.UnknownOpcode, "Unknown opcode.");
    }
  }

  #identify(connection: Connection, d: { token?: unknown; shard?: unknown } | undefined): void {
    if (connection.session) {
      connection.socket.close(GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated.");
      return;
    }
    const token = typeof d?.token === "string" ? d.token : "";
    if (!this.#tokenAccepted(token)) {
      connection.socket.close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
      return;
    }
    const shard = parseShard(d?.shard);
    if (!shard) {
      connection.socket.close(GatewayCloseCodes.InvalidShard, "Invalid shard.");
      return;
    }
    const session: Session = {
      id: randomBytes(16).toString("hex"),
      token,
      shard,
      sequence: 0,
      log: [],
      connection: undefined,
    };
    this.#sessions.set(session.id, session);
    this.#current.set(shard[0], session);
    this.#shardCount = shard[1];
    this.#attach(connection, session);
    const { world } = this.#options;
    const guilds = world.guilds.filter((guild) => shardOf(guild.id, shard[1]) === shard[0]);
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: world.bot,
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.#options.resumeUrl(),
      shard,
      application: {
        id: world.applicationId,
        flags: APPLICATION_FLAGS,
        flags_new: String(APPLICATION_FLAGS),
      },
    };
    this.#emit(session, GatewayDispatchEvents.Ready, ready);
    // discord.js holds `clientReady` until every guild listed in READY has arrived.
    for (const guild of guilds)
      this.#emit(session, GatewayDispatchEvents.GuildCreate, guildCreatePayload(guild));
  }

  #resume(
    connection: Connection,
    d: { token?: unknown; session_id?: unknown; seq?: unknown } | undefined,
  ): void {
    const session = typeof d?.session_id === "string" ? this.#sessions.get(d.session_id) : undefined;
    if (!session || d?.token !== session.token) {
      // op 9 with `false`: not resumable, identify again.
      this.#send(connection, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    const seq = typeof d.seq === "number" ? d.seq : 0;
    if (seq > session.sequence) {
      connection.socket.close(GatewayCloseCodes.InvalidSeq, "Invalid seq.");
      return;
    }
    const previous = session.connection;
    if (previous) {
      this.#detach(previous);
      previous.socket.close(GatewayCloseCodes.SessionTimedOut, "Session resumed elsewhere.");
    }
    this.#attach(connection, session);
    for (const missed of session.log.filter((frame) => frame.s > seq)) this.#send(connection, missed);
    this.#emit(session, GatewayDispatchEvents.Resumed, null);
  }

  #tokenAccepted(token: string): boolean {
    const expected = this.#options.token;
    return token !== "" && (expected === undefined || token === expected);
  }

  #attach(connection: Connection, session: Session): void {
    connection.session = session;
    session.connection = connection;
  }

  /** Stops sending a session's dispatches to this connection; they queue for a RESUME instead. */
  #detach(connection: Connection): void {
    if (connection.session?.connection === connection) connection.session.connection = undefined;
  }

  #emit(session: Session, event: string, data: unknown): number {
    session.sequence += 1;
    const frame: DispatchFrame = { op: GatewayOpcodes.Dispatch, t: event, s: session.sequence, d: data };
    session.log.push(frame);
    if (session.connection) this.#send(session.connection, frame);
    return frame.s;
  }

  #send(connection: Connection, frame: { op: number; d?: unknown; t?: string; s?: number }): void {
    if (connection.socket.readyState !== WebSocket.OPEN) return;
    const full = { op: frame.op, d: frame.d ?? null, s: frame.s ?? null, t: frame.t ?? null };
    connection.socket.send(JSON.stringify(full));
    this.#options.frames.add({
      direction: "sent",
      connection: connection.info.id,
      op: full.op,
      t: full.t,
      s: full.s,
      d: full.d,
      at: Date.now(),
    });
  }
}
