import type { Knowledge } from "../knowledge/schema.js";
import { boundInput, clampQuestion, foldingOnce, normaliseText } from "../text/normalise.js";
import { analyse } from "./analyse.js";
import type { Turn } from "./conversation.js";
import { english } from "./lang/en.js";
import { russian } from "./lang/ru.js";
import type { Language } from "./lang/types.js";
import { isKnownWord } from "./lexicon.js";
import { knowledgeIn, offers } from "./localise.js";
import { buildContext } from "./reader/context.js";
import { converse } from "./reader/converse.js";
import { rank } from "./reader/ranking.js";
import { refuse, withSuggestions } from "./reader/respond.js";
import { readQuestion } from "./reading.js";
import { MAX_TYPED_CHARS } from "./suggest.js";
import type { Answer, Engine, TopicGroup } from "./types.js";

/** The languages the engine reads, each used when the knowledge offers it. */
export const ENGINE_LANGUAGES: readonly Language[] = [english, russian];

/** The engine for one language: answers questions read in it, and says which words it knows. */
interface Reader extends Omit<Engine, "answer" | "converse" | "languageOf" | "languages"> {
  answer(question: string): Answer;
  converse(question: string, previous: Turn | undefined): { answer: Answer; turn: Turn | undefined };
  knows(word: string): boolean;
  /** The same answer in this reader's language: its facts' texts, or its refusal. */
  retell(answer: Answer): Answer;
}

/**
 * Builds the answer engine for one knowledge file. Everything costly (lexicon, word index, fuzzy
 * indexes) is built here, once per language the knowledge offers; `answer` then reads the question's
 * language (its alphabet, or Russian typed in Latin letters or on the wrong keyboard layout) and
 * answers in it, pure, synchronous and quick.
 */
export function createEngine(
  knowledge: Knowledge,
  languages: Language | readonly Language[] = ENGINE_LANGUAGES,
): Engine {
  const offered = (Array.isArray(languages) ? languages : [languages]).filter((l: Language) =>
    offers(knowledge, l.code),
  );
  const all = offered.length > 0 ? offered : [english];
  const readers = foldingOnce(
    () => new Map(all.map((l) => [l.code, createReader(knowledgeIn(knowledge, l.code), l, all)])),
  );
  const first = readers.get(all[0]?.code ?? "en") as Reader;
  const readerFor = (code: string | undefined) => (code && readers.get(code)) || first;
  const codes = all.map((l) => l.code);
  // Every question is bounded once folded before anything reads it, whatever its characters fold to.
  const read = (question: string, language?: string, fallback?: string) =>
    readQuestion(boundInput(question), {
      languages: codes,
      knows: (code, word) => readers.get(code)?.knows(word) ?? false,
      forced: language && language !== "auto" ? language : undefined,
      fallback,
    });
  // "Как по-английски «Красная звезда»": a question that asks for its answer in another language the
  // knowledge offers is answered in it, where it is answered at all.
  const askedIn = (reading: { language: string; text: string }, answer: Answer): string | undefined => {
    const own = all.find((l) => l.code === reading.language);
    if (!own?.answerLanguage || !answer.answered) return undefined;
    for (const word of normaliseText(reading.text).split(" ")) {
      const code = word ? own.answerLanguage(word) : undefined;
      if (code !== undefined && code !== reading.language && readers.has(code)) return code;
    }
    return undefined;
  };

  return {
    answer(raw, options = {}) {
      const question = clampQuestion(raw);
      const wanted = options.language && options.language !== "auto" ? options.language : undefined;
      // Read in the question's own language; a language asked for only changes the words of the answer.
      const reading = read(question, undefined, wanted ?? options.fallback);
      const answer = readerFor(reading.language).answer(reading.text);
      const out = { ...answer, question: answer.question === "" ? "" : question };
      const target = wanted && readers.has(wanted) ? wanted : (askedIn(reading, out) ?? reading.language);
      return target === reading.language ? out : readerFor(target).retell(out);
    },
    converse(raw, previous, options = {}) {
      const question = clampQuestion(typeof raw === "string" ? raw : "");
      const wanted = options.language && options.language !== "auto" ? options.language : undefined;
      // As in `answer`: read in the question's own language, then told in the language asked for.
      const reading = read(question, undefined, wanted ?? previous?.language ?? options.fallback);
      // Entity ids are the same in every language, so a conversation may change language midway.
      const part = readerFor(reading.language).converse(reading.text, previous);
      const { answer } = part;
      const turn = part.turn && { ...part.turn, language: reading.language };
      const asked = answer.question === "" ? "" : question;
      const out = { ...answer, question: asked, language: reading.language };
      const target = wanted && readers.has(wanted) ? wanted : (askedIn(reading, out) ?? reading.language);
      return { answer: target === reading.language ? out : readerFor(target).retell(out), turn };
    },
    languageOf: (question, fallback) => read(clampQuestion(question), undefined, fallback).language,
    explain(raw) {
      const reading = read(clampQuestion(raw));
      const explained = readerFor(reading.language).explain(reading.text);
      return { ...explained, analysis: { reading, ...(explained.analysis as object) } };
    },
    suggest(partial, limit = 25, language) {
      const typed = typeof partial === "string" ? partial : "";
      const bounded = boundInput(typed, MAX_TYPED_CHARS);
      const code = bounded.trim() === "" ? language : read(bounded, undefined, language).language;
      return readerFor(code).suggest(bounded, limit);
    },
    topics: (language) => readerFor(language).topics(),
    languages: codes,
    stats: first.stats,
  };
}

/** The reader for one language: its tables built once, and each question answered from them. */
function createReader(source: Knowledge, lang: Language, languages: readonly Language[]): Reader {
  const ctx = buildContext(source, lang, languages);
  const { byId, knowledge, lexicon, parts, suggester, topic, typeInfo, vocabularyStems } = ctx;
  return {
    knows: (word) => isKnownWord(word, lexicon, vocabularyStems),
    retell(answer) {
      const told = answer.facts.flatMap((id) => byId.get(id)?.answer ?? []);
      if (!answer.answered || told.length === 0) {
        const text = `${lang.phrases.notSaid} ${lang.phrases.articleIs(topic)}`;
        return { ...answer, answered: false, text, facts: [], evidence: [], language: lang.code };
      }
      const suggestions =
        answer.suggestions.length > 0 ? withSuggestions(ctx, { ...answer }, undefined).suggestions : [];
      return { ...answer, text: told.join("\n"), suggestions, language: lang.code };
    },
    answer(raw) {
      const question = clampQuestion(raw);
      if (question === "") return refuse(ctx, question, undefined, "unreadable");
      // No catch-all here: a fault in the engine is a bug for the transport to log with a reference,
      // not an answer; the property tests hold it to never throwing.
      return converse(ctx, question, undefined).answer;
    },
    converse: (raw, previous) => converse(ctx, typeof raw === "string" ? raw : "", previous),
    explain(raw) {
      const analysis = analyse(clampQuestion(raw), parts);
      const ranked = rank(ctx, analysis).map((s) => ({
        id: s.item.id,
        score: Math.round(s.score * 100) / 100,
      }));
      return { analysis, ranked };
    },
    suggest(partial, limit = 25) {
      return suggester.suggest(typeof partial === "string" ? partial : "", Math.max(0, Math.min(limit, 25)));
    },
    topics() {
      // Declared types first, in their order; a type the file does not declare is titled by its id.
      const groups = new Map<string, string[]>(knowledge.types.map((t) => [t.id, []]));
      for (const e of knowledge.entities) groups.set(e.type, [...(groups.get(e.type) ?? []), e.name]);
      // Declared titles, in the reader's language where the file gives one (check-knowledge reports
      // a missing translation), else in English.
      const titleOf = (id: string) => {
        const type = typeInfo.get(id);
        const translated = lang.code === "en" ? undefined : type?.[lang.code as "ru"]?.title;
        return translated ?? type?.title ?? id;
      };
      return [...groups]
        .filter(([, names]) => names.length > 0)
        .map(([type, names]): TopicGroup => ({ type, title: titleOf(type), names }));
    },
    stats: {
      facts: knowledge.facts.length,
      entities: knowledge.entities.length,
      relations: knowledge.relations.length,
    },
  };
}
