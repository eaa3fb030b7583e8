// POST /interactions: Discord's HTTP interactions. Every request is verified before anything else is
// read from it; PING is answered with PONG; anything else goes through the door to the handlers.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type APIInteraction, InteractionResponseType, InteractionType } from "discord.js";
import type { Logger } from "../../log.js";
import type { HttpDoor } from "./door.js";
import { UnknownInteractionError } from "./door.js";
import { checkSignature, ed25519PublicKey } from "./signature.js";

export const INTERACTIONS_PATH = "/interactions";
/** Discord's interaction payloads are a few kilobytes; anything far larger is not from Discord. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface EndpointOptions {
  host: string;
  port: number;
  /** The application's public key, hex. */
  publicKey: string;
  door: HttpDoor;
  logger: Logger;
  now?: () => number;
}

export interface InteractionsEndpoint {
  /** The port it listens on (the one picked, when asked for port 0). */
  port: number;
  url: string;
  /** Stops taking requests and lets those under way finish, until `signal` aborts. */
  stop(signal?: AbortSignal): Promise<void>;
}

class TooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new TooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

export async function startInteractionsEndpoint(options: EndpointOptions): Promise<InteractionsEndpoint> {
  const { door, logger } = options;
  const key = ed25519PublicKey(options.publicKey);
  const now = options.now ?? (() => Date.now() / 1000);
  /** Refusals are logged once per reason a minute: a scanner must not flood the log. */
  const lastRefusalLog = new Map<string, number>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0];
    if (path !== INTERACTIONS_PATH) return send(res, 404, { error: "not found" });
    if (req.method !== "POST") {
      res.setHeader("allow", "POST");
      return send(res, 405, { error: "method not allowed" });
    }
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch (error) {
      if (error instanceof TooLarge) return send(res, 413, { error: "payload too large" });
      throw error;
    }
    const check = checkSignature(
      key,
      {
        signature: header(req, "x-signature-ed25519"),
        timestamp: header(req, "x-signature-timestamp"),
        body,
      },
      now(),
    );
    if (!check.ok) {
      const at = Date.now();
      if ((lastRefusalLog.get(check.reason) ?? 0) < at - 60_000) {
        lastRefusalLog.set(check.reason, at);
        logger.warn(
          { reason: check.reason, remote: req.socket.remoteAddress },
          "interaction refused: invalid request signature",
        );
      }
      return send(res, 401, { error: "invalid request signature" });
    }
    let payload: APIInteraction;
    try {
      payload = JSON.parse(body.toString("utf8")) as APIInteraction;
    } catch {
      return send(res, 400, { error: "the body is not JSON" });
    }
    if (payload?.type === InteractionType.Ping) return send(res, 200, { type: InteractionResponseType.Pong });
    try {
      send(res, 200, await door.respond(payload));
    } catch (error) {
      if (error instanceof UnknownInteractionError) return send(res, 400, { error: error.message });
      logger.error({ err: error, interactionId: payload?.id }, "interaction payload could not be handled");
      send(res, 400, { error: "the interaction could not be read" });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error }, "interactions endpoint failed");
      if (!res.headersSent) send(res, 500, { error: "internal error" });
      else res.destroy();
    });
  });
  // Discord keeps connections open between interactions; a slow client must not hold a socket forever.
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = options.host.includes(":") ? `[${options.host}]` : options.host;
  const url = `http://${shownHost}:${port}${INTERACTIONS_PATH}`;
  logger.info({ url }, "interactions endpoint listening");
  return {
    port,
    url,
    async stop(signal) {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        const cut = () => server.closeAllConnections();
        if (signal?.aborted) cut();
        else signal?.addEventListener("abort", cut, { once: true });
      });
      await door.close();
    },
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
