import { type APIEmbed, InteractionResponseType, MessageFlags } from "discord.js";
import { loadKnowledgeFile } from "../../src/knowledge/load.js";
import { DEFAULT_KNOWLEDGE_PATH } from "../../src/paths.js";
import {
  type DiscordServer,
  type RecordedRequest,
  startDiscordServer,
  stringOption,
} from "../../test/support/discord-server/index.js";

/**
 * What every bench that drives the bot through the local Discord server shares: the token, the
 * questions asked, a server that never makes discord.js wait for a rate-limit bucket, and a tap that
 * hands each interaction or DM its reply.
 */

export const BENCH_TOKEN = "bench-bot-token";

/** The questions the bench asks: the project's knowledge's own fact questions. */
export async function benchQuestions(): Promise<string[]> {
  const loaded = await loadKnowledgeFile(DEFAULT_KNOWLEDGE_PATH);
  if (!loaded.ok) throw new Error(`the knowledge file does not load: ${loaded.errors[0]?.message ?? ""}`);
  return loaded.knowledge.facts.map((f) => f.question);
}

/** Generous rate-limit headers: the bench measures the bot, not discord.js waiting for a bucket. */
export function startBenchServer(waitTimeoutMs: number): Promise<DiscordServer> {
  return startDiscordServer({
    token: BENCH_TOKEN,
    rateLimit: { limit: 1_000_000, windowMs: 1000 },
    waitTimeoutMs,
  });
}

export type BenchUser = ReturnType<DiscordServer["createUser"]>;

/** The `i`th /ask of a run: questions and users taken in turn. */
export function askPayload(server: DiscordServer, questions: string[], users: BenchUser[], i: number) {
  const user = users[i % users.length];
  return server.commandPayload("ask", {
    ...(user ? { user } : {}),
    options: [stringOption("question", questions[i % questions.length] ?? "")],
  });
}

/** When a reply reached the server, in `performance.now()` time, and the request that carried it. */
export interface Reply {
  at: number;
  request: RecordedRequest;
}

const CHANNEL_MESSAGE = /^\/api\/v10\/channels\/(\d+)\/messages$/;

/**
 * Watches every request the server records, at O(1) each, and hands each interaction (by its id) or
 * DM channel (by the channel's id) its reply: the interaction's callback, or the first message the
 * bot posts to the channel. A predicate that never matches is called for every request as it
 * arrives; one waiter per reply instead would cost O(waiting) per request and slow the server down
 * in a burst.
 */
export class ReplyTap {
  readonly #waiting = new Map<string, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();

  constructor(server: DiscordServer) {
    server
      .waitForRequest(
        (request) => {
          this.#see(request);
          return false;
        },
        2 ** 31 - 1,
      )
      .catch(() => {}); // rejected when the server stops
  }

  /** Call before dispatching, so a fast reply cannot be missed; with a timeout, fails after it. */
  expect(interactionOrChannelId: string, timeoutMs?: number): Promise<Reply> {
    const id = interactionOrChannelId;
    const reply = new Promise<Reply>((resolve, reject) => this.#waiting.set(id, { resolve, reject }));
    if (timeoutMs === undefined) return reply;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.#waiting.delete(id);
        reject(new Error(`no reply to ${id} within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    return Promise.race([reply, timeout]).finally(() => clearTimeout(timer));
  }

  #see(request: RecordedRequest): void {
    if (request.method !== "POST") return;
    let id: string | undefined;
    if (request.path.endsWith("/callback")) id = request.path.split("/")[4];
    else id = CHANNEL_MESSAGE.exec(request.path)?.[1];
    const waiter = id === undefined ? undefined : this.#waiting.get(id);
    if (!waiter || id === undefined) return;
    this.#waiting.delete(id);
    const { status } = request.response;
    if (status >= 200 && status < 300) waiter.resolve({ at: performance.now(), request });
    else waiter.reject(new Error(`the reply to ${id} was answered ${status}`));
  }
}

const ANSWERED_COLOR = 0x2e7d32;

/** Fails unless the reply is a public answer embed that pings nobody, as every /ask here should get. */
export function checkReply(reply: Reply): { answered: boolean } {
  const { type, data } = (reply.request.body ?? {}) as {
    type?: number;
    data?: { embeds?: APIEmbed[]; flags?: number; content?: string; allowed_mentions?: { parse?: string[] } };
  };
  const embed = data?.embeds?.[0];
  if (type !== InteractionResponseType.ChannelMessageWithSource || !embed) {
    throw new Error(`an /ask was not answered with an embed: ${JSON.stringify(reply.request.body)}`);
  }
  if (((data?.flags ?? 0) & MessageFlags.Ephemeral) !== 0) {
    throw new Error(`an /ask was answered privately (rate limit or error?): ${data?.content ?? ""}`);
  }
  if (data?.allowed_mentions?.parse?.length !== 0) throw new Error("an answer allowed mentions");
  return { answered: embed.color === ANSWERED_COLOR };
}
