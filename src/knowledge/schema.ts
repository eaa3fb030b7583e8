import { z } from "zod";

/**
 * The shape of a knowledge file. The file is YAML written by hand, so every field says in its
 * message what a person should write there.
 */

const id = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "an id is lower-case words joined by hyphens, such as 'supply-armenia'",
  );

const text = z.string().trim().min(1, "must not be empty");

/** The languages a knowledge file can offer. English is always there: it is the article's language. */
export const LANGUAGES = ["en", "ru"] as const;
export type Language = (typeof LANGUAGES)[number];
/** The languages written beside the English fields, each under its own key (`ru:`). */
export const TRANSLATED_LANGUAGES = ["ru"] as const satisfies readonly Language[];
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/**
 * The translation of an entity: the name people use in that language, more names (inflected forms
 * need not be listed: the stemmer joins them), and the description shown to them.
 */
export const entityTranslationSchema = z.strictObject({
  name: text,
  aliases: z.array(text).default([]),
  description: text,
  keywords: z.array(text).default([]),
});

/** A relation's label and the words people use for it in that language. */
export const relationTranslationSchema = z.strictObject({
  label: text,
  verbs: z.array(text).default([]),
  inverseVerbs: z.array(text).default([]),
  nouns: z.array(text).default([]),
});

/** A fact's answer and question in that language; the evidence stays the article's own words. */
export const factTranslationSchema = z.strictObject({
  answer: text,
  question: text,
  detail: text.optional(),
  keywords: z.array(text).default([]),
  when: text.optional(),
  where: text.optional(),
  quantity: text.optional(),
  why: text.optional(),
});

/**
 * How the /ask command presents the article in Discord's command list: its description (Discord allows
 * 100 characters) and an example question, shown in the question option's description.
 */
export const askCommandSchema = z.strictObject({
  description: text.max(100, "Discord shows at most 100 characters"),
  example: text.max(60, "at most 60 characters: it shares the option's 100 with 'Your question, e.g.'"),
});

export const articleTranslationSchema = z.strictObject({
  title: text,
  summary: text,
  ask: askCommandSchema.optional(),
});

/**
 * A kind of entity: /topics groups entities by it, and the words listed ask for it ("which country",
 * "what newspaper"). Flags say how questions refer to its entities.
 */
export const entityTypeSchema = z.strictObject({
  id,
  /** The heading of its group in /topics. */
  title: text,
  /** Words a question uses to ask for an entity of this kind: "country", "countries", "nation". */
  words: z.array(text).default([]),
  /** Its entities are people: "he", "she" and "who" refer to them. */
  person: z.boolean().default(false),
  /** Its entities are places: "there" refers to them. */
  place: z.boolean().default(false),
  /** Its entities come in types and models the article may not name ("what type of helicopters"). */
  models: z.boolean().default(false),
  /** The question a description of one of its entities answers, with {name}: "Who receives {name}?". */
  question: text.optional(),
  ru: z.strictObject({ title: text, words: z.array(text).default([]), question: text.optional() }).optional(),
});

export const entitySchema = z.strictObject({
  id,
  /** One of the file's `types`. */
  type: id,
  name: text,
  /** Other names: abbreviations, expansions, transliterations, common misspellings, titles with the name. */
  aliases: z.array(text).default([]),
  description: text,
  /** A sentence (or part of one) of the article that proves the description. */
  evidence: text,
  /** Words a question about what this is may use that the description does not ("title", "rank"). */
  keywords: z.array(text).default([]),
  ru: entityTranslationSchema.optional(),
});

/**
 * A relation names what a fact states and the words people use to ask about it. `verbs` have the
 * subject as their grammatical subject ("Russia supplies Armenia"); `inverseVerbs` have the object
 * there ("Armenia receives ..."); `nouns` name the relation ("supplier", "delivery").
 */
export const relationSchema = z.strictObject({
  id,
  label: text,
  verbs: z.array(text).default([]),
  inverseVerbs: z.array(text).default([]),
  nouns: z.array(text).default([]),
  /**
   * Relations whose facts also answer questions asked with this one's words, from the same sides:
   * "has Kyrgyzstan signed?" is answered by its agreement awaiting approval.
   */
  related: z.array(id).default([]),
  /**
   * Relations whose yes/no questions this one's facts answer "no": "has Tajikistan signed?" is
   * answered "no" by its agreement awaiting approval. Contrary relations are related ones too.
   */
  contrary: z.array(id).default([]),
  ru: relationTranslationSchema.optional(),
});

export const factSchema = z.strictObject({
  id,
  relation: id,
  /** Who or what the fact is about: entity ids. */
  subject: z.array(id).min(1, "a fact needs at least one subject"),
  /** The other side of the relation, where there is one: entity ids. */
  object: z.array(id).default([]),
  /** Others the fact names (a speaker, a newspaper): entity ids, no role in the relation. */
  mentions: z.array(id).default([]),
  /** What is supplied, said or done, in the article's words. */
  detail: text.optional(),
  /** The answer, in plain words, one or two sentences. */
  answer: text,
  /** The sentence (or part of one) of the article that proves the answer. */
  evidence: text,
  /** Words a question about this fact may use that appear nowhere else in it. */
  keywords: z.array(text).default([]),
  /** What the article says about when, where, how much and why, where it says it. */
  when: text.optional(),
  where: text.optional(),
  quantity: text.optional(),
  why: text.optional(),
  /** A question this fact answers, offered as a suggestion and in autocomplete. */
  question: text,
  /**
   * The fact says who or which is not known yet ("an award to only one provider; which one is not yet
   * chosen"): a "who"/"which" question it alone answers is a gap, told with the fact; a yes/no or
   * "how many" question is answered from it as usual.
   */
  leavesOpen: z.boolean().optional(),
  /**
   * The fact's lists are examples, not all there is ("supplying products, including X and Y, to
   * countries including Z"): a name it leaves out may still be one, so a yes/no question about a name
   * it does not list is not answered "no" on the strength of another fact of the relation.
   */
  partial: z.boolean().optional(),
  /**
   * The fact's subjects and objects are every party to the one act it names ("the agreements signed
   * by A, B and C"): another name of the same kind, asked about as a party to it, is "no".
   */
  complete: z.boolean().optional(),
  ru: factTranslationSchema.optional(),
});

export const articleSchema = z.strictObject({
  /** The article's text file, relative to the knowledge file. */
  file: text,
  /** Words the article ends with a full stop that end no sentence: ranks and titles ("Col.", "Gen."). */
  abbreviations: z.array(text).default([]),
  title: text,
  publisher: text,
  summary: text,
  /** The /ask command's description and example; without it, generic ones. */
  ask: askCommandSchema.optional(),
  ru: articleTranslationSchema.optional(),
});

export const knowledgeFileSchema = z.strictObject({
  version: z.literal(1, "the only knowledge file version is 1"),
  /**
   * The languages the file offers. With one beside English, `check-knowledge` requires its text on
   * every entity, relation and fact; without it (or without the field, which reads as `[en]`), a file
   * in English alone is complete.
   */
  languages: z
    .array(z.enum(LANGUAGES, `a language is one of ${LANGUAGES.join(", ")}`))
    .refine((l) => l.includes("en"), "English must be one of the languages: the article is in English")
    .default(["en"]),
  article: articleSchema,
  /** Words that mean the same to a question (each list: the word the knowledge uses first). */
  synonyms: z.array(z.array(text).min(2, "a synonym group needs at least two words")).default([]),
  /**
   * Names of places and bodies the article never mentions that questions may ask about ("NATO", "the
   * Navy"): refused as not in the article rather than answered about the nearest thing it does cover.
   * Countries need no listing: every country of the world-countries data set is known already.
   */
  outside: z.array(text).default([]),
  /** The kinds of entity, in the order /topics lists them. */
  types: z.array(entityTypeSchema).default([]),
  relations: z.array(relationSchema).min(1, "at least one relation is needed"),
  entities: z.array(entitySchema).min(1, "at least one entity is needed"),
  facts: z.array(factSchema).min(1, "at least one fact is needed"),
});

export type EntityType = z.infer<typeof entityTypeSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Fact = z.infer<typeof factSchema>;
export type KnowledgeFile = z.infer<typeof knowledgeFileSchema>;
export type EntityTranslation = z.infer<typeof entityTranslationSchema>;
export type RelationTranslation = z.infer<typeof relationTranslationSchema>;
export type FactTranslation = z.infer<typeof factTranslationSchema>;

/** A validated knowledge file together with the article it cites. */
export interface Knowledge extends KnowledgeFile {
  /** The article's full text, as read from disk. */
  articleText: string;
  /** Where the knowledge file was read from (for messages), or "<memory>". */
  source: string;
  /** When it was loaded. */
  loadedAt: Date;
}

/**
 * What each required field is for, by its path with list positions written `[]`: a file that leaves one
 * out is told it is missing and what to write there, not only that a value was expected.
 */
export const REQUIRED_FIELDS: Readonly<Record<string, string>> = {
  version: "the format's version, always 1",
  article: "the article's file, title, publisher and summary",
  relations: "what facts can state, with the words people use to ask about it",
  entities: "the people, places, bodies and things the article names",
  facts: "one statement each, proved by words copied from the article",
  "article.file":
    "the article's text file, a path inside the knowledge file's folder, where every evidence is looked for",
  "article.title": "the article's headline, which answers 'what is the headline' and is shown by /about",
  "article.publisher": "the publisher's name, shown as the article's source",
  "article.summary":
    "what the article says, in a sentence or two, which answers 'what is this article about'",
  "article.ask.description": "the /ask command's description (at most 100 characters)",
  "article.ask.example": "an example question shown with /ask (at most 60 characters)",
  "article.ru.title": "the article's headline in Russian",
  "article.ru.summary": "the article's summary in Russian",
  "article.ru.ask.description": "the /ask command's description in Russian",
  "article.ru.ask.example": "an example question in Russian",
  "types[].id": "the kind's id, which entities give as their 'type'",
  "types[].title": "the heading of the kind's group in /topics",
  "types[].ru.title": "the heading of the kind's group in Russian",
  "entities[].id": "the entity's id, by which facts name it",
  "entities[].type":
    "the entity's kind, by which /topics groups it: the id of one of the file's 'types' (any id when the file declares none)",
  "entities[].name": "how answers and /topics write it",
  "entities[].description": "the answer to 'what is it' or 'who is it'",
  "entities[].evidence": "words copied exactly from the article that prove the description",
  "entities[].ru.name": "the entity's name in Russian",
  "entities[].ru.description": "the description in Russian",
  "relations[].id": "the relation's id, by which facts name it",
  "relations[].label": "the relation's name in answers and reports",
  "relations[].ru.label": "the relation's name in Russian",
  "facts[].id": "the fact's id, which answers list",
  "facts[].relation": "the id of the relation the fact states",
  "facts[].subject": "the ids of the entities on the subject side (at least one)",
  "facts[].answer": "the answer, one or two plain sentences",
  "facts[].evidence": "words copied exactly from the article that prove the answer",
  "facts[].question": "a question this fact answers, offered as a suggestion and in /ask autocomplete",
  "facts[].ru.answer": "the answer in Russian",
  "facts[].ru.question": "the question in Russian",
};
