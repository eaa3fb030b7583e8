import type { Turn } from "./conversation.js";

export type { Turn } from "./conversation.js";

/** What the engine says to one question. Transports render it; they never change what it says. */
export interface Answer {
  /** The question as it was received (shortened when very long). */
  question: string;
  /** True when the article answers the question; false when it does not say (or it is no question). */
  answered: boolean;
  /** The answer in plain words, or the honest "the article does not say", at most 2,000 characters. */
  text: string;
  /** Ids of the facts (or entities) the answer uses. */
  facts: string[];
  /** The article's sentences that prove the answer, one per fact, without repeats. */
  evidence: string[];
  /**
   * A yes/no question's verdict, given first in the text: "yes", "no", or null (not a yes/no
   * question, or the article does not decide it).
   */
  verdict: "yes" | "no" | null;
  /** How sure the engine is, from 0 to 1. */
  confidence: number;
  /** Up to three questions the engine can answer, related to what was asked. */
  suggestions: string[];
  /**
   * Parts of the question the text repeats, each written in it between straight double quotes, so
   * that a transport can set them apart (Discord: as inline code, never as a link or a mention).
   */
  echoed?: string[];
  /** The language the question was read in and the answer is written in ("en", "ru"). */
  language: string;
}

export interface AnswerOptions {
  /** "auto" (the default) reads the language off the question; "en" or "ru" insists on one. */
  language?: string;
  /** The language to answer in when the question does not tell (empty, only a number, only a name). */
  fallback?: string;
}

/** One group of /topics: entities of one kind. */
export interface TopicGroup {
  type: string;
  title: string;
  names: string[];
}

export interface Engine {
  /** Answers one question, in its language. Pure and synchronous; never throws, whatever the input. */
  answer(question: string, options?: AnswerOptions): Answer;
  /**
   * Answers a question of a conversation: "and Armenia?" or "who heads it?" is read against the turn
   * before (from the same person in the same place; keeping turns is the caller's job). Returns the
   * turn to pass with the next question.
   */
  converse(
    question: string,
    previous: Turn | undefined,
    options?: AnswerOptions,
  ): { answer: Answer; turn: Turn | undefined };
  /** The language a question is read in; `fallback` when the question does not tell. */
  languageOf(question: string, fallback?: string): string;
  /**
   * Questions the engine can answer, best first, for autocomplete, in the language of what is typed
   * (a default list for empty input, in `language`).
   */
  suggest(partial: string, limit?: number, language?: string): string[];
  /** What the knowledge holds, grouped by kind of entity, with names and titles in a language. */
  topics(language?: string): TopicGroup[];
  /** The languages the engine answers in, the first being the default. */
  readonly languages: readonly string[];
  /**
   * How the engine read a question and how it ranked the facts it looked at, best first: for people
   * tuning the knowledge file (`npm run ask -- --explain`), never shown to users.
   */
  explain(question: string): { analysis: unknown; ranked: { id: string; score: number }[] };
  /** Counts for /about and for logs. */
  readonly stats: { facts: number; entities: number; relations: number };
}
