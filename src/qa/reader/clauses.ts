import { normaliseText } from "../../text/normalise.js";
import { type Analysis, analyse } from "../analyse.js";
import { composeAnswer } from "../compose.js";
import type { Item } from "../items.js";
import { conceptOf, relationConcept } from "../lexicon.js";
import { type Scored, scoreItem } from "../score.js";
import type { Answer } from "../types.js";
import { isDecisive } from "../unknown-words.js";
import { ANSWER_MARGIN, ANSWER_THRESHOLD, MAX_ANSWER_FACTS } from "../weights.js";
import type { ReaderContext } from "./context.js";
import { gap } from "./lists.js";
import { confidenceOf, rank, select } from "./ranking.js";
import { withSuggestions } from "./respond.js";

/**
 * "X said A gets B": a person, a verb of speech right after, and names after that. What was said is
 * the clause after the verb, asked without its speaker, whose facts are the ones said anyway.
 */
export function reportedClause(ctx: ReaderContext, q: Analysis): Analysis | undefined {
  const { speech, typeInfo, types } = ctx;
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
}

/**
 * "Does X (both) chair A and command B": a yes/no question whose "and" stands right before a second
 * relation's verb is two questions of the words before the first verb, one for each verb and what
 * follows it. Empty when the question is not made so.
 */
export function predicatesOf(ctx: ReaderContext, q: Analysis): Analysis[] {
  const { lang, parts } = ctx;
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
}

/**
 * The question without its words of state (those `isState` picks) and the words that only say when
 * ("yet", "right now"): a word of state is asked of the facts' words, not looked for among them. A
 * concept another word of the question also stands for stays ("approval ... yet", where the
 * knowledge makes "yet" a synonym of "approval").
 */
function withoutState(ctx: ReaderContext, q: Analysis, isState: (w: string) => boolean): Analysis {
  const { lang, lexicon } = ctx;
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
}

/** Whether a fact's own answer says that what it tells goes on ("continues", "is underway"). */
function saysOngoing(ctx: ReaderContext, item: Item): boolean {
  const { lang } = ctx;
  const going = lang.ongoingWords;
  return (
    going !== undefined &&
    normaliseText(item.answer)
      .split(" ")
      .some((w) => going.has(w))
  );
}

/** The facts, best first, that name every name of the question and hold every keyword it keeps. */
function ongoingFacts(ctx: ReaderContext, rest: Analysis): Scored[] {
  // A relation's word the question uses as a noun ("the dredging") is held by a fact that has the
  // relation or says the word itself.
  const said = (k: string) =>
    rest.cues.filter((c) => relationConcept(c.relation) === k).flatMap((c) => c.concepts ?? []);
  const holds = (item: Item) =>
    rest.mentions.every(
      (m) => item.subject.has(m.entity) || item.object.has(m.entity) || item.mentions.has(m.entity),
    ) && rest.keywords.every((k) => item.concepts.has(k) || said(k).some((c) => item.concepts.has(c)));
  return rank(ctx, rest)
    .slice(0, MAX_ANSWER_FACTS * 2)
    .filter((s) => s.item.kind === "fact" && holds(s.item) && saysOngoing(ctx, s.item));
}

/**
 * "Is the work on X finished", "is it done yet", "is it still ongoing": a fact about the same names
 * and words that says the work goes on ("continues to progress", "is undergoing approval") answers
 * no to the one and yes to the other, though it never says "not finished"; asked which of the two
 * ("going on or stalled"), it answers with no verdict.
 */
export function stillGoing(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang, lexicon } = ctx;
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
  // "Is it going on or stalled": both states offered, with "or" between them, ask which holds, and the
  // fact that says it goes on answers, with no "yes" or "no".
  const both = over && q.words.some((w) => going.has(w));
  const offered =
    both &&
    q.words.some(
      (w, i) =>
        lang.alternatives.has(w) && q.words.slice(0, i).some(isState) && q.words.slice(i + 1).some(isState),
    );
  if (both && !offered) return undefined;
  const found = ongoingFacts(ctx, withoutState(ctx, q, isState)).find((s) =>
    completing.every((c) => s.item.concepts.has(c)),
  );
  if (!found) return undefined;
  const framing = offered ? {} : { verdict: over ? ("no" as const) : ("yes" as const) };
  return withSuggestions(ctx, composeAnswer(question, q, [found.item], 0.7, lang, framing), q);
}

/**
 * "Is X still the commander today", "who still runs it now": whether a state lasts to the present
 * day is beyond the article's own date, so the facts about it tell only what held then.
 */
export function beyondArticle(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang, lexicon } = ctx;
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
  const nearest = select(ctx, q);
  if (!nearest) return undefined;
  // "Is X paying for it": no relation is about paying, and no fact chosen says it.
  if (!lasting) {
    const asked = q.words.filter((w) => paying?.has(w)).map((w) => conceptOf(lexicon, w));
    if (nearest.items.some((i) => asked.some((c) => i.concepts.has(c)))) return undefined;
  }
  return gap(ctx, question, q, nearest.items);
}

/**
 * "What is the status of the work on X", "what is happening with X right now": a question of the
 * state X is in is answered by the facts about X that say it goes on. Without such a fact, the
 * question is read as any other.
 */
export function stateOf(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang } = ctx;
  const asks = lang.stateAsks;
  if (!asks || q.mentions.length === 0 || (q.asked !== "what" && q.asked !== "how")) return undefined;
  // "What part of X isn't done yet": what is not finished is what goes on.
  const done = lang.finishedWords;
  const unfinished = (w: string, i: number) =>
    (done?.has(w) ?? false) && [1, 2].some((k) => lang.negations.has(q.words[i - k] ?? ""));
  const open = q.words.some(unfinished);
  if (q.compare || (q.negated && !open) || !(open || q.words.some((w) => asks.has(w)))) return undefined;
  const rest = {
    ...withoutState(ctx, q, (w) => asks.has(w) || (open && (done?.has(w) ?? false))),
    negated: false,
  };
  if (rest.unknown.some(isDecisive)) return undefined;
  const found = ongoingFacts(ctx, rest);
  const best = found[0];
  if (!best) return undefined;
  const chosen = found
    .filter((s) => s.score >= best.score - ANSWER_MARGIN)
    .slice(0, MAX_ANSWER_FACTS)
    .map((s) => s.item);
  return withSuggestions(ctx, composeAnswer(question, q, chosen, 0.7, lang), q);
}

/**
 * "What happens with the LTV when no crew is on the Moon": a clause opened by "when" after the
 * question's own words is a condition, which a fact's own time must state ("when crews are not on
 * the Moon", negated alike); the best such fact about the rest of the question answers it.
 */
export function underCondition(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { index, items, lang, lexicon, scoring, times } = ctx;
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
    ctx,
    composeAnswer(question, q, [best.item], confidenceOf(best.score, undefined), lang),
    q,
  );
}

/**
 * "What happened on Sunday": with no name and no relation, a time is the whole topic of the question;
 * the facts whose own time says every word of it answer.
 */
export function happenedAt(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang, times } = ctx;
  if (q.asked !== "what" || q.mentions.length > 0 || q.cues.length > 0 || q.keywords.length === 0)
    return undefined;
  if (!q.words.some((w) => lang.eventWords?.has(w) ?? false)) return undefined;
  const told = rank(ctx, q)
    .map((s) => s.item)
    .filter((item) => {
      const time = times.get(item);
      return time !== undefined && !time.negated && q.keywords.every((k) => time.concepts.has(k));
    });
  if (told.length === 0) return undefined;
  return withSuggestions(ctx, composeAnswer(question, q, told.slice(0, MAX_ANSWER_FACTS), 0.8, lang), q);
}
