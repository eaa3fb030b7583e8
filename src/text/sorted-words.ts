import { readFileSync } from "node:fs";
import { projectPath } from "../paths.js";

/**
 * A word list kept as the text of its file: words sorted by code unit, one a line (see
 * scripts/extract-data.mjs). Searched in place, so loading costs one read and no set of a hundred
 * thousand strings is built or kept.
 */
export class SortedWords {
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  /** Reads a list from `data/` in the project folder. */
  static load(file: string): SortedWords {
    return new SortedWords(readFileSync(projectPath(file), "utf8"));
  }

  /** The start of the first line whose word is not less than `word` (the text's length if none). */
  #lowerBound(word: string): number {
    const text = this.#text;
    let low = 0;
    let high = text.length;
    // Binary search over characters, each probe backing up to the start of the line it landed in.
    while (low < high) {
      const start = text.lastIndexOf("\n", low + Math.floor((high - low) / 2) - 1) + 1;
      const end = text.indexOf("\n", start);
      if (text.slice(start, end) < word) low = end + 1;
      else high = start;
    }
    return low;
  }

  has(word: string): boolean {
    if (word.includes("\n")) return false;
    const start = this.#lowerBound(word);
    return start < this.#text.length && this.#text.startsWith(`${word}\n`, start);
  }

  /** Every word that starts with `prefix`, in order. */
  *startingWith(prefix: string): Generator<string> {
    if (prefix.includes("\n")) return;
    const text = this.#text;
    let start = this.#lowerBound(prefix);
    while (start < text.length && text.startsWith(prefix, start)) {
      const end = text.indexOf("\n", start);
      yield text.slice(start, end);
      start = end + 1;
    }
  }
}
