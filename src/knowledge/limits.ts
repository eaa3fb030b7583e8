/**
 * How much a knowledge file may hold. A file past these is refused before it is read or built, with
 * the old knowledge still answering: an engine over a runaway file would hold the bot for minutes.
 */

/** KNOWLEDGE_MAX_BYTES's default: the knowledge file and its article, each. The article's is 5 KB. */
export const DEFAULT_KNOWLEDGE_MAX_BYTES = 5 * 1024 * 1024;

/** Counts past any one article's needs, well within what the engine builds in a second. */
export const KNOWLEDGE_LIMITS = {
  entities: 5_000,
  relations: 500,
  facts: 20_000,
  /** Aliases, keywords and words of one entity, relation or fact. */
  listItems: 200,
  /** YAML aliases resolved while reading (a "billion laughs" file expands without end). */
  yamlAliases: 100,
} as const;

/** How long reading one file may take (a FIFO or a stalled network disk must not hold a reload). */
export const READ_TIMEOUT_MS = 5_000;
