// Runs the compiled `dist/main.js` in a child process, exactly as `npm start` does (the tests' global
// setup builds it from src/ first), with the environment pointing it at a Discord test server. What
// the process does on its own (its handler of stray promise rejections, its signal handling, its
// memory) can only be seen here.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DiscordServer } from "../../support/discord-server/index.js";
import type { LogLine } from "./bot.js";

const PROJECT_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Variables the bot reads; the parent's own values are dropped so they cannot leak in. */
const BOT_VARIABLES =
  /^(DISCORD_|KNOWLEDGE_FILE$|KNOWLEDGE_MAX_BYTES$|MODERATOR_ROLE_IDS$|ADMIN_GUILD_IDS$|LOG_LEVEL$|RATE_LIMIT_COUNT$|RATE_LIMIT_WINDOW_SECONDS$|SHARD_COUNT$|SHARDS$|SHARDING_MANAGER|INTERACTIONS$|HOST$|PORT$|REDIS_|REPLICA_NAME$|DATABASE_URL$|QUESTION_LOG)/;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface BotProcess {
  child: ChildProcess;
  pid: number;
  /** Log lines the bot wrote on stdout, parsed; lines that are not JSON are kept as `msg`. */
  logs: LogLine[];
  stderr: string[];
  /** Resolves when the process has exited, however it exited. */
  exited: Promise<Exit>;
  /** Resident set size of the bot process now, from /proc (Linux) or ps. */
  rssBytes(): Promise<number>;
  /** The process and every process below it that is still running (Linux only; empty elsewhere). */
  processTree(): Promise<number[]>;
  /** SIGTERM (what a service manager sends), then SIGKILL after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<Exit>;
  /** Where its interactions endpoint listens, when it has one. */
  endpointUrl: string | undefined;
}

export interface SpawnOptions {
  token: string;
  /** The project folder whose dist/main.js runs; this project by default. */
  root?: string;
  /** Start it with `npm start` (then `child` is npm, and the bot a process below it). */
  viaNpm?: boolean;
  env?: Record<string, string>;
  /** How long the process may take to reach the gateway. */
  startTimeoutMs?: number;
  /** More node options, e.g. a module to preload with `--import`. */
  nodeArgs?: string[];
  /** Called with each line the process writes on stderr. */
  onStderr?: (line: string) => void;
  /**
   * What "started" means: "gateway" (default) waits for its IDENTIFY; "endpoint", for INTERACTIONS=http,
   * waits for the interactions endpoint to listen, and `endpointUrl` then says where.
   */
  until?: "gateway" | "endpoint";
}

function lines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  if (!stream) return;
  let pending = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    pending += chunk;
    let newline = pending.indexOf("\n");
    while (newline !== -1) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      if (line.trim()) onLine(line);
      newline = pending.indexOf("\n");
    }
  });
}

async function rssOf(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // not Linux: ask ps
  }
  const ps = spawn("ps", ["-o", "rss=", "-p", String(pid)]);
  let out = "";
  ps.stdout.setEncoding("utf8");
  ps.stdout.on("data", (chunk: string) => {
    out += chunk;
  });
  await new Promise((resolve) => ps.once("close", resolve));
  const kb = Number(out.trim());
  if (!Number.isFinite(kb) || kb <= 0) throw new Error(`could not read the memory of process ${pid}`);
  return kb * 1024;
}

/** `pid` and its running descendants, read from /proc; zombies already count as gone. */
export async function processTree(pid: number): Promise<number[]> {
  let entries: string[];
  try {
    entries = await readdir("/proc");
  } catch {
    return [];
  }
  const parents = new Map<number, number>();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, "utf8");
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ")".
      const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (state !== "Z") parents.set(Number(entry), Number(ppid));
    } catch {
      // gone meanwhile
    }
  }
  const tree = parents.has(pid) ? [pid] : [];
  for (let i = 0; i < tree.length; i++) {
    for (const [child, parent] of parents) if (parent === tree[i]) tree.push(child);
  }
  return tree;
}

/** The options `npm start` gives node (package.json's start script): the bot runs as in production. */
export function productionNodeFlags(root: string = PROJECT_ROOT): string[] {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    scripts?: { start?: string };
  };
  const words = manifest.scripts?.start?.split(/\s+/) ?? [];
  return words.filter((word) => word.startsWith("--"));
}

/**
 * Starts the bot process and resolves once it has identified on the server's gateway (discord.js
 * holds interactions that arrive before it is ready and handles them once it is).
 */
export async function spawnBotProcess(server: DiscordServer, options: SpawnOptions): Promise<BotProcess> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !BOT_VARIABLES.test(name)) env[name] = value;
  }
  // Its own question log in a temporary folder, never the project's data/bot.db.
  const dataDir = await mkdtemp(join(tmpdir(), "cis-bot-process-"));
  Object.assign(env, {
    DATABASE_URL: join(dataDir, "bot.db"),
    DISCORD_TOKEN: options.token,
    DISCORD_CLIENT_ID: server.applicationId,
    DISCORD_API_URL: server.apiUrl,
    LOG_LEVEL: "info",
    ...options.env,
  });
  const until = options.until ?? "gateway";
  // The wait below takes the first IDENTIFY it sees, so it must be this process's.
  if (until === "gateway" && server.gatewayStats().identifies > 0)
    throw new Error("spawnBotProcess needs a server no bot has identified on yet");
  const root = options.root ?? PROJECT_ROOT;
  const main = join(root, "dist", "main.js");
  const [command, args] = options.viaNpm
    ? ["npm", ["start", "--silent"]]
    : [process.execPath, [...productionNodeFlags(root), ...(options.nodeArgs ?? []), main]];
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  const logs: LogLine[] = [];
  const stderr: string[] = [];
  let endpointUrl: string | undefined;
  let onListening: (() => void) | undefined;
  const listening = new Promise<void>((resolve) => {
    onListening = resolve;
  });
  lines(child.stdout, (line) => {
    let parsed: LogLine;
    try {
      parsed = JSON.parse(line) as LogLine;
    } catch {
      parsed = { level: 30, msg: line };
    }
    logs.push(parsed);
    if (parsed.msg === "interactions endpoint listening" && typeof parsed.url === "string") {
      endpointUrl ??= parsed.url;
      onListening?.();
    }
  });
  lines(child.stderr, (line) => {
    stderr.push(line);
    options.onStderr?.(line);
  });
  const exited = new Promise<Exit>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  ).then(async (exit) => {
    await rm(dataDir, { recursive: true, force: true });
    return exit;
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("the bot process could not be started");

  const stop = async (timeoutMs = 5000): Promise<Exit> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    }
    return exited;
  };

  const startTimeoutMs = options.startTimeoutMs ?? 15_000;
  let timer: NodeJS.Timeout | undefined;
  const started =
    until === "gateway"
      ? server.waitForGatewayFrame((f) => f.direction === "received" && f.op === 2, startTimeoutMs)
      : Promise.race([
          listening,
          new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`the interactions endpoint did not listen within ${startTimeoutMs} ms`)),
              startTimeoutMs,
            );
          }),
        ]).finally(() => clearTimeout(timer));
  const early = exited.then((exit) => {
    throw new Error(
      `the bot process exited (code ${exit.code}, signal ${exit.signal}) before reaching the gateway:\n${[
        ...stderr,
        ...logs.map((l) => JSON.stringify(l)),
      ]
        .slice(-20)
        .join("\n")}`,
    );
  });
  try {
    await Promise.race([started, early]);
  } catch (error) {
    early.catch(() => {});
    await stop();
    throw error;
  }
  early.catch(() => {});
  return {
    child,
    pid,
    logs,
    stderr,
    exited,
    rssBytes: () => rssOf(pid),
    processTree: () => processTree(pid),
    stop,
    endpointUrl,
  };
}
