/** The languages the bot speaks to people in. */
export const LOCALES = ["en", "ru"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The reply language for a Discord locale ("ru", "uk", "en-US", …). Ukrainian and Belarusian readers
 * get Russian, the closer of the two the bot speaks; everyone else English.
 */
export function localeFromDiscord(discordLocale: string | null | undefined): Locale {
  const base = (discordLocale ?? "").toLowerCase().split("-")[0];
  return base === "ru" || base === "uk" || base === "be" ? "ru" : "en";
}

/** A language code as a reply language: itself when the bot speaks it, English otherwise. */
export function toLocale(code: string | null | undefined): Locale {
  return isLocale(code) ? code : "en";
}
