import { normaliseText } from "../../text/normalise.js";
import type { Analysis } from "../analyse.js";
import { composeAnswer } from "../compose.js";
import type { Item } from "../items.js";
import type { Answer } from "../types.js";
import { asksSame, judgeAlike } from "../verdict.js";
import { ANSWER_THRESHOLD } from "../weights.js";
import { comparedNames } from "./asks.js";
import type { ReaderContext } from "./context.js";
import { gap } from "./lists.js";
import { confidenceOf, rank, select } from "./ranking.js";
import { refuse, withSuggestions } from "./respond.js";

/** "Bondarev or Shugaev?": the alternatives whose own best fact involves them and scores best. */
export function choose(ctx: ReaderContext, question: string, q: Analysis, offered: Analysis[]): Answer {
  const { entities, lang } = ctx;
  const tried = offered.flatMap((one) => {
    const chosen = one.mentions.find((m) => !q.mentions.includes(m));
    if (!chosen) return [];
    const asked = { ...one, asked: one.asked === "yesno" ? ("which" as const) : one.asked };
    const involves = (item: Item, ids: string[]) =>
      ids.every((id) => item.subject.has(id) || item.object.has(id) || item.mentions.has(id));
    // The best fact with the offered name and everything else the question names, else with the name.
    const ranked = rank(ctx, asked).filter(
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
  if (winners.length === 0) return refuse(ctx, question, q, "no-match");
  const names = winners.map((w) => entities.get(w.entity)?.name ?? w.entity);
  const chosenItems = [...new Set(winners.map((w) => w.item))];
  const confidence = confidenceOf(top % 100, undefined);
  // "Which gets more X, A or B": an amount compared needs the figures of each; one fact for both, or
  // facts with no figure, do not tell which has more.
  const amounts = lang.amountComparatives;
  const comparesAmount = amounts !== undefined && q.words.some((w) => amounts.has(w));
  if (comparesAmount && (winners.length > 1 || chosenItems.some((i) => !i.quantity)))
    return gap(ctx, question, q, chosenItems);
  const lead = `${lang.phrases.list(names, "and")}.`;
  return withSuggestions(ctx, composeAnswer(question, q, chosenItems, confidence, lang, { lead }), q);
}

/**
 * "Does A get the same as B": two names of one kind, each asked on its own, and what the article
 * says of each compared (see `judgeAlike`).
 */
export function alike(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { items, lang, types } = ctx;
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
    return withSuggestions(ctx, composeAnswer(question, q, [likened], 0.8, lang, { verdict: "yes" }), q);
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
    const selection = select(ctx, { ...one, mentions: one.mentions.map((m) => (m === named ? mention : m)) });
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
    ctx,
    composeAnswer(question, q, judged.items, confidence, lang, { verdict: judged.verdict }),
    q,
  );
}
