import type { Phrases } from "../qa/lang/types.js";
import type { ReplicaProblem } from "../service/cluster.js";

/** One Discord command's or option's name and description, as Discord shows them in one language. */
export interface Labels {
  name: string;
  description: string;
}

/** Every text the bot shows people, in one language. Each language's file fills all of it. */
export interface Messages {
  /** "A, B or C" / "A, B и C". */
  list(items: readonly string[], conjunction: "and" | "or"): string;
  /** A name quoted as the question wrote it. */
  quote(text: string): string;

  /** What the answer engine writes: refusals, leads, the questions a description answers. */
  engine: Phrases;

  answer: {
    /** When the engine fails on one line of `ask`. */
    failed: string;
    notInArticleTitle: string;
    /** The name of the field that shows a yes/no question's verdict on its own. */
    verdictTitle: string;
    verdict: (verdict: "yes" | "no") => string;
    didYouMean: string;
    pickOne: string;
    related: string;
    source(publisher: string, title: string): string;
  };

  bot: {
    help(title: string, examples: readonly string[]): string;
    /** The /ask question option's description with the knowledge file's example question (≤ 100 characters). */
    questionWithExample(example: string): string;
    rateLimited(seconds: number): string;
    buttonExpired: string;
    unknownCommand: string;
    error(ref: string): string;
    topicsTitle: string;
    topicsIntro(title: string, publisher: string): string;
    topicsHowToAsk: string;
    forExample: string;
    aboutTitle: string;
    moderatorsOnly: string;
    /** A moderator command outside the operator's servers (ADMIN_GUILD_IDS), in a DM or a user install. */
    adminServersOnly: string;
    /** A moderator command when no admin server is configured, by someone other than the owner. */
    ownerOnly: string;
    reloadedTitle: string;
    reloadFailedTitle: string;
    reloadedEverywhere(processes: number): string;
    reloadFailedIn(failed: number, processes: number): string;
    /** A shard in a /reload reply's list of processes. */
    shardName(id: number): string;
    /** Every other process at once, when none could be asked. */
    otherProcesses: string;
    /** Why a process gave no outcome for a reload. */
    replicaProblem(problem: ReplicaProblem | undefined): string;
  };

  about: {
    article: string;
    facts: string;
    entities: string;
    loadedAt: string;
    version: string;
    uptime: string;
    shard: string;
    /** This process's name among replicas sharing Redis. */
    replica: string;
    shardOf(ids: readonly number[], count: number): string;
    duration(parts: { d: number; h: number; m: number; s: number }): string;
  };

  reload: {
    failed(errors: number): string;
    unchanged(facts: number, entities: number): string;
    changed(added: number, removed: number, changed: number, facts: number, entities: number): string;
    errors: string;
    added: string;
    removed: string;
    changedLabel: string;
    more(count: number): string;
  };

  console: {
    help: string;
    unknownCommand(command: string): string;
    topicsIntro(title: string, publisher: string): string;
    forExample(examples: readonly string[]): string;
  };

  /** The question log: the vote buttons under answers, /insights and /forget-me. */
  questionLog: {
    voteUpLabel: string;
    voteDownLabel: string;
    voteThanks(vote: 1 | -1): string;
    voteLogOff: string;
    forgetDone(questions: number, votes: number): string;
    forgetLogOff: string;
    logUnavailable(ref: string): string;
    insightsNotInDm: string;
    insightsLogOff: string;
    /** /insights refused to a member who is not a moderator. */
    insightsModeratorsOnly: string;
    pageTitles: { overview: string; unanswered: string; rated: string; facts: string };
    title(page: string, days: number): string;
    footer(page: number, pages: number): string;
    headline(
      totals: { questions: number; answered: number; unanswered: number; up: number; down: number },
      days: number,
      from: string,
      to: string,
    ): string;
    byTransport: string;
    noneYet: string;
    allAnswered: string;
    groupedNote: string;
    alsoAskedAs: string;
    noDownVotes: string;
    forExample: string;
    noFacts: string;
    notInArticle: string;
    factGone: string;
  };

  /** Slash commands by their (English) name, with their options by name, as Discord shows them. */
  commands: CommandLabels;
}

export interface CommandText extends Labels {
  options?: Record<string, Labels>;
}

/**
 * Command names and descriptions: every language the bot speaks, and Ukrainian besides, whose
 * readers Discord would otherwise show the English names.
 */
export type CommandLabels = Record<string, CommandText>;
