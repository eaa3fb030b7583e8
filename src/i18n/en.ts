import type { Messages } from "./types.js";

function list(items: readonly string[], conjunction: "and" | "or"): string {
  const unique = [...new Set(items)];
  if (unique.length <= 1) return unique[0] ?? "";
  return `${unique.slice(0, -1).join(", ")} ${conjunction} ${unique.at(-1)}`;
}

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const percentOf = (part: number, whole: number) =>
  whole === 0 ? "–" : `${Math.round((100 * part) / whole)}%`;

export const en: Messages = {
  list,
  quote: (text) => `"${text}"`,

  engine: {
    list,
    unreadable: "I could not read a question in that.",
    notMentioned: (names) => `The article does not mention ${names}.`,
    onlyAboutArticle: "I can only answer questions about one article.",
    noFigures: "The article gives no figures for that.",
    noModel: "The article does not name the type or model.",
    noWhen: "The article does not say when.",
    noWhere: "The article does not say where.",
    noWhy: "The article does not say why.",
    notSaid: "The article does not say.",
    noOpinion:
      "The article gives no opinion on that: it tells what was done and said, not what to think of it.",
    opinionOf: (body) => `The article gives no opinion of its own on that. What it says: ${body}`,
    topic: (publisher, title) => `${publisher}'s report "${title}"`,
    articleIs: (topic) => `The article is ${topic}.`,
    according: (circumstance) => `According to the article: ${circumstance}.`,
    total: (sum, parts) => `In total, ${sum} (${parts.join(" + ")}).`,
    before: (count, place) => `${count} came before the ${place}.`,
    count: (names) =>
      `The article names ${NUMBER_WORDS[names.length] ?? names.length}: ${list(names, "and")}.`,
    standsFor: (short, full) => `${short} stands for ${full}.`,
    rankOf: (name, rank) => `${name} holds the rank of ${rank}.`,
    whatStandsFor: (short) => `what ${short} stands for`,
    verdict: (verdict, body) => `${verdict === "yes" ? "Yes" : "No"}. ${body}`,
    undecided: (body, asked) => `The article does not say${asked ? ` ${asked}` : ""}. What it says: ${body}`,
    describeQuestion(template, name, person) {
      const filled = (template ?? (person ? "Who is {name}?" : "What is {name}?")).replace("{name}", name);
      // "What is the {name}?" with a name that has its own article.
      return filled.replace(/\bthe the\b/i, "the");
    },
  },

  answer: {
    failed: "The engine failed on this question.",
    notInArticleTitle: "The article does not say",
    verdictTitle: "Verdict",
    verdict: (verdict) => (verdict === "yes" ? "Yes" : "No"),
    didYouMean: "Did you mean:",
    pickOne: "Did you mean one of these?",
    related: "Related:",
    source: (publisher, title) => `Source: ${publisher}, “${title}”`,
  },

  bot: {
    questionWithExample: (example) => `Your question, e.g. ${example}`,
    help(title, examples) {
      const lines = [
        `Ask me a question about the article “${title}”: use /ask, send me a direct message, or mention me.`,
      ];
      if (examples.length > 0) lines.push(`For example: ${examples.map((e) => `“${e}”`).join(" or ")}`);
      lines.push("/topics lists what I know.");
      return lines.join("\n");
    },
    rateLimited: (seconds) => `You're asking a lot at once. Please slow down and try again in ${seconds} s.`,
    buttonExpired: "This button has expired. Ask the question again with /ask.",
    unknownCommand: "I don't know that command.",
    error: (ref) => `Something went wrong (ref ${ref}).`,
    topicsTitle: "What you can ask about",
    topicsIntro: (title, publisher) => `I answer questions about one article: “${title}” (${publisher}).`,
    topicsHowToAsk: "Ask with /ask, in a direct message, or by mentioning me.",
    forExample: "For example:",
    aboutTitle: "About this bot",
    moderatorsOnly: "Sorry, only moderators (Manage Server, or a moderator role) can reload the knowledge.",
    adminServersOnly:
      "Sorry, this command only works in the bot operator's own servers, for their moderators.",
    ownerOnly: "Sorry, only the bot's owner can use this command.",
    reloadedTitle: "Knowledge reloaded",
    reloadFailedTitle: "Reload failed",
    reloadedEverywhere: (processes) => `Knowledge reloaded in all ${processes} processes`,
    reloadFailedIn: (failed, processes) =>
      `Reload failed in ${failed} of ${processes} ${processes === 1 ? "process" : "processes"}`,
    shardName: (id) => `shard ${id}`,
    otherProcesses: "other processes",
    replicaProblem(problem) {
      switch (problem?.kind) {
        case "failed":
          return `the reload failed: ${problem.detail}`;
        case "not-ready":
          return "not ready yet";
        case "not-reached":
          return `not reached: ${problem.detail}`;
        case "silent":
          return `did not answer within ${problem.seconds} s; it may still have the old knowledge`;
        case "no-redis":
          return "not reached: Redis is unreachable";
        default:
          return "no answer";
      }
    },
  },

  about: {
    article: "Article",
    facts: "Facts",
    entities: "Entities",
    loadedAt: "Knowledge loaded",
    version: "Version",
    uptime: "Uptime",
    shard: "Shard",
    replica: "Replica",
    shardOf: (ids, count) => `${ids.join(", ")} of ${count}`,
    duration({ d, h, m, s }) {
      if (d > 0) return `${d}d ${h}h`;
      if (h > 0) return `${h}h ${m}m`;
      if (m > 0) return `${m}m ${s}s`;
      return `${s}s`;
    },
  },

  reload: {
    failed: (errors) =>
      `Reload failed: ${plural(errors, "error")} in the knowledge file. The previous knowledge is still in service.`,
    unchanged: (facts, entities) =>
      `Reloaded: no fact changed (${plural(facts, "fact")}, ${plural(entities, "entity", "entities")}).`,
    changed: (added, removed, changed, facts, entities) =>
      `Reloaded: ${added} added, ${removed} removed, ${changed} changed (${plural(facts, "fact")}, ${plural(entities, "entity", "entities")}).`,
    errors: "Errors",
    added: "Added",
    removed: "Removed",
    changedLabel: "Changed",
    more: (count) => `… and ${count} more`,
  },

  console: {
    help: [
      "Type a question about the article and press Enter. Other commands:",
      "  /topics   what I know about",
      "  /about    the source article and what is loaded",
      "  /reload   re-read the knowledge file (kept only if valid)",
      "  /help     this help",
      "  /quit     leave (Ctrl+D works too)",
      "  1, 2, 3   ask one of the related questions offered after an answer",
    ].join("\n"),
    unknownCommand: (command) => `Unknown command ${command}. Type /help for the commands.`,
    topicsIntro: (title, publisher) => `I answer questions about “${title}” (${publisher}).`,
    forExample: (examples) => `For example: ${examples.join(" | ")}`,
  },

  questionLog: {
    voteUpLabel: "👍",
    voteDownLabel: "👎",
    voteThanks: (vote) =>
      vote > 0
        ? "Thanks! You rated this answer 👍. You can change your vote with 👎 at any time."
        : "Thanks! You rated this answer 👎: moderators see which answers miss the mark. You can change your vote with 👍 at any time.",
    voteLogOff: "Feedback is not being collected on this bot.",
    forgetDone: (questions, votes) =>
      questions + votes === 0
        ? "Done: there was nothing of yours in the question log (no question, no vote), in any server."
        : `Done: I deleted ${plural(questions, "question")} and ${plural(votes, "vote")} of yours from the question log, in every server and in DMs.`,
    forgetLogOff: "This bot keeps no question log, so there is nothing of yours to delete.",
    logUnavailable: (ref) =>
      `The question log cannot be reached right now, so nothing was done. Please try again in a few minutes (ref ${ref}).`,
    insightsNotInDm: "/insights works in a server, not in DMs.",
    insightsLogOff: "The question log is off, so there is nothing to show.",
    insightsModeratorsOnly:
      "Sorry, only moderators (Manage Server, or a moderator role) can see the insights.",
    pageTitles: {
      overview: "Overview",
      unanswered: "Not answered",
      rated: "Worst rated",
      facts: "Most asked facts",
    },
    title: (page, days) => `Insights: ${page} (last ${plural(days, "day")})`,
    footer: (page, pages) => `Page ${page} of ${pages} · times in UTC`,
    headline: (t, days, from, to) =>
      `${plural(t.questions, "question")} in ${plural(days, "day")} (${from} to ${to} UTC): ` +
      `${t.answered} answered (${percentOf(t.answered, t.questions)}), ${t.unanswered} not answered. ` +
      `Votes: ${t.up} 👍, ${t.down} 👎.`,
    byTransport: "Questions by transport",
    noneYet: "none yet",
    allAnswered: "Every question of these days was answered.",
    groupedNote:
      "Rewordings of one question count as one row. `npm run insights -- --export FILE` proposes knowledge for them.",
    alsoAskedAs: "also",
    noDownVotes: "No answer got a 👎 in these days.",
    forExample: "e.g.",
    noFacts: "No fact was used in an answer in these days.",
    notInArticle: "“the article does not say”",
    factGone: "no longer in the knowledge",
  },

  commands: {
    ask: {
      name: "ask",
      description: "Ask a question about the article",
      options: {
        question: { name: "question", description: "Your question" },
        private: { name: "private", description: "Only you see the answer" },
      },
    },
    topics: { name: "topics", description: "What I know about, so you know what to ask" },
    about: { name: "about", description: "The source article, what is loaded, and the bot" },
    reload: {
      name: "reload",
      description: "Moderators: re-read the knowledge file and put it in service if it is valid",
    },
    insights: {
      name: "insights",
      description: "Moderators: what people asked, what the article could not answer, how answers were rated",
      options: { days: { name: "days", description: "How many days back (default 7)" } },
    },
    "forget-me": {
      name: "forget-me",
      description: "Delete every question and vote of yours from the question log, in every server",
    },
  },
};
