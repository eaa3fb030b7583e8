import { z } from "zod";
import { DEFAULT_KNOWLEDGE_MAX_BYTES } from "./knowledge/limits.js";
import { DEFAULT_KNOWLEDGE_FILE, knowledgeFilePath, PROJECT_ROOT } from "./paths.js";
import { parseDatabaseUrl, type StorageTarget } from "./storage/target.js";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  /** The bot token; absent means there is no bot to run (the local console may still run). */
  token: string | undefined;
  /** The application id; required whenever a token is set. */
  clientId: string | undefined;
  /** Commands are registered to this guild only when set, globally otherwise. */
  guildId: string | undefined;
  /** Absolute path of the knowledge file. */
  knowledgeFile: string;
  /** The largest knowledge file (and article) that is read at all; a larger one is refused unread. */
  knowledgeMaxBytes: number;
  moderatorRoleIds: string[];
  /**
   * The operator's servers, where moderator commands are registered and may run: ADMIN_GUILD_IDS,
   * else DISCORD_GUILD_ID. Empty: only the application's owner (or its team) may run them.
   */
  adminGuildIds: string[];
  logLevel: LogLevel;
  /** True when LOG_LEVEL was set explicitly (the console lowers the default noise otherwise). */
  logLevelExplicit: boolean;
  /** Another REST base (without /v10), e.g. a proxy or a local test server. */
  apiUrl: string | undefined;
  rateLimit: { count: number; windowSeconds: number };
  /** Where the question log is kept: DATABASE_URL. */
  database: StorageTarget;
  questionLog: {
    mode: "off" | "anonymous" | "full";
    days: number;
    /** The HMAC key for askers; absent means one kept in the database. */
    secret: string | undefined;
    /** Whether the local console's questions are logged too. */
    console: boolean;
  };
  /** Gateway shards: undefined runs one process without a manager; "auto" asks Discord how many. */
  shardCount: "auto" | number | undefined;
  /** Which door slash commands, autocomplete and buttons come through. */
  interactions: InteractionsMode;
  /** The application's public key (hex) that signs HTTP interactions; required unless gateway only. */
  publicKey: string | undefined;
  /** Where the HTTP interactions endpoint listens; port 0 picks a free one. */
  http: { host: string; port: number };
  /** Shared rate limits and reload broadcast across processes; in memory when unset. */
  redis: { url: string; keyPrefix: string } | undefined;
  /** How this process is named in reload reports; default host name and process id. */
  replicaName: string | undefined;
  /** Where /healthz and /metrics are served; off unless METRICS_PORT is set (port 0 picks a free one). */
  metrics: { host: string; port: number } | undefined;
}

export const INTERACTIONS_MODES = ["gateway", "http", "both"] as const;
export type InteractionsMode = (typeof INTERACTIONS_MODES)[number];

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

const HINT = "see .env.example";
const SNOWFLAKE = /^\d{17,20}$/;

/** Treats empty strings as unset, so `NAME=` in a .env file means "not given". */
function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

const snowflake = z.string().regex(SNOWFLAKE, "must be a Discord id (17 to 20 digits)");

/** A comma-separated list of Discord ids of one kind ("server", "role"); blank means none. */
const snowflakeList = (what: string) =>
  z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.string().regex(SNOWFLAKE, `must be a comma-separated list of ${what} ids (17 to 20 digits each)`),
      ),
    );

const token = z
  .string()
  .refine((t) => !/^bot\s/i.test(t), "must be the token alone, without the 'Bot ' prefix")
  .refine((t) => !/\s/.test(t), "must not contain spaces");

const apiUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL such as http://127.0.0.1:8080/api" })
  .refine((u) => !/\/v\d+\/?$/.test(u), "must not end with a version such as /v10: discord.js adds it itself")
  .transform((u) => u.replace(/\/+$/, ""));

function integer(min: number, max: number, fallback: number) {
  return z
    .string()
    .optional()
    .transform((v) => (v === undefined ? String(fallback) : v))
    .pipe(
      z
        .string()
        .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
        .transform(Number)
        .pipe(
          z
            .number()
            .min(min, `must be a whole number from ${min} to ${max}`)
            .max(max, `must be a whole number from ${min} to ${max}`),
        ),
    );
}

const envSchema = z.object({
  DISCORD_TOKEN: token.optional(),
  DISCORD_CLIENT_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  KNOWLEDGE_FILE: z.string().default(DEFAULT_KNOWLEDGE_FILE),
  ADMIN_GUILD_IDS: snowflakeList("server"),
  MODERATOR_ROLE_IDS: snowflakeList("role"),
  LOG_LEVEL: z
    .string()
    .optional()
    .transform((v) => v?.toLowerCase())
    .pipe(z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(", ")}`).optional()),
  DISCORD_API_URL: apiUrl.optional(),
  RATE_LIMIT_COUNT: integer(0, 1000, 5),
  RATE_LIMIT_WINDOW_SECONDS: integer(1, 3600, 10),
  DATABASE_URL: z.string().optional(),
  QUESTION_LOG: z
    .string()
    .optional()
    .transform((v) => v?.toLowerCase())
    .pipe(z.enum(["off", "anonymous", "full"], "must be off, anonymous or full").default("anonymous")),
  QUESTION_LOG_DAYS: integer(1, 3650, 30),
  QUESTION_LOG_SECRET: z
    .string()
    .min(16, "must be at least 16 characters (e.g. openssl rand -hex 32)")
    .optional(),
  QUESTION_LOG_CONSOLE: z
    .string()
    .optional()
    .transform((v) => v?.toLowerCase())
    .pipe(z.enum(["true", "false"], "must be true or false").default("false")),
  KNOWLEDGE_MAX_BYTES: integer(1024, 1_073_741_824, DEFAULT_KNOWLEDGE_MAX_BYTES),
  SHARD_COUNT: z
    .string()
    .optional()
    .transform((v) => v?.toLowerCase())
    .refine(
      (v) => v === undefined || v === "auto" || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 1000),
      "must be auto or a whole number from 1 to 1000",
    )
    .transform((v) => (v === undefined || v === "auto" ? v : Number(v))),
  INTERACTIONS: z
    .string()
    .optional()
    .transform((v) => v?.toLowerCase())
    .pipe(z.enum(INTERACTIONS_MODES, `must be one of ${INTERACTIONS_MODES.join(", ")}`).optional()),
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, "must be the application's public key: 64 hexadecimal characters")
    .optional(),
  HOST: z.string().optional(),
  METRICS_PORT: z
    .string()
    .regex(/^\d+$/, "must be a port number from 0 to 65535")
    .transform(Number)
    .pipe(z.number().max(65535, "must be a port number from 0 to 65535"))
    .optional(),
  METRICS_HOST: z.string().optional(),
  PORT: integer(0, 65535, 8080),
  REDIS_URL: z
    .url({
      protocol: /^rediss?$/,
      error: "must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379",
    })
    .optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, "must be 1 to 64 letters, digits or _ : . -")
    .optional(),
  REPLICA_NAME: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, "must be 1 to 64 letters, digits or _ : . -")
    .optional(),
});

type EnvName = keyof typeof envSchema.shape;
const ENV_NAMES = Object.keys(envSchema.shape) as EnvName[];

/**
 * Reads and validates the configuration from an environment object. Pure: no file or process access,
 * so it is tested with plain objects. Each problem is one line naming the variable.
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  options: { projectRoot?: string } = {},
): ConfigResult {
  const input: Partial<Record<EnvName, string>> = {};
  for (const name of ENV_NAMES) {
    const value = optional(env[name]);
    if (value !== undefined) input[name] = value;
  }

  const parsed = envSchema.safeParse(input);
  const errors: string[] = [];
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "configuration");
      if (seen.has(name)) continue; // one line per variable
      seen.add(name);
      errors.push(`${name} ${issue.message} (${HINT})`);
    }
  }
  if (input.DISCORD_TOKEN && !input.DISCORD_CLIENT_ID) {
    errors.push(`DISCORD_CLIENT_ID is missing: it is required with DISCORD_TOKEN (${HINT})`);
  }
  const database = parseDatabaseUrl(input.DATABASE_URL, options.projectRoot ?? PROJECT_ROOT);
  if (typeof database === "string") errors.push(`DATABASE_URL ${database} (${HINT})`);
  const mode = input.INTERACTIONS?.toLowerCase();
  if ((mode === "http" || mode === "both") && !input.DISCORD_PUBLIC_KEY) {
    errors.push(`DISCORD_PUBLIC_KEY is missing: it is required with INTERACTIONS=${mode} (${HINT})`);
  }
  if ((mode === "http" || mode === "both") && !input.DISCORD_CLIENT_ID) {
    errors.push(`DISCORD_CLIENT_ID is missing: it is required with INTERACTIONS=${mode} (${HINT})`);
  }
  if (mode === "both" && !input.DISCORD_TOKEN) {
    errors.push(`DISCORD_TOKEN is missing: INTERACTIONS=both also connects to the gateway (${HINT})`);
  }
  if (input.SHARD_COUNT && mode === "http") {
    errors.push(`SHARD_COUNT needs the gateway: it cannot be used with INTERACTIONS=http (${HINT})`);
  }
  if (input.SHARD_COUNT && !input.DISCORD_TOKEN) {
    errors.push(`SHARD_COUNT needs DISCORD_TOKEN: only a gateway connection is sharded (${HINT})`);
  }
  if (!parsed.success || errors.length > 0 || typeof database === "string") return { ok: false, errors };

  const e = parsed.data;
  const root = options.projectRoot ?? PROJECT_ROOT;
  return {
    ok: true,
    config: {
      token: e.DISCORD_TOKEN,
      clientId: e.DISCORD_CLIENT_ID,
      guildId: e.DISCORD_GUILD_ID,
      knowledgeFile: knowledgeFilePath(e.KNOWLEDGE_FILE, root),
      knowledgeMaxBytes: e.KNOWLEDGE_MAX_BYTES,
      moderatorRoleIds: e.MODERATOR_ROLE_IDS,
      adminGuildIds:
        e.ADMIN_GUILD_IDS.length > 0
          ? [...new Set(e.ADMIN_GUILD_IDS)]
          : e.DISCORD_GUILD_ID
            ? [e.DISCORD_GUILD_ID]
            : [],
      logLevel: e.LOG_LEVEL ?? "info",
      logLevelExplicit: e.LOG_LEVEL !== undefined,
      apiUrl: e.DISCORD_API_URL,
      rateLimit: { count: e.RATE_LIMIT_COUNT, windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS },
      database,
      questionLog: {
        mode: e.QUESTION_LOG,
        days: e.QUESTION_LOG_DAYS,
        secret: e.QUESTION_LOG_SECRET,
        console: e.QUESTION_LOG_CONSOLE === "true",
      },
      shardCount: e.SHARD_COUNT,
      interactions: e.INTERACTIONS ?? "gateway",
      publicKey: e.DISCORD_PUBLIC_KEY?.toLowerCase(),
      http: { host: e.HOST ?? "127.0.0.1", port: e.PORT },
      metrics:
        e.METRICS_PORT === undefined
          ? undefined
          : { host: e.METRICS_HOST ?? "127.0.0.1", port: e.METRICS_PORT },
      redis: e.REDIS_URL ? { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX ?? "cis-bot:" } : undefined,
      replicaName: e.REPLICA_NAME,
    },
  };
}
