import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Answer } from "../qa/types.js";
import type { AnswerService } from "../service/answer-service.js";
import { answerAndLog } from "../service/answering.js";
import type { QuestionLog } from "../service/question-log.js";
import { aboutRows, summarizeReload } from "../service/summaries.js";
import { renderAnswerText } from "./render.js";

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  service: AnswerService;
  /** Logs the console's questions too (QUESTION_LOG_CONSOLE=true). */
  questionLog?: QuestionLog;
  /** Show a prompt; on by default when the input is a terminal. */
  prompt?: boolean;
}

const HELP = [
  "Type a question about the article and press Enter. Yes/no questions get a yes or no first; one",
  'line may hold several questions; a follow-up ("and Armenia?", "who heads it?") is read',
  "against your previous question. Other commands:",
  "  /topics   what I know about",
  "  /about    the source article and what is loaded",
  "  /reload   re-read the knowledge file (kept only if valid)",
  "  /help     this help",
  "  /quit     leave (Ctrl+D works too)",
  "  1, 2, 3   ask one of the related questions offered after an answer",
].join("\n");

/**
 * The local console: the same service and the same answers as the bot, on a terminal or on piped
 * input (one question per line). Resolves when the input ends or on /quit.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { input, output, service } = options;
  const answer = (question: string) =>
    answerAndLog(
      service,
      options.questionLog,
      question,
      { transport: "console", userId: "console" },
      conversation,
    ).answer;
  const interactive = options.prompt ?? Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const write = (text: string) => output.write(`${text}\n`);
  let offered: string[] = [];
  // The console is one conversation: follow-ups are read against the question before.
  const conversation = { person: "console", place: "console" };

  if (interactive) {
    rl.setPrompt("? ");
    rl.prompt();
  }
  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (line) {
        const pick = /^[1-9]$/.test(line) ? offered[Number(line) - 1] : undefined;
        const command = line.toLowerCase();
        if (command === "/quit" || command === "/exit") break;
        if (pick !== undefined) offered = showAnswer(write, answer(pick));
        else if (command === "/help") write(HELP);
        else if (command === "/topics") showTopics(write, service);
        else if (command === "/about") showAbout(write, service);
        else if (command === "/reload") await showReload(write, service);
        else if (line.startsWith("/")) write(`Unknown command ${line}. Type /help for the commands.`);
        else offered = showAnswer(write, answer(line));
      }
      if (interactive) rl.prompt();
    }
  } finally {
    rl.close();
  }
}

/** Prints an answer, its evidence and the related questions; returns those questions, in order. */
function showAnswer(write: (text: string) => void, answer: Answer): string[] {
  write(renderAnswerText(answer, { numbered: true }));
  write("");
  return answer.suggestions.slice(0, 3);
}

function showTopics(write: (text: string) => void, service: AnswerService): void {
  const { article } = service.knowledge;
  write(`I answer questions about “${article.title}” (${article.publisher}).`);
  for (const group of service.topics()) {
    if (group.names.length > 0) write(`${group.title}: ${group.names.join(", ")}`);
  }
  const examples = service.suggest("", 3);
  if (examples.length > 0) write(`For example: ${examples.join(" | ")}`);
  write("");
}

function showAbout(write: (text: string) => void, service: AnswerService): void {
  for (const { label, value } of aboutRows(service.about())) write(`${label}: ${value}`);
  write("");
}

async function showReload(write: (text: string) => void, service: AnswerService): Promise<void> {
  const summary = summarizeReload(await service.reload("console"));
  write(summary.headline);
  for (const section of summary.sections) {
    write(`${section.label}:`);
    for (const line of section.lines) write(`  ${line}`);
  }
  write("");
}
