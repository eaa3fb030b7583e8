import { isEnglishWord } from "../text/dictionary.js";
import { normaliseText } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import type { KnowledgeIssue } from "./issues.js";
import type { KnowledgeFile } from "./schema.js";
import type { PathKey } from "./yaml-source.js";

/**
 * What is allowed but likely to misread questions: an alias that is an ordinary English word, or
 * stems like one ("US" is "us", "DoS" is "dos"). Any question using that word is read as naming the
 * entity. Reported by check-knowledge, with what the author can do; the file still loads. An alias
 * whose stem is an ordinary word only in name ("Ames" stems to "am", which as a word stems to "be")
 * meets no question's word, and is not reported.
 */
export function knowledgeWarnings(
  file: KnowledgeFile,
  where: (path: readonly PathKey[]) => string,
): KnowledgeIssue[] {
  const warnings: KnowledgeIssue[] = [];
  file.entities.forEach((entity, i) => {
    entity.aliases.forEach((alias, j) => {
      const word = normaliseText(alias);
      if (word === "" || word.includes(" ")) return;
      const stemmed = stem(word);
      const ordinary = isEnglishWord(word)
        ? word
        : isEnglishWord(stemmed) && stem(stemmed) === stemmed
          ? stemmed
          : undefined;
      if (ordinary === undefined) return;
      const names = [entity.name, ...entity.aliases].filter((n) => normaliseText(n).includes(" "));
      const longer = names.length > 0 ? ` ('${names[0]}')` : "";
      const advice =
        `: every question using it names '${entity.id}'. Keep it only if questions about the article never ` +
        `use the word otherwise; else drop it and rely on the longer names${longer}, which a question ` +
        "may shorten to a word of them that is no ordinary word";
      warnings.push({
        where: where(["entities", i, "aliases", j]),
        message:
          ordinary === word
            ? `alias '${alias}' is the ordinary English word '${word}'${advice}`
            : `alias '${alias}' stems like the ordinary English word '${ordinary}'${advice}`,
      });
    });
  });
  return warnings;
}
