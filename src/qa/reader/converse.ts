import { clampQuestion, normaliseText } from "../../text/normalise.js";
import { shorten } from "../../text/shorten.js";
import { type Analysis, analyse } from "../analyse.js";
import { composeAnswer, MAX_ANSWER_CHARS } from "../compose.js";
import {
  excludingPrevious,
  othersNamed,
  pointedBack,
  resolveReferences,
  type Turn,
  turnOf,
} from "../conversation.js";
import { questionWordFirst, reshapeFragment } from "../fragments.js";
import { asksOnItsOwn, questionParts } from "../parts.js";
import { expandCapitals } from "../short-forms.js";
import type { Answer } from "../types.js";
import { MAX_OPEN_ALTERNATIVE_WORDS, SUGGESTIONS } from "../weights.js";
import { answerAnalysed } from "./analysed.js";
import type { ReaderContext } from "./context.js";
import {
  answerByHolder,
  answerDescribed,
  attributed,
  forWhom,
  nameAsModifier,
  officeActs,
  outsideOffice,
} from "./described.js";
import { addedUp, countedBefore, rankGiven, spelledOut, unsaidRate } from "./figures.js";
import { admitsGap, moneyUnsaid, predecessorUnnamed } from "./gaps-in-chosen.js";
import { gap } from "./lists.js";
import { opinionAnswer, opinionSpan, withoutOpinion } from "./opinion.js";
import { refuse, withSuggestions } from "./respond.js";

/** A plus or ampersand between two words of two letters or more ("R&D" and "A&M" are names). */
const AND_SIGN = /(?<=\p{L}{2})\s*[+&]\s*(?=\p{L}{2})/gu;

/** A person's pronoun with nothing before it to stand for stands for the article's central person. */
function unanchored(ctx: ReaderContext, q: Analysis): Turn | undefined {
  const { centralTurn, lang, typeInfo, types } = ctx;
  return centralTurn &&
    q.words.some((w) => lang.pronouns.person.has(w)) &&
    !q.mentions.some((m) => typeInfo.get(types.get(m.entity) ?? "")?.person === true)
    ? centralTurn
    : undefined;
}

/**
 * One question, read against the turn before it when there is one, in the shape the reader knows
 * ("wait, what ..." without its lead-in); one that finds no answer with its question word typed last
 * ("the photo by who") is read again with that word first.
 */
function answerPart(
  ctx: ReaderContext,
  asked: string,
  previous: Turn | undefined,
): { answer: Answer; turn: Turn; idle: boolean } {
  const { lang } = ctx;
  const open = openAlternative(ctx, asked, previous);
  if (open) return open;
  const reshaped = reshapeFragment(asked, lang);
  const first = readPart(ctx, reshaped, previous);
  const moved = first.answer.answered ? reshaped : questionWordFirst(reshaped, lang);
  const read = moved === reshaped ? first : readPart(ctx, moved, previous);
  const chosen = read.answer.answered ? read : first;
  if (chosen.answer.question === "" || chosen.answer.question === asked) return chosen;
  return { ...chosen, answer: { ...chosen.answer, question: asked } };
}

/**
 * "Is Shugaev from Rosoboronexport or something else": where the article does not say yes or no to
 * what is offered, the open alternative is what is asked, and the question's own name is answered with
 * what the article says it is, after saying that a name offered is not mentioned.
 */
function openAlternative(
  ctx: ReaderContext,
  asked: string,
  previous: Turn | undefined,
): { answer: Answer; turn: Turn; idle: boolean } | undefined {
  const { describedBy, lang, parts } = ctx;
  const words = normaliseText(asked).split(" ");
  const or = words.findLastIndex((w) => lang.alternatives.has(w));
  const tail = words.slice(or + 1);
  if (or < 1 || tail.length === 0 || tail.length > MAX_OPEN_ALTERNATIVE_WORDS) return undefined;
  if (!tail.every((w) => lang.openAlternatives?.has(w) ?? false)) return undefined;
  const offered = words.slice(0, or).join(" ");
  const read = readPart(ctx, offered, previous);
  if (read.answer.answered) return undefined;
  const strangers = read.answer.echoed ?? [];
  const q = analyse(offered, parts);
  // "What aircraft is it, Su-30s or smth": a question of its own with a guess, not a yes or no.
  if (q.asked !== "yesno") return undefined;
  const [first] = q.mentions;
  const description = first && describedBy(first.entity);
  if (!description) return undefined;
  // A name the article never mentions is said so first; words it does not use need no saying.
  const lead =
    strangers.length > 0 ? lang.phrases.notMentioned(lang.phrases.list(strangers, "or")) : undefined;
  const answer = withSuggestions(
    ctx,
    composeAnswer(asked, q, [description], 0.6, lang, lead === undefined ? {} : { lead }),
    q,
  );
  return { answer, idle: false, turn: turnOf(q, [description]) };
}

/** "Were they there or what": a yes/no question that ends on an alternative left open. */
function guessLeftOpen(ctx: ReaderContext, text: string): boolean {
  const { lang } = ctx;
  const words = normaliseText(text).split(" ");
  const or = words.findLastIndex((w) => lang.alternatives.has(w));
  const tail = words.slice(or + 1);
  if (or < 2 || tail.length === 0 || tail.length > MAX_OPEN_ALTERNATIVE_WORDS) return false;
  return (
    tail.every((w) => lang.openAlternatives?.has(w) ?? false) &&
    (lang.auxiliaries.has(words[0] ?? "") || lang.beForms.has(words[0] ?? ""))
  );
}

function readPart(
  ctx: ReaderContext,
  asked: string,
  previous: Turn | undefined,
): { answer: Answer; turn: Turn; idle: boolean } {
  const { byId, entities, lang, parts, references, shortForms } = ctx;
  const text = expandCapitals(asked, shortForms.capitals);
  let q = analyse(text, parts);
  // "Which other country is in the same boat": the others the previous answer names.
  const others = previous && othersNamed(q, previous, references, (id) => byId.get(id));
  if (others) {
    const chosen = others.facts.flatMap((id) => byId.get(id) ?? []);
    const names = others.entities.flatMap((id) => entities.get(id)?.name ?? []);
    const lead = lang.phrases.according(lang.phrases.list(names, "and"));
    const answer = withSuggestions(ctx, composeAnswer(asked, q, chosen, 0.8, lang, { lead }), q);
    const turn = turnOf(q, chosen);
    return {
      answer,
      idle: false,
      turn: { ...turn, entities: [...new Set([...others.entities, ...turn.entities])] },
    };
  }
  const standIn = previous ?? unanchored(ctx, q);
  const resolved =
    (standIn && resolveReferences(text, q, standIn, references)) ??
    (previous && pointedBack(text, q, previous, references));
  if (resolved) q = analyse(resolved, parts);
  if (previous) q = excludingPrevious(q, previous, references);
  // "How long has X done it, according to its president": the office stands for whoever holds it,
  // not for the relation asked.
  const byHolderFirst = attributed(ctx, q) || officeActs(q);
  let answer =
    (byHolderFirst ? answerByHolder(ctx, asked, q) : undefined) ??
    rankGiven(ctx, asked, q) ??
    spelledOut(ctx, asked, q) ??
    answerDescribed(ctx, asked, q) ??
    answerAnalysed(ctx, asked, q);
  if (!answer.answered)
    answer =
      // Asked already when the holder came first: the same question finds nothing the second time.
      (byHolderFirst ? undefined : answerByHolder(ctx, asked, q)) ??
      forWhom(ctx, asked, q) ??
      nameAsModifier(ctx, asked, q) ??
      outsideOffice(ctx, asked, q) ??
      answer;
  // "In your opinion is X a threat": the question without its words of opinion, where they frame one,
  // is what the facts answer; what they answer then says whether the article gives any view of it.
  const opinion = opinionSpan(q.words, lang);
  if (opinion) {
    const rest = withoutOpinion(q.words, opinion, lang);
    const factual = rest === undefined ? answer : readPart(ctx, rest, previous).answer;
    answer = opinionAnswer(
      ctx,
      asked,
      q,
      { ...factual, question: answer.question },
      rest === undefined ? undefined : analyse(rest, parts),
    );
  }
  // "Who was commander before X", "who was the previous director": facts that tell only who holds it.
  const told = answer.answered ? answer.facts.flatMap((id) => byId.get(id) ?? []) : [];
  if (told.length > 0 && (predecessorUnnamed(ctx, q, told) || moneyUnsaid(ctx, answer, q)))
    answer = gap(ctx, asked, q, told);
  if (answer.answered && admitsGap(ctx, answer, q)) answer = { ...answer, answered: false, confidence: 0 };
  if (answer.answered && unsaidRate(ctx, answer, q))
    answer = { ...answer, answered: false, confidence: 0, text: lang.phrases.undecided(answer.text) };
  if (answer.answered) answer = countedBefore(ctx, addedUp(ctx, answer, q), q);
  return {
    answer,
    // "hey bot", "if possible": a part that asks nothing ("whats the journalist's name" asks).
    idle: q.smallTalk && q.mentions.length === 0 && q.asked === "none",
    turn: turnOf(
      q,
      answer.facts.flatMap((id) => byId.get(id) ?? []),
    ),
  };
}

function joinedBySign(ctx: ReaderContext, question: string): string {
  const { lang, signInNames } = ctx;
  // The pattern looks behind at every character: most messages have no sign for it to find.
  return lang.andWord === undefined || signInNames || !(question.includes("&") || question.includes("+"))
    ? question
    : question.replace(AND_SIGN, ` ${lang.andWord} `);
}

export function converse(
  ctx: ReaderContext,
  raw: string,
  previous: Turn | undefined,
): { answer: Answer; turn: Turn | undefined } {
  const { isName, lang, parts, shortForms } = ctx;
  const question = joinedBySign(ctx, clampQuestion(raw));
  if (question === "") return { answer: refuse(ctx, question, undefined, "unreadable"), turn: previous };
  const pieces = questionParts(question, lang, isName);
  const [only] = pieces;
  if (pieces.length <= 1 && only?.topic === undefined) {
    if (only === undefined || only.text === question) return answerPart(ctx, question, previous);
    // The question of a message that chats around it.
    const part = answerPart(ctx, only.text, previous);
    return { ...part, answer: { ...part.answer, question } };
  }
  // Each part is read against the one before it: "who is Shugaev and what did he say".
  let turn = previous;
  const answers: Answer[] = [];
  const idle: Answer[] = [];
  // Whether the message is answered when some part is not: each part's answer counts for the message
  // only as a question of its own.
  const own: boolean[] = [];
  let gapAsksWho = false;
  for (const piece of pieces) {
    // "And Belarus — has it signed?": the topic before the question is the turn its pronoun reads.
    if (piece.topic !== undefined)
      turn = turnOf(analyse(expandCapitals(piece.topic, shortForms.capitals), parts), []);
    // "How did they take part, were they there or what": a guess at the answer of the question before,
    // left open, asks nothing of its own once that question is answered.
    const before = answers.at(-1);
    if (before?.answered && before.verdict === null && guessLeftOpen(ctx, piece.text)) continue;
    const part = answerPart(ctx, piece.text, turn);
    if (part.idle) {
      idle.push(part.answer);
      continue;
    }
    const { asked, words } = analyse(piece.text, parts);
    // "Who shot it? did they catch that person": a pronoun standing for whoever the part before asked
    // of, when the article does not say who, asks of nobody the article names.
    const dependent =
      gapAsksWho &&
      words.some((w) => lang.pronouns.person.has(w) || lang.pronouns.several.has(w)) &&
      !words.some((w) => isName(w));
    own.push(asksOnItsOwn(piece.text, lang, isName) && !dependent);
    // "Who interviewed him, what's the journalist's name": a part narrowing the one before is one
    // question with it, answered only when both are.
    if (piece.refines === true && answers.length > 0) {
      const last = answers.length - 1;
      if (!part.answer.answered || !(answers[last] as Answer).answered)
        own[last] = own[own.length - 1] = false;
    }
    gapAsksWho = !part.answer.answered && asked === "who";
    answers.push(part.answer);
    turn = part.turn;
  }
  if (answers.length === 0)
    return { answer: { ...(idle[0] ?? refuse(ctx, question, undefined, "unreadable")), question }, turn };
  return {
    answer:
      answers.length === 1 ? { ...(answers[0] as Answer), question } : combineAnswers(question, answers, own),
    turn,
  };
}

/** The answers to the parts of one message, in order, as one answer. */
function combineAnswers(question: string, answers: readonly Answer[], own: readonly boolean[]): Answer {
  const answered = answers.filter((a) => a.answered);
  return {
    question,
    // A message is answered when a part is that asks on its own, and every part the article does not
    // cover is a question of its own too, which says so in its place ("The article does not say"):
    // "what is X and who runs it". A part that only narrows or leans on another is not.
    answered:
      answered.length === answers.length ||
      (answers.some((a, i) => a.answered && own[i]) && answers.every((a, i) => a.answered || own[i])),
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
