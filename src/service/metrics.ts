/** Which door a question came through. */
export type QuestionTransport = "slash" | "button" | "dm" | "mention";

/** What became of a question: answered from the knowledge, refused as not covered, blank, or held back. */
export type QuestionResult = "answered" | "unanswered" | "empty" | "rate_limited";

/**
 * What the bot reports about its work. Handlers call it unconditionally; without METRICS_PORT it is
 * `NO_METRICS`, which does nothing and loads nothing.
 */
export interface Metrics {
  /** One question; `seconds` is how long the engine took, for the questions it was asked. */
  question(transport: QuestionTransport, result: QuestionResult, seconds?: number): void;
  /** One reload of the knowledge, swapped in or refused. */
  reload(result: "ok" | "failed"): void;
}

export const NO_METRICS: Metrics = {
  question() {},
  reload() {},
};
