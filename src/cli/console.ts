import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { articleIn, type Locale, messages, toLocale } from "../i18n/index.js";
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

/**
 * The local console: the same service and the same answers as the bot, on a terminal or on piped
 * input (one question per line). Resolves when the input ends or on /quit.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { input, output, service } = options;
  const interactive = options.prompt ?? Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const write = (text: string) => output.write(`${text}\n`);
  let offered: string[] = [];
  // The console is one conversation: follow-ups are read against the question before. It speaks the
  // language of the last question asked (English until then).
  const conversation = { person: "console", place: "console" };
  let locale: Locale = "en";
  const ask = (question: string) => {
    const { answer } = answerAndLog(
      service,
      options.questionLog,
      question,
      { transport: "console", userId: "console" },
      conversation,
      { fallback: locale },
    );
    locale = toLocale(answer.language);
    offered = showAnswer(write, answer);
  };

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
        if (pick !== undefined) ask(pick);
        else if (command === "/help") write(messages(locale).console.help);
        else if (command === "/topics") showTopics(write, service, locale);
        else if (command === "/about") showAbout(write, service, locale);
        else if (command === "/reload") await showReload(write, service, locale);
        else if (line.startsWith("/")) write(messages(locale).console.unknownCommand(line));
        else ask(line);
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

function showTopics(write: (text: string) => void, service: AnswerService, locale: Locale): void {
  const say = messages(locale).console;
  const article = articleIn(service.knowledge.article, locale);
  write(say.topicsIntro(article.title, article.publisher));
  for (const group of service.topics(locale)) {
    if (group.names.length > 0) write(`${group.title}: ${group.names.join(", ")}`);
  }
  const examples = service.suggest("", 3, locale);
  if (examples.length > 0) write(say.forExample(examples));
  write("");
}

function showAbout(write: (text: string) => void, service: AnswerService, locale: Locale): void {
  for (const { label, value } of aboutRows(service.about(), locale)) write(`${label}: ${value}`);
  write("");
}

async function showReload(
  write: (text: string) => void,
  service: AnswerService,
  locale: Locale,
): Promise<void> {
  const summary = summarizeReload(await service.reload("console"), locale);
  write(summary.headline);
  for (const section of summary.sections) {
    write(`${section.label}:`);
    for (const line of section.lines) write(`  ${line}`);
  }
  write("");
}
