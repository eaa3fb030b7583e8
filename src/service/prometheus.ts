import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Metrics } from "./metrics.js";

/** What the metrics read when they are scraped rather than when something happens. */
export interface MetricProbes {
  /** Facts of the knowledge in service. */
  facts(): number | undefined;
  /** The gateway's heartbeat round trip in ms; undefined (or negative, before the first) when unknown. */
  gatewayPingMs(): number | undefined;
}

export interface PrometheusMetrics {
  metrics: Metrics;
  registry: Registry;
}

/** The Prometheus form of the bot's metrics, in a registry of its own, with the process's metrics. */
export function createPrometheusMetrics(probes: MetricProbes): PrometheusMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const questions = new Counter({
    name: "cisbot_questions_total",
    help: "Questions asked, by transport and result (answered, unanswered, empty, rate_limited).",
    labelNames: ["transport", "result"] as const,
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: "cisbot_rate_limited_questions_total",
    help: "Questions held back by the per-user rate limit, by transport.",
    labelNames: ["transport"] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: "cisbot_answer_seconds",
    help: "How long the engine took to answer a question, by transport.",
    labelNames: ["transport"] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [registry],
  });
  const reloads = new Counter({
    name: "cisbot_knowledge_reloads_total",
    help: "Knowledge reloads, by result (ok: swapped in; failed: refused, the old knowledge kept).",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  new Gauge({
    name: "cisbot_knowledge_facts",
    help: "Facts of the knowledge in service.",
    registers: [registry],
    collect() {
      const facts = probes.facts();
      if (facts !== undefined) this.set(facts);
    },
  });
  new Gauge({
    name: "cisbot_gateway_ping_seconds",
    help: "Round trip of the last gateway heartbeat.",
    registers: [registry],
    collect() {
      const ping = probes.gatewayPingMs();
      if (ping !== undefined && ping >= 0) this.set(ping / 1000);
    },
  });

  return {
    registry,
    metrics: {
      question(transport, result, seconds) {
        questions.inc({ transport, result });
        if (result === "rate_limited") rateLimited.inc({ transport });
        if (seconds !== undefined) latency.observe({ transport }, seconds);
      },
      reload(result) {
        reloads.inc({ result });
      },
    },
  };
}
