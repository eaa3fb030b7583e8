import { qwertyToCyrillic } from "../text/layout.js";
import { normaliseText } from "../text/normalise.js";
import { letterCounts } from "../text/script.js";
import { latinToCyrillic } from "../text/transliterate.js";
import { READ_PIECES } from "./weights.js";

/** A question as the engine will read it: in which language, and its text in that language's letters. */
export interface Reading {
  language: string;
  text: string;
  /** How the text was obtained: as typed, from Latin transliteration, or from the wrong keyboard layout. */
  via: "typed" | "transliteration" | "layout";
}

export interface ReadingContext {
  /** The languages the knowledge offers, English first. */
  languages: readonly string[];
  /** Whether the reader of a language knows a normalised word. */
  knows(language: string, word: string): boolean;
  /** A language the caller insists on. */
  forced?: string;
  /** The language to use when the question does not tell. */
  fallback?: string;
}

const RUSSIAN = "ru";

/**
 * Which language a question is in. Cyrillic letters say Russian (a Latin name among them, "что
 * получает Kazakhstan", changes nothing); Latin letters say English unless the words read better as
 * Russian: transliterated ("kto postavlyaet tadzhikistanu") or typed with the keyboard on QWERTY while
 * meaning ЙЦУКЕН ("rnj gjlgbcfk" for "кто подписал"). A Russian reading must know more words than the
 * English one and at least half of them, so an English question is never taken for Russian.
 */
export function readQuestion(question: string, ctx: ReadingContext): Reading {
  const offered = (code: string | undefined) =>
    code !== undefined && ctx.languages.includes(code) ? code : undefined;
  const fallback = offered(ctx.fallback) ?? ctx.languages[0] ?? "en";
  const { latin, cyrillic } = letterCounts(question);
  const forced = offered(ctx.forced);
  const russian = ctx.languages.includes(RUSSIAN);

  if (latin === 0 && cyrillic === 0) return { language: forced ?? fallback, text: question, via: "typed" };
  const english = ctx.languages[0] ?? "en";
  if (cyrillic > 0 && latin === 0) {
    return { language: forced ?? (russian ? RUSSIAN : fallback), text: question, via: "typed" };
  }
  const words = normaliseText(question).split(" ").filter(Boolean);
  if (cyrillic > 0) {
    // Both alphabets ("кто supplies Kyrgyzstan", "что шлют в Tajikistan"): Latin names are known to
    // every reader, so the reader that knows more of the words is the question's language.
    if (forced || !russian) return { language: forced ?? english, text: question, via: "typed" };
    const ru = known(ctx, RUSSIAN, words);
    const en = known(ctx, english, words);
    const language = ru > en || (ru === en && cyrillic >= latin) ? RUSSIAN : english;
    return { language, text: question, via: "typed" };
  }
  if (!russian || forced === "en") return { language: forced ?? english, text: question, via: "typed" };

  const knownInEnglish = known(ctx, english, words);
  // A question whose every word English knows is English; only the others are tried as Russian. In a
  // conversation held in Russian, a follow-up every word of which reads as well in Russian stays
  // Russian ("a kirgiziya?" after "chto poluchaet tadzhikistan").
  if (forced === undefined && knownInEnglish === words.length) {
    if (ctx.fallback === RUSSIAN) {
      const transliterated = latinToCyrillic(question);
      const ru = known(ctx, RUSSIAN, normaliseText(transliterated).split(" "), words.length);
      if (ru === words.length) return { language: RUSSIAN, text: transliterated, via: "transliteration" };
    }
    return { language: "en", text: question, via: "typed" };
  }

  // A Russian reading convinces only with this many known words; a count that can no longer reach it
  // stops early (unless Russian is forced, when the better of the two readings is wanted whatever it is).
  const needed = forced === RUSSIAN ? 0 : Math.max(knownInEnglish + 1, words.length / 2);
  const byTransliteration = known(ctx, RUSSIAN, convertedWords(question, latinToCyrillic), needed);
  const byLayout = known(ctx, RUSSIAN, convertedWords(question, qwertyToCyrillic), needed);
  const best =
    byLayout > byTransliteration
      ? ({ convert: qwertyToCyrillic, known: byLayout, via: "layout" } as const)
      : ({ convert: latinToCyrillic, known: byTransliteration, via: "transliteration" } as const);
  const convincing = best.known > knownInEnglish && best.known * 2 >= words.length;
  if (forced === RUSSIAN || convincing)
    return { language: RUSSIAN, text: best.convert(question), via: best.via };
  return { language: forced ?? english, text: question, via: "typed" };
}

/** The folded words of each space-separated piece of a question, by the conversion that gave them. */
const pieceWords = new Map<(text: string) => string, Map<string, readonly string[]>>();

/**
 * The words of `normaliseText(convert(question))`, read a piece between spaces at a time: both
 * conversions and folding treat what lies between two spaces on its own, so the pieces give the same
 * words, and the pieces of questions ("the", "what", a name) recur, so each is converted once. Every
 * piece but the first keeps its space: a conversion reads a letter at the start of a text differently.
 */
function convertedWords(question: string, convert: (text: string) => string): string[] {
  let memory = pieceWords.get(convert);
  if (!memory) {
    memory = new Map();
    pieceWords.set(convert, memory);
  }
  const words: string[] = [];
  const pieces = question.split(" ");
  for (const [i, bare] of pieces.entries()) {
    const piece = i === 0 ? bare : ` ${bare}`;
    let found = memory.get(piece);
    if (found === undefined) {
      found = normaliseText(convert(piece)).split(" ").filter(Boolean);
      if (memory.size >= READ_PIECES) memory.clear();
      memory.set(piece, found);
    }
    words.push(...found);
  }
  return words.length > 0 ? words : [""];
}

/**
 * How many of the words a reader knows. With `needed`, the count stops as soon as it can no longer
 * reach that many, and is then only known to fall short of it.
 */
function known(ctx: ReadingContext, language: string, words: readonly string[], needed = 0): number {
  let count = 0;
  let left = words.length;
  for (const word of words) {
    if (count + left < needed) return count;
    left--;
    if (word && ctx.knows(language, word)) count++;
  }
  return count;
}
