import { foldSpaces } from "../knowledge/validate.js";

/** Abbreviations that end in a full stop without ending a sentence. */
const SENTENCE_END = /(?<!\b(?:Col|Gen|Lt|Maj|Mr|Mrs|Ms|Dr|St|No|vs))[.!?][”"’]?\s+(?=[“"‘A-Z])/g;

/** The article's sentences, in order: lines first, then full stops that end a sentence. */
export function splitSentences(article: string): string[] {
  const out: string[] = [];
  for (const line of article.split(/\r?\n/)) {
    let start = 0;
    for (const match of line.matchAll(SENTENCE_END)) {
      const end = match.index + match[0].trimEnd().length;
      out.push(foldSpaces(line.slice(start, end)));
      start = match.index + match[0].length;
    }
    const rest = foldSpaces(line.slice(start));
    if (rest) out.push(rest);
  }
  return out.filter((s) => s.length > 0);
}

/** The whole sentence a piece of evidence comes from; the evidence itself when it spans sentences. */
export function evidenceSentence(sentences: readonly string[], evidence: string): string {
  const wanted = foldSpaces(evidence);
  return sentences.find((s) => s.includes(wanted)) ?? wanted;
}
