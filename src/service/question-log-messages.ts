// What the question log's commands and buttons say to users, in one place, so that a message
// catalogue can take them over whole.
import { plural } from "./summaries.js";

export const LOG_MESSAGES = {
  voteUpLabel: "👍",
  voteDownLabel: "👎",
  voteThanks: (vote: 1 | -1) =>
    vote > 0
      ? "Thanks! You rated this answer 👍. You can change your vote with 👎 at any time."
      : "Thanks! You rated this answer 👎: moderators see which answers miss the mark. You can change your vote with 👍 at any time.",
  voteLogOff: "Feedback is not being collected on this bot.",
  forgetDone: (questions: number, votes: number) =>
    questions + votes === 0
      ? "Done: there was nothing of yours in the question log (no question, no vote), in any server."
      : `Done: I deleted ${plural(questions, "question")} and ${plural(votes, "vote")} of yours from the question log, in every server and in DMs.`,
  forgetLogOff: "This bot keeps no question log, so there is nothing of yours to delete.",
  logUnavailable: (ref: string) =>
    `The question log cannot be reached right now, so nothing was done. Please try again in a few minutes (ref ${ref}).`,
  insightsNotInDm: "/insights works in a server, not in DMs.",
  insightsLogOff: "The question log is off (QUESTION_LOG=off), so there is nothing to show.",
} as const;
