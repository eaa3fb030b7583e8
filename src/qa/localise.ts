import { type Knowledge, TRANSLATED_LANGUAGES, type TranslatedLanguage } from "../knowledge/schema.js";

function isTranslated(code: string): code is TranslatedLanguage {
  return (TRANSLATED_LANGUAGES as readonly string[]).includes(code);
}

/**
 * The knowledge as a reader of one language sees it: the texts people read in that language where
 * the file has them (English where it does not), and the words and names of every language, so that
 * a question that mixes them ("что получает Kazakhstan") still finds what it names. The engine then
 * builds its lexicon and items from this view exactly as from an English file.
 */
export function knowledgeIn(knowledge: Knowledge, code: string): Knowledge {
  const own = isTranslated(code) ? code : undefined;
  const others = TRANSLATED_LANGUAGES.filter((l) => l !== own);
  return {
    ...knowledge,
    article: {
      ...knowledge.article,
      title: (own && knowledge.article[own]?.title) || knowledge.article.title,
      summary: (own && knowledge.article[own]?.summary) || knowledge.article.summary,
    },
    entities: knowledge.entities.map((e) => {
      const t = own ? e[own] : undefined;
      const foreign = others.flatMap((l) => (e[l] ? [e[l].name, ...e[l].aliases] : []));
      return {
        ...e,
        name: t?.name ?? e.name,
        aliases: t ? [...t.aliases, e.name, ...e.aliases, ...foreign] : [...e.aliases, ...foreign],
        description: t?.description ?? e.description,
        keywords: [...(t?.keywords ?? []), ...e.keywords],
      };
    }),
    relations: knowledge.relations.map((r) => {
      const all = [own, ...others].flatMap((l) => (l && r[l] ? [r[l]] : []));
      return {
        ...r,
        label: (own && r[own]?.label) || r.label,
        verbs: [...r.verbs, ...all.flatMap((t) => t.verbs)],
        inverseVerbs: [...r.inverseVerbs, ...all.flatMap((t) => t.inverseVerbs)],
        nouns: [...r.nouns, ...all.flatMap((t) => t.nouns)],
      };
    }),
    facts: knowledge.facts.map((f) => {
      const t = own ? f[own] : undefined;
      if (!t) return f;
      return {
        ...f,
        answer: t.answer,
        question: t.question,
        detail: t.detail ?? f.detail,
        keywords: [...t.keywords, ...f.keywords],
        when: t.when ?? f.when,
        where: t.where ?? f.where,
        quantity: t.quantity ?? f.quantity,
        why: t.why ?? f.why,
      };
    }),
  };
}

/** Whether the knowledge offers a language: English always, another when the file declares it. */
export function offers(knowledge: Knowledge, code: string): boolean {
  return code === "en" || (knowledge.languages ?? []).includes(code as TranslatedLanguage);
}
