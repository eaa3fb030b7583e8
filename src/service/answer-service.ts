import type { ArticleTexts } from "../i18n/index.js";
import { diffKnowledge, type KnowledgeDiff } from "../knowledge/diff.js";
import { type KnowledgeIssue, type LoadResult, loadKnowledgeFile } from "../knowledge/load.js";
import type { Knowledge } from "../knowledge/schema.js";
import type { Logger } from "../log.js";
import { silentLogger } from "../log.js";
import { createEngine } from "../qa/engine.js";
import type { Answer, AnswerOptions, Engine, TopicGroup } from "../qa/types.js";
import { APP_VERSION } from "./app-info.js";
import { type Conversations, createConversations } from "./conversations.js";

export type ReloadOutcome =
  | { ok: true; diff: KnowledgeDiff; stats: Engine["stats"]; loadedAt: Date; durationMs: number }
  | { ok: false; errors: KnowledgeIssue[]; durationMs: number };

export interface AboutInfo {
  article: ArticleTexts;
  stats: Engine["stats"];
  knowledgeFile: string;
  loadedAt: Date;
  version: string;
  startedAt: Date;
  uptimeMs: number;
}

/**
 * What every transport (Discord, the local console) asks questions through. The engine behind it can
 * be replaced at run time by `reload()` without a question ever going unanswered.
 */
export interface AnswerService {
  /**
   * Answers a question, in its language (or `options.fallback` when it does not tell). Given who asks
   * and where (a DM, a thread, the console), a follow-up ("and Armenia?", "who heads it?") is read
   * against that person's previous question there, if it was asked within the last ten minutes.
   */
  answer(question: string, conversation?: Conversation, options?: AnswerOptions): Answer;
  /** The language a question is read in, `fallback` when it does not tell. */
  languageOf(question: string, fallback?: string): string;
  suggest(partial: string, limit: number, language?: string): string[];
  topics(language?: string): TopicGroup[];
  about(): AboutInfo;
  /** The knowledge currently in service. */
  readonly knowledge: Knowledge;
  /**
   * Re-reads the configured knowledge file and validates it; swaps it in only when it is valid.
   * Concurrent calls are coalesced: at most one reload runs and at most one more waits behind it.
   */
  reload(requestedBy: string): Promise<ReloadOutcome>;
  /** Calls `listener` with the outcome of every reload from now on; returns how to stop. */
  onReload(listener: (outcome: ReloadOutcome) => void): () => void;
}

/** Who asks, and where: a conversation is one person in one place. */
export interface Conversation {
  person: string;
  place: string;
}

export interface ServiceOptions {
  /** The configured knowledge file; the only path reload ever reads. */
  knowledgeFile: string;
  logger?: Logger;
  /** The largest knowledge file (and article) read at all; KNOWLEDGE_MAX_BYTES. */
  maxBytes?: number;
  /** Injected in tests; the real loader and engine by default. */
  load?: (path: string) => Promise<LoadResult>;
  makeEngine?: (knowledge: Knowledge) => Engine;
  version?: string;
  now?: () => Date;
  /** The conversations' memory; a bounded, ten-minute one by default. */
  conversations?: Conversations;
}

export type OpenServiceResult =
  | { ok: true; service: AnswerService }
  | { ok: false; errors: KnowledgeIssue[] };

/** Loads the configured knowledge file and builds the service around it. */
export async function openAnswerService(options: ServiceOptions): Promise<OpenServiceResult> {
  const result = await safeLoad(loaderOf(options), options.knowledgeFile);
  if (!result.ok) return result;
  return { ok: true, service: createAnswerService(result.knowledge, options) };
}

export function createAnswerService(initial: Knowledge, options: ServiceOptions): AnswerService {
  const logger = options.logger ?? silentLogger();
  const load = loaderOf(options);
  const makeEngine = options.makeEngine ?? createEngine;
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const conversations = options.conversations ?? createConversations();

  // The one mutable reference: a reload replaces both in a single assignment.
  let current = { knowledge: initial, engine: makeEngine(initial) };

  let running: Promise<ReloadOutcome> | undefined;
  let queued: { promise: Promise<ReloadOutcome>; askers: string[] } | undefined;

  const reloadListeners = new Set<(outcome: ReloadOutcome) => void>();
  const tell = (outcome: ReloadOutcome) => {
    for (const listener of reloadListeners) {
      try {
        listener(outcome);
      } catch (error) {
        logger.error({ err: error }, "a reload listener failed");
      }
    }
    return outcome;
  };

  async function reloadOnce(askers: string[]): Promise<ReloadOutcome> {
    const started = performance.now();
    const before = current.knowledge;
    const result = await safeLoad(load, options.knowledgeFile);
    let outcome: ReloadOutcome;
    if (result.ok) {
      let engine: Engine;
      try {
        engine = makeEngine(result.knowledge);
      } catch (error) {
        const durationMs = Math.round(performance.now() - started);
        logger.error({ err: error, requestedBy: askers }, "reload failed: the engine could not be built");
        return {
          ok: false,
          errors: [
            { where: "(engine)", message: "could not be built (see the log)", detail: messageOf(error) },
          ],
          durationMs,
        };
      }
      current = { knowledge: result.knowledge, engine };
      outcome = {
        ok: true,
        diff: diffKnowledge(before, result.knowledge),
        stats: engine.stats,
        loadedAt: result.knowledge.loadedAt,
        durationMs: Math.round(performance.now() - started),
      };
      logger.info(
        { requestedBy: askers, file: options.knowledgeFile, diff: outcome.diff, stats: outcome.stats },
        "knowledge reloaded",
      );
    } else {
      outcome = { ok: false, errors: result.errors, durationMs: Math.round(performance.now() - started) };
      logger.warn(
        { requestedBy: askers, file: options.knowledgeFile, errors: result.errors.slice(0, 20) },
        "reload refused: the knowledge file has errors; the previous knowledge stays in service",
      );
    }
    return outcome;
  }

  function reload(requestedBy: string): Promise<ReloadOutcome> {
    logger.info({ requestedBy, file: options.knowledgeFile }, "reload requested");
    if (!running) {
      running = reloadOnce([requestedBy])
        .then(tell)
        .finally(() => {
          running = undefined;
        });
      return running;
    }
    // One is running: it may have read the file before the asker's edit, so a fresh one follows it.
    if (queued) {
      queued.askers.push(requestedBy);
      return queued.promise;
    }
    const askers = [requestedBy];
    const promise = running.then(
      () => startQueued(askers),
      () => startQueued(askers),
    );
    queued = { promise, askers };
    return promise;
  }

  function startQueued(askers: string[]): Promise<ReloadOutcome> {
    queued = undefined;
    running = reloadOnce(askers)
      .then(tell)
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  return {
    answer: (question, conversation, options) => {
      if (!conversation) return current.engine.answer(question, options);
      const { person, place } = conversation;
      const previous = conversations.get(person, place);
      const { answer, turn } = current.engine.converse(question, previous, options);
      conversations.set(person, place, turn);
      return answer;
    },
    languageOf: (question, fallback) => current.engine.languageOf(question, fallback),
    suggest: (partial, limit, language) => current.engine.suggest(partial, limit, language),
    topics: (language) => current.engine.topics(language),
    about: () => {
      const { knowledge, engine } = current;
      const at = now();
      return {
        article: {
          title: knowledge.article.title,
          publisher: knowledge.article.publisher,
          summary: knowledge.article.summary,
          ru: knowledge.article.ru,
        },
        stats: engine.stats,
        knowledgeFile: options.knowledgeFile,
        loadedAt: knowledge.loadedAt,
        version: options.version ?? APP_VERSION,
        startedAt,
        uptimeMs: at.getTime() - startedAt.getTime(),
      };
    },
    get knowledge() {
      return current.knowledge;
    },
    reload,
    onReload(listener) {
      reloadListeners.add(listener);
      return () => reloadListeners.delete(listener);
    },
  };
}

function loaderOf(options: ServiceOptions): (path: string) => Promise<LoadResult> {
  return options.load ?? ((path) => loadKnowledgeFile(path, { maxBytes: options.maxBytes }));
}

/** The loader promises never to throw; this keeps a broken promise from taking a reload down with it. */
async function safeLoad(load: (path: string) => Promise<LoadResult>, path: string): Promise<LoadResult> {
  try {
    return await load(path);
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          where: "(knowledge file)",
          message: "could not be read (see the log)",
          detail: `${path}: ${messageOf(error)}`,
        },
      ],
    };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
