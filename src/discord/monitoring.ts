import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { Health, HealthServer } from "../service/health-server.js";
import type { Metrics } from "../service/metrics.js";
import type { RunningApp } from "./app.js";

/** Health and metrics of one bot process, served while it runs. */
export interface Monitoring {
  metrics: Metrics;
  server: HealthServer;
  /** From now on, health and the scraped figures come from this app. */
  watch(app: RunningApp): void;
  /** Health says "shutting down" from now on. */
  stopping(): void;
  close(): Promise<void>;
}

/**
 * Starts `/healthz` and `/metrics` (only with METRICS_PORT: prom-client is loaded here and nowhere
 * else). Health is 503 until the knowledge is loaded and the gateway is ready, and again from the
 * moment the process begins to shut down. Each shard process serves on the port plus its shard id.
 */
export async function startMonitoring(
  where: NonNullable<Config["metrics"]>,
  logger: Logger,
  shardId?: number,
): Promise<Monitoring> {
  const { createPrometheusMetrics } = await import("../service/prometheus.js");
  const { startHealthServer } = await import("../service/health-server.js");
  let app: RunningApp | undefined;
  let shuttingDown = false;
  const prometheus = createPrometheusMetrics({
    facts: () => app?.service.about().stats.facts,
    gatewayPingMs: () => app?.gateway?.client.ws.ping,
  });
  const health = (): Health => {
    if (shuttingDown) return { ok: false, reason: "shutting down" };
    if (!app) return { ok: false, reason: "starting: loading the knowledge and connecting" };
    const client = app.gateway?.client;
    if (client && !client.isReady()) return { ok: false, reason: "the gateway is not connected" };
    return { ok: true };
  };
  const port = where.port === 0 || shardId === undefined ? where.port : where.port + shardId;
  const server = await startHealthServer(
    { host: where.host, port, registry: prometheus.registry, health },
    logger,
  );
  return {
    metrics: prometheus.metrics,
    server,
    watch(running) {
      app = running;
      running.service.onReload((outcome) => prometheus.metrics.reload(outcome.ok ? "ok" : "failed"));
    },
    stopping() {
      shuttingDown = true;
    },
    close: () => server.close(),
  };
}
