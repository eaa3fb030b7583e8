// The naive alternative as a process of its own, for the start-up comparison of bench/runtime.ts:
// fuse.js over the article's sentences, the best match as the answer, one JSON line per question
// read on stdin. Plain JavaScript with nothing of the project's, so it starts as fast as node allows.
//   node bench/naive-ask.mjs ARTICLE_FILE FUSE_OPTIONS_JSON < questions.txt
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import Fuse from "fuse.js";

/** As the engine does, a question is read up to this many characters. */
const QUESTION_MAX = 500;

const [articleFile, options] = process.argv.slice(2);
// Sentences as a naive reader splits them: after a full stop, question or exclamation mark, or a line end.
const sentences = readFileSync(articleFile, "utf8")
  .split(/(?<=[.!?])\s+|\n+/)
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const fuse = new Fuse(sentences, JSON.parse(options));
const out = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
  const question = line.trim().slice(0, QUESTION_MAX);
  const best = fuse.search(question, { limit: 1 })[0];
  out.push(JSON.stringify({ question, answered: best !== undefined, answer: best?.item ?? "" }));
}
process.stdout.write(`${out.join("\n")}\n`);
