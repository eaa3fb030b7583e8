import { readFileSync } from "node:fs";
import { projectPath } from "../paths.js";

/**
 * A word list kept as the text of its file: words sorted by code unit, one a line (see
 * scripts/extract-data.mjs). Searched in place, so loading costs one read and no set of a hundred
 * thousand strings is built or kept.
 */
export class SortedWords {
  readonly #text: string;
  readonly #packing: Packing | undefined;

  constructor(text: string, packing?: Packing) {
    this.#text = text;
    this.#packing = packing;
  }

  /** Reads a list from `data/` in the project folder. */
  static load(file: string): SortedWords {
    return new SortedWords(readFileSync(projectPath(file), "utf8"));
  }

  /**
   * Reads a list of Russian words (А to я, digits, Latin letters, hyphens) as one byte a letter: a
   * JavaScript string of Cyrillic takes two bytes a character, so the 1.5 million characters of the
   * dictionary would hold 3 MB instead of 1.5 MB for as long as the process runs.
   */
  static loadCyrillic(file: string): SortedWords {
    const bytes = readFileSync(projectPath(file));
    const packed = Buffer.allocUnsafe(bytes.length);
    let n = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] as number;
      const next = bytes[i + 1] as number;
      // UTF-8 of U+0410–U+043F is D0 90–BF, of U+0440–U+044F D1 80–8F: packed to C0–FF, in order.
      if (b === 0xd0 && next >= 0x90 && next <= 0xbf) packed[n++] = next + 0x30;
      else if (b === 0xd1 && next >= 0x80 && next <= 0x8f) packed[n++] = next + 0x70;
      else if (b < 0x80) {
        packed[n++] = b;
        continue;
      } else throw new Error(`${file}: a character outside А–я at byte ${i}`);
      i++;
    }
    return new SortedWords(packed.toString("latin1", 0, n), CYRILLIC);
  }

  /** The start of the first line whose word is not less than `word` (the text's length if none). */
  #lowerBound(word: string): number {
    const text = this.#text;
    let low = 0;
    let high = text.length;
    // Binary search over characters, each probe backing up to the start of the line it landed in (never
    // before `low`: a probe at 0 must not ask for the last newline before -1, which is the one at 0).
    while (low < high) {
      const probe = low + Math.floor((high - low) / 2);
      const start = probe === 0 ? 0 : text.lastIndexOf("\n", probe - 1) + 1;
      const end = text.indexOf("\n", start);
      if (lineBefore(text, start, end, word)) low = end + 1;
      else high = start;
    }
    return low;
  }

  has(given: string): boolean {
    const word = this.#packing ? this.#packing.pack(given) : given;
    if (word === undefined || word.includes("\n")) return false;
    const start = this.#lowerBound(word);
    return start < this.#text.length && this.#text.startsWith(`${word}\n`, start);
  }

  /** Every word that starts with `prefix`, in order. */
  *startingWith(given: string): Generator<string> {
    const prefix = this.#packing ? this.#packing.pack(given) : given;
    if (prefix === undefined || prefix.includes("\n")) return;
    const text = this.#text;
    let start = this.#lowerBound(prefix);
    while (start < text.length && text.startsWith(prefix, start)) {
      const end = text.indexOf("\n", start);
      const word = text.slice(start, end);
      yield this.#packing ? this.#packing.unpack(word) : word;
      start = end + 1;
    }
  }
}

/**
 * Whether the line `text[start, end)` sorts before `word` by code unit, as `text.slice(start, end) <
 * word` would say, without making the slice: a lookup probes about twenty lines.
 */
function lineBefore(text: string, start: number, end: number, word: string): boolean {
  const length = end - start;
  const common = Math.min(length, word.length);
  for (let i = 0; i < common; i++) {
    const a = text.charCodeAt(start + i);
    const b = word.charCodeAt(i);
    if (a !== b) return a < b;
  }
  return length < word.length;
}

/** How a list's words are stored, when not as they are written. */
interface Packing {
  /** The stored form of a word, or undefined when the list cannot hold it. */
  pack(word: string): string | undefined;
  unpack(stored: string): string;
}

/** А (U+0410) to я (U+044F) as U+00C0 to U+00FF; ASCII as it is; nothing else is in such a list. */
const CYRILLIC: Packing = {
  pack(word) {
    let out = "";
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c < 0x80) out += word[i];
      else if (c >= 0x410 && c <= 0x44f) out += String.fromCharCode(c - 0x350);
      else return undefined;
    }
    return out;
  },
  unpack(stored) {
    let out = "";
    for (let i = 0; i < stored.length; i++) {
      const c = stored.charCodeAt(i);
      out += c >= 0xc0 ? String.fromCharCode(c + 0x350) : stored[i];
    }
    return out;
  },
};
