import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { isLocale, type Locale, messages } from "../i18n/index.js";
import { issueReport } from "../knowledge/issues.js";
import { type KeptLoad, loadKnowledgeFile } from "../knowledge/load.js";
import { createEngine } from "../qa/engine.js";
import type { Answer, AnswerOptions, Engine } from "../qa/types.js";
import { type Conversations, createConversations } from "../service/conversations.js";
import { exitQuietlyWhenOutputCloses, readArguments } from "./arguments.js";
import { fromInvocationFolder, knowledgeFileSetting, knowledgeMaxBytesSetting } from "./knowledge-file.js";
import { renderAnswerText } from "./render.js";

const LANGUAGE_CHOICES = ["auto", "en", "ru"];

const USAGE = `Usage: npm run ask -- [--json] [--lang auto|en|ru] [--session ID] [--knowledge FILE] ["question"]
  With a question: prints the answer and its evidence.
  Without one: reads questions from standard input, one a line, and answers each in order.
  --json            one JSON object per answer: {question, answered, answer, verdict, confidence, facts, evidence, suggestions, language}
  --lang LANG       the language to answer in: auto (default: each question's own), en or ru
  --session ID      read each question as a follow-up of the one before it in this run (one
                    conversation, as in a DM); without it every question stands on its own
  --knowledge FILE  answer from another knowledge file (default: KNOWLEDGE_FILE, as the bot reads it)
  --explain         print how the question was read and how the facts ranked (for tuning the knowledge)`;

function toJson(answer: Answer): string {
  return JSON.stringify({
    question: answer.question,
    answered: answer.answered,
    answer: answer.text,
    verdict: answer.verdict,
    confidence: answer.confidence,
    facts: answer.facts,
    evidence: answer.evidence,
    suggestions: answer.suggestions,
    language: answer.language,
  });
}

/**
 * The knowledge and engine a start-up snapshot was made with (see ask-snapshot.ts): used while the
 * files read the same as when they were built, so a question costs no engine build.
 */
export interface Prebuilt {
  kept: KeptLoad;
  engine: Engine;
}

/** The `ask` command: answers the question in its arguments, or each line of standard input. */
export async function runAsk(prebuilt?: Prebuilt): Promise<number> {
  exitQuietlyWhenOutputCloses();
  const args = readArguments(parse, USAGE);
  if (typeof args === "number") return args;
  const file = args.values.knowledge ? fromInvocationFolder(args.values.knowledge) : knowledgeFileSetting();
  const loaded = await loadKnowledgeFile(file, {
    maxBytes: knowledgeMaxBytesSetting(),
    kept: prebuilt?.kept,
  });
  if (!loaded.ok) {
    for (const line of issueReport(file, loaded.errors)) console.error(line);
    return 1;
  }
  const language = args.values.lang;
  if (!LANGUAGE_CHOICES.includes(language)) {
    console.error(`--lang must be one of ${LANGUAGE_CHOICES.join(", ")}, not '${language}'\n${USAGE}`);
    return 2;
  }
  const engine =
    prebuilt && loaded.knowledge === prebuilt.kept.knowledge
      ? prebuilt.engine
      : createEngine(loaded.knowledge);
  const session = args.values.session;
  const conversations = createConversations();
  const options = { language };
  const answerOf = (question: string): Answer =>
    session === undefined
      ? engine.answer(question, options)
      : converse(engine, conversations, session, question, options);
  const output = batchedOutput();
  const print = (answer: Answer) => {
    if (args.values.explain) output.line(JSON.stringify(engine.explain(answer.question)));
    output.line(args.values.json ? toJson(answer) : renderAnswerText(answer));
  };

  const question = args.positionals.join(" ");
  if (question.trim() !== "") print(answerOrReport(answerOf, question, language));
  else await answerLines((line) => answerOrReport(answerOf, line, language), print);
  output.flush();
  return typeof process.exitCode === "number" ? process.exitCode : 0;
}

/**
 * Standard output written once for all the lines answered in one go (a chunk of piped input), not
 * once a line: over thousands of questions, a write per answer costs more than some answers do. A
 * question typed by hand is its own chunk, so its answer still comes at once.
 */
function batchedOutput(): { line(text: string): void; flush(): void } {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    process.stdout.write(text);
  };
  return {
    line(text) {
      pending.push(text, "\n");
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      knowledge: { type: "string" },
      session: { type: "string" },
      explain: { type: "boolean", default: false },
      lang: { type: "string", default: "auto" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

/** One answer per line of input, in order, blank lines included, so a caller can pair them up. */
async function answerLines(answerOf: (q: string) => Answer, print: (a: Answer) => void): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) print(answerOf(line));
}

/** One question of the session's conversation, read against the one before it. */
function converse(
  engine: Engine,
  conversations: Conversations,
  session: string,
  question: string,
  options: AnswerOptions,
): Answer {
  const { answer, turn } = engine.converse(question, conversations.get(session, "ask"), options);
  conversations.set(session, "ask", turn);
  return answer;
}

/**
 * An engine fault on one line is reported on standard error and makes the exit status 1, while the
 * other lines are still answered in order (a refusal stands in for the failed one).
 */
function answerOrReport(answerOf: (q: string) => Answer, question: string, language = "en"): Answer {
  try {
    return answerOf(question);
  } catch (error) {
    console.error(`ask: the engine failed on ${JSON.stringify(question.slice(0, 80))}: ${String(error)}`);
    process.exitCode = 1;
    return {
      question,
      answered: false,
      text: messages(fallbackLocale(language)).answer.failed,
      verdict: null,
      facts: [],
      evidence: [],
      confidence: 0,
      suggestions: [],
      language: fallbackLocale(language),
    };
  }
}

function fallbackLocale(language: string): Locale {
  return isLocale(language) ? language : "en";
}
