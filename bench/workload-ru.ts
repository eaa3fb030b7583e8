import type { Knowledge } from "../src/knowledge/schema.js";
import type { Question } from "./workload.js";

/**
 * Russian questions about a knowledge file that offers Russian, as people type them: its facts'
 * Russian questions, lower case and without punctuation, with a typo, on the wrong keyboard layout,
 * in Latin transliteration, and its entities' Russian names and aliases, each with a question word.
 */
const JCUKEN = "йцукенгшщзхъфывапролджэячсмитьбю";
const QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.";
const LATIN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

const onQwerty = (text: string) => [...text].map((ch) => QWERTY[JCUKEN.indexOf(ch)] ?? ch).join("");
const inLatin = (text: string) => [...text].map((ch) => LATIN[ch] ?? ch).join("");
const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[?!.,«»"]/g, "")
    .trim();

export function buildRussianWorkload(knowledge: Knowledge, size: number): Question[] {
  const base: Question[] = [];
  for (const fact of knowledge.facts) {
    const question = fact.ru?.question;
    if (!question) continue;
    const text = plain(question);
    base.push(
      { kind: "fact-question", text: question },
      { kind: "fact-question", text },
      { kind: "typo", text: text.length > 8 ? `${text.slice(0, 5)}${text.slice(6)}` : text },
      { kind: "fact-question", text: onQwerty(text) },
      { kind: "fact-question", text: inLatin(text) },
    );
  }
  for (const entity of knowledge.entities) {
    if (!entity.ru) continue;
    base.push({ kind: "name", text: entity.ru.name });
    for (const alias of entity.ru.aliases.slice(0, 2))
      base.push({ kind: "alias", text: `кто такой ${alias}` });
  }
  const out: Question[] = [];
  for (let i = 0; out.length < size && base.length > 0; i++) out.push(base[i % base.length] as Question);
  return out;
}
