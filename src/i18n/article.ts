import type { Locale } from "./locale.js";

/** What the bot shows of an article: its title and summary in a language where the file gives them. */
export interface ArticleTexts {
  title: string;
  publisher: string;
  summary: string;
  ru?: { title: string; summary: string } | undefined;
}

export function articleIn(
  article: ArticleTexts,
  locale: Locale,
): { title: string; publisher: string; summary: string } {
  const translated = locale === "en" ? undefined : article[locale];
  return {
    title: translated?.title ?? article.title,
    publisher: article.publisher,
    summary: translated?.summary ?? article.summary,
  };
}
