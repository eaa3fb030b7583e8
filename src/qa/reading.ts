import { qwertyToCyrillic } from "../text/layout.js";
import { normaliseText } from "../text/normalise.js";
import { letterCounts } from "../text/script.js";
import { latinToCyrillic } from "../text/transliterate.js";

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
  const count = (language: string, text: string) =>
    normaliseText(text)
      .split(" ")
      .filter((w) => w && ctx.knows(language, w)).length;
  if (cyrillic > 0 && latin === 0) {
    return { language: forced ?? (russian ? RUSSIAN : fallback), text: question, via: "typed" };
  }
  if (cyrillic > 0) {
    // Both alphabets ("кто supplies Kyrgyzstan", "что шлют в Tajikistan"): Latin names are known to
    // every reader, so the reader that knows more of the words is the question's language.
    if (forced || !russian) return { language: forced ?? english, text: question, via: "typed" };
    const ru = count(RUSSIAN, question);
    const en = count(english, question);
    const language = ru > en || (ru === en && cyrillic >= latin) ? RUSSIAN : english;
    return { language, text: question, via: "typed" };
  }
  if (!russian || forced === "en") return { language: forced ?? english, text: question, via: "typed" };

  const words = normaliseText(question).split(" ").filter(Boolean);
  const knownInEnglish = count(english, question);
  // A question whose every word English knows is English; only the others are tried as Russian.
  if (forced === undefined && knownInEnglish === words.length)
    return { language: "en", text: question, via: "typed" };

  const transliterated = latinToCyrillic(question);
  const layout = qwertyToCyrillic(question);
  const byTransliteration = count(RUSSIAN, transliterated);
  const byLayout = count(RUSSIAN, layout);
  const best =
    byLayout > byTransliteration
      ? ({ text: layout, known: byLayout, via: "layout" } as const)
      : ({ text: transliterated, known: byTransliteration, via: "transliteration" } as const);
  const convincing = best.known > knownInEnglish && best.known * 2 >= words.length;
  if (forced === RUSSIAN || convincing) return { language: RUSSIAN, text: best.text, via: best.via };
  return { language: forced ?? english, text: question, via: "typed" };
}
