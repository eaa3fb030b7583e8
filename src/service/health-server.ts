import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Registry } from "prom-client";
import type { Logger } from "../log.js";

/** Whether the bot can answer now, and if not, why. */
export type Health = { ok: true } | { ok: false; reason: string };

export interface HealthServer {
  /** The address it listens on (the port chosen when 0 was asked). */
  address: AddressInfo;
  close(): Promise<void>;
}

/**
 * `GET /healthz`: 200 `{"status":"ok"}` when the bot can answer, 503 `{"status":"unavailable",
 * "reason"}` when it cannot. `GET /metrics`: the registry in Prometheus's text format. Nothing else.
 */
export async function startHealthServer(
  options: { host: string; port: number; registry: Registry; health: () => Health },
  logger: Logger,
): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (path === "/healthz") {
      const health = options.health();
      const body = health.ok ? { status: "ok" } : { status: "unavailable", reason: health.reason };
      res
        .writeHead(health.ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" })
        .end(JSON.stringify(body));
      return;
    }
    if (path === "/metrics") {
      options.registry.metrics().then(
        (text) => res.writeHead(200, { "content-type": options.registry.contentType }).end(text),
        (error: unknown) => {
          logger.error({ err: error }, "metrics could not be collected");
          res.writeHead(500, { "content-type": "text/plain" }).end("metrics could not be collected\n");
        },
      );
      return;
    }
    res.writeHead(404, { "content-type": "text/plain" }).end("not found: try /healthz or /metrics\n");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  logger.info({ host: address.address, port: address.port }, "health and metrics listening");
  return {
    address,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
