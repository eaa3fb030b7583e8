import { type KnowledgeFile, TRANSLATED_LANGUAGES, type TranslatedLanguage } from "./schema.js";
import type { PathKey } from "./yaml-source.js";

type Report = (path: PathKey[], message: string) => void;

const LANGUAGE_NAMES: Record<TranslatedLanguage, string> = { ru: "Russian" };

/** Fields of a fact shown to people beside its answer: each needs its translation when it is given. */
const SHOWN_FACT_FIELDS = ["when", "where", "quantity", "why"] as const;

/**
 * Every text a file that declares a language must carry in it: the article's title and summary, each
 * entity's name and description, each relation's label, each fact's answer and question, and the
 * time, place, figure and reason a fact gives. Empty texts are refused by the schema already.
 */
export function checkTranslations(file: KnowledgeFile, report: Report): void {
  for (const language of TRANSLATED_LANGUAGES) {
    if (!file.languages.includes(language)) continue;
    const name = LANGUAGE_NAMES[language];
    const missing = (path: PathKey[], what: string) =>
      report(path, `missing ${name} translation: add '${language}:' with ${what}`);
    if (!file.article[language]) missing(["article"], "title and summary");
    else if (file.article.ask && !file.article[language]?.ask)
      missing(["article", language], "'ask:' (the /ask command's description and example)");
    file.types.forEach((type, i) => {
      if (!type[language]) missing(["types", i], `the ${name} title of the kind '${type.id}'`);
    });
    file.entities.forEach((entity, i) => {
      if (!entity[language]) missing(["entities", i], `the ${name} name and description of '${entity.id}'`);
    });
    file.relations.forEach((relation, i) => {
      if (!relation[language]) missing(["relations", i], `the ${name} label and words of '${relation.id}'`);
    });
    file.facts.forEach((fact, i) => {
      const translation = fact[language];
      if (!translation) {
        missing(["facts", i], `the ${name} answer and question of '${fact.id}'`);
        return;
      }
      for (const field of SHOWN_FACT_FIELDS) {
        if (fact[field] !== undefined && translation[field] === undefined) {
          report(
            ["facts", i, language],
            `missing ${name} translation of '${field}' ("${fact[field]}"): add '${field}:' under '${language}:'`,
          );
        }
      }
    });
  }
}
