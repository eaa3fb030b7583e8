import { normaliseText } from "../../text/normalise.js";
import type { Analysis } from "../analyse.js";
import type { FactIndex } from "../fact-index.js";
import { DESCRIBE_RELATION, type Item } from "../items.js";
import { speechRelations } from "../lexicon.js";
import { type Scored, scoreItem } from "../score.js";
import {
  ANSWER_MARGIN,
  ANSWER_THRESHOLD,
  MAX_ANSWER_FACTS,
  MAX_JOINED_GAP,
  OVERVIEW_FACTS,
} from "../weights.js";
import type { ReaderContext } from "./context.js";

function saysPhrase(item: Item, phrase: string) {
  return ` ${normaliseText(item.answer)} ${normaliseText(item.evidence)} `.includes(` ${phrase} `);
}

export function rank(ctx: ReaderContext, q: Analysis): readonly Scored[] {
  const { rankings } = ctx;
  const known = rankings.get(q);
  if (known) return known;
  const scored = rankAfresh(ctx, q);
  rankings.set(q, scored);
  return scored;
}

function rankAfresh(ctx: ReaderContext, q: Analysis): Scored[] {
  const { index, items, scoring } = ctx;
  const scored: Scored[] = [];
  for (const i of index.shortlist(q)) {
    const item = items[i];
    if (!item) continue;
    const score = scoreItem(item, q, scoring);
    if (Number.isFinite(score)) scored.push({ item, score });
  }
  return scored.sort((a, b) => b.score - a.score);
}

/** The best items for one analysed question, or nothing when none reaches the threshold. */
export function select(ctx: ReaderContext, q: Analysis): { items: Item[]; confidence: number } | undefined {
  const ranked = rank(ctx, q);
  // "What is getting 'very close attention'": where items above the threshold say the phrase the
  // question quotes, only they answer it.
  const quoted = q.quoted;
  const quoting = quoted
    ? ranked.filter((s) => s.score >= ANSWER_THRESHOLD && quoted.every((p) => saysPhrase(s.item, p)))
    : [];
  // "Who called it 'an historic appointment'": the words quoted are a statement's own, whatever else the
  // question's words fit, and whoever made it is asked.
  if (quoted && quoting.length === 0 && q.asked === "who") {
    const speech = speechRelations(ctx.lexicon, ctx.lang);
    const said = ranked.filter(
      (s) => speech.has(s.item.relation) && quoted.every((p) => saysPhrase(s.item, p)),
    );
    if (said.length > 0)
      return {
        items: said.slice(0, MAX_ANSWER_FACTS).map((s) => s.item),
        confidence: confidenceOf(ANSWER_THRESHOLD, undefined),
      };
  }
  const scored = quoting.length > 0 ? quoting : (holdingWanted(ctx, q, ranked) ?? ranked);
  const best = scored[0];
  if (!best || best.score < ANSWER_THRESHOLD) return undefined;
  const chosen = scored
    .filter((s) => s.score >= Math.max(ANSWER_THRESHOLD, best.score - ANSWER_MARGIN))
    .slice(0, MAX_ANSWER_FACTS)
    .map((s) => s.item);
  // "Which countries have signed or drafted the deals": each relation joined is asked, so the best
  // fact of each answers, however far the other's outscores it.
  if (q.asked !== "yesno" && quoting.length === 0)
    for (const relation of joinedRelations(ctx, q)) {
      if (chosen.length >= MAX_ANSWER_FACTS || chosen.some((i) => i.relation === relation)) continue;
      const own = scored.find((s) => s.item.relation === relation && s.item.kind === "fact");
      if (own && own.score >= ANSWER_THRESHOLD) chosen.push(own.item);
    }
  return { items: chosen, confidence: confidenceOf(best.score, scored[1]?.score) };
}

/**
 * The relations of verbs joined by "and" or "or" ("signed or drafted"), when two or more are: each
 * is asked on its own footing.
 */
function joinedRelations(ctx: ReaderContext, q: Analysis): string[] {
  const { joiners } = ctx.lang;
  const verbs = q.cues.filter((c) => c.kind !== "noun");
  const joined = new Set<string>();
  for (const [i, c] of verbs.entries()) {
    const next = verbs[i + 1];
    if (!next || next.relation === c.relation || next.position - c.position > MAX_JOINED_GAP) continue;
    if (!q.words.slice(c.position + 1, next.position).some((w) => joiners.has(w))) continue;
    joined.add(c.relation).add(next.relation);
  }
  return joined.size > 1 ? [...joined] : [];
}

/**
 * "What was X's key takeaway from the visit": the thing the question names as its answer ("X's
 * takeaway") is what a fact must hold, whatever other relation words around it ("the visit") fit
 * better. Where the best facts do not hold it and others above the threshold do, those answer.
 */
function holdingWanted(ctx: ReaderContext, q: Analysis, ranked: readonly Scored[]): Scored[] | undefined {
  const { lang } = ctx;
  if (q.asked === "yesno" || q.cues.length === 0) return undefined;
  const strict = q.wanted.filter((w) => w.strict && w.concept !== undefined);
  const wanted = strict.flatMap((w) => w.concept ?? []);
  const best = ranked[0];
  if (wanted.length === 0 || !best || best.score < ANSWER_THRESHOLD) return undefined;
  // Only where every relation word is a noun in a phrase after the thing asked ("from the visit"),
  // which says which one is meant, not what is asked.
  const from = Math.max(...strict.map((w) => w.at));
  const inPhrase = (position: number) => {
    let at = position - 1;
    while (at > from && lang.articles.has(q.words[at] ?? "")) at--;
    return at > from && lang.slotBefore.has(q.words[at] ?? "");
  };
  if (!q.cues.every((c) => c.kind === "noun" && c.position > from && inPhrase(c.position))) return undefined;
  const holds = (s: Scored) => wanted.every((c) => s.item.concepts.has(c));
  const top = ranked.filter((s) => s.score >= best.score - ANSWER_MARGIN);
  if (top.some(holds)) return undefined;
  const holding = ranked.filter((s) => s.score >= ANSWER_THRESHOLD && holds(s));
  return holding.length > 0 ? holding : undefined;
}

/** "Kyrgyzstan", "tell me about Kyrgyzstan": what it is, then the facts it takes part in. */
export function overview(q: Analysis, items: readonly Item[], index: FactIndex): Item[] {
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
export function confidenceOf(best: number, second: number | undefined): number {
  const lead = second === undefined ? 2 : Math.min(2, best - second);
  const value = 0.5 + (best - ANSWER_THRESHOLD) / 12 + lead / 10;
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}
