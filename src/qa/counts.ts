import { normaliseText } from "../text/normalise.js";
import type { Item } from "./items.js";
import type { Language } from "./lang/types.js";

/** A count a question states: "3 companies", "all three companies". */
export interface StatedCount {
  value: number;
  /** The word after the number: what is counted. */
  noun: string;
}

/** The value of a number word or of digits, in a language. */
export function numberOf(word: string, lang: Language): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  // "40k": digits and a letter of magnitude.
  const scaled = /^(\d+)(\p{L})$/u.exec(word);
  const times = scaled ? lang.magnitudes?.[scaled[2] ?? ""] : undefined;
  if (scaled && times !== undefined) return Number(scaled[1]) * times;
  // "4х": digits and a case ending.
  const inflected = /^(\d+)(\p{L}+)$/u.exec(word);
  if (inflected && lang.numberEndings?.has(inflected[2] ?? "")) return Number(inflected[1]);
  return lang.numbers?.[word];
}

/**
 * The first number in a question's words followed by a word, as a stated count. "One of the
 * companies" picks one out of them and counts nothing: a number before "of" is no count.
 */
export function statedCount(words: readonly string[], lang: Language): StatedCount | undefined {
  for (let i = 0; i + 1 < words.length; i++) {
    const value = numberOf(words[i] ?? "", lang);
    if (value === undefined) continue;
    const noun = words[i + 1] ?? "";
    return lang.genitive.has(noun) ? undefined : { value, noun };
  }
  return undefined;
}

/**
 * "Did NASA license it to 3 companies" against "four American companies": the numbers in a fact's
 * count of the same thing (the noun's concept among the count's words) that differ from the one stated.
 * Undefined when the fact counts something else or gives no number.
 */
export function countDiffers(
  stated: StatedCount,
  item: Item,
  lang: Language,
  concept: (word: string) => string,
): boolean | undefined {
  if (item.quantity === undefined) return undefined;
  const words = normaliseText(item.quantity).split(" ").filter(Boolean);
  const noun = concept(stated.noun);
  if (!words.some((w) => concept(w) === noun)) return undefined;
  const values = words.flatMap((w) => numberOf(w, lang) ?? []);
  if (values.length === 0) return undefined;
  return !values.includes(stated.value);
}
