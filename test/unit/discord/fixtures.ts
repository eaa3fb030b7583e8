// A tiny knowledge object and a predictable engine over it, so handler tests do not depend on the
// real engine's wording. Plus minimal fakes of the interactions and messages the handlers read.
import { Writable } from "node:stream";
import { MessageFlags, MessageFlagsBitField, PermissionFlagsBits, PermissionsBitField } from "discord.js";
import { pino } from "pino";
import { vi } from "vitest";
import type { BotContext } from "../../../src/discord/context.js";
import { createBotContext } from "../../../src/discord/context.js";
import { OwnerDirectory } from "../../../src/discord/moderation.js";
import type { Fact, Knowledge } from "../../../src/knowledge/schema.js";
import type { Logger } from "../../../src/log.js";
import type { Answer, Engine } from "../../../src/qa/types.js";
import {
  type AnswerService,
  createAnswerService,
  type ServiceOptions,
} from "../../../src/service/answer-service.js";

export function fact(id: string, question: string, answer: string, evidence: string): Fact {
  return {
    id,
    relation: "supplies",
    subject: ["russia"],
    object: [],
    mentions: [],
    answer,
    evidence,
    keywords: [],
    question,
  };
}

export function makeKnowledge(
  facts: Fact[] = defaultFacts(),
  loadedAt = new Date("2024-01-01T00:00:00Z"),
): Knowledge {
  return {
    version: 1,
    languages: ["en"],
    article: {
      file: "article.txt",
      abbreviations: [],
      title: "Test article on air defense",
      publisher: "Sputnik",
      summary: "A summary.",
    },
    synonyms: [],
    types: [],
    outside: [],
    relations: [
      {
        id: "supplies",
        label: "supplies",
        verbs: ["supply"],
        inverseVerbs: [],
        nouns: [],
        related: [],
        contrary: [],
      },
    ],
    entities: [
      {
        id: "russia",
        type: "country",
        name: "Russia",
        aliases: [],
        description: "A country.",
        evidence: "Russia",
        keywords: [],
      },
      {
        id: "tajikistan",
        type: "country",
        name: "Tajikistan",
        aliases: [],
        description: "A country.",
        evidence: "Tajikistan",
        keywords: [],
      },
    ],
    facts,
    articleText: "Russia supplies aircraft to Tajikistan.",
    source: "<memory>",
    loadedAt,
  };
}

export function defaultFacts(): Fact[] {
  return [
    fact(
      "supply-tajikistan",
      "Who supplies Tajikistan?",
      "Russia supplies Tajikistan.",
      "the supply of aircraft to Tajikistan",
    ),
    fact(
      "supply-kazakhstan",
      "Who supplies Kazakhstan?",
      "Russia supplies Kazakhstan.",
      "the supply of systems to Kazakhstan",
    ),
    fact("supply-armenia", "Who supplies Armenia?", "Russia supplies Armenia.", "spare parts in Armenia"),
    fact("supply-belarus", "Who supplies Belarus?", "Russia supplies Belarus.", "spare parts in Belarus"),
  ];
}

/**
 * Answers a question when it names a word of a fact's question (its last word, e.g. "Tajikistan");
 * otherwise says the article does not say. Suggests the other facts' questions.
 */
export function fakeEngine(knowledge: Knowledge): Engine {
  const keyOf = (f: Fact) => (f.question.match(/(\w+)\?$/)?.[1] ?? f.id).toLowerCase();
  const engine: Engine = {
    converse: (question) => ({ answer: engine.answer(question), turn: undefined }),
    answer(question): Answer {
      const hit = knowledge.facts.find((f) => question.toLowerCase().includes(keyOf(f)));
      const others = knowledge.facts.filter((f) => f !== hit).map((f) => f.question);
      return hit
        ? {
            question,
            answered: true,
            text: hit.answer,
            facts: [hit.id],
            evidence: [hit.evidence],
            confidence: 0.9,
            verdict: null,
            suggestions: others.slice(0, 3),
            language: "en",
          }
        : {
            question,
            answered: false,
            text: "The article does not say.",
            facts: [],
            evidence: [],
            confidence: 0,
            verdict: null,
            suggestions: others.slice(0, 3),
            language: "en",
          };
    },
    languageOf: (_question, fallback) => fallback ?? "en",
    languages: ["en"],
    suggest(partial, limit = 10) {
      const p = partial.toLowerCase();
      return knowledge.facts
        .map((f) => f.question)
        .filter((q) => q.toLowerCase().includes(p))
        .slice(0, limit);
    },
    topics: () => [{ type: "country", title: "Countries", names: knowledge.entities.map((e) => e.name) }],
    explain: () => ({ analysis: {}, ranked: [] }),
    stats: {
      facts: knowledge.facts.length,
      entities: knowledge.entities.length,
      relations: knowledge.relations.length,
    },
  };
  return engine;
}

/** A logger whose lines can be read back as objects. */
export function captureLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n")) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: "debug" }, sink), lines };
}

export function makeService(
  overrides: Partial<ServiceOptions> & { knowledge?: Knowledge } = {},
): AnswerService {
  const { knowledge, ...options } = overrides;
  return createAnswerService(knowledge ?? makeKnowledge(), {
    knowledgeFile: "/nowhere/knowledge.yaml",
    makeEngine: fakeEngine,
    load: async () => ({ ok: true, knowledge: makeKnowledge() }),
    ...options,
  });
}

export function makeContext(
  options: {
    service?: AnswerService;
    logger?: Logger;
    rateLimit?: { count: number; windowSeconds: number };
    moderatorRoleIds?: string[];
    /** Default: the guild fake interactions happen in. */
    adminGuildIds?: string[];
    /** The application's owner and team, when no admin server is configured. */
    ownerIds?: string[];
  } = {},
): BotContext {
  const logger = options.logger ?? pino({ level: "silent" });
  return createBotContext(
    options.service ?? makeService(),
    {
      moderatorRoleIds: options.moderatorRoleIds ?? [],
      adminGuildIds: options.adminGuildIds ?? [FAKE_GUILD_ID],
      rateLimit: options.rateLimit ?? { count: 0, windowSeconds: 10 },
      token: undefined,
      apiUrl: undefined,
    },
    logger,
    {
      owners: new OwnerDirectory(
        async () => ({ owner: { id: (options.ownerIds ?? [FAKE_OWNER_ID])[0] ?? "" }, team: null }),
        logger,
      ),
    },
  );
}

/** The guild fake interactions happen in, and the application's owner in these fakes. */
export const FAKE_GUILD_ID = "200000000000000001";
export const FAKE_OWNER_ID = "100000000000000009";

/** Everything a fake interaction was asked to send, in order. */
export interface Sent {
  /** "webhook": a follow-up sent through the interaction's webhook, bypassing discord.js's own check. */
  method: "reply" | "deferReply" | "followUp" | "webhook" | "respond";
  // biome-ignore lint/suspicious/noExplicitAny: tests read whichever payload shape the method sends
  payload: any;
}

export interface FakeInteractionOptions {
  commandName?: string;
  options?: Record<string, string | boolean | undefined>;
  focused?: string;
  userId?: string;
  inGuild?: boolean;
  permissions?: bigint[];
  roles?: string[] | { cache: Map<string, unknown> };
  kind?: "command" | "autocomplete" | "button";
  customId?: string;
  messageFlags?: number;
  /** Run through a user install of the app rather than the server's own. */
  userInstall?: boolean;
  /** The user's Discord locale ("en-US", "ru", "uk"). */
  locale?: string;
}

/** A minimal interaction: what the handlers read, and a record of what they send. */
export function fakeInteraction(o: FakeInteractionOptions = {}) {
  const sent: Sent[] = [];
  const kind = o.kind ?? "command";
  const inGuild = o.inGuild ?? true;
  const values = o.options ?? {};
  const interaction = {
    commandName: o.commandName ?? "ask",
    customId: o.customId ?? "",
    locale: o.locale ?? "en-US",
    user: { id: o.userId ?? "100000000000000001", tag: "asker#0001" },
    // A client that is not one of a ShardingManager's shards.
    client: { shard: null },
    guildId: inGuild ? FAKE_GUILD_ID : null,
    authorizingIntegrationOwners:
      inGuild && !o.userInstall ? { 0: FAKE_GUILD_ID } : { 1: o.userId ?? "100000000000000001" },
    memberPermissions: inGuild ? new PermissionsBitField(o.permissions ?? []) : null,
    member: inGuild ? { roles: o.roles ?? [] } : null,
    message: { flags: new MessageFlagsBitField(o.messageFlags ?? 0) },
    replied: false,
    deferred: false,
    responded: false,
    options: {
      getString: (name: string, required?: boolean) => {
        const v = values[name];
        if (v === undefined && required) throw new Error(`missing option ${name}`);
        return (v as string | undefined) ?? null;
      },
      getBoolean: (name: string) => (values[name] as boolean | undefined) ?? null,
      getFocused: () => o.focused ?? "",
    },
    inGuild: () => inGuild,
    isAutocomplete: () => kind === "autocomplete",
    isChatInputCommand: () => kind === "command",
    isButton: () => kind === "button",
    reply: vi.fn(async (payload: unknown) => {
      interaction.replied = true;
      sent.push({ method: "reply", payload });
    }),
    deferReply: vi.fn(async (payload: unknown) => {
      interaction.deferred = true;
      sent.push({ method: "deferReply", payload });
    }),
    followUp: vi.fn(async (payload: unknown) => {
      sent.push({ method: "followUp", payload });
    }),
    webhook: {
      send: vi.fn(async (payload: unknown) => {
        sent.push({ method: "webhook", payload });
      }),
    },
    respond: vi.fn(async (payload: unknown) => {
      interaction.responded = true;
      sent.push({ method: "respond", payload });
    }),
  };
  // \`never\` stands in for the discord.js interaction classes the handlers are typed with.
  return { interaction, sent, asInteraction: interaction as never };
}

export function isEphemeral(payload: { flags?: number }): boolean {
  return ((payload.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
}

export const MANAGE_GUILD = PermissionFlagsBits.ManageGuild;

/** The bot's own user id in message tests. */
export const BOT_ID = "900000000000000009";

/**
 * A minimal message: what the message handler reads, and a record of its replies in the channel and
 * of what was sent to its author by DM.
 */
export function fakeMessage(o: {
  content: string;
  inGuild?: boolean;
  bot?: boolean;
  mentionsBot?: boolean;
  authorId?: string;
  /** The author does not accept DMs from the bot. */
  closedDms?: boolean;
}) {
  // biome-ignore lint/suspicious/noExplicitAny: tests read the reply payloads freely
  const replies: any[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: tests read the DM payloads freely
  const direct: any[] = [];
  const message = {
    content: o.content,
    system: false,
    author: {
      id: o.authorId ?? "100000000000000001",
      bot: o.bot ?? false,
      send: async (payload: unknown) => {
        if (o.closedDms) throw new Error("Cannot send messages to this user");
        direct.push(payload);
      },
    },
    inGuild: () => o.inGuild ?? false,
    mentions: { users: new Map(o.mentionsBot ? [[BOT_ID, {}]] : []) },
    reply: async (payload: unknown) => {
      replies.push(payload);
    },
  };
  return { message, replies, direct, asMessage: message as never };
}
