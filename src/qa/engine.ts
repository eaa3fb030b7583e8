import type { Knowledge } from "../knowledge/schema.js";
import { boundInput, clampQuestion, foldingOnce, normaliseText } from "../text/normalise.js";
import { shorten } from "../text/shorten.js";
import { stem } from "../text/stem.js";
import { type Analysis, analyse } from "./analyse.js";
import { alternatives, conjoined } from "./choice.js";
import { composeAnswer, composeRefusal, MAX_ANSWER_CHARS, type RefusalReason } from "./compose.js";
import { excludingPrevious, othersNamed, resolveReferences, type Turn, turnOf } from "./conversation.js";
import { countDiffers, statedCount } from "./counts.js";
import { descriptionSpans } from "./descriptions.js";
import { askedShortForm, unexpandedShortForm } from "./expansions.js";
import type { FactIndex } from "./fact-index.js";
import { questionWordFirst, reshapeFragment } from "./fragments.js";
import { endsVerb, roleOf } from "./grammar.js";
import { DESCRIBE_RELATION, type Item } from "./items.js";
import { english } from "./lang/en.js";
import { russian } from "./lang/ru.js";
import type { Language } from "./lang/types.js";
import { conceptOf, isKnownWord, relationConcept, speechRelations } from "./lexicon.js";
import { knowledgeIn, offers } from "./localise.js";
import { findNames } from "./names.js";
import { questionParts } from "./parts.js";
import { buildContext } from "./reader/context.js";
import { readQuestion } from "./reading.js";
import { openSide, type Scored, scoreItem } from "./score.js";
import { expandCapitals } from "./short-forms.js";
import { MAX_TYPED_CHARS } from "./suggest.js";
import type { Answer, Engine, TopicGroup } from "./types.js";
import { isDecisive } from "./unknown-words.js";
import {
  asksSame,
  givenElsewhere,
  heldByAnother,
  judgeAlike,
  judgeYesNo,
  possibleOnly,
  reversedFact,
  singleOtherValue,
  statedFigures,
  statedOpposite,
  statedOtherwise,
  unsaidObject,
} from "./verdict.js";
import {
  ANSWER_MARGIN,
  ANSWER_THRESHOLD,
  HOLDER_QUALIFIERS,
  MAX_ANSWER_FACTS,
  MAX_OFFICE_WORDS,
  MAX_RANK_WORDS,
  MAX_UNIT_WORDS,
  OVERVIEW_FACTS,
  SUGGESTIONS,
} from "./weights.js";

/** A word of a text as written, hyphenated parts apart ("co-exclusive" → "co", "exclusive"). */
const WORD = /[\p{L}\p{N}]+/gu;

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
/** A plus or ampersand between two words of two letters or more ("R&D" and "A&M" are names). */
const AND_SIGN = /(?<=\p{L}{2})\s*[+&]\s*(?=\p{L}{2})/gu;

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

function createReader(source: Knowledge, lang: Language, languages: readonly Language[]): Reader {
  const {
    shortForms,
    knowledge,
    lexicon,
    expansions,
    vocabularyStems,
    types,
    entities,
    holdersOf,
    items,
    byId,
    index,
    naming,
    stating,
    parts,
    suggester,
    scoring,
    boundWords,
    namingWords,
    bodyBigrams,
    attributes,
    describedBy,
    offices,
    namesOf,
    ranks,
    typeByConcept,
    times,
    topic,
    publisher,
    typeInfo,
    speech,
    references,
    isName,
    central,
    titleStems,
    centralTurn,
    signInNames,
    whichWord,
    roles,
    unnamed,
    shortenings,
    linked,
    namedInAnswer,
    rankings,
  } = buildContext(source, lang, languages);
  const withSuggestions = (answer: Omit<Answer, "suggestions">, q: Analysis | undefined): Answer => {
    // What the question named weighs most; the answer's other names widen the choice.
    const entities = new Map<string, number>();
    for (const id of answer.facts) {
      const item = byId.get(id);
      if (!item) continue;
      for (const e of item.subject) entities.set(e, 1);
      for (const e of item.object) entities.set(e, 1);
    }
    for (const m of q?.mentions ?? []) entities.set(m.entity, 3);
    const relations = new Set(q?.cues.map((c) => c.relation) ?? []);
    return {
      ...answer,
      suggestions: suggester.related(entities, relations, new Set(answer.facts), SUGGESTIONS),
    };
  };

  const refuse = (question: string, q: Analysis | undefined, reason: RefusalReason) =>
    withSuggestions(composeRefusal(question, q, reason, topic, lang), q);

  /** A person's pronoun with nothing before it to stand for stands for the article's central person. */
  const unanchored = (q: Analysis): Turn | undefined =>
    centralTurn &&
    q.words.some((w) => lang.pronouns.person.has(w)) &&
    !q.mentions.some((m) => typeInfo.get(types.get(m.entity) ?? "")?.person === true)
      ? centralTurn
      : undefined;

  /**
   * One question, read against the turn before it when there is one, in the shape the reader knows
   * ("wait, what ..." without its lead-in); one that finds no answer with its question word typed last
   * ("the photo by who") is read again with that word first.
   */
  const answerPart = (
    asked: string,
    previous: Turn | undefined,
  ): { answer: Answer; turn: Turn; idle: boolean } => {
    const reshaped = reshapeFragment(asked, lang);
    const first = readPart(reshaped, previous);
    const moved = first.answer.answered ? reshaped : questionWordFirst(reshaped, lang);
    const read = moved === reshaped ? first : readPart(moved, previous);
    const chosen = read.answer.answered ? read : first;
    if (chosen.answer.question === "" || chosen.answer.question === asked) return chosen;
    return { ...chosen, answer: { ...chosen.answer, question: asked } };
  };

  const readPart = (
    asked: string,
    previous: Turn | undefined,
  ): { answer: Answer; turn: Turn; idle: boolean } => {
    const text = expandCapitals(asked, shortForms.capitals);
    let q = analyse(text, parts);
    // "Which other country is in the same boat": the others the previous answer names.
    const others = previous && othersNamed(q, previous, references, (id) => byId.get(id));
    if (others) {
      const chosen = others.facts.flatMap((id) => byId.get(id) ?? []);
      const names = others.entities.flatMap((id) => entities.get(id)?.name ?? []);
      const lead = lang.phrases.according(lang.phrases.list(names, "and"));
      const answer = withSuggestions(composeAnswer(asked, q, chosen, 0.8, lang, { lead }), q);
      const turn = turnOf(q, chosen);
      return {
        answer,
        idle: false,
        turn: { ...turn, entities: [...new Set([...others.entities, ...turn.entities])] },
      };
    }
    const standIn = previous ?? unanchored(q);
    const resolved = standIn && resolveReferences(text, q, standIn, references);
    if (resolved) q = analyse(resolved, parts);
    if (previous) q = excludingPrevious(q, previous, references);
    // "How long has X done it, according to its president": the office stands for whoever holds it,
    // not for the relation asked.
    let answer =
      (attributed(q) || officeActs(q) ? answerByHolder(asked, q) : undefined) ??
      spelledOut(asked, q) ??
      answerDescribed(asked, q) ??
      answerAnalysed(asked, q);
    if (!answer.answered)
      answer =
        answerByHolder(asked, q) ??
        forWhom(asked, q) ??
        nameAsModifier(asked, q) ??
        outsideOffice(asked, q) ??
        answer;
    if (answer.answered && admitsGap(answer, q)) answer = { ...answer, answered: false, confidence: 0 };
    if (answer.answered && unsaidRate(answer, q))
      answer = { ...answer, answered: false, confidence: 0, text: lang.phrases.undecided(answer.text) };
    if (answer.answered) answer = addedUp(answer, q);
    return {
      answer,
      // "hey bot", "if possible": a part that asks nothing ("whats the journalist's name" asks).
      idle: q.smallTalk && q.mentions.length === 0 && q.asked === "none",
      turn: turnOf(
        q,
        answer.facts.flatMap((id) => byId.get(id) ?? []),
      ),
    };
  };

  /** "Armenia + Belarus", "A & B": a plus or ampersand between two words is the language's "and". */
  const joinedBySign = (question: string): string =>
    lang.andWord === undefined || signInNames ? question : question.replace(AND_SIGN, ` ${lang.andWord} `);

  const converse = (raw: string, previous: Turn | undefined): { answer: Answer; turn: Turn | undefined } => {
    const question = joinedBySign(clampQuestion(raw));
    if (question === "") return { answer: refuse(question, undefined, "unreadable"), turn: previous };
    const pieces = questionParts(question, lang, isName);
    const [only] = pieces;
    if (pieces.length <= 1 && only?.topic === undefined) {
      if (only === undefined || only.text === question) return answerPart(question, previous);
      // The question of a message that chats around it.
      const part = answerPart(only.text, previous);
      return { ...part, answer: { ...part.answer, question } };
    }
    // Each part is read against the one before it: "who is Shugaev and what did he say".
    let turn = previous;
    const answers: Answer[] = [];
    const idle: Answer[] = [];
    for (const piece of pieces) {
      // "And Belarus — has it signed?": the topic before the question is the turn its pronoun reads.
      if (piece.topic !== undefined)
        turn = turnOf(analyse(expandCapitals(piece.topic, shortForms.capitals), parts), []);
      const part = answerPart(piece.text, turn);
      if (part.idle) {
        idle.push(part.answer);
        continue;
      }
      answers.push(part.answer);
      turn = part.turn;
    }
    if (answers.length === 0)
      return { answer: { ...(idle[0] ?? refuse(question, undefined, "unreadable")), question }, turn };
    return {
      answer:
        answers.length === 1 ? { ...(answers[0] as Answer), question } : combineAnswers(question, answers),
      turn,
    };
  };

  /**
   * "Who heads the body charged with managing ...": the description read as its own question ("which
   * body is charged with ..."); when the facts pick out one entity, the question is answered about it.
   */
  const answerDescribed = (question: string, q: Analysis): Answer | undefined => {
    for (const span of descriptionSpans(q, lang, lexicon.typeWords)) {
      const typeWord = q.words[span.start + 1] ?? "";
      for (const end of span.ends) {
        const inner = analyse([whichWord, typeWord, ...q.words.slice(span.from, end)].join(" "), parts);
        const best = select(inner)?.items[0];
        if (!best) continue;
        const role = roleOf(
          { entity: "", start: 1, end: 2, role: "any" },
          inner.words,
          inner.cues,
          lang,
          roles,
        );
        const side =
          role === "subject"
            ? [...best.subject]
            : role === "object"
              ? [...best.object]
              : openSide(best, inner.mentions);
        // "Is Krasnaya Zvezda the ministry's newspaper": a description of a name the question gives
        // already is what is asked of it, not another name.
        const named = new Set([...inner.mentions, ...q.mentions].map((m) => m.entity));
        const found = [...new Set(side)].filter((id) => types.get(id) === span.type && !named.has(id));
        const entity = found.length === 1 ? entities.get(found[0] ?? "") : undefined;
        if (!entity) continue;
        const rewritten = [...q.words.slice(0, span.start), entity.name, ...q.words.slice(end)].join(" ");
        const answer = answerAnalysed(question, analyse(rewritten, parts));
        if (answer.answered) return answer;
      }
    }
    return undefined;
  };

  /**
   * "How much does the fund get each year": an amount asked by the period, where the facts that
   * answer give none, is what the article does not say; the amount it gives is told as the nearest.
   */
  const rateIn = (text: string): boolean => {
    const words = normaliseText(text).split(" ");
    return words.some((w, i) => lang.rateWords?.has(w) || lang.rateWords?.has(`${w} ${words[i + 1] ?? ""}`));
  };
  const unsaidRate = (answer: Answer, q: Analysis): boolean => {
    if (q.asked !== "quantity" || !rateIn(q.words.join(" "))) return false;
    const facts = answer.facts.flatMap((id) => byId.get(id) ?? []);
    return facts.length > 0 && !facts.some((i) => rateIn(`${i.answer} ${i.quantity ?? ""}`));
  };

  /**
   * "Total he owes in restitution plus fees": where the answer gives two or more sums of money apart
   * and the question asks them together, the sum is told first, with its parts.
   */
  const addedUp = (answer: Answer, q: Analysis): Answer => {
    if (q.asked === "yesno" || !q.words.some((w) => lang.totalWords?.has(w) ?? false)) return answer;
    const first = answer.text.split("\n")[0] ?? "";
    const amounts = [
      ...first.matchAll(
        /([$€£])\s?(\d{1,3}(?:,\d{3})*(?:\.\d{2})?|\d+(?:\.\d{2})?)(?![\d,.]*\s*(?:million|billion|thousand))/gi,
      ),
    ];
    if (amounts.length < 2) return answer;
    const sign = amounts[0]?.[1] ?? "";
    if (amounts.some((a) => a[1] !== sign)) return answer;
    const values = amounts.map((a) => Number((a[2] ?? "").replace(/,/g, "")));
    const cents = values.some((v) => !Number.isInteger(v));
    const sum = values.reduce((a, b) => a + b, 0);
    const shown = sum.toLocaleString("en-US", {
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: 2,
    });
    const lead = lang.phrases.total(
      `${sign}${shown}`,
      amounts.map((a) => a[0].replace(/\s/g, "")),
    );
    return { ...answer, text: `${lead} ${answer.text}` };
  };

  /**
   * "The eagle guy", "the Harbor man": a name right before a word of another kind says which one of
   * that kind is meant, and is not itself what the question is about. Read without the name, the
   * kind's word stands for the one the facts give; only an answer counts.
   */
  const nameAsModifier = (question: string, q: Analysis): Answer | undefined => {
    for (const m of q.mentions) {
      const kind = lexicon.typeWords.get(q.words[m.end] ?? "");
      if (!kind || kind === types.get(m.entity) || q.mentions.some((o) => o.start === m.end)) continue;
      // The kind's word ends the noun ("the general staff" is no general): the question ends or goes
      // on with a verb, a preposition or a helping word.
      const after = m.end + 1;
      const next = q.words[after];
      const ends =
        next === undefined ||
        lang.slotBefore.has(next) ||
        lang.auxiliaries.has(next) ||
        q.cues.some((c) => c.position === after && c.kind !== "noun");
      if (!ends) continue;
      const rewritten = [...q.words.slice(0, m.start), ...q.words.slice(m.end)].join(" ");
      const answer = answerAnalysed(question, analyse(rewritten, parts));
      if (answer.answered) return answer;
    }
    return undefined;
  };

  /**
   * "Who gets the request for proposal", where no relation has a verb of receiving: whom the thing is
   * for. Only a name after the verb makes it so, and only an answer counts.
   */
  const forWhom = (question: string, q: Analysis): Answer | undefined => {
    const receiving = lang.receiving;
    const verb = q.unknown.find((u) => u.action && receiving?.verbs.has(u.word));
    if (!receiving || !verb || verb.at !== 1 || lang.whAsks[q.words[0] ?? ""] !== "who") return undefined;
    const thing = q.mentions.find((m) => m.start > verb.at);
    const named = thing && entities.get(thing.entity);
    if (!thing || !named) return undefined;
    const names = [named.name, ...named.aliases].map((n) => normaliseText(n)).filter(Boolean);
    // Only a fact that says whom the thing goes to: "... a request for proposal to eligible providers".
    const whom = knowledge.entities
      .filter((e) => e.id !== thing.entity)
      .flatMap((e) => [e.name, ...e.aliases].map((n) => normaliseText(n)))
      .filter(Boolean);
    const goes = (item: Item) => {
      const said = ` ${normaliseText(item.answer)} `;
      return names.some((n) => {
        const at = said.indexOf(` ${n} `);
        const rest = at < 0 ? "" : said.slice(at + n.length + 2);
        // "... to eligible providers", "to the KPG": the word of going, then another name.
        return whom.some((w) => rest.startsWith(`${receiving.to} ${w} `));
      });
    };
    const about = (item: Item) =>
      item.kind === "fact" &&
      (item.object.has(thing.entity) || item.mentions.has(thing.entity) || item.subject.has(thing.entity));
    const found = items.filter((i) => about(i) && goes(i));
    if (found.length === 0) return undefined;
    return withSuggestions(composeAnswer(question, q, found.slice(0, MAX_ANSWER_FACTS), 0.7, lang), q);
  };

  /** "According to its chair": an office noun after the language's words of attribution and a possessive. */
  const attributed = (q: Analysis): boolean => {
    const by = lang.attribution;
    if (!by) return false;
    return q.cues.some((c) => {
      if (c.kind !== "noun" || !lang.possessives.has(q.words[c.position - 1] ?? "")) return false;
      const from = c.position - 1 - by.length;
      return from >= 0 && by.every((w, k) => q.words[from + k] === w);
    });
  };

  /**
   * "Главком ВКС что сказал", "what did the head of the FSMTC say": an office over a name, beside the
   * verb of another relation, is the one who does it, not what is asked; its holder is asked about.
   */
  const officeActs = (q: Analysis): boolean =>
    q.cues.some(
      (c) =>
        c.kind === "noun" &&
        !q.cues.some((v) => v.position === c.position && v.kind !== "noun") &&
        q.mentions.some((m) => m.start === c.position + 1) &&
        q.cues.some((v) => v.kind !== "noun" && v.relation !== c.relation),
    );

  /**
   * "On what day did the head of the FSMTC speak", "в какой день выступил глава ФСВТС": a relation's
   * noun before a name stands for the one on the other side of that relation, when the facts give
   * exactly one; the question is then answered about that one.
   */
  const answerByHolder = (question: string, q: Analysis): Answer | undefined => {
    for (const cue of q.cues) {
      if (cue.kind !== "noun") continue;
      // "Шугаев командует ВКС", "does Shugaev head the FSMTC": a word that may be the verb, right after a
      // name, is that name's verb, and stands for nobody.
      const verb = q.cues.some((c) => c.position === cue.position && c.kind !== "noun");
      if (verb && q.mentions.some((m) => m.end === cue.position)) continue;
      let at = cue.position + (lang.genitive.has(q.words[cue.position + 1] ?? "") ? 2 : 1);
      // "The head of the federal service": an article before the name is no word between them.
      while (lang.articles.has(q.words[at] ?? "")) at++;
      // "According to its president": the possessive stands for the question's one name before it.
      const owner = lang.possessives.has(q.words[cue.position - 1] ?? "")
        ? q.mentions.filter((m) => m.end < cue.position)
        : [];
      const after = q.mentions.find((m) => m.start === at);
      // "The Aerospace Forces commander": the name right before the noun is what it heads. Not in a
      // yes/no question, whose verdict on an office a fact may leave open ("is X Voss's boss").
      const ahead =
        after || verb || q.asked === "yesno" ? undefined : q.mentions.find((m) => m.end === cue.position);
      const held = after ?? ahead ?? (owner.length === 1 ? owner[0] : undefined);
      if (!held) {
        const central = centralHolder(q, cue);
        if (central) {
          const answer = answerAnalysed(question, analyse(central, parts));
          if (answer.answered) return answer;
        }
        continue;
      }
      // "The head of the X" is replaced whole, its article too; "its president", possessive and all.
      const before = lang.articles.has(q.words[cue.position - 1] ?? "") ? cue.position - 1 : cue.position;
      const aheadFrom =
        ahead && lang.articles.has(q.words[ahead.start - 1] ?? "") ? ahead.start - 1 : ahead?.start;
      const [from, to] = after
        ? [before, after.end]
        : ahead
          ? [aheadFrom ?? ahead.start, cue.position + 1]
          : [cue.position - 1, cue.position + 1];
      const holders = new Set(
        items
          .filter((i) => i.kind === "fact" && i.relation === cue.relation && i.object.has(held.entity))
          .flatMap((i) => [...i.subject]),
      );
      const holder = holders.size === 1 ? entities.get([...holders][0] ?? "") : undefined;
      if (!holder || q.mentions.some((m) => m.entity === holder.id)) continue;
      const rewritten = [...q.words.slice(0, from), holder.name, ...q.words.slice(to)].join(" ");
      const answer = answerAnalysed(question, analyse(rewritten, parts));
      if (answer.answered) return answer;
    }
    return undefined;
  };

  /**
   * "The navy boss", "the chief of the space agency": an office noun joined to a name the article
   * never uses, where that name shares a word with exactly one thing the facts have someone hold that
   * office over, loosely names that thing: the question is answered about the one who holds it.
   */
  const outsideOffice = (question: string, q: Analysis): Answer | undefined => {
    if (q.outside.length !== 1 || q.asked === "yesno") return undefined;
    const named = normaliseText(q.outside[0] ?? "").split(" ");
    const start = q.words.findIndex((_, i) => named.every((o, k) => q.words[i + k] === o));
    if (start < 0) return undefined;
    const end = start + named.length;
    let before = start - 1;
    while (before >= 0 && lang.articles.has(q.words[before] ?? "")) before--;
    // The office noun right after the name, or before it with "of" ("the chief of the X"), whether or
    // not the question's verb left it a cue.
    const officeAt = lang.genitive.has(q.words[before] ?? "") ? [end, before - 1] : [end];
    const cue = officeAt
      .flatMap((at) =>
        (lexicon.relationWords.get(stem(q.words[at] ?? "")) ?? [])
          .filter((w) => w.kind === "noun")
          .map((w) => ({ relation: w.relation, position: at })),
      )
      .at(0);
    if (!cue) return undefined;
    const shared = new Set(named.filter((w) => !lang.filler.has(w)).map(stem));
    const sharesWord = (id: string) => {
      const entity = entities.get(id);
      return [entity?.name ?? "", ...(entity?.aliases ?? [])].some((n) =>
        normaliseText(n)
          .split(" ")
          .some((w) => shared.has(stem(w))),
      );
    };
    const facts = stating(cue.relation).filter((i) => i.kind === "fact");
    const held = new Set(facts.flatMap((i) => [...i.object]).filter(sharesWord));
    if (held.size !== 1) return undefined;
    const holders = new Set(
      facts.filter((i) => held.has([...i.object][0] ?? "")).flatMap((i) => [...i.subject]),
    );
    const holder = holders.size === 1 ? entities.get([...holders][0] ?? "") : undefined;
    if (!holder || q.mentions.some((m) => m.entity === holder.id)) return undefined;
    let from = Math.min(start, cue.position);
    while (from > 0 && lang.articles.has(q.words[from - 1] ?? "")) from--;
    const to = Math.max(end, cue.position + 1);
    const rewritten = [...q.words.slice(0, from), holder.name, ...q.words.slice(to)].join(" ");
    const answer = answerAnalysed(question, analyse(rewritten, parts));
    return answer.answered ? answer : undefined;
  };

  /**
   * "Is the photo from Reuters", "did X come from W": one name the article never uses (an outside name,
   * or unknown words where a name stands) against the single name the fact about the question gives.
   */
  const otherValue = (question: string, q: Analysis): Answer | undefined => {
    if (q.asked !== "yesno") return undefined;
    const names = q.unknown.filter((u) => !u.common);
    const together = names.every((u, k) => k === 0 || u.at === (names[k - 1]?.at ?? 0) + 1);
    // "Did X give an interview to Tass": an ordinary word after a preposition, where the fact has a
    // name, stands for a name as much as one the language does not know.
    const object = names.length === 0 && q.outside.length === 0 ? unsaidObject(q, lang) : undefined;
    let before = (object?.at ?? 0) - 1;
    while (before > 0 && lang.articles.has(q.words[before] ?? "")) before--;
    // "Дал интервью Известиям": a case ending says as much, right after the verb's phrase.
    const slotted = lang.slotBefore.has(q.words[before] ?? "") || q.cues.some((c) => endsVerb(c, before));
    const named = object !== undefined && slotted ? object : undefined;
    const stranger =
      q.outside.length === 1
        ? names.length === 0
        : named !== undefined ||
          (q.outside.length === 0 && names.length > 0 && together && names.some((u) => u.slot));
    if (!stranger || q.unknown.some((u) => u.common && isDecisive(u))) return undefined;
    const outsideWords = normaliseText(q.outside[0] ?? "").split(" ");
    const strangerAt =
      named?.at ??
      names[0]?.at ??
      q.words.findIndex((_, i) => outsideWords.every((o, k) => q.words[i + k] === o));
    if (strangerAt < 0) return undefined;
    const known = { ...q, unknown: q.unknown.filter((u) => u.common), outside: [] };
    const fact = singleOtherValue(
      known,
      rank(known).map((s) => s.item),
      items,
      strangerAt,
      lang,
    );
    return fact && withSuggestions(composeAnswer(question, q, [fact], 0.7, lang, { verdict: "no" }), q);
  };

  /**
   * "How many degrees does the new manager have": a person's office said with "the" and no name
   * ("the new manager") stands for the article's central person where they are the only person the
   * facts of that relation have doing it, or one of them and the title calls them so ("X is the new
   * field manager"); the question is rewritten with their name.
   */
  const centralHolder = (q: Analysis, cue: Analysis["cues"][number]): string | undefined => {
    if (!central || q.mentions.length > 0) return undefined;
    // An office ("manager"), not any noun of the relation ("the reporter" is the other side of it).
    if (!(lang.officeNouns?.has(q.words[cue.position] ?? "") ?? false)) return undefined;
    const doers = new Set(
      items
        .filter((i) => i.kind === "fact" && i.relation === cue.relation)
        .flatMap((i) => [...i.subject])
        .filter((id) => typeInfo.get(types.get(id) ?? "")?.person === true),
    );
    if (!doers.has(central.id)) return undefined;
    // Back over the office's own words ("new", "field") to its article.
    let from = cue.position;
    while (from > 0 && cue.position - from < MAX_OFFICE_WORDS && !lang.articles.has(q.words[from - 1] ?? ""))
      from--;
    if (!lang.articles.has(q.words[from - 1] ?? "")) return undefined;
    // Where several people do it, the title that names the central person says the office that way.
    const office = q.words.slice(from, cue.position + 1).map(stem);
    if (doers.size > 1 && !office.every((w) => titleStems.has(w))) return undefined;
    return [...q.words.slice(0, from - 1), central.name, ...q.words.slice(cue.position + 1)].join(" ");
  };

  /**
   * "Is Krasnaya Zvezda the foreign ministry's paper": a yes/no question made with "to be" about one
   * name, whose other words hold a word of another entity's names ("ministry", no name by itself) after
   * a word that entity's names and description never use ("foreign"). The phrase names another of its
   * kind; where a fact joins the question's name to that entity, the one it has, the answer is no, with it.
   */
  const otherOwner = (q: Analysis): Item | undefined => {
    const [m] = q.mentions;
    if (!q.copular || !m || q.mentions.length !== 1 || q.negated || q.cues.some((c) => c.kind !== "noun"))
      return undefined;
    for (let at = m.end + 1; at < q.words.length; at++) {
      const word = q.words[at] ?? "";
      const owners = lexicon.nameWords.get(stem(word));
      const [owner] = owners?.size === 1 ? owners : [];
      if (owner === undefined || owner === m.entity || lang.filler.has(word)) continue;
      const qualifier = q.words[at - 1] ?? "";
      if (lang.filler.has(qualifier) || lang.articles.has(qualifier) || !lang.isWord(qualifier)) continue;
      const own = namesOf.get(owner) ?? [];
      // The owner's own names give it words before this one ("Defense Ministry"), none of them this.
      if (own.flat().includes(stem(qualifier)) || own.every((n) => n.length < 2)) continue;
      if (describedBy(owner)?.concepts.has(conceptOf(lexicon, qualifier))) continue;
      const joining = index
        .naming(m.entity)
        .map((i) => items[i])
        .find(
          (item) =>
            item !== undefined &&
            item.kind === "fact" &&
            !item.open &&
            ((item.subject.has(m.entity) && item.object.has(owner)) ||
              (item.object.has(m.entity) && item.subject.has(owner))),
        );
      if (joining) return joining;
    }
    return undefined;
  };

  const hasEntity = (i: Item, id: string) => i.subject.has(id) || i.object.has(id) || i.mentions.has(id);

  /**
   * "How many of the workers are from Y": a count of a part. The fact that counts the whole lists Y as
   * one of several it comes from, and no fact counts Y's share: the article does not split it.
   */
  const partCounted = (question: string, q: Analysis): Answer | undefined => {
    if (q.asked !== "quantity" || q.mentions.length < 2) return undefined;
    const [whole, ...rest] = q.mentions;
    if (!whole) return undefined;
    let of = whole.start - 1;
    while (of > 0 && lang.articles.has(q.words[of] ?? "")) of--;
    if (!lang.genitive.has(q.words[of] ?? "") || !lang.quantityWords.has(q.words[of - 1] ?? ""))
      return undefined;
    const counting = naming(whole.entity).filter((i) => i.kind === "fact" && i.quantity !== undefined);
    if (counting.length === 0) return undefined;
    const listedAmong = (i: Item, id: string) =>
      [i.object, i.mentions].some((side) => side.has(id) && side.size > 1);
    const parts = rest.filter((m) => counting.some((i) => listedAmong(i, m.entity)));
    if (parts.length === 0 || parts.length !== rest.length) return undefined;
    // A fact that counts the part itself answers as usual.
    const ownCount = naming(parts[0]?.entity ?? "").some(
      (i) =>
        i.kind === "fact" &&
        i.quantity !== undefined &&
        parts.every((m) => hasEntity(i, m.entity)) &&
        !listedAmong(i, parts[0]?.entity ?? ""),
    );
    return ownCount ? undefined : gap(question, q, counting.slice(0, 1));
  };

  /**
   * "Which hospitals get power": the name right after "which" is a class written in common words, not
   * a proper name, and asks for the named ones among it. Where no fact about it names one of its kind
   * by a proper name, the article names none: a gap, told with what it does say.
   */
  const membersUnnamed = (question: string, q: Analysis): Answer | undefined => {
    if (q.asked !== "which" || q.mentions.length !== 1) return undefined;
    const [m] = q.mentions;
    if (!m || lang.whAsks[q.words[m.start - 1] ?? ""] !== "which") return undefined;
    const entity = entities.get(m.entity);
    const common = (name: string) => name === name.toLowerCase();
    if (!entity || !common(entity.name)) return undefined;
    const kind = types.get(m.entity);
    const about = naming(m.entity).filter((i) => i.kind === "fact");
    if (about.length === 0) return undefined;
    const named = about.some((i) =>
      [...i.subject, ...i.object, ...i.mentions].some(
        (id) => id !== m.entity && types.get(id) === kind && !common(entities.get(id)?.name ?? ""),
      ),
    );
    if (named) return undefined;
    const near = select(q);
    return near ? gap(question, q, near.items) : undefined;
  };

  /**
   * "Where exactly did it land": a word asking for precision, where the fact's place is the bare name
   * of a place the knowledge has (a state, a country), asks for more than the article gives.
   */
  const placeTooCoarse = (question: string, q: Analysis): Answer | undefined => {
    if (q.asked !== "where" || !q.words.some((w) => lang.precisionWords?.has(w) ?? false)) return undefined;
    const near = select(q);
    const top = near?.items[0];
    if (!near || !top?.where) return undefined;
    const said = normaliseText(top.where);
    const bare = knowledge.entities.some(
      (e) =>
        typeInfo.get(e.type)?.place === true && [e.name, ...e.aliases].some((n) => normaliseText(n) === said),
    );
    return bare ? gap(question, q, near.items) : undefined;
  };

  const answerAnalysed = (question: string, q: Analysis): Answer => {
    const members = membersUnnamed(question, q);
    if (members) return members;
    const coarse = placeTooCoarse(question, q);
    if (coarse) return coarse;
    const other = otherValue(question, q);
    if (other) return other;
    const part = partCounted(question, q);
    if (part) return part;
    if (q.outside.length > 0) return refuse(question, q, "outside");
    const addressOrNickname = linkAsked(question, q) ?? nicknameAsked(question, q);
    if (addressOrNickname) return addressOrNickname;
    if (asksDepicted(q)) {
      const nearest = select(q);
      return nearest ? gap(question, q, nearest.items) : refuse(question, q, "no-match");
    }
    const kinds = kindsListed(question, q) ?? holdersListed(question, q);
    if (kinds) return kinds;
    const state = stateOf(question, q);
    if (state) return state;
    // "Did X speak on Monday", "does it have 10 of them": a time or figure of the question against the
    // fact's, before a word no fact uses ("Monday", "10") is taken for what the question is about.
    const stated = statedOtherwise(
      q,
      rank(q).map((s) => s.item),
      scoring,
      lang,
      (w) => conceptOf(lexicon, w),
    );
    if (stated) {
      const { verdict, item } = stated;
      const framing = verdict === null ? { verdict, undecided: true } : { verdict };
      return withSuggestions(composeAnswer(question, q, [item], 0.8, lang, framing), q);
    }
    // An unknown word that is what the question is about (a name where a name should be, the thing
    // asked of a name, the question's own verb): answering about something else would be wrong.
    if (q.unknown.some(isDecisive)) {
      return notListed(question, q) ?? refuse(question, q, "unknown");
    }
    const listed = q.smallTalk && q.unknown.length === 0 ? everyOfKind(question, q) : undefined;
    if (listed) return listed;
    const quoted = everyQuoted(question, q);
    if (quoted) return quoted;
    const self = aboutTheArticle(question, q);
    if (self) return withSuggestions(self, q);
    if (q.smallTalk) return refuse(question, q, "small-talk");
    const conditioned = underCondition(question, q);
    if (conditioned) return conditioned;
    const qualified = kindQualified(question, q);
    if (qualified) return qualified;
    if (namesOwnThing(q) || namesUnnamed(q)) {
      const near = select({ ...q, overview: false });
      return near ? gap(question, q, near.items) : refuse(question, q, "no-match");
    }
    const offered = alternatives(q, types, lang);
    if (offered.length > 1) return choose(question, q, offered);
    // "Is Kazakhstan in the CSTO?" names two things and asks whether one fact joins them.
    const yesNo = q.asked === "yesno" && !q.compare;
    // "What university did X go to": a narrower kind asked of a name is a question, not an overview.
    if (q.overview && !q.typeMembers && !(yesNo && q.mentions.length > 1)) {
      // "Does the article mention X": the article names X, and what it says of X shows it.
      const present = yesNo && q.words.some((w) => lang.articleSelf?.names.has(w) ?? false);
      const framing = present ? { verdict: "yes" as const } : {};
      return withSuggestions(composeAnswer(question, q, overview(q, items, index), 0.9, lang, framing), q);
    }
    const same = alike(question, q);
    if (same) return same;
    if (yesNo) {
      // "X said A gets B": what the facts say of the clause answers; its "no" stands for the speaker's
      // words too, though a fact that lists what X said names A and B apart.
      const clause = reportedClause(q);
      const inClause = clause && answerAnalysed(question, clause);
      if (inClause?.verdict === "no") return inClause;
      // "Is Tim Smith the licensing manager": one name said to be another of its kind, which is someone else.
      const other = namedAsAnother(q, lang, types);
      const said = other && describedBy(other);
      if (said) return withSuggestions(composeAnswer(question, q, [said], 0.9, lang, { verdict: "no" }), q);
      // "Is X the defense minister": X's description gives X's office, and no fact knows the one asked.
      const office = otherOffice(q, lang, { offices, ranks }, describedBy);
      if (office)
        return withSuggestions(composeAnswer(question, q, [office], 0.9, lang, { verdict: "no" }), q);
      // "X heads the Y ministry" where X heads a body whose names have no such words.
      const heldBody = headsAnother(q);
      if (heldBody.length > 0)
        return withSuggestions(composeAnswer(question, q, heldBody, 0.9, lang, { verdict: "no" }), q);
      // "Is X a major general" where X's names make X a colonel general.
      const named = q.mentions[0]?.entity ?? "";
      const person = typeInfo.get(types.get(named) ?? "")?.person === true;
      const titled = person && otherTitle(q, lang, namesOf.get(named) ?? []);
      const described = titled && describedBy(q.mentions[0]?.entity ?? "");
      if (described)
        return withSuggestions(composeAnswer(question, q, [described], 0.9, lang, { verdict: "no" }), q);
      // "Is X the foreign ministry's paper" where X is the paper of the Ministry of Defense.
      const owned = otherOwner(q);
      if (owned) return withSuggestions(composeAnswer(question, q, [owned], 0.9, lang, { verdict: "no" }), q);
      // "Is it still so today": beyond the article's date, before a fact saying it goes on (then).
      const beyond = beyondArticle(question, q);
      if (beyond) return beyond;
      const going = stillGoing(question, q);
      if (going) return going;
      // "Are the radios going to A": the one fact that places them gives them to someone else.
      const elsewhereGiven = givenElsewhere(q, items, types);
      if (elsewhereGiven)
        return withSuggestions(composeAnswer(question, q, elsewhereGiven, 0.8, lang, { verdict: "no" }), q);
      // "Is Elementum based in Pennsylvania": a name where the fact has another scores the fact low, so
      // the facts about the question's subject alone are judged too, for the "no" they may hold.
      const first = q.mentions[0];
      const judgedOn = (one: Analysis) => {
        const chosen = select(one);
        const judgement = chosen && judgeYesNo(q, chosen.items, scoring, lang);
        return chosen && judgement ? { selection: chosen, judged: judgement } : undefined;
      };
      // "Do Armenia and Belarus get spare parts": names joined by "and" are each asked, and it is so
      // when it is so of each.
      const each = conjoined(q, types, lang).map((one) => {
        const chosen = select(one);
        return chosen && judgeYesNo(one, chosen.items, scoring, lang);
      });
      // "Does X both head A and chair B": two predicates of one subject, each asked on its own.
      const predicates = predicatesOf(q).map((one) => {
        const chosen = select(one);
        return chosen && judgeYesNo(one, chosen.items, scoring, lang);
      });
      if (predicates.length > 1 && predicates.every((j) => j?.verdict === "yes" || j?.verdict === "no")) {
        const no = predicates.find((j) => j?.verdict === "no");
        const shown = no ? (no.items ?? []) : [...new Set(predicates.flatMap((j) => j?.items ?? []))];
        const verdict = no ? "no" : "yes";
        return withSuggestions(composeAnswer(question, q, shown, 0.9, lang, { verdict }), q);
      }
      if (each.length > 1 && each.every((j) => j?.verdict === "yes")) {
        const confirming = [...new Set(each.flatMap((j) => j?.items ?? []))];
        return withSuggestions(composeAnswer(question, q, confirming, 0.9, lang, { verdict: "yes" }), q);
      }
      // "Шугаев командует ВКС?": the fact of the relation asked that gives the place of one name to
      // someone else answers no, naming who holds it, before the facts about the subject alone.
      const givenToAnother = () => {
        if (q.cues.length === 0 || q.mentions.length < 2) return undefined;
        const asked = new Set(q.cues.map((c) => c.relation));
        const held = rank(q)
          .filter((s) => s.score > 0 && asked.has(s.item.relation))
          .map((s) => s.item);
        const judgement = judgeYesNo(q, held, scoring, lang);
        if (judgement?.verdict !== "no") return undefined;
        return {
          selection: { items: judgement.items, confidence: confidenceOf(0, undefined) },
          judged: judgement,
        };
      };
      const found =
        judgedOn(q) ??
        givenToAnother() ??
        (q.cues.length > 0 && first && q.mentions.length > 1
          ? judgedOn({ ...q, mentions: [first] })
          : undefined);
      const selection = found?.selection;
      const judged = found?.judged;
      // "Did NASA license it to 3 companies", "will all three companies fly the demo": the fact that
      // counts what the question counts gives another number.
      // A bound ("more than 10 years") is no count to differ from; it was compared before, if at all.
      // Several figures were each judged against their own counts, where the facts count them.
      const bound = statedFigures(q.words, lang).some((f) => f.range.low !== f.range.high);
      const miscounted = bound ? undefined : miscount(q);
      if (miscounted && judged?.verdict !== "no")
        return withSuggestions(composeAnswer(question, q, [miscounted], 0.8, lang, { verdict: "no" }), q);
      // "Did X get the maximum": the fact that says yes tells what X could have got; what X got says no.
      const happened =
        judged?.verdict === "yes" && judged.items[0] && possibleOnly(q, judged.items[0], items, lang);
      if (happened && judged)
        return withSuggestions(
          composeAnswer(question, q, [happened, ...judged.items.slice(0, 1)], 0.8, lang, { verdict: "no" }),
          q,
        );
      // "Did the eagle survive": a fact about the names that says the opposite ("killed") says no.
      const opposite =
        first && judged?.verdict !== "no"
          ? statedOpposite(q, judged?.items ?? [], naming(first.entity), scoring)
          : undefined;
      if (opposite)
        return withSuggestions(composeAnswer(question, q, [opposite], 0.8, lang, { verdict: "no" }), q);
      if (selection && judged) {
        const { verdict, decided } = judged;
        const answer = composeAnswer(question, q, judged.items, selection.confidence, lang, {
          verdict,
          undecided: !decided,
        });
        return withSuggestions(answer, q);
      }
      const ofFirst = first ? naming(first.entity) : [];
      const reversed = reversedFact(q, ofFirst);
      if (reversed) return gap(question, q, [reversed]);
      const elsewhere = heldByAnother(q, ofFirst, scoring);
      if (elsewhere)
        return withSuggestions(composeAnswer(question, q, [elsewhere], 0.8, lang, { verdict: "no" }), q);
      // "Did X fly to Y": the question's own verb, right after its subject, is a word another fact uses
      // but none about X does: what the article says of X does not say X did it.
      const verbAt = first?.end ?? -1;
      const verb = first?.start === 1 && lang.auxiliaries.has(q.words[0] ?? "") ? q.words[verbAt] : undefined;
      const verbConcept = verb !== undefined ? conceptOf(lexicon, verb) : undefined;
      if (
        first &&
        verbConcept &&
        !q.copular &&
        q.cues.length === 0 &&
        q.keywords.includes(verbConcept) &&
        !ofFirst.some((item) => item.concepts.has(verbConcept))
      ) {
        const near = select(q);
        if (near) return gap(question, q, near.items);
      }
    }

    // "What brand are the systems for Kyrgyzstan", "which company makes them": besides its names the
    // question says nothing the facts use, so what it asks is in the words they never use.
    const beyond = beyondArticle(question, q);
    if (beyond) return beyond;
    if (asksOnlyUnknown(q)) {
      const selection = select(q);
      return selection ? gap(question, q, selection.items) : refuse(question, q, "unknown");
    }
    if (q.asked === "count") return count(question, q);
    // "How do Belarus and Kyrgyzstan differ": each name answered on its own, side by side.
    const compared = q.compare ? comparedNames(q, types) : [];
    const questions = compared.length > 1 ? compared : [q];
    const chosen: Item[] = [];
    let confidence = 1;
    // Each compared name gets its share of the answer, so the first cannot crowd out the others.
    const share = Math.max(1, Math.floor(MAX_ANSWER_FACTS / questions.length));
    for (const one of questions) {
      const selection = select(one);
      if (!selection) return refuse(question, q, "no-match");
      for (const item of selection.items.slice(0, share)) if (!chosen.includes(item)) chosen.push(item);
      confidence = Math.min(confidence, selection.confidence);
    }
    // "Which company will win the demo": the one fact that answers says nobody knows yet.
    // "What's the name of ...", "как зовут ...": a name asked for is a who.
    const asksName = q.asked === "what" && q.words.some((w) => lang.nameNouns?.has(w) ?? false);
    const asksWhich =
      q.asked === "who" || q.asked === "which" || (q.asked === "what" && q.typeHint) || asksName;
    if (asksWhich && chosen.length > 0 && chosen.every((i) => i.open)) return gap(question, q, chosen);
    if (asksName && namesUnsaid(q)) return gap(question, q, chosen);
    // A fact that says the article leaves open who or which does not name one: behind a fact that
    // does, it is left out.
    if (asksWhich && chosen.length > 1 && !chosen[0]?.open) {
      const naming = chosen.filter((i) => !i.open);
      chosen.length = 0;
      chosen.push(...naming);
    }
    // "Кто брал интервью", "who is the newspaper's journalist": every fact of the relation asked leaves
    // who open, so the facts of a related relation chosen beside it do not answer who; a kind they
    // hold ("which newspaper ...") still does.
    const asked = new Set(q.cues.map((c) => c.relation));
    const ofAsked = items.filter((i) => i.kind === "fact" && asked.has(i.relation));
    if (asksWhich && !q.typeHint && ofAsked.length > 0 && ofAsked.every((i) => i.open))
      return gap(question, q, ofAsked);
    // "Who was the journalist who interviewed X": the noun the question asks for is the relation
    // whose every fact leaves who open, whatever the other relations of its clause give.
    const head = askedNoun(q);
    const ofHead = head ? items.filter((i) => i.kind === "fact" && i.relation === head) : [];
    if (asksWhich && ofHead.length > 0 && ofHead.every((i) => i.open)) return gap(question, q, ofHead);
    // "What high school did X go to", "who's the media contact": a word the article never uses, right
    // before the word for the kind or thing asked, narrows it to one the article does not have.
    if (asksWhich && narrowedKind(q)) return gap(question, q, chosen);
    // "What brand are the radios X gets": a maker or model is a name, which no plain description of
    // the thing ("modern radios") gives.
    if (makeUnnamed(q, chosen)) return gap(question, q, chosen);
    // "Where was X when ...": where a person was is a place, which a fact's circumstance ("in an
    // interview for a newspaper") is not.
    if (personPlaceUnsaid(q, chosen)) return gap(question, q, chosen);
    // "What did Armenia's defense minister say": an office no fact ever names has no holder the
    // article tells of, whatever else it says about the country.
    if (q.unknown.some((u) => lang.officeNouns?.has(u.word) ?? false)) return gap(question, q, chosen);
    // "What rank does Shugaev hold": facts about Shugaev that hold no rank do not answer it.
    if (!q.compare && lacksWanted(q, chosen, attributes, boundWords, describedBy))
      return gap(question, q, chosen);
    // "Who was the attorney" answered only by an assistant attorney, "who was the acting manager" by
    // facts that never say acting: the office asked is not the one the facts give.
    if (q.asked === "who" && otherRank(q, chosen)) return gap(question, q, chosen);
    // "Which prison": the thing asked for has no name anywhere in the knowledge.
    if (q.asked === "which" && unnamedWhich(q, chosen)) return gap(question, q, chosen);
    // "The penalty under law A" answered by a fact about law B.
    if (!q.compare && anotherOfKind(q, chosen)) return gap(question, q, chosen);
    // "How far can it drive on one charge": a measure asked under words the article never uses is
    // not the measure its facts give.
    if (asksMeasure(q, lang) && q.unknown.some((u) => u.common && afterPreposition(q.words, u.at, lang)))
      return gap(question, q, chosen);
    // "How big is X in acres": a measure asked in a unit the fact's figure does not use is not given.
    if (asksMeasure(q, lang) && !inUnitOf(q, chosen[0])) return gap(question, q, chosen);
    // "How much is X paying for the lease": an amount is asked, and the figure the fact holds is a
    // length of time ("for 20 years"), which no amount is.
    if (asksAmount(q, lang) && chosen[0]?.quantity && isDuration(chosen[0].quantity, lang))
      return gap(question, q, chosen);
    return withSuggestions(
      composeAnswer(question, q, chosen.slice(0, MAX_ANSWER_FACTS), confidence, lang),
      q,
    );
  };

  /**
   * "What does Col. Gen. mean": a short form of a name's words, which another name of the same entity
   * writes out, is said in full before what the article says of the entity, unless that says it already.
   */
  const spelledOut = (question: string, q: Analysis): Answer | undefined => {
    const expansion = askedShortForm(q.words, lang, expansions);
    if (!expansion && q.describe && q.mentions.length === 1 && q.cues.length === 0) {
      // "What does AIAA stand for" where the article never writes AIAA out: a gap, told with what it says.
      const m = q.mentions[0];
      const entity = m && entities.get(m.entity);
      const described = m && describedBy(m.entity);
      const short = m && entity && unexpandedShortForm(q.words, m, entity, described?.answer ?? "", lang);
      if (short) {
        return withSuggestions(
          composeAnswer(question, q, described ? [described] : [], 0, lang, {
            undecided: true,
            asked: question,
            unsaid: lang.phrases.whatStandsFor(short),
          }),
          q,
        );
      }
    }
    const described = expansion && describedBy(expansion.entity);
    if (!expansion || !described) return undefined;
    if (normaliseText(described.answer).includes(normaliseText(expansion.full))) return undefined;
    const lead = lang.phrases.standsFor(expansion.short, expansion.full);
    return withSuggestions(composeAnswer(question, q, [described], 0.9, lang, { lead }), q);
  };

  /**
   * "What's the name of the journalist", "как зовут журналиста": the thing whose name is asked, right
   * after the word that asks it, is a word the facts never use, or a relation's noun whose every fact
   * says the article leaves it open: the article gives no such name.
   */
  /**
   * "What are the names of the wilderness areas" answered by "the office has 12 wilderness areas; the
   * article does not name them": a fact or description of a name the question asks about (its
   * description, or a fact with it on the side given) that itself admits the article leaves out what
   * the question asks does not answer it.
   */
  const admitsGap = (answer: Answer, q: Analysis): boolean => {
    const admissions = (lang.gapAdmissions ?? []).filter((a) => a.asks.has(q.asked));
    if (admissions.length === 0 || q.asked === "yesno") return false;
    const asked = new Set(q.mentions.map((m) => m.entity));
    return answer.facts.some((id) => {
      const item = byId.get(id);
      if (!item) return false;
      const about = item.kind === "description" ? item.subject : item.object;
      if (![...about].some((e) => asked.has(e))) return false;
      const text = item.answer.toLowerCase();
      return admissions.some((a) => text.includes(a.phrase));
    });
  };

  /**
   * An ordinary word no fact uses, standing right before the question's word for the kind it asks
   * ("what high school") or the noun of the relation it asks ("the media contact").
   */
  const narrowedKind = (q: Analysis): boolean =>
    lang.modifierBeforeNoun === true &&
    q.unknown.some(
      (u) =>
        u.common &&
        !/\d/.test(u.word) &&
        !u.slot &&
        !u.attribute &&
        (u.at + 1 === q.typeAt || q.cues.some((c) => c.kind === "noun" && c.position === u.at + 1)),
    );

  /**
   * "Does X head the Y ministry": one person named first, then a relation asked with an office's noun
   * ("head", "chief"), then words that name nothing, one of which no name of what X's facts of that
   * relation give X uses. One holds such an office over one body, so X's facts say no.
   */
  const headsAnother = (q: Analysis): Item[] => {
    const [m] = q.mentions;
    if (!m || q.mentions.length !== 1 || q.negated || q.compare) return [];
    if (typeInfo.get(types.get(m.entity) ?? "")?.person !== true) return [];
    const cue = q.cues.find((c) => c.position === m.end || c.position === m.end + 1);
    const word = cue && q.words[cue.position];
    if (!cue || !word || !(lang.officeNouns?.has(lang.stem(word)) || lang.officeNouns?.has(word))) return [];
    const small = (w: string) =>
      lang.articles.has(w) || lang.filler.has(w) || lang.slotBefore.has(w) || lang.beForms.has(w);
    const rest = q.words.slice(cue.position + 1).filter((w) => !small(w));
    if (rest.length === 0) return [];
    const held = stating(cue.relation).filter(
      (i) => i.kind === "fact" && i.subject.has(m.entity) && i.object.size > 0,
    );
    if (held.length === 0) return [];
    const named = new Set(held.flatMap((i) => [...i.object].flatMap((id) => (namesOf.get(id) ?? []).flat())));
    return rest.some((w) => !named.has(stem(w)) && !named.has(w)) ? held.slice(0, 1) : [];
  };

  /**
   * "X said A gets B": a person, a verb of speech right after, and names after that. What was said is
   * the clause after the verb, asked without its speaker, whose facts are the ones said anyway.
   */
  const reportedClause = (q: Analysis): Analysis | undefined => {
    const speaker = q.mentions[0];
    if (!speaker || typeInfo.get(types.get(speaker.entity) ?? "")?.person !== true) return undefined;
    const verb = q.cues.find((c) => c.position === speaker.end && speech.has(c.relation));
    const rest = q.mentions.slice(1);
    if (!verb || rest.length === 0 || rest.some((m) => m.start <= verb.position)) return undefined;
    return {
      ...q,
      mentions: rest,
      cues: q.cues.filter((c) => c !== verb),
      keywords: q.keywords.filter((k) => k !== `@${verb.relation}`),
    };
  };

  /**
   * "Where is/was X" of a person X, answered by facts that place X nowhere: none of them involves a
   * place the article names and says its name.
   */
  const personPlaceUnsaid = (q: Analysis, chosen: readonly Item[]): boolean => {
    if (q.asked !== "where") return false;
    const wh = q.words.findIndex((w) => lang.whAsks[w] === "where");
    if (wh < 0 || !lang.beForms.has(q.words[wh + 1] ?? "")) return false;
    const who = q.mentions.find((m) => m.start === wh + 2);
    if (!who || typeInfo.get(types.get(who.entity) ?? "")?.person !== true) return false;
    const placed = (item: Item) => {
      const text = normaliseText(item.where ?? item.answer);
      return [...item.subject, ...item.object, ...item.mentions].some((id) => {
        const name = entities.get(id)?.name;
        return (
          typeInfo.get(types.get(id) ?? "")?.place === true && name && text.includes(normaliseText(name))
        );
      });
    };
    return !chosen.some(placed);
  };

  /**
   * A question for the brand or model of the things it names, answered by facts that name none of
   * them, nor any other thing of their kind, by a proper name or a designation.
   */
  const makeUnnamed = (q: Analysis, chosen: readonly Item[]): boolean => {
    const make = lang.makeWords;
    if (!make || q.asked === "yesno" || q.asked === "count") return false;
    if (!q.words.some((w, i) => make.has(w) && !q.cues.some((c) => c.position === i))) return false;
    // The thing asked: the name the question's kind word is part of, the name after "model of", or
    // the name right before "brand".
    const at = q.words.findIndex((w) => make.has(w));
    const thing =
      q.mentions.find((m) => q.typeAt !== undefined && m.start <= q.typeAt && q.typeAt < m.end) ??
      q.mentions.find((m) => m.start === at + 2 && lang.genitive.has(q.words[at + 1] ?? "")) ??
      q.mentions.find((m) => m.end === at);
    if (!thing) return false;
    const kinds = new Set([types.get(thing.entity) ?? ""]);
    const proper = (id: string) => /[\p{Lu}\d]/u.test(entities.get(id)?.name ?? "");
    const named = chosen.some((i) =>
      [...i.subject, ...i.object, ...i.mentions].some((id) => kinds.has(types.get(id) ?? "") && proper(id)),
    );
    return !named;
  };

  /**
   * The relation of the noun a question asks for first ("who is the journalist ...", "which reporter"):
   * a noun of a relation with nothing before it but question words, "to be" and articles.
   */
  const askedNoun = (q: Analysis): string | undefined => {
    const cue = q.cues.find((c) => c.kind === "noun");
    if (!cue) return undefined;
    const before = q.words.slice(0, cue.position);
    const lead = (w: string) => lang.whAsks[w] !== undefined || lang.beForms.has(w) || lang.articles.has(w);
    return before.length > 0 && before.every(lead) ? cue.relation : undefined;
  };

  /**
   * Whether the item's figure is in the unit a question asks it in ("in acres"), or the question asks
   * no unit: the words after the question's last unit preposition, when they are no name.
   */
  const inUnitOf = (q: Analysis, item: Item | undefined): boolean => {
    const units = lang.unitPrepositions;
    if (!units) return true;
    // The unit ends the question, one or two words after its preposition ("in acres", "in square feet").
    const at = q.words.findLastIndex((w) => units.has(w));
    const last = q.words.length - 1;
    const unit = q.words[last];
    if (at < 0 || unit === undefined || last <= at || last - at > MAX_UNIT_WORDS) return true;
    if (q.mentions.some((m) => m.end > at)) return true;
    const said = item?.quantity ? normaliseText(item.quantity).split(" ") : [];
    return said.some((w) => conceptOf(lexicon, w) === conceptOf(lexicon, unit));
  };

  const namesUnsaid = (q: Analysis): boolean => {
    const at = q.words.findIndex((w) => lang.nameNouns?.has(w) ?? false);
    let next = at + 1;
    while (lang.genitive.has(q.words[next] ?? "") || lang.articles.has(q.words[next] ?? "")) next++;
    if (q.unknown.some((u) => u.at === next && u.common && !u.slot)) return true;
    const named = q.cues.filter((c) => c.kind === "noun" && c.position === next);
    if (named.length === 0) return false;
    const relations = new Set(named.map((c) => c.relation));
    const facts = items.filter((i) => i.kind === "fact" && relations.has(i.relation));
    return facts.length > 0 && facts.every((i) => i.open);
  };

  /**
   * "Does X (both) chair A and command B": a yes/no question whose "and" stands right before a second
   * relation's verb is two questions of the words before the first verb, one for each verb and what
   * follows it. Empty when the question is not made so.
   */
  const predicatesOf = (q: Analysis): Analysis[] => {
    const verbs = [...new Set(q.cues.filter((c) => c.kind !== "noun").map((c) => c.position))].sort(
      (a, b) => a - b,
    );
    const first = verbs[0];
    if (first === undefined || verbs.length < 2) return [];
    const joins = verbs.filter((p) => p > first && lang.joiners.has(q.words[p - 1] ?? ""));
    if (joins.length === 0 || joins.length !== verbs.length - 1) return [];
    // The subject's words, without "both" or "either" (a word that only says two follow).
    const subject = q.words.slice(0, first).filter((w) => !lang.filler.has(w) || lang.auxiliaries.has(w));
    const starts = [first, ...joins];
    return starts.map((start, k) => {
      const end = k + 1 < starts.length ? (starts[k + 1] as number) - 1 : q.words.length;
      return analyse([...subject, ...q.words.slice(start, end)].join(" "), parts);
    });
  };

  /**
   * "What does the photo show", "what is pictured": a verb of showing after "does" or "is" is the question's
   * own verb; where no relation of the knowledge uses it, what the thing shows is nowhere in the facts.
   */
  const asksDepicted = (q: Analysis): boolean => {
    const showing = lang.depictionWords;
    if (!showing || q.cues.some((c) => c.kind !== "noun")) return false;
    return q.words.some(
      (w, i) =>
        showing.has(w) &&
        i >= 2 &&
        !lexicon.relationWords.has(stem(w)) &&
        // "What is shown in the photo": the passive says it with "to be".
        q.words.slice(1, i).some((v) => lang.doForms.has(v) || lang.beForms.has(v)) &&
        // "What does the article show about X" is what it says; "can you show me" a request.
        !q.words.slice(0, i).some((v) => lang.addressee.has(v) || (lang.articleSelf?.names.has(v) ?? false)),
    );
  };

  /**
   * The question without its words of state (those `isState` picks) and the words that only say when
   * ("yet", "right now"): a word of state is asked of the facts' words, not looked for among them. A
   * concept another word of the question also stands for stays ("approval ... yet", where the
   * knowledge makes "yet" a synonym of "approval").
   */
  const withoutState = (q: Analysis, isState: (w: string) => boolean): Analysis => {
    const when = lang.stateTimeWords;
    const state = new Set(q.words.flatMap((w, i) => (isState(w) || (when?.has(w) ?? false) ? [i] : [])));
    const kept = new Set(q.words.flatMap((w, i) => (state.has(i) ? [] : [conceptOf(lexicon, w)])));
    // "Has the county completed ...": a word of state that is also a relation's verb asks no relation.
    const cues = q.cues.filter((c) => !state.has(c.position));
    for (const c of cues) kept.add(relationConcept(c.relation));
    const dropped = new Set(
      [...state]
        .flatMap((i) => [
          conceptOf(lexicon, q.words[i] ?? ""),
          ...q.cues.filter((c) => c.position === i).map((c) => relationConcept(c.relation)),
        ])
        .filter((c) => !kept.has(c)),
    );
    return {
      ...q,
      cues,
      unknown: q.unknown.filter((u) => !state.has(u.at)),
      keywords: q.keywords.filter((k) => !dropped.has(k)),
      wanted: q.wanted.filter((w) => !state.has(w.at)),
    };
  };

  /** Whether a fact's own answer says that what it tells goes on ("continues", "is underway"). */
  const saysOngoing = (item: Item): boolean => {
    const going = lang.ongoingWords;
    return (
      going !== undefined &&
      normaliseText(item.answer)
        .split(" ")
        .some((w) => going.has(w))
    );
  };

  /** The facts, best first, that name every name of the question and hold every keyword it keeps. */
  const ongoingFacts = (rest: Analysis): Scored[] => {
    // A relation's word the question uses as a noun ("the dredging") is held by a fact that has the
    // relation or says the word itself.
    const said = (k: string) =>
      rest.cues.filter((c) => relationConcept(c.relation) === k).flatMap((c) => c.concepts ?? []);
    const holds = (item: Item) =>
      rest.mentions.every(
        (m) => item.subject.has(m.entity) || item.object.has(m.entity) || item.mentions.has(m.entity),
      ) && rest.keywords.every((k) => item.concepts.has(k) || said(k).some((c) => item.concepts.has(c)));
    return rank(rest)
      .slice(0, MAX_ANSWER_FACTS * 2)
      .filter((s) => s.item.kind === "fact" && holds(s.item) && saysOngoing(s.item));
  };

  /**
   * "Is the work on X finished", "is it done yet", "is it still ongoing": a fact about the same names
   * and words that says the work goes on ("continues to progress", "is undergoing approval") answers
   * no to the one and yes to the other, though it never says "not finished".
   */
  const stillGoing = (question: string, q: Analysis): Answer | undefined => {
    const done = lang.finishedWords;
    const going = lang.ongoingWords;
    if (!done || !going || q.mentions.length === 0 || q.words.some((w) => lang.negations.has(w)))
      return undefined;
    const isState = (w: string) => done.has(w) || going.has(w);
    // "Are the agreements implemented already": a participle the question asks no relation with,
    // beside a word of completion, asks whether what the fact says goes on is done.
    const completion = lang.completionWords;
    const completing = (
      completion !== undefined && q.words.some((w) => completion.has(w)) && !q.words.some(isState)
        ? q.words.flatMap((w, i) =>
            lang.looksParticiple(w) &&
            !(lang.beginWords?.has(w) ?? false) &&
            !q.cues.some((c) => c.position === i) &&
            !q.unknown.some((u) => u.at === i) &&
            !q.mentions.some((m) => m.start <= i && i < m.end)
              ? [conceptOf(lexicon, w)]
              : [],
          )
        : []
    ).slice(0, 1);
    if (!q.words.some(isState) && completing.length === 0) return undefined;
    const over = q.words.some((w) => done.has(w)) || completing.length > 0;
    if (over && q.words.some((w) => going.has(w))) return undefined;
    const found = ongoingFacts(withoutState(q, isState)).find((s) =>
      completing.every((c) => s.item.concepts.has(c)),
    );
    if (!found) return undefined;
    const verdict = over ? "no" : "yes";
    return withSuggestions(composeAnswer(question, q, [found.item], 0.7, lang, { verdict }), q);
  };

  /**
   * "Is X still the commander today", "who still runs it now": whether a state lasts to the present
   * day is beyond the article's own date, so the facts about it tell only what held then.
   */
  const beyondArticle = (question: string, q: Analysis): Answer | undefined => {
    const persist = lang.persistWords;
    const present = lang.presentDayWords;
    const lasting =
      persist !== undefined &&
      present !== undefined &&
      q.words.some((w) => persist.has(w)) &&
      q.words.some((w) => present.has(w));
    const paying = lang.payingWords;
    const payer =
      paying !== undefined && q.words.some((w, i) => paying.has(w) && !q.cues.some((c) => c.position === i));
    if (!lasting && !payer) return undefined;
    const nearest = select(q);
    if (!nearest) return undefined;
    // "Is X paying for it": no relation is about paying, and no fact chosen says it.
    if (!lasting) {
      const asked = q.words.filter((w) => paying?.has(w)).map((w) => conceptOf(lexicon, w));
      if (nearest.items.some((i) => asked.some((c) => i.concepts.has(c)))) return undefined;
    }
    return gap(question, q, nearest.items);
  };

  /**
   * The question's office said with a rank word ("acting", "assistant") the facts chosen never give it,
   * or said plainly where every time the facts say it, they say it with such a word.
   */
  const otherRank = (q: Analysis, chosen: readonly Item[]): boolean => {
    const ranks = lang.rankQualifiers;
    if (!ranks || chosen.length === 0) return false;
    const texts = chosen.map((i) => normaliseText(i.answer).split(" "));
    const asked = q.words.filter((w) => ranks.has(w));
    if (asked.length > 0) return !texts.some((t) => asked.some((r) => t.includes(r)));
    const office = q.cues.find((c) => c.kind === "noun")?.position;
    const word = office === undefined ? undefined : q.words[office];
    if (word === undefined || ranks.has(q.words[office === undefined ? 0 : office - 1] ?? "")) return false;
    const own = stem(word);
    let ranked = 0;
    for (const t of texts)
      for (let i = 0; i < t.length; i++) {
        if (stem(t[i] ?? "") !== own) continue;
        // "Attorney's Office" names a body, not the office a person holds.
        if (bodyBigrams.has(`${own} ${stem(t[i + 1] ?? "")}`)) continue;
        const before = t.slice(Math.max(0, i - MAX_RANK_WORDS), i);
        if (!before.some((w) => ranks.has(w))) return false;
        ranked++;
      }
    return ranked > 0;
  };

  /** "Which prison is he going to": the word for what is asked names no entity, kind or keyword. */
  const unnamedWhich = (q: Analysis, chosen: readonly Item[]): boolean => {
    if (q.typeHint !== undefined || lang.modifierBeforeNoun !== true) return false;
    const at = q.words.findIndex((w) => lang.whAsks[w] === "which");
    if (at < 0) return false;
    let end = at + 1;
    while (
      end < q.words.length &&
      !lang.auxiliaries.has(q.words[end] ?? "") &&
      !q.mentions.some((m) => m.start === end)
    )
      end++;
    const head = end - 1;
    const word = q.words[head];
    if (head <= at || word === undefined) return false;
    if (q.cues.some((c) => c.position === head) || q.mentions.some((m) => m.start <= head && head < m.end))
      return false;
    if (lang.filler.has(word) || lang.calendar?.asks.has(word) || lang.timeWords.has(word)) return false;
    if (lang.quantityWords.has(word) || lang.measureWords.has(word) || lang.subtypeWords?.has(word))
      return false;
    // The facts use the word only as an ordinary word ("six months in prison"), never for a name.
    const own = stem(word);
    // ... and no more narrowly than the question does: a word before it that the question lacks
    // ("military cooperation") says which one.
    const plain = (w: string) => q.words.includes(w) || lang.articles.has(w) || lang.slotBefore.has(w);
    let said = false;
    for (const i of chosen) {
      const text = normaliseText(i.answer).split(" ");
      for (let k = 0; k < text.length; k++) {
        if (stem(text[k] ?? "") !== own) continue;
        if (!plain(text[k - 1] ?? "")) return false;
        said = true;
      }
    }
    if (!said) return false;
    const involved = new Set(chosen.flatMap((i) => [...i.subject, ...i.object, ...i.mentions]));
    const asked = [own, conceptOf(lexicon, word)];
    return ![...involved].some((id) => asked.some((w) => namingWords.get(id)?.has(w)));
  };

  /**
   * "The penalty under law A": a name of the question that no fact chosen has, while every one of them
   * has another of its kind where it would stand.
   */
  const anotherOfKind = (q: Analysis, chosen: readonly Item[]): boolean => {
    const facts = chosen.filter((i) => i.kind === "fact");
    if (facts.length === 0 || facts.length !== chosen.length) return false;
    const has = (i: Item, id: string) => i.subject.has(id) || i.object.has(id) || i.mentions.has(id);
    return q.mentions.some((m) => {
      // Only a name a preposition governs qualifies what is asked ("under the act").
      let before = m.start - 1;
      while (before > 0 && lang.articles.has(q.words[before] ?? "")) before--;
      const governed = lang.governingPrepositions?.has(q.words[before] ?? "") ?? false;
      if (!governed && !afterPreposition(q.words, m.start, lang)) return false;
      const kind = types.get(m.entity);
      if (kind === undefined || facts.some((i) => has(i, m.entity))) return false;
      return facts.every((i) =>
        [...i.subject, ...i.object].some((id) => id !== m.entity && types.get(id) === kind),
      );
    });
  };

  /**
   * "What is the status of the work on X", "what is happening with X right now": a question of the
   * state X is in is answered by the facts about X that say it goes on. Without such a fact, the
   * question is read as any other.
   */
  const stateOf = (question: string, q: Analysis): Answer | undefined => {
    const asks = lang.stateAsks;
    if (!asks || q.mentions.length === 0 || (q.asked !== "what" && q.asked !== "how")) return undefined;
    // "What part of X isn't done yet": what is not finished is what goes on.
    const done = lang.finishedWords;
    const unfinished = (w: string, i: number) =>
      (done?.has(w) ?? false) && [1, 2].some((k) => lang.negations.has(q.words[i - k] ?? ""));
    const open = q.words.some(unfinished);
    if (q.compare || (q.negated && !open) || !(open || q.words.some((w) => asks.has(w)))) return undefined;
    const rest = {
      ...withoutState(q, (w) => asks.has(w) || (open && (done?.has(w) ?? false))),
      negated: false,
    };
    if (rest.unknown.some(isDecisive)) return undefined;
    const found = ongoingFacts(rest);
    const best = found[0];
    if (!best) return undefined;
    const chosen = found
      .filter((s) => s.score >= best.score - ANSWER_MARGIN)
      .slice(0, MAX_ANSWER_FACTS)
      .map((s) => s.item);
    return withSuggestions(composeAnswer(question, q, chosen, 0.7, lang), q);
  };

  /**
   * "Did SpaceX get picked", "is SpaceX one of the selected companies": a name the article never uses,
   * where a yes/no question's party stands, against a fact that counts who it lists ("three
   * companies"): the list is closed, so the answer is no, with who it does name.
   */
  const notListed = (question: string, q: Analysis): Answer | undefined => {
    if (q.asked !== "yesno") return undefined;
    const strangers = q.unknown.filter(isDecisive);
    if (!strangers.every((u) => u.slot && !u.common && !u.attribute && !u.action)) return undefined;
    const selection = select({ ...q, unknown: q.unknown.filter((u) => !strangers.includes(u)) });
    const best = selection?.items[0];
    if (!selection || !best || best.kind !== "fact" || best.quantity === undefined) return undefined;
    const asked = q.cues.length > 0 ? q.cues.some((c) => c.relation === best.relation) : true;
    const ofKind =
      q.typeHint === undefined ||
      [...best.subject, ...best.object].some((id) => types.get(id) === q.typeHint);
    if (!asked || !ofKind || (q.cues.length === 0 && q.typeHint === undefined)) return undefined;
    return withSuggestions(
      composeAnswer(question, q, [best], selection.confidence, lang, { verdict: "no" }),
      q,
    );
  };

  /**
   * The best fact about the question's names (or the best answer, without names) that counts what the
   * question counts, when its number is another: a yes/no question's "3 companies" against "four".
   */
  const miscount = (q: Analysis): Item | undefined => {
    const stated = statedCount(q.words, lang);
    if (!stated) return undefined;
    // The shortlist bounds the work however large the knowledge.
    const candidates = index.shortlist(q).flatMap((i) => items[i] ?? []);
    const concept = (w: string) => conceptOf(lexicon, w);
    let best: { item: Item; score: number; differs: boolean } | undefined;
    for (const item of candidates) {
      // A bound ("more than 50,000") is no count for a figure to differ from.
      const counted = normaliseText(item.quantity ?? "")
        .split(" ")
        .filter(Boolean);
      if (statedFigures(counted, lang).some((f) => f.range.low !== f.range.high)) continue;
      const differs = countDiffers(stated, item, lang, concept);
      if (differs === undefined) continue;
      const score = scoreItem(item, q, scoring);
      if (!best || score > best.score) best = { item, score, differs };
    }
    return best?.differs ? best.item : undefined;
  };

  /**
   * "What happens with the LTV when no crew is on the Moon": a clause opened by "when" after the
   * question's own words is a condition, which a fact's own time must state ("when crews are not on
   * the Moon", negated alike); the best such fact about the rest of the question answers it.
   */
  const underCondition = (question: string, q: Analysis): Answer | undefined => {
    if (q.asked === "when" || q.asked === "yesno") return undefined;
    const at = q.words.findIndex(
      (w, i) => i > 1 && (lang.whAsks[w] === "when" || lang.timeClauseOpeners?.has(w) === true),
    );
    if (at < 0) return undefined;
    // "Before" and "after" are part of what the fact's time must say; "when" only opens the clause.
    const opener = lang.timeClauseOpeners?.has(q.words[at] ?? "") === true;
    const clause = q.words.slice(opener ? at : at + 1);
    const content = clause
      .filter((w) => !lang.filler.has(w) && !lang.articles.has(w) && !lang.auxiliaries.has(w))
      .map((w) => conceptOf(lexicon, w));
    if (content.length === 0) return undefined;
    const negated = clause.some((w) => lang.negations.has(w));
    const main = {
      ...q,
      mentions: q.mentions.filter((m) => m.start < at),
      // The clause's verb ("before the storm hit") is the time's, not the relation asked.
      cues: opener ? q.cues.filter((c) => c.position < at) : q.cues,
    };
    let best: { item: Item; score: number } | undefined;
    for (const i of index.shortlist(main)) {
      const item = items[i];
      const time = item && times.get(item);
      if (!item || !time || time.negated !== negated) continue;
      if (content.filter((c) => time.concepts.has(c)).length * 2 < content.length) continue;
      const score = scoreItem(item, main, scoring);
      if (score >= ANSWER_THRESHOLD && (!best || score > best.score)) best = { item, score };
    }
    if (!best) return undefined;
    return withSuggestions(
      composeAnswer(question, q, [best.item], confidenceOf(best.score, undefined), lang),
      q,
    );
  };

  /**
   * "What kind of license agreements are these", "what type of rover capabilities does NASA want": the
   * fact whose own answer puts a word before the thing asked ("co-exclusive license agreements",
   * "unpressurized rover capabilities") says which kind; the best such fact about the question answers.
   */
  const kindQualified = (question: string, q: Analysis): Answer | undefined => {
    if (q.asked !== "what" && q.asked !== "which") return undefined;
    const wh = q.words.findIndex((w) => lang.whAsks[w] === "what" || lang.whAsks[w] === "which");
    const of = wh + 2;
    if (wh < 0 || !lang.subtypeWords.has(q.words[wh + 1] ?? "") || !lang.genitive.has(q.words[of] ?? ""))
      return undefined;
    // "What model of X": a maker or model is a name, which a word before the thing does not give.
    if (lang.makeWords?.has(q.words[wh + 1] ?? "")) return undefined;
    // The thing asked runs from "of" to the first small word: "rover capabilities" in "... for moonwalking".
    const thing: string[] = [];
    for (const w of q.words.slice(of + 1)) {
      const small =
        lang.filler.has(w) || lang.articles.has(w) || lang.auxiliaries.has(w) || lang.slotBefore.has(w);
      if (small || lang.whWords.has(w)) break;
      thing.push(stem(w));
    }
    if (thing.length === 0) return undefined;
    // The phrase itself says which fact answers, so a fact of another relation than the noun's may
    // ("the licenses allow ..." is the market's fact, not the licensing's).
    for (const { item, score } of rank(q)) {
      if (qualifies(item, thing))
        return withSuggestions(
          composeAnswer(
            question,
            q,
            [item],
            confidenceOf(Math.max(score, ANSWER_THRESHOLD), undefined),
            lang,
          ),
          q,
        );
    }
    return undefined;
  };

  /**
   * The item's answer says the thing with a word of its own before it ("co-exclusive license
   * agreements"), not a word of a name ("the Lunar Terrain Vehicle Services contract"), which says
   * which one, not which kind.
   */
  const qualifies = (item: Item, thing: readonly string[]): boolean => {
    // Most facts never say the thing: a look for its first letters spares them the word-by-word reading.
    const last = thing[thing.length - 1] ?? "";
    if (!item.answer.toLowerCase().includes(last.slice(0, 3))) return false;
    const typed = item.answer.match(WORD) ?? [];
    const words = typed.map((w) => normaliseText(w));
    const stems = words.map((w) => stem(w));
    for (let at = 1; at + thing.length <= stems.length; at++) {
      if (!thing.every((s, k) => stems[at + k] === s)) continue;
      const before = words[at - 1] ?? "";
      const small = lang.filler.has(before) || lang.articles.has(before) || lang.slotBefore.has(before);
      const name = /^\p{Lu}/u.test(typed[at - 1] ?? "") && at > 1;
      if (!small && !name && !/\d/.test(before) && !thing.includes(stem(before))) return true;
    }
    return false;
  };

  /**
   * "What's the name of the planned facility", "what is the new boat called": the name of a thing the
   * article never names is a gap.
   */
  const namesUnnamed = (q: Analysis): boolean => {
    if (q.asked !== "what" || unnamed.size === 0) return false;
    const noun = q.words.findIndex(
      (w, i) => (lang.nameNouns?.has(w) ?? false) && lang.genitive.has(q.words[i + 1] ?? ""),
    );
    const end = q.words.length - 1;
    const called = lang.namingWords?.has(q.words[end] ?? "") ?? false;
    const thing = q.mentions.find((m) =>
      noun >= 0 ? m.start >= noun + 2 && m.start <= noun + 3 : called && m.end === end,
    );
    return thing !== undefined && unnamed.has(thing.entity);
  };

  /**
   * "What's the name of Lunar Outpost's rover", "what is Kestrel's boat called": the name of one name's
   * own thing, where the knowledge has only the thing in general (no entity is that one's, or its
   * longer name would have been read): the article does not give it.
   */
  const namesOwnThing = (q: Analysis): boolean => {
    if (q.asked !== "what") return false;
    const noun = q.words.findIndex(
      (w, i) => (lang.nameNouns?.has(w) ?? false) && lang.genitive.has(q.words[i + 1] ?? ""),
    );
    const end = q.words.length - 1;
    const called = lang.namingWords?.has(q.words[end] ?? "") ?? false;
    if (noun < 0 && !called) return false;
    return q.mentions.some((owner) =>
      q.mentions.some(
        (thing) =>
          thing.start === owner.end &&
          thing.entity !== owner.entity &&
          (noun < 0 || owner.start > noun) &&
          // The thing ends the question: "the name of Russia's Aerospace Forces commander" asks a holder.
          thing.end === (called ? end : q.words.length),
      ),
    );
  };

  /**
   * "How many kinds of products did Shugaev list": one statement's list, with no relation's verb asked.
   * The best fact about the question's other names that names two or more of the kind counted, the
   * kind's own name ("advanced defense products") left out, gives the count.
   */
  const kindsListed = (question: string, q: Analysis): Answer | undefined => {
    // "How many kinds of products", "сколько видов продукции": a count's word, a kind's word, then
    // (after "of", where the language has one) what is counted.
    const many = q.words.findIndex(
      (w, i) => lang.quantityWords.has(w) && lang.subtypeWords.has(q.words[i + 1] ?? ""),
    );
    // A relation's verb ("how many kinds of equipment does Russia supply") asks across its facts; a
    // verb of saying ("сколько видов назвал Шугаев") asks what one statement lists.
    if (many < 0 || q.cues.some((c) => c.kind !== "noun" && !speech.has(c.relation))) return undefined;
    const at = lang.genitive.has(q.words[many + 2] ?? "") ? many + 3 : many + 2;
    const named = q.mentions.find((m) => m.start === at);
    const word = q.words[at] ?? "";
    const kind = named ? types.get(named.entity) : typeByConcept.get(conceptOf(lexicon, word));
    if (kind === undefined) return undefined;
    const rest = {
      ...q,
      asked: "which" as const,
      wanted: [],
      unknown: [],
      mentions: q.mentions.filter((m) => m !== named),
    };
    const category = conceptOf(lexicon, named ? (q.words[named.end - 1] ?? word) : word);
    const ofKind = (item: Item) =>
      [...new Set([...item.subject, ...item.object, ...item.mentions])].flatMap((id) => {
        const entity = entities.get(id);
        if (!entity || entity.type !== kind || id === named?.entity) return [];
        const words = normaliseText(entity.name).split(" ");
        // The kind's own name ("advanced defense products") is what the list is of; a name that joins
        // two things ("spare parts and equipment") is one of its entries.
        const joined = words.some((w) => lang.joiners.has(w));
        return !joined && words.map((w) => conceptOf(lexicon, w)).includes(category) ? [] : [entity.name];
      });
    // The best fact about the question's other names that lists two or more of the kind.
    const involves = (item: Item) =>
      rest.mentions.every(
        (m) => item.subject.has(m.entity) || item.object.has(m.entity) || item.mentions.has(m.entity),
      );
    let best: Item | undefined;
    let counted: string[] = [];
    for (const { item } of rank(rest)) {
      if (item.kind !== "fact" || !involves(item)) continue;
      counted = ofKind(item);
      if (counted.length >= 2) {
        best = item;
        break;
      }
    }
    if (!best) return undefined;
    const lead = lang.phrases.count(counted);
    return withSuggestions(composeAnswer(question, q, [best], 0.8, lang, { lead }), q);
  };

  /**
   * "How many mayors did X meet": an office's noun (a relation whose facts say who holds it) counted
   * within another relation's list. The best fact of the other relation about the question's names
   * gives the list; the entries that hold the office are counted, not the fact's own quantity.
   */
  const holdersListed = (question: string, q: Analysis): Answer | undefined => {
    if (q.asked !== "quantity" && q.asked !== "count") return undefined;
    const many = q.words.findIndex((w) => lang.quantityWords.has(w));
    if (many < 0) return undefined;
    // The office's noun right after the count's word, or after one word that qualifies it.
    const office = q.cues.find(
      (c) => c.kind === "noun" && c.position > many && c.position <= many + 1 + HOLDER_QUALIFIERS,
    );
    if (!office) return undefined;
    const other = q.cues.filter((c) => c.relation !== office.relation && c.position > office.position);
    if (other.length === 0) return undefined;
    const holders = holdersOf.get(office.relation);
    if (!holders || holders.size === 0) return undefined;
    const rest = {
      ...q,
      asked: "which" as const,
      wanted: [],
      unknown: [],
      cues: other,
      keywords: q.keywords.filter((k) => !k.startsWith("@") || other.some((c) => k === `@${c.relation}`)),
    };
    const wantedRelations = new Set(other.map((c) => c.relation));
    for (const { item } of rank(rest)) {
      if (item.kind !== "fact" || !wantedRelations.has(item.relation)) continue;
      const listed = [...new Set([...item.subject, ...item.object, ...item.mentions])].filter((id) =>
        holders.has(id),
      );
      if (listed.length === 0) continue;
      const names = listed.flatMap((id) => entities.get(id)?.name ?? []);
      const lead = lang.phrases.count(names);
      return withSuggestions(composeAnswer(question, q, [item], 0.8, lang, { lead }), q);
    }
    return undefined;
  };

  /** What the article does not say, then the nearest thing it does: answered false. */
  const gap = (question: string, q: Analysis, nearest: readonly Item[]): Answer =>
    withSuggestions(
      composeAnswer(question, q, nearest.slice(0, 1), 0, lang, { undecided: true, asked: question }),
      q,
    );

  /**
   * "Which countries does the article name", "how many countries", "list all the countries": a kind
   * and nothing else names every entity of that kind, with what the article says of each.
   */
  const everyOfKind = (question: string, q: Analysis): Answer | undefined => {
    const kind = q.typeHint;
    if (kind === undefined) return undefined;
    const named = knowledge.entities.filter((e) => e.type === kind);
    if (named.length === 0) return undefined;
    const described = named.flatMap((e) => byId.get(e.id) ?? []).slice(0, MAX_ANSWER_FACTS);
    const names = named.map((e) => e.name);
    const lead =
      q.asked === "count" || q.asked === "quantity"
        ? lang.phrases.count(names)
        : `${lang.phrases.list(names, "and")}.`;
    return withSuggestions(composeAnswer(question, q, described, 0.8, lang, { lead }), q);
  };

  /**
   * "Which people does the article quote", "who is cited", "how many officials are quoted": with no name
   * and a verb of quoting, everyone of the person kind whom a fact of saying has speak, with what each
   * said first.
   */
  // Each speaker with the first fact of saying they speak in: found once, on the first question asking.
  let spoken: ReadonlyMap<string, Item> | undefined;
  const speakers = (personKinds: ReadonlySet<string>): ReadonlyMap<string, Item> => {
    if (spoken) return spoken;
    const speech = speechRelations(lexicon, lang);
    const first = new Map<string, Item>();
    for (const item of items)
      if (item.kind === "fact" && speech.has(item.relation))
        for (const id of item.subject)
          if (personKinds.has(types.get(id) ?? "") && !first.has(id)) first.set(id, item);
    spoken = first;
    return first;
  };
  const everyQuoted = (question: string, q: Analysis): Answer | undefined => {
    const quoting = lang.quotingVerbs;
    if (!quoting || q.mentions.length > 0 || !q.words.some((w) => quoting.has(w))) return undefined;
    if (q.asked !== "which" && q.asked !== "who" && q.asked !== "count" && q.asked !== "what")
      return undefined;
    const personKinds = new Set(knowledge.types.filter((t) => t.person).map((t) => t.id as string));
    if (q.typeHint !== undefined ? !personKinds.has(q.typeHint) : q.asked !== "who") return undefined;
    const first = speakers(personKinds);
    if (first.size === 0) return undefined;
    const names = [...first.keys()].map((id) => entities.get(id)?.name ?? id);
    const lead = q.asked === "count" ? lang.phrases.count(names) : `${lang.phrases.list(names, "and")}.`;
    const said = [...first.values()].slice(0, MAX_ANSWER_FACTS);
    return withSuggestions(composeAnswer(question, q, said, 0.8, lang, { lead }), q);
  };

  /**
   * "What does X call Y", "what's Y's nickname": the facts that use a short form of Y's name (where the
   * question names a speaker too, theirs first), or Y's description where it gives one.
   */
  const nicknameAsked = (question: string, q: Analysis): Answer | undefined => {
    const words = lang.nicknameWords;
    if (!words || !q.words.some((w) => words.has(w))) return undefined;
    const named = q.mentions.find((m) => shortenings.has(m.entity));
    const users = named && shortenings.get(named.entity);
    if (!named || !users) return undefined;
    const others = q.mentions.filter((m) => m.entity !== named.entity).map((m) => m.entity);
    const bySpeaker = users.facts.filter((i) => others.length > 0 && others.every((id) => i.subject.has(id)));
    const chosen =
      bySpeaker.length > 0
        ? bySpeaker
        : others.length === 0 && users.description
          ? [users.description]
          : users.facts;
    if (chosen.length === 0) return undefined;
    return withSuggestions(composeAnswer(question, q, chosen.slice(0, MAX_ANSWER_FACTS), 0.8, lang), q);
  };

  /**
   * "Is there a link", "what's the website for X": a question for a web address is answered by the
   * facts that give one (about the question's names, where it has any).
   */
  const linkAsked = (question: string, q: Analysis): Answer | undefined => {
    const words = lang.linkWords;
    if (!words || linked.length === 0 || q.outside.length > 0 || !q.words.some((w) => words.has(w)))
      return undefined;
    const about = (item: Item) =>
      q.mentions.every(
        (m) => item.subject.has(m.entity) || item.object.has(m.entity) || item.mentions.has(m.entity),
      );
    const found = linked.filter(about).slice(0, MAX_ANSWER_FACTS);
    if (found.length === 0) return undefined;
    return withSuggestions(composeAnswer(question, q, found, 0.8, lang), q);
  };

  /**
   * "What is this article about", "the story's headline": the article's own title and summary, from
   * the knowledge file, for a question that names the article and nothing in it.
   */
  const aboutTheArticle = (question: string, q: Analysis): Omit<Answer, "suggestions"> | undefined => {
    const self = lang.articleSelf;
    if (!self || q.mentions.length > 0 || q.outside.length > 0) return undefined;
    // "This article", or a bare "статья" in a question that asks nothing else ("о чем статья").
    // "What is this about", "whats the headline": "this" with nothing after it to point at, or a part
    // that only an article has, name it too.
    const named = q.words.some(
      (w, i) =>
        (self.names.has(w) && (lang.articles.has(q.words[i - 1] ?? "") || q.smallTalk)) ||
        (self.pointers?.has(w) &&
          (i === q.words.length - 1 ||
            self.about.has(q.words[i + 1] ?? "") ||
            // "Кто об этом сообщил": "about this", with no name, is about the article's news.
            lang.topicPrepositions.has(q.words[i - 1] ?? ""))) ||
        self.parts?.has(w),
    );
    // "Who's the author", "who wrote this report": the `article` block gives no author, and the
    // publisher who put the article out is not the person who wrote it; only a fact that names a
    // person as the writer answers.
    const writer =
      q.asked !== "yesno" &&
      (q.words.some((w) => self.authors?.has(w)) || (named && q.words.some((w) => self.writing?.has(w))));
    const personWrote = (item: Item) =>
      [...item.subject].some((id) => typeInfo.get(types.get(id) ?? "")?.person === true);
    if (writer && !rank(q).some((s) => s.score >= ANSWER_THRESHOLD && personWrote(s.item)))
      return refuse(question, q, "unknown");
    if (!named) return undefined;
    // "Какое агентство сообщило эту новость", "which outlet put this story out": the kind of the
    // article's publisher, asked of the article itself, asks who published it, whatever the verb.
    // "Чья это статья", "whose article is this": a question word of "who" right before the article's name
    // (an article or "is" between), and nothing else, asks whose the article is: its publisher's.
    const wh = q.words.findIndex((w) => lang.whAsks[w] === "who");
    let at = wh + 1;
    while (lang.articles.has(q.words[at] ?? "") || lang.beForms.has(q.words[at] ?? "")) at++;
    const whose =
      wh >= 0 &&
      self.names.has(q.words[at] ?? "") &&
      q.cues.length === 0 &&
      q.keywords.length === 0 &&
      q.unknown.length === 0;
    if (publisher !== undefined && (q.typeHint === publisher.type || whose) && q.asked !== "yesno") {
      // The fact that has the publisher for its subject says so, where there is one.
      const own = items.filter((i) => i.kind === "fact" && i.subject.has(publisher.id));
      if (own.length > 0) return composeAnswer(question, q, own.slice(0, 1), 0.9, lang);
      return {
        question,
        answered: true,
        text: shorten(lang.phrases.articleIs(topic), MAX_ANSWER_CHARS),
        verdict: null,
        facts: [],
        evidence: [],
        confidence: 0.9,
        language: lang.code,
      };
    }
    // "The title of this article": a relation's word ("title" of a job) asks the article's here.
    const own = (w: string) => self.title.has(w) || self.about.has(w);
    if (q.cues.some((c) => !own(q.words[c.position] ?? ""))) return undefined;
    const title = q.words.some((w) => self.title.has(w));
    if (!title && !q.words.some((w) => self.about.has(w))) return undefined;
    const text = title
      ? lang.phrases.articleIs(topic)
      : `${lang.phrases.articleIs(topic)} ${knowledge.article.summary}`;
    return {
      question,
      answered: true,
      text: shorten(text, MAX_ANSWER_CHARS),
      verdict: null,
      facts: [],
      evidence: [],
      confidence: 0.9,
      language: lang.code,
    };
  };

  /** "Bondarev or Shugaev?": the alternatives whose own best fact involves them and scores best. */
  const choose = (question: string, q: Analysis, offered: Analysis[]): Answer => {
    const tried = offered.flatMap((one) => {
      const chosen = one.mentions.find((m) => !q.mentions.includes(m));
      if (!chosen) return [];
      const asked = { ...one, asked: one.asked === "yesno" ? ("which" as const) : one.asked };
      const involves = (item: Item, ids: string[]) =>
        ids.every((id) => item.subject.has(id) || item.object.has(id) || item.mentions.has(id));
      // The best fact with the offered name and everything else the question names, else with the name.
      const ranked = rank(asked).filter(
        (s) => s.score >= ANSWER_THRESHOLD && involves(s.item, [chosen.entity]),
      );
      const everything = one.mentions.map((m) => m.entity);
      const best = ranked.find((s) => involves(s.item, everything)) ?? ranked[0];
      if (!best) return [];
      const complete = involves(best.item, everything);
      return [{ entity: chosen.entity, item: best.item, score: best.score + (complete ? 100 : 0) }];
    });
    const top = Math.max(...tried.map((t) => t.score));
    const winners = tried.filter((t) => t.score >= top - 0.01);
    if (winners.length === 0) return refuse(question, q, "no-match");
    const names = winners.map((w) => entities.get(w.entity)?.name ?? w.entity);
    const chosenItems = [...new Set(winners.map((w) => w.item))];
    const confidence = confidenceOf(top % 100, undefined);
    // "Which gets more X, A or B": an amount compared needs the figures of each; one fact for both, or
    // facts with no figure, do not tell which has more.
    const amounts = lang.amountComparatives;
    const comparesAmount = amounts !== undefined && q.words.some((w) => amounts.has(w));
    if (comparesAmount && (winners.length > 1 || chosenItems.some((i) => !i.quantity)))
      return gap(question, q, chosenItems);
    const lead = `${lang.phrases.list(names, "and")}.`;
    return withSuggestions(composeAnswer(question, q, chosenItems, confidence, lang, { lead }), q);
  };

  /** "How many countries signed?": the names of that kind the answering facts give, counted. */
  const namedIn = (item: Item): ReadonlySet<string> => {
    let named = namedInAnswer.get(item);
    if (!named) {
      const stems = normaliseText(item.answer)
        .split(" ")
        .filter(Boolean)
        .map((w) => {
          const s = stem(w);
          return lexicon.stemVariants.get(s) ?? s;
        });
      named = new Set(findNames(stems, lexicon, parts.outside, lang).mentions.map((m) => m.entity));
      namedInAnswer.set(item, named);
    }
    return named;
  };

  const count = (question: string, q: Analysis): Answer => {
    // "How many teams are staged": the fact that answers gives a count of the very kind asked (its
    // `quantity` says "three ... teams"), which says more than counting the names the article gives.
    const typed = q.typeAt !== undefined ? q.words[q.typeAt] : undefined;
    if (typed !== undefined) {
      const asQuantity: Analysis = { ...q, asked: "quantity", typeHint: undefined, typeAt: undefined };
      const top = select(asQuantity)?.items[0];
      const kindWord = conceptOf(lexicon, typed);
      const counted = normaliseText(top?.quantity ?? "")
        .split(" ")
        .filter(Boolean);
      const figure = statedFigures(counted, lang)[0];
      // Unless the fact names as many of the kind as it counts: counting them says the same, with names.
      const named = top
        ? new Set(
            [...top.subject, ...top.object, ...top.mentions].filter(
              (id) => types.get(id) === q.typeHint && !q.mentions.some((m) => m.entity === id),
            ),
          ).size
        : 0;
      const counts =
        figure !== undefined &&
        figure.range.low !== named &&
        counted.some((w) => conceptOf(lexicon, w) === kindWord);
      if (counts) return answerAnalysed(question, asQuantity);
    }
    const selection = select({ ...q, asked: "which" });
    const kind = q.typeHint;
    // "How many countries get spare parts": the counted kind stands on one side of the verb.
    const role =
      q.typeAt === undefined
        ? "any"
        : roleOf(
            { entity: "", start: q.typeAt, end: q.typeAt + 1, role: "any" },
            q.words,
            q.cues,
            lang,
            roles,
          );
    // "Сколько стран в списке поставок": with no verb to put the kind on a side, a side that holds one
    // and the same name in every fact (the one supplier) frames the list, and the other side is counted.
    const chosenItems = selection?.items ?? [];
    const ofKindOn = (side: "subject" | "object") =>
      new Set(chosenItems.flatMap((i) => [...i[side]].filter((id) => entities.get(id)?.type === kind)));
    const framing = (side: "subject" | "object") =>
      chosenItems.length > 1 &&
      ofKindOn(side).size === 1 &&
      chosenItems.every((i) => [...i[side]].some((id) => ofKindOn(side).has(id))) &&
      ofKindOn(side === "subject" ? "object" : "subject").size > 1;
    // "How many countries does Russia supply": a side the question already fills with a name of the
    // kind counted is not the side counted, whatever the kind's word order suggests.
    const filled = (side: "subject" | "object") =>
      q.mentions.some((m) => m.role === side && entities.get(m.entity)?.type === kind);
    const sided =
      role === "subject" && filled("subject") && !filled("object")
        ? "object"
        : role === "object" && filled("object") && !filled("subject")
          ? "subject"
          : role;
    const countedSide =
      sided === "subject" || sided === "object"
        ? sided
        : framing("subject")
          ? "object"
          : framing("object")
            ? "subject"
            : sided;
    // "How many countries did Shugaev list": the facts where the person named is the one doing it (the
    // list is theirs), where there are such facts among those chosen; what they list is their object.
    const people = q.mentions.filter((m) => typeInfo.get(types.get(m.entity) ?? "")?.person === true);
    const theirs = chosenItems.filter((i) => people.some((m) => i.subject.has(m.entity)));
    const countedItems = theirs.length > 0 ? theirs : chosenItems;
    const sideOf = (item: Item) => {
      const own = theirs.includes(item) && countedSide !== "subject" ? item.object : undefined;
      const side =
        own ??
        (countedSide === "subject" ? item.subject : countedSide === "object" ? item.object : undefined);
      const ofKind = [...(side ?? [])].filter((id) => entities.get(id)?.type === kind);
      return ofKind.length > 0 ? ofKind : openSide(item, q.mentions);
    };
    const counted = new Map<string, string>();
    const countedFrom: Item[] = [];
    for (const item of countedItems) {
      // "How many countries are in X's list": a name the fact holds but its own words never say (the
      // supplier behind a speaker's list) is not one of those it lists.
      const side = sideOf(item);
      const said = namedIn(item);
      const listed = side.filter((id) => said.has(id));
      for (const id of listed.length > 0 ? listed : side) {
        const entity = entities.get(id);
        if (!entity || entity.type !== kind) continue;
        counted.set(id, entity.name);
        if (!countedFrom.includes(item)) countedFrom.push(item);
      }
    }
    if (!selection || counted.size === 0) return refuse(question, q, "no-match");
    // "How many countries are in X in total": where every list counted gives examples only, the
    // article does not say how many there are, only which it names.
    const total = q.words.some((w) => lang.totalWords?.has(w) ?? false);
    if (total && q.mentions.length > 0 && countedFrom.every((i) => i.partial))
      return gap(question, q, countedFrom);
    const lead = lang.phrases.count([...counted.values()]);
    return withSuggestions(composeAnswer(question, q, countedItems, selection.confidence, lang, { lead }), q);
  };

  const saysPhrase = (item: Item, phrase: string) =>
    ` ${normaliseText(item.answer)} ${normaliseText(item.evidence)} `.includes(` ${phrase} `);

  const rank = (q: Analysis): readonly Scored[] => {
    const known = rankings.get(q);
    if (known) return known;
    const scored = rankAfresh(q);
    rankings.set(q, scored);
    return scored;
  };
  const rankAfresh = (q: Analysis): Scored[] => {
    const scored: Scored[] = [];
    for (const i of index.shortlist(q)) {
      const item = items[i];
      if (!item) continue;
      const score = scoreItem(item, q, scoring);
      if (Number.isFinite(score)) scored.push({ item, score });
    }
    return scored.sort((a, b) => b.score - a.score);
  };

  /**
   * "Does A get the same as B": two names of one kind, each asked on its own, and what the article
   * says of each compared (see `judgeAlike`).
   */
  const alike = (question: string, q: Analysis): Answer | undefined => {
    if (!asksSame(q, lang)?.yesNo || q.compare) return undefined;
    // "Do A and B get the same kind of X as the others": a fact about every name that itself says
    // what it tells is like something else ("similar X were made with A and B") says yes.
    const like = lang.likenessWords;
    const likened =
      // Only against "the others" the question leaves unnamed, and of a thing it names: two names
      // asked against each other are compared below.
      like &&
      q.mentions.length > 1 &&
      q.words.some((w) => lang.otherWords.has(w)) &&
      new Set(q.mentions.map((m) => types.get(m.entity))).size > 1
        ? items.find(
            (i) =>
              i.kind === "fact" &&
              q.mentions.every(
                (m) => i.subject.has(m.entity) || i.object.has(m.entity) || i.mentions.has(m.entity),
              ) &&
              normaliseText(i.answer)
                .split(" ")
                .some((w) => like.has(w)),
          )
        : undefined;
    if (likened)
      return withSuggestions(composeAnswer(question, q, [likened], 0.8, lang, { verdict: "yes" }), q);
    const pair = comparedNames(q, types);
    if (pair.length !== 2) return undefined;
    const names = pair.map((one) =>
      one.mentions.find((m) => !pair.every((other) => other.mentions.includes(m))),
    );
    // "Does A get the same as B": B stands where A does, whatever its own place in the sentence.
    const lead = [...names].sort((x, y) => (x?.start ?? 0) - (y?.start ?? 0))[0];
    const told = pair.map((one, n) => {
      const named = names[n];
      if (!named || !lead) return undefined;
      const mention = { ...named, role: lead.role };
      const selection = select({ ...one, mentions: one.mentions.map((m) => (m === named ? mention : m)) });
      const item = selection?.items.find(
        (i) => i.kind === "fact" && (i.subject.has(mention.entity) || i.object.has(mention.entity)),
      );
      return { mention, item, confidence: selection?.confidence ?? 0 };
    });
    const [a, b] = told;
    if (!a || !b) return undefined;
    const judged = judgeAlike(a, b, types);
    if (!judged) return undefined;
    const confidence = Math.min(a.confidence, b.confidence);
    return withSuggestions(
      composeAnswer(question, q, judged.items, confidence, lang, { verdict: judged.verdict }),
      q,
    );
  };

  /** The best items for one analysed question, or nothing when none reaches the threshold. */
  const select = (q: Analysis): { items: Item[]; confidence: number } | undefined => {
    const ranked = rank(q);
    // "What is getting 'very close attention'": where items above the threshold say the phrase the
    // question quotes, only they answer it.
    const quoted = q.quoted;
    const quoting = quoted
      ? ranked.filter((s) => s.score >= ANSWER_THRESHOLD && quoted.every((p) => saysPhrase(s.item, p)))
      : [];
    const scored = quoting.length > 0 ? quoting : ranked;
    const best = scored[0];
    if (!best || best.score < ANSWER_THRESHOLD) return undefined;
    const chosen = scored
      .filter((s) => s.score >= Math.max(ANSWER_THRESHOLD, best.score - ANSWER_MARGIN))
      .slice(0, MAX_ANSWER_FACTS)
      .map((s) => s.item);
    return { items: chosen, confidence: confidenceOf(best.score, scored[1]?.score) };
  };

  return {
    knows: (word) => isKnownWord(word, lexicon, vocabularyStems),
    retell(answer) {
      const told = answer.facts.flatMap((id) => byId.get(id)?.answer ?? []);
      if (!answer.answered || told.length === 0) {
        const text = `${lang.phrases.notSaid} ${lang.phrases.articleIs(topic)}`;
        return { ...answer, answered: false, text, facts: [], evidence: [], language: lang.code };
      }
      const suggestions =
        answer.suggestions.length > 0 ? withSuggestions({ ...answer }, undefined).suggestions : [];
      return { ...answer, text: told.join("\n"), suggestions, language: lang.code };
    },
    answer(raw) {
      const question = clampQuestion(raw);
      if (question === "") return refuse(question, undefined, "unreadable");
      // No catch-all here: a fault in the engine is a bug for the transport to log with a reference,
      // not an answer; the property tests hold it to never throwing.
      return converse(question, undefined).answer;
    },
    converse: (raw, previous) => converse(typeof raw === "string" ? raw : "", previous),
    explain(raw) {
      const analysis = analyse(clampQuestion(raw), parts);
      const ranked = rank(analysis).map((s) => ({ id: s.item.id, score: Math.round(s.score * 100) / 100 }));
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

/** The answers to the parts of one message, in order, as one answer. */
function combineAnswers(question: string, answers: readonly Answer[]): Answer {
  const answered = answers.filter((a) => a.answered);
  return {
    question,
    // A message is answered only when every part is: a part the article does not cover is not covered.
    answered: answered.length === answers.length,
    text: shorten(answers.map((a) => a.text).join("\n\n"), MAX_ANSWER_CHARS),
    verdict: answers[0]?.verdict ?? null,
    language: answers[0]?.language ?? "en",
    facts: [...new Set(answers.flatMap((a) => a.facts))],
    evidence: [...new Set(answers.flatMap((a) => a.evidence))],
    confidence: answered.length > 0 ? Math.min(...answered.map((a) => a.confidence)) : 0,
    suggestions: [...new Set(answers.flatMap((a) => a.suggestions))].slice(0, SUGGESTIONS),
    ...(answers.some((a) => a.echoed)
      ? { echoed: [...new Set(answers.flatMap((a) => a.echoed ?? []))] }
      : {}),
  };
}

/**
 * The question names what the answer must be, and none of the facts holds it: a word no fact uses, or
 * one the knowledge gives some entity as an attribute ("rank"), or a name's own ("Astrolab's partners").
 */
function lacksWanted(
  q: Analysis,
  items: readonly Item[],
  attributes: ReadonlySet<string>,
  bounds: ReadonlySet<string>,
  describedBy: (entity: string) => Item | undefined,
): boolean {
  return q.wanted.some((w) => {
    const concept = w.concept;
    if (concept === undefined) return true;
    if (!w.strict && !attributes.has(concept) && !bounds.has(concept)) return false;
    if (items.some((i) => i.concepts.has(concept))) return false;
    // "Bondarev's role": the knowledge gives him one, which the facts chosen show.
    return !(attributes.has(concept) && q.mentions.some((m) => describedBy(m.entity)?.concepts.has(concept)));
  });
}

/** "How far can ...", "how long is ...": "how", a word, then a helping verb asks a measure of that word. */
function asksMeasure(q: Analysis, lang: Language): boolean {
  const how = q.words.findIndex((w) => lang.whAsks[w] === "how");
  return (
    how >= 0 &&
    !lang.quantityWords.has(q.words[how + 1] ?? "") &&
    lang.auxiliaries.has(q.words[how + 2] ?? "") &&
    q.wanted.some((w) => w.at === how + 1 && w.strict)
  );
}

/**
 * "How much is ...", "how much money ...": an amount asked, not "how much longer", and no word of
 * time in the question.
 */
function asksAmount(q: Analysis, lang: Language): boolean {
  const amount = lang.amountWords;
  const how = q.words.findIndex((w) => lang.whAsks[w] === "how");
  if (!amount || how < 0 || !amount.has(q.words[how + 1] ?? "")) return false;
  const next = q.words[how + 2] ?? "";
  if (!lang.auxiliaries.has(next) && !lang.measureWords.has(next)) return false;
  return !q.words.some((w) => lang.timeWords.has(w) || lang.durationUnits?.has(w));
}

/** "An initial 20 years, with two 20-year options": a figure of time units and no money. */
function isDuration(quantity: string, lang: Language): boolean {
  const units = lang.durationUnits;
  if (!units || /[$€£¥₽]/u.test(quantity)) return false;
  const words = normaliseText(quantity).split(/[\s-]+/);
  return words.some((w) => units.has(w)) && !words.some((w) => lang.measureWords.has(w));
}

/** "On one charge", "in the cold": the word is what a preposition (past articles and numbers) governs. */
function afterPreposition(words: readonly string[], at: number, lang: Language): boolean {
  let p = at - 1;
  const small = (w: string) =>
    lang.articles.has(w) || lang.oneWords.has(w) || lang.numbers?.[w] !== undefined;
  while (p >= 0 && small(words[p] ?? "")) p--;
  return p >= 0 && lang.slotBefore.has(words[p] ?? "");
}

/** One question per compared name: the names of the kind compared most, each with every other name. */
function comparedNames(q: Analysis, types: ReadonlyMap<string, string>): Analysis[] {
  const byType = new Map<string, typeof q.mentions>();
  for (const m of q.mentions)
    byType.set(types.get(m.entity) ?? "", [...(byType.get(types.get(m.entity) ?? "") ?? []), m]);
  const group = [...byType.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  if (group.length < 2) return [];
  return group.map((m) => ({
    ...q,
    mentions: q.mentions.filter((other) => other === m || !group.includes(other)),
  }));
}

/** "Kyrgyzstan", "tell me about Kyrgyzstan": what it is, then the facts it takes part in. */
function overview(q: Analysis, items: readonly Item[], index: FactIndex): Item[] {
  const named = q.mentions.map((m) => m.entity);
  const naming = [...new Set(named.flatMap((id) => index.naming(id)))]
    .sort((a, b) => a - b)
    .flatMap((i) => items[i] ?? []);
  const descriptions = naming.filter((i) => i.relation === DESCRIBE_RELATION);
  const onASide = (i: Item) => named.some((id) => i.subject.has(id) || i.object.has(id));
  const sided = naming.filter((i) => i.kind === "fact" && onASide(i));
  const mentioned = naming.filter((i) => i.kind === "fact" && !onASide(i));
  return [...descriptions, ...[...sided, ...mentioned].slice(0, OVERVIEW_FACTS)];
}

/** 0.5 at the threshold, rising with the score and with its lead over the runner-up. */
function confidenceOf(best: number, second: number | undefined): number {
  const lead = second === undefined ? 2 : Math.min(2, best - second);
  const value = 0.5 + (best - ANSWER_THRESHOLD) / 12 + lead / 10;
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

/** A wh-question whose only words besides its names are words no fact uses: those are what it asks. */
function asksOnlyUnknown(q: Analysis): boolean {
  const wh = q.asked === "who" || q.asked === "what" || q.asked === "which" || q.asked === "how";
  return (
    wh &&
    q.mentions.length > 0 &&
    q.cues.length === 0 &&
    q.keywords.length === 0 &&
    q.unknown.length > 0 &&
    !q.compare &&
    !q.describe &&
    !q.overview
  );
}

/**
 * "Is Tim Smith the licensing manager" where "the licensing manager" names Amy Hiltabidel: a yes/no
 * question made with "to be" that says one name is another of the same kind, and nothing else. Two
 * entities are two: the one it names second, whose description says who that is.
 */
function namedAsAnother(q: Analysis, lang: Language, types: ReadonlyMap<string, string>): string | undefined {
  const [first, second] = q.mentions;
  if (!q.copular || q.mentions.length !== 2 || !first || !second || first.start !== 1) return undefined;
  if (second.end !== q.words.length || first.entity === second.entity) return undefined;
  if (!q.words.slice(first.end, second.start).every((w) => lang.articles.has(w))) return undefined;
  return types.get(first.entity) === types.get(second.entity) ? second.entity : undefined;
}

/**
 * "Is Bondarev the defense minister": a yes/no question made with "to be" that puts one name beside an
 * office no fact uses ("minister"), and nothing else but words the facts use. When the name's
 * description gives an office of its own, that is what the name is, and the office asked is not it:
 * the description, to answer no with. A description that gives no office leaves it undecided.
 */
function otherOffice(
  q: Analysis,
  lang: Language,
  known: { offices: ReadonlySet<string>; ranks: ReadonlySet<string> },
  describedBy: (entity: string) => Item | undefined,
): Item | undefined {
  const [m] = q.mentions;
  if (!q.copular || !m || q.mentions.length !== 1 || q.cues.length > 0 || q.negated) return undefined;
  if (!q.words.slice(0, m.start).every((w) => lang.beForms.has(w))) return undefined;
  const after = q.unknown.filter((u) => u.at >= m.end);
  if (after.length !== q.unknown.length || !after.every((u) => u.common)) return undefined;
  const asked = after.filter((u) => lang.officeNouns?.has(u.word));
  if (asked.length === 0) return undefined;
  const description = describedBy(m.entity);
  // "Is X a major", where X's description gives an office and no rank: another rank may still be X's.
  const rankAsked = asked.every((u) => lang.rankNouns?.has(u.word) ?? false);
  const kept = rankAsked ? known.ranks : known.offices;
  return description && [...kept].some((c) => description.concepts.has(c)) ? description : undefined;
}

/**
 * "Is Bondarev a major general" where his names say "Colonel General Bondarev": a yes/no question made
 * with "to be" that gives its one name a title of several words, whose last word ("general") is a word
 * of the name's own title (before the person's own name), and whose word before it ("major") no name
 * of it uses while a name gives another word there ("colonel"). The title asked is not the one the
 * name holds.
 */
function otherTitle(q: Analysis, lang: Language, names: readonly (readonly string[])[]): boolean {
  const [m] = q.mentions;
  if (!q.copular || !m || q.mentions.length !== 1 || q.cues.length > 0 || q.negated) return false;
  if (!q.words.slice(0, m.start).every((w) => lang.beForms.has(w))) return false;
  let from = m.end;
  while (lang.articles.has(q.words[from] ?? "")) from++;
  const title = q.words.slice(from).map(stem);
  if (title.length < 2 || q.unknown.some((u) => u.at < from)) return false;
  const head = title[title.length - 1] ?? "";
  const before = title[title.length - 2] ?? "";
  const own = new Set(names.flat());
  if (own.has(before)) return false;
  // The words the names put right before the head: the name's own title.
  // A title stands before the person's own name, so the head is never a name's last word.
  const theirs = names.flatMap((n) =>
    n.flatMap((w, i) => (w === head && i > 0 && i < n.length - 1 ? [n[i - 1] ?? ""] : [])),
  );
  return theirs.some((w) => w !== head && !lang.articles.has(w));
}
