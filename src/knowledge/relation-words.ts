import { type KnowledgeFile, TRANSLATED_LANGUAGES } from "./schema.js";
import type { PathKey } from "./yaml-source.js";

type Relation = KnowledgeFile["relations"][number];

/**
 * A relation's question words, in English and in every translation it carries: each list of verbs,
 * inverse verbs or nouns with its place in the file, for checks that report a word where it is written.
 */
export function relationWordLists(relation: Relation, index: number): [readonly string[], PathKey[]][] {
  const lists: [readonly string[], PathKey[]][] = [];
  for (const kind of ["verbs", "inverseVerbs", "nouns"] as const) {
    lists.push([relation[kind], ["relations", index, kind]]);
    for (const language of TRANSLATED_LANGUAGES) {
      const translated = relation[language];
      if (translated) lists.push([translated[kind], ["relations", index, language, kind]]);
    }
  }
  return lists;
}
