import { en } from "./en.js";
import type { Locale } from "./locale.js";
import { ru } from "./ru.js";
import type { CommandLabels, Messages } from "./types.js";
import { ukCommands } from "./uk.js";

export { isLocale, LOCALES, type Locale, localeFromDiscord, toLocale } from "./locale.js";
export type { CommandLabels, CommandText, Labels, Messages } from "./types.js";

/**
 * The message catalogue: every text the bot shows people, in each language it speaks. Handlers ask
 * for `messages(locale)` and never hold a sentence of their own.
 */
const CATALOGUE: Record<Locale, Messages> = { en, ru };

export function messages(locale: Locale): Messages {
  return CATALOGUE[locale];
}

/** Command names and descriptions by Discord locale, for `name_localizations` and the like. */
export const COMMAND_LOCALIZATIONS: Readonly<Record<"ru" | "uk", CommandLabels>> = {
  ru: ru.commands,
  uk: ukCommands,
};
export { type ArticleTexts, articleIn } from "./article.js";
