import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";

const ok = { DISCORD_TOKEN: "abc.def.ghi", DISCORD_CLIENT_ID: "123456789012345678" };

function errorsOf(env: Record<string, string | undefined>): string[] {
  const result = loadConfig(env, { projectRoot: "/srv/bot" });
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

describe("loadConfig", () => {
  it("fills in defaults, resolving the knowledge file against the project root", () => {
    const result = loadConfig({}, { projectRoot: "/srv/bot" });
    expect(result).toEqual({
      ok: true,
      config: {
        token: undefined,
        clientId: undefined,
        guildId: undefined,
        knowledgeFile: "/srv/bot/knowledge/cis-air-defense.yaml",
        knowledgeMaxBytes: 5 * 1024 * 1024,
        moderatorRoleIds: [],
        adminGuildIds: [],
        logLevel: "info",
        logLevelExplicit: false,
        apiUrl: undefined,
        rateLimit: { count: 5, windowSeconds: 10 },
        database: { kind: "sqlite", file: "/srv/bot/data/bot.db" },
        questionLog: { mode: "anonymous", days: 30, secret: undefined, console: false },
        shardCount: undefined,
        interactions: "gateway",
        publicKey: undefined,
        http: { host: "127.0.0.1", port: 8080 },
        redis: undefined,
        replicaName: undefined,
        metrics: undefined,
      },
    });
  });

  it("reads the question log's settings", () => {
    const postgres = loadConfig(
      {
        DATABASE_URL: "postgres://bot:secret@db.internal:5432/bot",
        QUESTION_LOG: "FULL",
        QUESTION_LOG_DAYS: "7",
        QUESTION_LOG_SECRET: "0123456789abcdef0123",
        QUESTION_LOG_CONSOLE: "true",
      },
      { projectRoot: "/srv/bot" },
    );
    expect(postgres.ok && postgres.config).toMatchObject({
      database: { kind: "postgres", url: "postgres://bot:secret@db.internal:5432/bot" },
      questionLog: { mode: "full", days: 7, secret: "0123456789abcdef0123", console: true },
    });
    const sqlite = loadConfig(
      { DATABASE_URL: "sqlite:var/log.db", QUESTION_LOG: "off" },
      { projectRoot: "/srv/bot" },
    );
    expect(sqlite.ok && sqlite.config).toMatchObject({
      database: { kind: "sqlite", file: "/srv/bot/var/log.db" },
      questionLog: { mode: "off" },
    });
  });

  it("refuses bad question log settings, one line each", () => {
    const errors = errorsOf({
      DATABASE_URL: "mysql://localhost/bot",
      QUESTION_LOG: "everything",
      QUESTION_LOG_DAYS: "0",
      QUESTION_LOG_SECRET: "short",
    });
    expect(errors).toHaveLength(4);
    expect(errors.join("\n")).toMatch(/QUESTION_LOG must be off, anonymous or full/);
    expect(errors.join("\n")).toMatch(/QUESTION_LOG_DAYS must be a whole number from 1 to 3650/);
    expect(errors.join("\n")).toMatch(/QUESTION_LOG_SECRET must be at least 16 characters/);
    expect(errors.join("\n")).toMatch(/DATABASE_URL must be postgres:/);
  });

  it("takes the admin servers from ADMIN_GUILD_IDS, else DISCORD_GUILD_ID, else none", () => {
    const admins = (env: Record<string, string>) => {
      const result = loadConfig({ ...ok, ...env });
      return result.ok ? result.config.adminGuildIds : result.errors;
    };
    expect(admins({ ADMIN_GUILD_IDS: " 223456789012345678, 323456789012345678 ," })).toEqual([
      "223456789012345678",
      "323456789012345678",
    ]);
    expect(admins({ DISCORD_GUILD_ID: "423456789012345678" })).toEqual(["423456789012345678"]);
    expect(admins({ DISCORD_GUILD_ID: "423456789012345678", ADMIN_GUILD_IDS: "223456789012345678" })).toEqual(
      ["223456789012345678"],
    );
    expect(admins({})).toEqual([]);
    expect(admins({ ADMIN_GUILD_IDS: "my-server" })).toEqual([
      expect.stringMatching(/^ADMIN_GUILD_IDS must be/),
    ]);
  });

  it("reads KNOWLEDGE_MAX_BYTES as a whole number of bytes", () => {
    const result = loadConfig({ ...ok, KNOWLEDGE_MAX_BYTES: "200000" });
    expect(result.ok && result.config.knowledgeMaxBytes).toBe(200_000);
    const bad = loadConfig({ ...ok, KNOWLEDGE_MAX_BYTES: "5MB" });
    expect(bad.ok).toBe(false);
  });

  it("serves metrics only when METRICS_PORT is set, on the loopback interface unless told otherwise", () => {
    const local = loadConfig({ METRICS_PORT: "9464" });
    expect(local.ok && local.config.metrics).toEqual({ host: "127.0.0.1", port: 9464 });
    const open = loadConfig({ METRICS_PORT: "9464", METRICS_HOST: "0.0.0.0" });
    expect(open.ok && open.config.metrics).toEqual({ host: "0.0.0.0", port: 9464 });
    expect(errorsOf({ METRICS_PORT: "70000" })).toEqual([
      "METRICS_PORT must be a port number from 0 to 65535 (see .env.example)",
    ]);
    expect(errorsOf({ METRICS_PORT: "http" })[0]).toMatch(/^METRICS_PORT must be a port number/);
  });

  it("reads every variable", () => {
    const result = loadConfig(
      {
        ...ok,
        DISCORD_GUILD_ID: "223456789012345678",
        KNOWLEDGE_FILE: "/etc/k.yaml",
        MODERATOR_ROLE_IDS: " 323456789012345678 , 423456789012345678,",
        LOG_LEVEL: "DEBUG",
        DISCORD_API_URL: "http://127.0.0.1:8080/api/",
        RATE_LIMIT_COUNT: "0",
        RATE_LIMIT_WINDOW_SECONDS: "30",
      },
      { projectRoot: "/srv/bot" },
    );
    expect(result.ok && result.config).toMatchObject({
      token: "abc.def.ghi",
      guildId: "223456789012345678",
      knowledgeFile: "/etc/k.yaml",
      moderatorRoleIds: ["323456789012345678", "423456789012345678"],
      logLevel: "debug",
      logLevelExplicit: true,
      apiUrl: "http://127.0.0.1:8080/api",
      rateLimit: { count: 0, windowSeconds: 30 },
    });
  });

  it("treats empty values, as in a copied .env.example, as unset", () => {
    const result = loadConfig({
      DISCORD_TOKEN: "",
      DISCORD_CLIENT_ID: " ",
      KNOWLEDGE_FILE: "",
      LOG_LEVEL: "",
    });
    expect(result.ok && result.config.token).toBeUndefined();
    expect(result.ok && result.config.knowledgeFile).toMatch(/knowledge\/cis-air-defense\.yaml$/);
  });

  it("loads a copied .env.example as it is, leaving the log level to the defaults", async () => {
    const { readFile } = await import("node:fs/promises");
    const { parse } = await import("dotenv");
    const example = parse(await readFile(new URL("../../.env.example", import.meta.url), "utf8"));
    const result = loadConfig(example);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    // An explicit level would make the local console print JSON info logs among its answers.
    expect(result.config.logLevelExplicit).toBe(false);
    expect(result.config.logLevel).toBe("info");
    expect(result.config.token).toBeUndefined();
  });

  it("gives one line per bad variable, naming it and pointing at .env.example", () => {
    const errors = errorsOf({
      DISCORD_TOKEN: "Bot abc",
      DISCORD_CLIENT_ID: "12",
      DISCORD_GUILD_ID: "guild",
      MODERATOR_ROLE_IDS: "123456789012345678,mods",
      LOG_LEVEL: "loud",
      DISCORD_API_URL: "not a url",
      RATE_LIMIT_COUNT: "-1",
      RATE_LIMIT_WINDOW_SECONDS: "0",
    });
    const names = errors.map((e) => e.split(" ")[0]);
    expect(names).toEqual([
      "DISCORD_TOKEN",
      "DISCORD_CLIENT_ID",
      "DISCORD_GUILD_ID",
      "MODERATOR_ROLE_IDS",
      "LOG_LEVEL",
      "DISCORD_API_URL",
      "RATE_LIMIT_COUNT",
      "RATE_LIMIT_WINDOW_SECONDS",
    ]);
    for (const line of errors) {
      expect(line).toContain(".env.example");
      expect(line).not.toContain("\n");
    }
    expect(errors[0]).toMatch(/without the 'Bot ' prefix/);
    expect(errors[1]).toMatch(/Discord id/);
  });

  it("requires the client id with a token", () => {
    expect(errorsOf({ DISCORD_TOKEN: "abc" })).toEqual([
      "DISCORD_CLIENT_ID is missing: it is required with DISCORD_TOKEN (see .env.example)",
    ]);
  });

  it("refuses an API URL that already carries the version", () => {
    expect(errorsOf({ ...ok, DISCORD_API_URL: "http://127.0.0.1:8080/api/v10" })[0]).toMatch(
      /^DISCORD_API_URL must not end with a version/,
    );
  });

  it("never puts the token in an error", () => {
    const errors = errorsOf({ DISCORD_TOKEN: "secret value", DISCORD_CLIENT_ID: "x" });
    expect(errors.join("\n")).not.toContain("secret");
  });
});

describe("logger", () => {
  it("redacts the token wherever it is logged", async () => {
    const { Writable } = await import("node:stream");
    const { createLogger } = await import("../../src/log.js");
    let out = "";
    const sink = new Writable({
      write(chunk, _enc, done) {
        out += String(chunk);
        done();
      },
    });
    const logger = createLogger({ level: "info", destination: sink });
    logger.info(
      { token: "secret-1", config: { token: "secret-2" }, headers: { authorization: "Bot secret-3" } },
      "x",
    );
    expect(out).not.toMatch(/secret/);
    expect(out).toContain("[redacted]");
  });
});

describe("scaling settings", () => {
  const key = "a".repeat(64);

  it("reads shards, the HTTP door and Redis", () => {
    const result = loadConfig({
      ...ok,
      SHARD_COUNT: "AUTO",
      INTERACTIONS: "both",
      DISCORD_PUBLIC_KEY: key.toUpperCase(),
      HOST: "0.0.0.0",
      PORT: "0",
      REDIS_URL: "redis://127.0.0.1:6379/2",
      REDIS_KEY_PREFIX: "bot-a:",
      REPLICA_NAME: "web-1",
    });
    expect(result.ok && result.config).toMatchObject({
      shardCount: "auto",
      interactions: "both",
      publicKey: key,
      http: { host: "0.0.0.0", port: 0 },
      redis: { url: "redis://127.0.0.1:6379/2", keyPrefix: "bot-a:" },
      replicaName: "web-1",
    });
    expect(
      loadConfig({ ...ok, SHARD_COUNT: "3" }).ok && loadConfig({ ...ok, SHARD_COUNT: "3" }),
    ).toMatchObject({
      config: { shardCount: 3 },
    });
  });

  it("names what each mode is missing or cannot do", () => {
    expect(errorsOf({ ...ok, INTERACTIONS: "http" })).toEqual([
      expect.stringMatching(/^DISCORD_PUBLIC_KEY is missing: it is required with INTERACTIONS=http/),
    ]);
    expect(errorsOf({ INTERACTIONS: "both", DISCORD_PUBLIC_KEY: key })).toEqual([
      expect.stringMatching(/^DISCORD_CLIENT_ID is missing/),
      expect.stringMatching(/^DISCORD_TOKEN is missing: INTERACTIONS=both also connects to the gateway/),
    ]);
    expect(errorsOf({ ...ok, INTERACTIONS: "http", DISCORD_PUBLIC_KEY: key, SHARD_COUNT: "2" })).toEqual([
      expect.stringMatching(/^SHARD_COUNT needs the gateway/),
    ]);
    expect(errorsOf({ SHARD_COUNT: "2" })).toEqual([
      expect.stringMatching(/^SHARD_COUNT needs DISCORD_TOKEN/),
    ]);
  });

  it("refuses malformed values, one line each", () => {
    const errors = errorsOf({
      ...ok,
      SHARD_COUNT: "0",
      INTERACTIONS: "webhook",
      DISCORD_PUBLIC_KEY: "abc",
      PORT: "70000",
      REDIS_URL: "http://127.0.0.1:6379",
    });
    expect(errors.map((e) => e.split(" ")[0]).sort()).toEqual([
      "DISCORD_PUBLIC_KEY",
      "INTERACTIONS",
      "PORT",
      "REDIS_URL",
      "SHARD_COUNT",
    ]);
  });
});
