import { normaliseText, tokenizeInput } from "../../text/normalise.js";
import { stem } from "../../text/stem.js";
import { type Analysis, analyse } from "../analyse.js";
import { composeAnswer } from "../compose.js";
import type { Item } from "../items.js";
import { conceptOf } from "../lexicon.js";
import { involves } from "../score.js";
import type { Answer } from "../types.js";
import { asksSame, judgeAlike } from "../verdict.js";
import { ANSWER_THRESHOLD } from "../weights.js";
import { answerAnalysed } from "./analysed.js";
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
    const involvesAll = (item: Item, ids: string[]) => ids.every((id) => involves(item, id));
    // The best fact with the offered name and everything else the question names, else with the name.
    const ranked = rank(ctx, asked).filter(
      (s) => s.score >= ANSWER_THRESHOLD && involvesAll(s.item, [chosen.entity]),
    );
    const everything = one.mentions.map((m) => m.entity);
    const best = ranked.find((s) => involvesAll(s.item, everything)) ?? ranked[0];
    if (!best) return [];
    const complete = involvesAll(best.item, everything);
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

/** The position of the question's one word of alternatives ("or"), where it has exactly one. */
function onlyAlternative(q: Analysis, lang: ReaderContext["lang"]): number | undefined {
  const ors = q.words.flatMap((w, i) => (lang.alternatives.has(w) ? [i] : []));
  return ors.length === 1 ? ors[0] : undefined;
}

/**
 * "Did X speak of Eurasia or of Europe", "про Евразию или про Европу": a name and, after "or" in the
 * same place (past the same preposition), words the knowledge never uses. The question asks which of
 * the two, and the name the article uses is the choice, answered as one between two names is.
 */
export function unknownOffered(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang } = ctx;
  if (q.asked !== "yesno" || q.negated || q.compare || q.outside.length > 0 || q.unknown.length === 0)
    return undefined;
  const or = onlyAlternative(q, lang);
  if (or === undefined) return undefined;
  const known = q.mentions.find((m) => m.end === or);
  if (!known) return undefined;
  // The same preposition may be said again after "or"; articles may stand before the other words.
  let at = or + 1;
  const preposition = q.words[known.start - 1] ?? "";
  if (lang.slotBefore.has(preposition) && q.words[at] === preposition) at++;
  while (lang.articles.has(q.words[at] ?? "")) at++;
  const rest = q.words.slice(at).map((_, k) => at + k);
  const unknownAt = new Set(q.unknown.map((u) => u.at));
  if (rest.length === 0 || rest.length > MAX_CHOICE_WORDS || !rest.every((i) => unknownAt.has(i)))
    return undefined;
  // "Or nah", "или нет": a word that answers the question closes it, and offers nothing.
  const answers = (w: string) =>
    lang.negations.has(w) || (lang.questionTags?.has(w) ?? false) || (lang.chatterWords?.has(w) ?? false);
  if (rest.some((i) => answers(q.words[i] ?? ""))) return undefined;
  if (q.unknown.some((u) => u.at < or) || q.cues.some((c) => c.position > or)) return undefined;
  const without: Analysis = {
    ...q,
    mentions: q.mentions.filter((m) => m !== known),
    unknown: [],
  };
  const offered: Analysis = { ...q, unknown: [] };
  const answer = choose(ctx, question, without, [offered]);
  return answer.answered ? answer : undefined;
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

/**
 * "Which force does X command: the navy, the aerospace forces or the missile forces": options offered
 * after a comma or colon that closes the question, some of them names the article never uses. The
 * question is read without them; when what answers it involves exactly one of the offered names the
 * article uses, that one is the choice. Otherwise nothing: the names it never uses are refused.
 */
export function offeredBeside(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { entities, lang, parts, byId } = ctx;
  if (q.outside.length === 0 || (q.asked !== "which" && q.asked !== "what" && q.asked !== "who"))
    return undefined;
  // The list opens after a colon, else after the first comma ("A, B or C" holds more).
  const colon = question.lastIndexOf(":");
  const cut = colon > 0 ? colon : question.indexOf(",");
  if (cut <= 0) return undefined;
  const listed = tokenizeInput(question.slice(cut + 1));
  if (!listed.some((w) => lang.alternatives.has(w))) return undefined;
  // Every name the article never uses is one of the options.
  const said = ` ${listed.join(" ")} `;
  if (!q.outside.every((name) => said.includes(` ${normaliseText(name)} `))) return undefined;
  const from = q.words.length - listed.length;
  if (from <= 0 || q.cues.some((c) => c.position >= from)) return undefined;
  const offered = q.mentions.filter((m) => m.start >= from);
  if (offered.length === 0) return undefined;
  const answer = answerAnalysed(ctx, question, analyse(question.slice(0, cut), parts));
  if (!answer.answered) return undefined;
  const told = answer.facts.flatMap((id) => byId.get(id) ?? []);
  const chosen = offered.filter((m) =>
    told.some((i) => i.subject.has(m.entity) || i.object.has(m.entity) || i.mentions.has(m.entity)),
  );
  const [one] = chosen;
  const name = one && chosen.length === 1 ? entities.get(one.entity)?.name : undefined;
  return name === undefined ? undefined : { ...answer, text: `${name}. ${answer.text}` };
}

/**
 * "Is X the navy or the aerospace forces", "was X talking about NATO's system or the CIS one": two
 * options joined by "or", one a name the article never uses, the other one it does. The question is
 * asked again without the unknown option; what answers it is told after the known name, the choice.
 */
export function outsideOffered(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { byId, entities, lang, parts } = ctx;
  const [stranger] = q.outside;
  if (!stranger || q.outside.length !== 1 || q.negated || q.mentions.length === 0) return undefined;
  const or = onlyAlternative(q, lang);
  if (or === undefined) return undefined;
  const named = normaliseText(stranger).split(" ");
  const at = q.words.findIndex((_, i) => named.every((w, k) => stem(q.words[i + k] ?? "") === stem(w)));
  if (at < 0) return undefined;
  const before = at + named.length <= or;
  if (!before && at <= or) return undefined;
  // The unknown option, from its name to "or" (or from "or" to its name's end), and the known one,
  // the nearest name on the other side of "or".
  const [from, to] = before ? [at, or + 1] : [or, at + named.length];
  if (q.mentions.some((m) => m.start < to && m.end > from)) return undefined;
  const known = before
    ? q.mentions.filter((m) => m.start > or).sort((a, b) => a.start - b.start)[0]
    : q.mentions.filter((m) => m.end <= or).sort((a, b) => b.end - a.end)[0];
  const name = known && entities.get(known.entity)?.name;
  if (!name) return undefined;
  const rest = [...q.words.slice(0, from), ...q.words.slice(to)].join(" ");
  const answer = answerAnalysed(ctx, question, analyse(rest, parts));
  const told = answer.facts.flatMap((id) => byId.get(id) ?? []);
  if (!answer.answered || told.length === 0) return undefined;
  // The lead opens with a capital however the name is written (composeAnswer sees to it).
  return withSuggestions(
    ctx,
    composeAnswer(question, q, told, answer.confidence, lang, { lead: `${name}.` }),
    q,
  );
}

/**
 * "Шугаева зовут Дмитрий или Денис", "is he a lieutenant general or a colonel general": one name, and
 * two choices joined by "or" that are words, not names. Where one name of the entity holds every word
 * of one choice, and the other choice has a word the knowledge never uses, the name's own choice is
 * the answer: the entity's description, which gives the name in full.
 */
export function nameWordChosen(ctx: ReaderContext, q: Analysis): Item | undefined {
  const { describedBy, lang, lexicon, namesOf } = ctx;
  const [m] = q.mentions;
  if (!m || q.mentions.length !== 1 || q.cues.length > 0 || q.negated) return undefined;
  const or = q.words.findIndex((w) => lang.alternatives.has(w));
  if (or < 0 || q.words.slice(or + 1).some((w) => lang.alternatives.has(w))) return undefined;
  const stops = (w: string) =>
    lang.filler.has(w) ||
    lang.articles.has(w) ||
    lang.whWords.has(w) ||
    lang.beForms.has(w) ||
    lang.auxiliaries.has(w) ||
    lang.descriptionWords.has(w) ||
    (lang.nameNouns?.has(w) ?? false) ||
    lang.negations.has(w) ||
    lang.joiners.has(w) ||
    Object.values(lang.pronouns).some((set) => set.has(w));
  // Each choice: the words beside "or" (past an article), up to the first word that asks nothing.
  const choice = (step: 1 | -1): number[] => {
    let at = or + step;
    while (lang.articles.has(q.words[at] ?? "")) at += step;
    const out: number[] = [];
    while (at >= 0 && at < q.words.length && out.length < MAX_CHOICE_WORDS && !stops(q.words[at] ?? "")) {
      out.push(at);
      at += step;
    }
    return out;
  };
  const sides = [choice(-1), choice(1)];
  if (sides.some((s) => s.length === 0)) return undefined;
  const stemAt = (i: number) => {
    const s = stem(q.words[i] ?? "");
    return lexicon.stemVariants.get(s) ?? s;
  };
  const names = namesOf.get(m.entity) ?? [];
  const held = sides.map((side) => names.some((name) => side.every((i) => name.includes(stemAt(i)))));
  const unknownAt = new Set(q.unknown.map((u) => u.at));
  const chosen = held.findIndex(
    (h, n) => h && !held[1 - n] && (sides[1 - n] ?? []).some((i) => unknownAt.has(i)),
  );
  return chosen < 0 ? undefined : describedBy(m.entity);
}

/** The most words a choice between words of a name may have ("генерал полковник бондарев"). */
const MAX_CHOICE_WORDS = 4;

/**
 * "Are the agreements already being implemented or just signed", "соглашения реализуются или просто
 * подписаны": a yes/no question offering two predicates of the same names, joined by "or". Each is
 * asked on its own (the relation or word right before "or", and the first after it); where the facts
 * about the names bear out each with a fact of its own, both are the answer, neither a "yes" to the
 * first. Nothing when a word of the question is one the facts never use ("did X pay for it or get it
 * free"), or when one of them finds no fact of its own: the question is then read as it is.
 */
export function predicatesOffered(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang, lexicon, parts } = ctx;
  if (q.asked !== "yesno" || q.negated || q.compare || q.outside.length > 0 || q.mentions.length === 0)
    return undefined;
  if (q.unknown.length > 0) return undefined;
  const ors = q.words.flatMap((w, i) => (lang.alternatives.has(w) ? [i] : []));
  const [or] = ors;
  if (or === undefined || ors.length !== 1 || q.mentions.some((m) => m.end > or)) return undefined;
  // A word that asks something of the facts: a relation's cue, or a word the facts use.
  const askedAt = (i: number): string | undefined => {
    const cue = q.cues.find((c) => c.position === i);
    if (cue) return `@${cue.relation}`;
    const word = q.words[i] ?? "";
    if (lang.filler.has(word) || lang.articles.has(word) || lang.auxiliaries.has(word)) return undefined;
    const concept = conceptOf(lexicon, word);
    return q.keywords.includes(concept) && parts.inFacts(concept) ? concept : undefined;
  };
  const lastName = Math.max(...q.mentions.map((m) => m.end));
  let before: number | undefined;
  for (let i = or - 1; i >= lastName && before === undefined; i--) if (askedAt(i)) before = i;
  let after: number | undefined;
  for (let i = or + 1; i < q.words.length && after === undefined; i++) if (askedAt(i)) after = i;
  if (before === undefined || after === undefined) return undefined;
  const sides = [askedAt(before) as string, askedAt(after) as string];
  if (sides[0] === sides[1]) return undefined;
  const aboutAll = (item: Item) => q.mentions.every((m) => involves(item, m.entity));
  const bears = (item: Item, asked: string) =>
    asked.startsWith("@") ? item.relation === asked.slice(1) : item.concepts.has(asked);
  const chosen = sides.map((asked, n) => {
    const other = sides[1 - n] as string;
    const one: Analysis = {
      ...q,
      keywords: q.keywords.filter((k) => k !== other),
      cues: q.cues.filter((c) => `@${c.relation}` !== other),
    };
    return rank(ctx, one).find(
      (s) =>
        s.score >= ANSWER_THRESHOLD && s.item.kind === "fact" && aboutAll(s.item) && bears(s.item, asked),
    );
  });
  const [first, second] = chosen;
  // A fact that says both ("not whether it is good or bad") is about the choice itself, which the
  // question as it is reads better.
  if (!first || !second || sides.some((asked) => bears(first.item, asked) && bears(second.item, asked)))
    return undefined;
  const confidence = confidenceOf(Math.min(first.score, second.score), undefined);
  // In the knowledge's order, which tells what came first ("signed", then "being implemented").
  const told = [first.item, second.item].sort((a, b) => ctx.items.indexOf(a) - ctx.items.indexOf(b));
  return withSuggestions(ctx, composeAnswer(question, q, told, confidence, lang), q);
}
