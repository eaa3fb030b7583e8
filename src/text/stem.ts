import { stemmer as russianStemmer } from "@orama/stemmers/russian";
import { stemmer } from "stemmer";
import { normaliseText } from "./normalise.js";

/** Irregular forms the Porter stemmer cannot join to their verb. */
const IRREGULAR: Record<string, string> = {
  got: "get",
  gotten: "get",
  gave: "give",
  given: "give",
  sold: "sell",
  sent: "send",
  bought: "buy",
  took: "take",
  taken: "take",
  told: "tell",
  spoke: "speak",
  spoken: "speak",
  ran: "run",
  led: "lead",
  wrote: "write",
  written: "write",
  brought: "bring",
  shot: "shoot",
  made: "make",
  did: "do",
  done: "do",
  does: "do",
  has: "have",
  had: "have",
  is: "be",
  are: "be",
  was: "be",
  were: "be",
  been: "be",
  am: "be",
  held: "hold",
  met: "meet",
  began: "begin",
  begun: "begin",
  chose: "choose",
  chosen: "choose",
  knew: "know",
  known: "know",
  thought: "think",
  said: "say",
  says: "say",
  paid: "pay",
  became: "become",
  broke: "break",
  broken: "break",
  won: "win",
  lost: "lose",
  meant: "mean",
};

const cache = new Map<string, string>();

const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * The stem of one normalised word: "supplies", "supplied" and "supplying" all give "suppli"; a Russian
 * word goes to the Snowball Russian stemmer ("поставляет", "поставлять" give "поставля").
 */
export function stem(word: string): string {
  let hit = cache.get(word);
  if (hit === undefined) {
    hit = CYRILLIC.test(word) ? russianStemmer(word) : stemmer(IRREGULAR[word] ?? word);
    // Bounded: the vocabulary is small, but questions can bring any number of new words.
    if (cache.size > 50_000) cache.clear();
    cache.set(word, hit);
  }
  return hit;
}

/** The stems of a text's words: "Anti-aircraft missile systems" gives anti, aircraft, missil, system. */
export function stemWords(text: string): string[] {
  const folded = normaliseText(text);
  return folded === "" ? [] : folded.split(" ").map(stem);
}

/**
 * A phrase as the engine and the loader compare it: stems joined by spaces, so "SAM" and "SAMs",
 * or "supplies" and "supply", are one key.
 */
export function stemPhrase(text: string): string {
  return stemWords(text).join(" ");
}
