import { type DestinationStream, type Logger, pino } from "pino";
import type { LogLevel } from "./config.js";

export type { Logger } from "pino";

/** Paths pino replaces with "[redacted]", so a token can never reach a log line. */
export const REDACTED_PATHS = [
  "token",
  "*.token",
  "config.token",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
];

/**
 * Structured JSON logs. `destination` defaults to stdout; the console mode passes stderr so that its
 * answers on stdout stay readable.
 */
export function createLogger(options: { level: LogLevel; destination?: DestinationStream | number }): Logger {
  const destination =
    typeof options.destination === "number" ? pino.destination(options.destination) : options.destination;
  return pino(
    {
      level: options.level,
      base: { app: "cis-air-defense-bot" },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    },
    destination ?? pino.destination(1),
  );
}

/** A logger that drops everything; for tests and callers that pass none. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
