import { createTextFinder } from "../text/finder.js";
import { foldSpaces } from "../text/normalise.js";

/**
 * The article's sentences, in order: lines first, then full stops that end a sentence. A full stop
 * after one of `abbreviations` (the knowledge's, such as "Col." and "Gen.") ends none.
 */
export function splitSentences(article: string, abbreviations: readonly string[] = []): string[] {
  const out: string[] = [];
  const words = abbreviations.map((a) => a.replace(/\.$/, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const guard = words.length > 0 ? `(?<!\\b(?:${words.join("|")}))` : "";
  const sentenceEnd = new RegExp(`${guard}[.!?][”"’]?\\s+(?=[“"‘A-Z])`, "g");
  for (const line of article.split(/\r?\n/)) {
    let start = 0;
    for (const match of line.matchAll(sentenceEnd)) {
      const end = match.index + match[0].trimEnd().length;
      out.push(foldSpaces(line.slice(start, end)));
      start = match.index + match[0].length;
    }
    const rest = foldSpaces(line.slice(start));
    if (rest) out.push(rest);
  }
  return out.filter((s) => s.length > 0);
}

/** Finds the whole sentence a piece of evidence comes from. */
export type SentenceOf = (evidence: string) => string;

/**
 * Built once per article: where each sentence starts in the article's text, and a finder for
 * fragments, so that each piece of evidence costs a look-up rather than a scan of every sentence.
 */
export function sentenceLocator(article: string, abbreviations: readonly string[] = []): SentenceOf {
  // An engine reads the one article in each of its languages: the locator is built once for them all.
  const last = lastLocator;
  if (
    last &&
    last.article === article &&
    last.abbreviations.length === abbreviations.length &&
    last.abbreviations.every((a, i) => a === abbreviations[i])
  )
    return last.locator;
  const locator = buildLocator(article, abbreviations);
  lastLocator = { article, abbreviations: [...abbreviations], locator };
  return locator;
}

let lastLocator: { article: string; abbreviations: readonly string[]; locator: SentenceOf } | undefined;

function buildLocator(article: string, abbreviations: readonly string[]): SentenceOf {
  const text = foldSpaces(article);
  const finder = createTextFinder(text);
  const sentences = splitSentences(article, abbreviations);
  const starts: number[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const at = text.indexOf(sentence, cursor);
    starts.push(at);
    if (at >= 0) cursor = at + sentence.length;
  }
  return (evidence) => readable(locate(evidence));

  function locate(evidence: string): string {
    const wanted = foldSpaces(evidence);
    const at = finder.indexOf(wanted);
    if (at < 0) return wanted;
    // The last sentence that starts at or before the evidence; it holds it unless the evidence spans two.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    const sentence = sentences[lo] ?? "";
    const start = starts[lo] ?? -1;
    return start >= 0 && start <= at && at + wanted.length <= start + sentence.length ? sentence : wanted;
  }
}

/**
 * The article as given has a non-breaking space decoded as "Â " ("Photo:Â Sputnik"). The copy in
 * knowledge/ stays verbatim; the sentence shown to people drops the stray letter.
 */
function readable(sentence: string): string {
  return sentence.replace(/\u00c2(?=\s)/g, "");
}
