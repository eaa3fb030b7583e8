import { isEnglishWord } from "../text/dictionary.js";
import { normaliseText } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import type { KnowledgeIssue } from "./issues.js";
import type { KnowledgeFile } from "./schema.js";
import type { PathKey } from "./yaml-source.js";

/**
 * What is allowed but likely to misread questions: an alias that is an ordinary English word, or
 * stems like one ("US" is "us", "DoS" is "dos"). Any question using that word is read as naming the
 * entity. Reported by check-knowledge; the file still loads.
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
      const ordinary = isEnglishWord(word) ? word : isEnglishWord(stemmed) ? stemmed : undefined;
      if (ordinary === undefined) return;
      warnings.push({
        where: where(["entities", i, "aliases", j]),
        message:
          ordinary === word
            ? `alias '${alias}' is the ordinary English word '${word}': every question using it names '${entity.id}'`
            : `alias '${alias}' stems like the ordinary English word '${ordinary}': every question using it names '${entity.id}'`,
      });
    });
  });
  return warnings;
}
