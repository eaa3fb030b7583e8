// The naive alternative as a process of its own, for the start-up comparison of bench/runtime.ts:
// fuse.js over the article's sentences, the best match as the answer, one JSON line per question
// read on stdin. Plain JavaScript over the compiled build, so it starts as fast as node allows.
//   node bench/naive-ask.mjs ARTICLE_FILE FUSE_OPTIONS_JSON < questions.txt
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import Fuse from "fuse.js";
import { splitSentences } from "../dist/qa/sentences.js";
import { clampQuestion } from "../dist/text/normalise.js";

const [articleFile, options] = process.argv.slice(2);
const fuse = new Fuse(splitSentences(readFileSync(articleFile, "utf8")), JSON.parse(options));
const out = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
  const question = clampQuestion(line);
  const best = fuse.search(question, { limit: 1 })[0];
  out.push(JSON.stringify({ question, answered: best !== undefined, answer: best?.item ?? "" }));
}
process.stdout.write(`${out.join("\n")}\n`);
