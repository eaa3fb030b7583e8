import type { Generated } from "kysely";

/**
 * The tables of the question log, as the code reads them. Times are milliseconds since the epoch;
 * `day` is the UTC day number (milliseconds / 86,400,000), which every per-day figure groups by.
 */
export interface QuestionTable {
  /** A short random id; feedback buttons carry it. */
  id: string;
  asked_at: number;
  day: number;
  /** slash, button, dm, mention or console. */
  transport: string;
  guild_id: string | null;
  channel_id: string | null;
  /** HMAC-SHA-256 of the user id (anonymous), or the user id itself (full). */
  asker: string;
  language: string;
  question: string;
  /** The question's words, normalised and stemmed, for grouping rewordings of one question. */
  group_key: string;
  answered: number;
  /** A yes/no question's "yes" or "no"; empty otherwise. */
  verdict: string;
  /** The fact ids of the answer, space-separated. */
  facts: string;
  /** What the answer was made of: the facts, or the group of an unanswered question. */
  answer_key: string;
  confidence: number;
  latency_ms: number;
}

export interface VoteTable {
  question_id: string;
  /** Hashed like `asker`. */
  voter: string;
  /** 1 or -1. */
  vote: number;
  voted_at: number;
  day: number;
}

/** Running counts, kept as rows are written so that figures over millions of rows stay instant. */
export interface QuestionDayTable {
  day: number;
  transport: string;
  answered: number;
  count: number;
}

export interface UnansweredDayTable {
  day: number;
  group_key: string;
  count: number;
}

export interface FactDayTable {
  day: number;
  fact_id: string;
  count: number;
}

/** Votes per day, as they stand (a changed vote moves from one side to the other). */
export interface VoteDayTable {
  day: number;
  up: number;
  down: number;
}

/** Votes per answer (what it was made of: `answer_key`) and day, for the worst-rated answers. */
export interface RatingDayTable {
  day: number;
  answer_key: string;
  up: number;
  down: number;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface Database {
  questions: QuestionTable;
  votes: VoteTable;
  question_days: QuestionDayTable;
  unanswered_days: UnansweredDayTable;
  fact_days: FactDayTable;
  vote_days: VoteDayTable;
  rating_days: RatingDayTable;
  settings: SettingTable;
}

/** Not a table of ours: Kysely's record of applied migrations, read to spot a newer database. */
export interface MigrationRecord {
  name: string;
  timestamp: Generated<string>;
}
