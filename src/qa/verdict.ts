import { foldedWords, normaliseText } from "../text/normalise.js";
import { calendarTime, compareTimes } from "./calendar.js";
import { numberOf } from "./counts.js";
import { endsVerb } from "./grammar.js";
import { DESCRIBE_RELATION, type Item } from "./items.js";
import type { Language } from "./lang/types.js";
import type { Analysis, Mention, UnknownWord } from "./question.js";
import { involves, ownedCueWords, type ScoringContext } from "./score.js";
import { GIVEN_ELSEWHERE_SHOWN, MIN_NEGATED_WORDS } from "./weights.js";

/** What a yes/no question gets first: "yes", "no", or nothing when the article does not decide. */
export type Verdict = "yes" | "no" | null;

export interface Judgement {
  verdict: Verdict;
  /** False when the article does not decide; the items are then what it does say. */
  decided: boolean;
  /** The facts that show the verdict, best first. */
  items: Item[];
}

/**
 * Reads a yes/no question against the facts chosen for it:
 * - yes: a fact of the relation asked (any, when the question names none) involves every name the
 *   question gives, each on the side the question puts it, and every other content word;
 * - no: a fact of a relation the knowledge declares contrary to the one asked involves the question's
 *   names ("has Tajikistan signed?" and its agreement awaiting approval), or a fact of the relation
 *   asked has the question's parties but names another thing where the question names one ("does
 *   Kyrgyzstan get spare parts?" and the communications systems it gets);
 * - undecided: the relation's facts list others where the question names someone ("is Kyrgyzstan a
 *   CSTO member?" when the article names four members): the article never says it is not.
 * Anything else keeps the ordinary answer, without a verdict.
 */
export function judgeYesNo(
  q: Analysis,
  items: readonly Item[],
  ctx: ScoringContext,
  lang: Language,
): Judgement | undefined {
  if (items.length === 0) return undefined;
  // "Does X enjoy knitting": what the verb is asked of is a word no fact uses, so no fact says it.
  const unsaid = unsaidObject(q, lang) !== undefined || unsaidVerb(q, lang);
  const asked = new Set(q.cues.map((c) => c.relation));
  // A fact whose own keyword the question's relation word is answers for that relation too.
  const ofAsked = (item: Item) =>
    asked.size === 0 || asked.has(item.relation) || ownedCueWords(item, q, ctx) > 0;
  // "Is the contract firm fixed price?": no name, but a fact of the relation asked says every word.
  if (q.mentions.length === 0) {
    const content = q.keywords.filter((k) => !k.startsWith("@"));
    const says = items.find(
      (item) => asked.has(item.relation) && content.length > 0 && content.every((k) => item.concepts.has(k)),
    );
    if (says && unsaid) return { verdict: null, decided: false, items: [says] };
    return says && q.unknown.every((u) => u.common)
      ? { verdict: "yes", decided: true, items: [says] }
      : undefined;
  }

  const allPlaced = items.filter((item) => ofAsked(item) && q.mentions.every((m) => placed(item, m)));
  // "Does X head the committee" of "X chairs the committee": a fact of a relation the knowledge relates
  // to the one asked (not as its contrary) that joins the names on opposite sides says it too.
  const akin = (item: Item) =>
    [...asked].some(
      (r) =>
        (ctx.related.get(r)?.has(item.relation) ?? false) &&
        !(ctx.contrary.get(r)?.has(item.relation) ?? false),
    );
  const kindred = items.filter(
    (item) =>
      !allPlaced.includes(item) &&
      akin(item) &&
      q.mentions.every((m) => placed(item, m)) &&
      joinsSides(item, q.mentions),
  );
  // Both names on opposite sides of one fact say more than both somewhere in it.
  const joined = [...allPlaced.filter((item) => joinsSides(item, q.mentions)), ...kindred];
  const confirming = [...joined, ...allPlaced.filter((i) => !joined.includes(i))].filter((item) =>
    coversWords(item, q, ctx),
  );
  // "Is Bondarev the defense minister", "is it nuclear powered": the words that end the question say
  // what is asked of the name, and one no fact uses leaves the question undecided whatever the rest.
  const end = q.words.length - 1;
  const predicate =
    q.copular && q.unknown.some((u) => u.common && u.at >= end - 1 && !u.word.endsWith("ing"));
  // "Is the rover pressurized" against "an unpressurized rover": the fact says the opposite word.
  const said = askedConcepts(q, ctx);
  // "Did X say it is finding out if a system is good" against "it is not finding out whether a system
  // is good or bad": the fact denies the clause the question asks (unless the question denies it too).
  // The question's own verb in a denied clause is enough ("rather than buying it" of "will they buy it").
  const verbs = q.cues.flatMap((c) => (c.kind === "noun" ? [] : (c.concepts ?? [])));
  const negates = (item: Item) =>
    !q.words.some((w) => lang.negations.has(w)) &&
    (said.filter((k) => item.negated.has(k)).length >= MIN_NEGATED_WORDS ||
      verbs.some((k) => item.negated.has(k)));
  // A fact about the names that denies it says no, whatever relation it is of (what someone said).
  const denying =
    confirming.find((item) => said.some((k) => item.denied.has(k))) ??
    items.find((item) => q.mentions.every((m) => placed(item, m)) && negates(item));
  if (denying) return { verdict: "no", decided: true, items: [denying] };
  // "Has a secretary ever visited a nation before": the fact calls it the first time, so none had.
  // The words asking "before" are no words the fact must hold.
  const first = asksEarlier(q, lang) ? allPlaced.find((item) => saysFirst(item, lang)) : undefined;
  if (first) return { verdict: "no", decided: true, items: [first] };
  // "Did X win the final" against a fact that leaves open who wins it: with proper names on both its
  // sides, the pairing asked is what it leaves open. "Did X talk to any officials" (one side named, or
  // the other only in plain words) asks whether it happened, which the fact says.
  const pairing = (item: Item) =>
    joinsSides(item, q.mentions) && q.mentions.every((m) => ctx.properNames?.has(m.entity) ?? false);
  const settled = confirming.filter((item) => !item.open || !pairing(item));
  if (confirming.length > 0 && (predicate || unsaid || settled.length === 0))
    return { verdict: null, decided: false, items: confirming.slice(0, 1) };
  if (settled.length > 0) return { verdict: "yes", decided: true, items: settled.slice(0, 1) };

  const likened = likenedBy(q, items, lang);
  if (likened) return { verdict: "yes", decided: true, items: [likened] };

  const contrary = items.filter(
    (item) =>
      [...asked].some((r) => ctx.contrary.get(item.relation)?.has(r)) &&
      q.mentions.some((m) => item.subject.has(m.entity) || item.object.has(m.entity)),
  );
  if (contrary.length > 0) return { verdict: "no", decided: true, items: contrary.slice(0, 1) };
  // The parties are there but what the question adds is not ("did Bondarev speak on Sunday").
  const partly = allPlaced.find((item) => item.relation !== DESCRIBE_RELATION);
  const circumstance = q.keywords.some((k) => ctx.circumstances.has(k) && !partly?.concepts.has(k));
  if (partly && circumstance && q.unknown.length === 0)
    return { verdict: null, decided: false, items: [partly] };

  // "Is it illegal to kill an eagle in Florida": a rule is asked, and one deed of the relation done
  // elsewhere, or by someone else, says nothing of it.
  if (asksRule(q, lang)) return undefined;
  // "Is X based at Y": where someone works says where they are, when the knowledge relates the two.
  const ofRelated = (item: Item) =>
    ofAsked(item) || [...asked].some((r) => ctx.related.get(r)?.has(item.relation) ?? false);
  const both = q.words.some((w) => lang.bothWords?.has(w) ?? false);
  const named = new Set(both ? q.mentions.map((m) => m.entity) : []);
  for (const item of items) {
    if (item.relation === DESCRIBE_RELATION || !ofRelated(item)) continue;
    const sides = ctx.sides.get(item.relation);
    const onSides = (m: Mention) => {
      const type = ctx.types.get(m.entity) ?? "";
      return (sides?.subject.has(type) ?? false) || (sides?.object.has(type) ?? false);
    };
    const parties = q.mentions.filter(onSides);
    const things = q.mentions.filter((m) => !onSides(m));
    const partiesThere = parties.length > 0 && parties.every((m) => placed(item, m));
    // The fact's parties are the question's, and it names another thing of the kind asked about.
    // One statement of a speaker's about another thing of the kind says nothing of what they think of
    // this one ("does X think the regional system is good" against X's words on the joint system).
    const spoken = ctx.speech?.has(item.relation) ?? false;
    if (
      partiesThere &&
      !spoken &&
      things.some((m) => !involves(item, m.entity) && hasOtherOfType(item, m.entity, ctx, named))
    ) {
      // Unless a fact of the relation lists only examples, and may hold the question's names.
      const open = mayList(item, parties, things, ctx);
      if (open) return { verdict: null, decided: false, items: open.open ? [open, item] : [item, open] };
      // A fact that leaves open who or which excludes nobody: the name asked may be the one unsaid.
      return item.open
        ? { verdict: null, decided: false, items: [item] }
        : { verdict: "no", decided: true, items: [item] };
    }
    // The fact gives someone else where the question names someone: one holder excludes the others
    // ("is Bondarev the head of the service?"); a list does not ("is Kyrgyzstan a CSTO member?").
    const missing = parties.filter((m) => !involves(item, m.entity));
    if (missing.length > 0 && missing.some((m) => hasOtherOfType(item, m.entity, ctx, named))) {
      const present = q.mentions.filter((m) => involves(item, m.entity));
      if (present.length === 0) continue;
      // Examples only ("his roles include ..."): the name may be one more.
      // One that leaves open who or which ("does not say whom X reports to") names no holder either.
      // A list of every party to the act ("signed by A, B and C") excludes another of their kind.
      const closed = item.complete && missing.every((m) => hasOtherOfType(item, m.entity, ctx, named));
      const single =
        closed || (!item.partial && !item.open && missing.every((m) => soleHolder(item, m, ctx)));
      return single
        ? { verdict: "no", decided: true, items: [item] }
        : { verdict: null, decided: false, items: [item] };
    }
  }
  return undefined;
}

/**
 * "Are A's agreements similar to the ones B signed": a fact about every name that itself calls what
 * it tells so ("similar agreements were made with A") says yes, whatever relation the rest names. The
 * names after the likeness word are what it is like ("the ones B signed"), which the fact's own word
 * stands for; or the other way round.
 */
export function likenedBy(q: Analysis, items: readonly Item[], lang: Language): Item | undefined {
  const likeAt = q.words.findIndex((w) => lang.likenessWords?.has(w) ?? false);
  if (likeAt < 0) return undefined;
  if (!q.copular && !(q.asked === "yesno" && q.words.some((w) => lang.beForms.has(w)))) return undefined;
  const likeness = q.words.filter((w) => lang.likenessWords?.has(w) ?? false);
  // Likeness goes both ways: "is B's deal similar to A's" is told by the same fact.
  const before = q.mentions.filter((m) => m.end <= likeAt);
  const after = q.mentions.filter((m) => m.start > likeAt);
  const sides = before.length > 0 && after.length > 0 ? [before, after] : [q.mentions];
  const said = (names: readonly Mention[]) =>
    items.find(
      (item) =>
        item.kind === "fact" &&
        names.every((m) => involves(item, m.entity)) &&
        foldedWords(item.answer).some((w) => likeness.includes(w)),
    );
  for (const names of sides) {
    const item = said(names);
    if (item) return item;
  }
  return undefined;
}

/**
 * What a yes/no question says of its names, as concepts: its content words, the words of the relation
 * it asks, and the ordinary words no fact uses ("by accident").
 */
function askedConcepts(q: Analysis, ctx: Pick<ScoringContext, "concept">): string[] {
  const content = q.keywords.filter((k) => !k.startsWith("@"));
  const cues = q.cues.flatMap((c) => c.concepts ?? []);
  const unknown = ctx.concept
    ? q.unknown.filter((u) => u.common).map((u) => ctx.concept?.(u.word) ?? "")
    : [];
  return [...new Set([...content, ...cues, ...unknown])].filter(Boolean);
}

/**
 * "Did the eagle survive" against "X shot and killed the eagle", "was it on the list" against "it was
 * delisted": a fact about the question's names, each on its side, that says the opposite of what the
 * question asks ("killed" of "survive", a word of the language's opposites, or a word with a negative
 * prefix), where none of the facts that judged the question says the word itself (a fact of the relation
 * asked may have it only as the knowledge's keyword: "survived" of a species brought back). No, with it.
 */
export function statedOpposite(
  q: Analysis,
  judged: readonly Item[],
  candidates: Iterable<Item>,
  ctx: Pick<ScoringContext, "concept">,
): Item | undefined {
  if (q.asked !== "yesno" || q.negated || q.compare || q.mentions.length === 0) return undefined;
  const asked = askedConcepts(q, ctx).filter((k) => !judged.some((item) => item.stated.has(k)));
  if (asked.length === 0) return undefined;
  const denying = [...candidates].filter(
    (item) =>
      item.kind === "fact" &&
      !item.open &&
      q.mentions.every((m) => placed(item, m)) &&
      asked.some((k) => item.denied.has(k)),
  );
  // A fact with the names on its sides is about them more than one that only mentions them.
  const onSides = (item: Item) =>
    q.mentions.every((m) => item.subject.has(m.entity) || item.object.has(m.entity));
  return denying.find(onSides) ?? denying[0];
}

/**
 * "Was the number of units lower than before" against "the number of units increased": a comparison
 * with no name, and a fact that says every word it asks besides what it compares with ("than before")
 * and the opposite of one of them: no. One that says a word of the same side of the language's
 * opposites ("higher" of "increased"): yes.
 */
export function comparedUnnamed(
  q: Analysis,
  candidates: Iterable<Item>,
  ctx: Pick<ScoringContext, "concept">,
  lang: Language,
): { item: Item; verdict: "yes" | "no" } | undefined {
  if (q.asked !== "yesno" || q.negated || q.compare || q.mentions.length > 0) return undefined;
  const than = lang.comparison?.than;
  const cut = than === undefined ? -1 : q.words.indexOf(than);
  // Only a comparison asks so: a word of degree before "than".
  if (cut < 1 || !(lang.comparison?.degrees.has(q.words[cut - 1] ?? "") ?? false)) return undefined;
  const conceptOf = (w: string) => ctx.concept?.(w) ?? w;
  const compared = new Set(cut < 0 ? [] : q.words.slice(cut + 1).map(conceptOf));
  const needed = q.keywords.filter((k) => !k.startsWith("@") && !compared.has(k));
  const asked = askedConcepts(q, ctx).filter((k) => !compared.has(k));
  if (needed.length === 0) return undefined;
  // The other side of each pair of opposites a word asked is on: a fact denying it says the word's side.
  const against = new Set<string>();
  for (const [one, other] of lang.opposites ?? []) {
    const a = one.map(conceptOf);
    const b = other.map(conceptOf);
    if (asked.some((k) => a.includes(k))) for (const k of b) against.add(k);
    if (asked.some((k) => b.includes(k))) for (const k of a) against.add(k);
  }
  for (const item of candidates) {
    if (item.kind !== "fact" || item.open || !needed.every((k) => item.concepts.has(k))) continue;
    if (asked.some((k) => item.denied.has(k))) return { item, verdict: "no" };
    if ([...against].some((k) => item.denied.has(k))) return { item, verdict: "yes" };
  }
  return undefined;
}

/**
 * "Did the exercise just focus on a few systems" against "it expanded into many capabilities, rather
 * than focusing on a few systems": a fact about the question's names, each on its side, that says
 * words the question asks only in a clause it denies. No, with it. Undefined where the question
 * denies something itself.
 */
export function deniedByClause(
  q: Analysis,
  candidates: Iterable<Item>,
  ctx: Pick<ScoringContext, "concept">,
  lang: Language,
): Item | undefined {
  if (q.asked !== "yesno" || q.negated || q.compare || q.mentions.length === 0) return undefined;
  if (q.words.some((w) => lang.negations.has(w))) return undefined;
  // Every plain word of the question, a kind's word too ("a few systems"), besides its names.
  const named = (at: number) => q.mentions.some((m) => m.start <= at && at < m.end);
  const plain = (w: string) =>
    !lang.filler.has(w) &&
    !lang.articles.has(w) &&
    !lang.auxiliaries.has(w) &&
    !lang.beForms.has(w) &&
    !lang.whWords.has(w) &&
    !lang.slotBefore.has(w);
  const words = q.words.filter((w, at) => !named(at) && plain(w));
  const said = [...new Set([...askedConcepts(q, ctx), ...words.map((w) => ctx.concept?.(w) ?? w)])];
  // A stem cut one letter shorter in one form ("focu" of "focus", "focus" of "focusing") is one word.
  const denies = (item: Item, k: string) =>
    item.negated.has(k) || [...item.negated].some((n) => n.length === k.length + 1 && n.startsWith(k));
  for (const item of candidates)
    if (
      item.kind === "fact" &&
      !item.open &&
      q.mentions.every((m) => placed(item, m)) &&
      said.filter((k) => denies(item, k)).length >= MIN_NEGATED_WORDS
    )
      return item;
  return undefined;
}

/**
 * "Does X enjoy knitting", "did X give an interview to Tass": in a question made with a verb other than
 * "to be", an ordinary word no fact uses that stands as what the verb takes (right after it, or after a
 * preposition) and ends its phrase (the question's last word, or one a preposition follows). That is
 * the thing asked of, and a fact that says the rest ("X enjoys swimming") does not say it. A word
 * before a known one ("Western media", "the same thing") only qualifies it, and does not count.
 */
export function unsaidObject(q: Analysis, lang: Language): UnknownWord | undefined {
  // "Was the fee paid to the harbor trust": a passive asks of its verb as an active does.
  const passive = q.cues.some((c) => c.kind !== "noun" && c.passive);
  if ((q.copular && !passive) || q.asked !== "yesno") return undefined;
  // Any word no fact uses continues the phrase ("the moonlight cafe", whatever "cafe" is).
  const unknownAt = new Set(q.unknown.map((u) => u.at));
  return q.unknown.find((u) => {
    // A word of the article's that no fact uses ("to the times") is as unsaid as any other.
    if (!u.common) return false;
    // "The harbor trust": ordinary words no fact uses, side by side, are one phrase.
    let end = u.at + 1;
    while (unknownAt.has(end)) end++;
    const next = q.words[end];
    if (next !== undefined && !lang.slotBefore.has(next)) return false;
    let p = u.at - 1;
    while (p >= 0 && lang.articles.has(q.words[p] ?? "")) p--;
    return lang.slotBefore.has(q.words[p] ?? "") || q.cues.some((c) => endsVerb(c, p));
  });
}

/**
 * A fact of the item's relation that leaves open who (about the thing asked and a party of the
 * question), or whose lists are examples only ("including ..."): it names the thing
 * the question asks about, and each party of the question or, where it does not, others of its kind
 * the party might be one of beside them ("to countries including A and B" may hold C too).
 */
function mayList(
  item: Item,
  parties: readonly Mention[],
  things: readonly Mention[],
  ctx: ScoringContext,
): Item | undefined {
  if (things.length === 0) return undefined;
  // Another fact of the relation about every thing asked, which `holds` the question's parties.
  const other = (facts: readonly Item[] | undefined, holds: (other: Item) => boolean) =>
    facts?.find((o) => o !== item && things.every((m) => involves(o, m.entity)) && holds(o));
  return (
    // "Will NASA pick A for the demo" beside the fact that the demo's provider is not chosen yet: a
    // fact of the relation about the thing asked that leaves open who may hold the name asked.
    other(ctx.open?.get(item.relation), (o) => parties.some((m) => involves(o, m.entity))) ??
    other(ctx.partial?.get(item.relation), (o) =>
      parties.every((m) => involves(o, m.entity) || hasOtherOfType(o, m.entity, ctx)),
    )
  );
}

/** The fact involves the name on the side the question puts it (either side when it puts it on none). */
function placed(item: Item, m: Mention): boolean {
  if (item.relation === DESCRIBE_RELATION) return item.subject.has(m.entity);
  if (m.role === "subject") return item.subject.has(m.entity) || item.mentions.has(m.entity);
  if (m.role === "object") return item.object.has(m.entity) || item.mentions.has(m.entity);
  return involves(item, m.entity);
}

/** Enough content words of the question (relation words aside) are in the fact. */
function coversWords(item: Item, q: Analysis, ctx: ScoringContext): boolean {
  // "In charge": a word of the relation's own phrase is the relation asked, which the fact has.
  const phrased = new Set(q.cues.flatMap((c) => ((c.concepts?.length ?? 0) > 1 ? (c.concepts ?? []) : [])));
  const content = q.keywords.filter((k) => !k.startsWith("@") && !phrased.has(k));
  const missing = content.filter((k) => !item.concepts.has(k));
  if (missing.length === 0) return true;
  // "Did X help with the case": a fact of a relation the knowledge relates to this one, about the same
  // names, says the rest ("the case was investigated ... with assistance from X").
  if (missing.every((k) => relatedSays(item, q, ctx, k))) return true;
  // Ordinary words the facts never use are phrasing ("getting ready"), and half the words will do,
  // unless one left out names a relation ("one of the selected companies"): that is what is asked.
  return (
    q.unknown.every((u) => u.common) &&
    missing.length * 2 <= content.length &&
    !missing.some((k) => ctx.relationWords.has(k))
  );
}

/** A fact of a relation related to the item's, naming every name of the question, has the concept. */
function relatedSays(item: Item, q: Analysis, ctx: ScoringContext, concept: string): boolean {
  const related = ctx.related.get(item.relation);
  const [first] = q.mentions;
  if (!related || !first || !ctx.items || ctx.relationWords.has(concept)) return false;
  return ctx.index.naming(first.entity).some((i) => {
    const other = ctx.items?.[i];
    return (
      other !== undefined &&
      other !== item &&
      other.kind === "fact" &&
      related.has(other.relation) &&
      other.concepts.has(concept) &&
      q.mentions.every((m) => involves(other, m.entity))
    );
  });
}

function joinsSides(item: Item, mentions: readonly Mention[]): boolean {
  return mentions.some((m) => item.subject.has(m.entity)) && mentions.some((m) => item.object.has(m.entity));
}

/** The fact has one entity of the name's kind, on the side where the name would stand. */
function soleHolder(item: Item, m: Mention, ctx: ScoringContext): boolean {
  // A fact that says where gives one place, however many names it takes to say it ("in the
  // directorate at NASA Headquarters"): it is no list of which the name might be another.
  if (item.where !== undefined) return true;
  const type = ctx.types.get(m.entity);
  const ofType = (side: ReadonlySet<string>) => [...side].filter((id) => ctx.types.get(id) === type);
  const subject = ofType(item.subject);
  const object = ofType(item.object);
  if (m.role === "subject") return subject.length === 1;
  if (m.role === "object") return object.length === 1;
  return subject.length + object.length === 1;
}

/**
 * Whether a fact names another entity of an entity's kind in its place; with `named`, one the question
 * does not name itself ("in both Bondarev's and Shugaev's words": Bondarev is no other than asked).
 */
function hasOtherOfType(
  item: Item,
  entity: string,
  ctx: ScoringContext,
  named: ReadonlySet<string> = new Set(),
): boolean {
  const type = ctx.types.get(entity);
  return [...item.subject, ...item.object, ...item.mentions].some(
    (id) => id !== entity && !named.has(id) && ctx.types.get(id) === type,
  );
}

/**
 * "Does Belarus send helicopters to Russia": a fact of the relation asked that has every name of the
 * question, but one of them the other way round. That is not what the question asks, and the article
 * does not say it either.
 */
export function reversedFact(q: Analysis, candidates: Iterable<Item>): Item | undefined {
  const asked = new Set(q.cues.map((c) => c.relation));
  if (asked.size === 0 || q.mentions.length < 2) return undefined;
  for (const item of candidates) {
    if (!asked.has(item.relation)) continue;
    if (q.mentions.every((m) => involves(item, m.entity)) && q.mentions.some((m) => opposite(item, m)))
      return item;
  }
  return undefined;
}

/** The fact has the name only on the side opposite the one the question puts it on. */
function opposite(item: Item, m: Mention): boolean {
  if (m.role === "subject") return item.object.has(m.entity) && !item.subject.has(m.entity);
  if (m.role === "object") return item.subject.has(m.entity) && !item.object.has(m.entity);
  return false;
}

/**
 * "Is Elementum based in Pennsylvania", "is Carpenter Technology in Colorado": a fact of the relation
 * asked (any, for a question made with "to be" and no verb) has one of the question's two names on a
 * side, and on the other side the one entity of the other name's kind, which is not it. Where something
 * is, or who holds a single place, excludes the others: the answer is no, with that fact.
 */
export function heldByAnother(
  q: Analysis,
  candidates: Iterable<Item>,
  ctx: Pick<ScoringContext, "types">,
): Item | undefined {
  if (q.mentions.length !== 2) return undefined;
  const asked = new Set(q.cues.filter((c) => c.kind !== "noun").map((c) => c.relation));
  if (asked.size === 0 && !(q.copular && q.cues.length === 0)) return undefined;
  const [a, b] = q.mentions as [Mention, Mention];
  if (ctx.types.get(a.entity) === ctx.types.get(b.entity)) return undefined;
  for (const item of candidates) {
    if (item.kind !== "fact" || item.open || (asked.size > 0 && !asked.has(item.relation))) continue;
    for (const [held, other] of [
      [a, b],
      [b, a],
    ] as const) {
      if (involves(item, other.entity)) continue;
      const side = item.subject.has(held.entity)
        ? item.object
        : item.object.has(held.entity)
          ? item.subject
          : undefined;
      if (!side || (held.role !== "any" && !placed(item, held))) continue;
      const ofKind = [...side].filter((id) => ctx.types.get(id) === ctx.types.get(other.entity));
      if (ofKind.length === 1 && side.size === 1) return item;
    }
  }
  return undefined;
}

/** The figures a stated amount may take: from `low` to `high`, each end in or out. */
export interface FigureRange {
  low: number;
  lowOpen: boolean;
  high: number;
  highOpen: boolean;
}

/** A figure a text states of a thing: its range ("more than 20" is above 20) and the word after it. */
export interface StatedFigure {
  range: FigureRange;
  noun: string;
}

/**
 * The one figure a text's words state, with the bound words before it ("more than 20 years", "under
 * ten", "не менее 5 лет") and the word after it. Nothing when the words hold no figure, or more than
 * one ("1.4 million", "from 3 to 5"), which this does not read.
 */
export function statedFigure(typed: readonly string[], lang: Language): StatedFigure | undefined {
  const all = statedFigures(typed, lang);
  return all.length === 1 ? all[0] : undefined;
}

/**
 * Every figure the words state, each with its bound, the word after it ("40k workers from 50
 * states") and where it stands in `typed`; a figure with no word after it is left out.
 */
export function statedFigures(typed: readonly string[], lang: Language): (StatedFigure & { at: number })[] {
  // "2,000" is read as "2 000": the groups of three after a figure are part of it.
  const words: string[] = [];
  const from: number[] = [];
  for (const [k, w] of typed.entries()) {
    const last = words.length - 1;
    if (/^\d{3}$/.test(w) && /^\d+$/.test(words[last] ?? "")) words[last] += w;
    else {
      words.push(w);
      from.push(k);
    }
  }
  const at = words.flatMap((w, i) => (numberOf(w, lang) === undefined ? [] : [i]));
  return at.flatMap((i) => {
    const figure = figureAt(words, i, lang);
    return figure ? [{ ...figure, at: from[i] as number }] : [];
  });
}

function figureAt(words: readonly string[], i: number, lang: Language): StatedFigure | undefined {
  const value = numberOf(words[i] ?? "", lang) as number;
  const noun = words[i + 1];
  if (!noun) return undefined;
  const ends = (phrases: readonly (readonly string[])[] | undefined) =>
    (phrases ?? []).some((p) => p.length <= i && p.every((w, k) => words[i - p.length + k] === w));
  const b = lang.bounds;
  // The longer phrase first: "no more than" is a bound from above, though it ends in "more than".
  const range: FigureRange = ends(b?.atMost)
    ? { low: -Infinity, lowOpen: true, high: value, highOpen: false }
    : ends(b?.atLeast)
      ? { low: value, lowOpen: false, high: Infinity, highOpen: true }
      : ends(b?.above)
        ? { low: value, lowOpen: true, high: Infinity, highOpen: true }
        : ends(b?.below)
          ? { low: -Infinity, lowOpen: true, high: value, highOpen: true }
          : { low: value, lowOpen: false, high: value, highOpen: false };
  return { range, noun };
}

/**
 * "Yes" when every figure the fact allows is one the question allows ("more than 25" is "more than
 * 20"), "no" when none is ("10" against "12", "more than 30" against "under 20"), null when some are.
 */
export function compareFigures(asked: FigureRange, said: FigureRange): Verdict {
  const below = (a: FigureRange, b: FigureRange) =>
    a.high < b.low || (a.high === b.low && (a.highOpen || b.lowOpen));
  if (below(said, asked) || below(asked, said)) return "no";
  const lowIn = said.low > asked.low || (said.low === asked.low && (said.lowOpen || !asked.lowOpen));
  const highIn = said.high < asked.high || (said.high === asked.high && (said.highOpen || !asked.highOpen));
  return lowIn && highIn ? "yes" : null;
}

/**
 * "Did X speak on Monday" (the fact: on Sunday), "did X leave in 2023", "does the office have 10
 * wilderness areas", "more than 20 years": a yes/no question stating a time or a figure, judged by the
 * fact about all its names that gives a time, or counts the same thing. The fact most about the
 * question judges, or one of the relation asked (or related), the best first. A time that agrees
 * is yes when the fact says the rest of the question too ("did X speak on Sunday", the fact of what X
 * said on Sunday), and otherwise leaves the question to the ordinary verdict; a figure decides yes,
 * no, or (a bound that the fact's figure only partly meets) nothing. `ranked` is best first.
 */
export function statedOtherwise(
  q: Analysis,
  ranked: readonly Item[],
  ctx: Pick<ScoringContext, "related" | "contrary">,
  lang: Language,
  concept: (word: string) => string,
  /** Relations named by no verb: a bare figure after a name is said of one of these. */
  verbless: ReadonlySet<string> = new Set(),
): { verdict: Verdict; item: Item } | undefined {
  if (q.asked !== "yesno" || q.compare) return undefined;
  // "Was the shooting in 2009": no name, but a noun of a relation whose one dated fact tells when.
  const nouns = new Set(q.cues.filter((c) => c.kind === "noun").map((c) => c.relation));
  if (q.mentions.length === 0 && (nouns.size === 0 || nouns.size !== q.cues.length)) return undefined;
  const time = calendarTime(q.words, lang);
  const timed = Object.keys(time).length > 0;
  const figure = statedFigure(q.words, lang);
  const figures = figure || timed ? [] : statedFigures(q.words, lang);
  // "Was it the first one": a place in a series, said after an article.
  const place = q.words.flatMap((w, i) =>
    lang.articles.has(q.words[i - 1] ?? "") ? (ordinalOf(w, lang) ?? []) : [],
  );
  const ordinal = place.length === 1 ? place[0] : undefined;
  const bare = timed || figure || figures.length > 0 ? undefined : bareFigure(q, ranked, verbless, lang);
  if (bare) return bare;
  if (!timed && !figure && figures.length < 2 && ordinal === undefined) return undefined;
  const asked = new Set(q.cues.map((c) => c.relation));
  const ofAsked = (item: Item) =>
    asked.size === 0 ||
    asked.has(item.relation) ||
    [...asked].some((r) => ctx.related.get(r)?.has(item.relation) ?? false);
  // A time that agrees is yes when the fact says the rest too: of the relation asked (or one related,
  // not contrary), with every other word the question keeps and none the facts never use.
  const timeWords = new Set(
    q.words.filter((w) => Object.keys(calendarTime(["", w], lang)).length > 0).map(concept),
  );
  const content = q.keywords.filter((k) => !k.startsWith("@") && !timeWords.has(k));
  const saysRest = (item: Item) =>
    q.unknown.length === 0 &&
    content.every((k) => item.concepts.has(k)) &&
    (asked.size === 0 ||
      asked.has(item.relation) ||
      [...asked].some(
        (r) => ctx.related.get(r)?.has(item.relation) && !ctx.contrary.get(r)?.has(item.relation),
      ));
  const dated = ranked.filter((item) => item.kind === "fact" && nouns.has(item.relation) && item.when);
  if (q.mentions.length === 0 && (!timed || figure || dated.length !== 1)) return undefined;
  const facts =
    q.mentions.length === 0
      ? dated
      : ranked.filter((item) => item.kind === "fact" && q.mentions.every((m) => involves(item, m.entity)));
  for (const [n, item] of facts.entries()) {
    if (n > 0 && !ofAsked(item)) continue;
    if (timed && item.when !== undefined) {
      const said = calendarTime(normaliseText(item.when).split(" ").filter(Boolean), lang);
      const how = compareTimes(time, said);
      if (how === "differs") return { verdict: "no", item };
      if (how === "agrees") return saysRest(item) ? { verdict: "yes", item } : undefined;
    }
    // The fact's count gives the name's place in its series ("tenth"): another place says no.
    if (ordinal !== undefined && item.quantity !== undefined) {
      const words = normaliseText(item.quantity).split(" ").filter(Boolean);
      const said = words.flatMap((w) => ordinalOf(w, lang) ?? []);
      if (said.length > 0 && !said.includes(ordinal)) return { verdict: "no", item };
    }
    if (figure && item.quantity !== undefined) {
      const words = normaliseText(item.quantity).split(" ").filter(Boolean);
      const at = statedFigures(q.words, lang)[0]?.at ?? -1;
      const nouns = new Set([figure.noun, ...countedNouns(q, at)].map(concept));
      const said = words.some((w) => nouns.has(concept(w))) ? statedFigure(words, lang) : undefined;
      if (said) return { verdict: compareFigures(figure.range, said.range), item };
    }
  }
  // "40k workers from 50 states": several figures, each judged by a fact's count of its own noun.
  if (figures.length < 2) return undefined;
  const verdicts: { verdict: Verdict; item: Item }[] = [];
  for (const f of figures) {
    const nouns = countedNouns(q, f.at).map(concept);
    const judged = facts.flatMap((item) => {
      if (item.quantity === undefined) return [];
      const words = normaliseText(item.quantity).split(" ").filter(Boolean);
      const said = statedFigures(words, lang).find((s) => nouns.includes(concept(s.noun)));
      return said ? [{ verdict: compareFigures(f.range, said.range), item }] : [];
    });
    if (judged[0]) verdicts.push(judged[0]);
  }
  const no = verdicts.find((v) => v.verdict === "no");
  if (no) return no;
  // A bound the fact's figure only partly meets leaves the question undecided, as one figure does.
  const partly = verdicts.find((v) => v.verdict === null);
  if (partly) return partly;
  return verdicts.length === figures.length ? verdicts[0] : undefined;
}

/**
 * "Is X 15": a figure alone, right after the name a "to be" question asks about and closing it, stands
 * for the one figure the knowledge gives of that name by a relation of no verb (what "to be" says of
 * it, an age, a height), whatever it counts. With one such fact the two are compared; with several,
 * which one is meant is not said.
 */
function bareFigure(
  q: Analysis,
  ranked: readonly Item[],
  verbless: ReadonlySet<string>,
  lang: Language,
): { verdict: Verdict; item: Item } | undefined {
  const last = q.words.length - 1;
  const value = numberOf(q.words[last] ?? "", lang);
  const name = q.mentions.length === 1 ? q.mentions[0] : undefined;
  if (!q.copular || value === undefined || name?.end !== last || q.cues.length > 0) return undefined;
  const giving = ranked.filter(
    (item) =>
      item.kind === "fact" &&
      item.quantity !== undefined &&
      verbless.has(item.relation) &&
      item.subject.has(name.entity),
  );
  const item = giving.length === 1 ? giving[0] : undefined;
  if (!item) return undefined;
  const said = statedFigures(
    normaliseText(item.quantity ?? "")
      .split(" ")
      .filter(Boolean),
    lang,
  );
  if (said.length !== 1 || !said[0]) return undefined;
  const asked = { low: value, lowOpen: false, high: value, highOpen: false };
  return { verdict: compareFigures(asked, said[0].range), item };
}

/** The place an ordinal word gives ("tenth", "10th"), in a language. */
export function ordinalOf(word: string, lang: Language): number | undefined {
  const ordinals = lang.ordinals;
  if (!ordinals) return undefined;
  const digits = ordinals.suffixes.exec(word);
  return digits ? Number(digits[1]) : ordinals.words[word];
}

/**
 * What a figure at `at` counts: the word after it, or the last word of the names that follow it
 * ("2 army corps power teams" counts teams).
 */
export function countedNouns(q: Pick<Analysis, "words" | "mentions">, at: number): string[] {
  const next = q.words[at + 1];
  if (next === undefined) return [];
  let end = at + 1;
  for (let m = q.mentions.find((n) => n.start === end); m; m = q.mentions.find((n) => n.start === end))
    end = m.end;
  const last = end > at + 1 ? q.words[end - 1] : undefined;
  return last !== undefined && last !== next ? [next, last] : [next];
}

/**
 * "Is the photo from Reuters", "did X get his bachelor's from Y", "did X come to Z from W": a name the
 * article never uses (`stranger`), where the one fact the question is about gives a single other name.
 * The fact must be of the relation asked or tie together the question's names, or hold every content
 * word it keeps; and either its subject is the question's (a known subject's one value: the side
 * opposite holds one name the question leaves out, or failing that its other names do), or, with no
 * name, it is the one fact of its relation. A list, or examples of one, or an unknown subject ("is
 * Uzbekistan part of the system", members being many) leave the question as it was. `ranked` is best first.
 */
export function singleOtherValue(
  q: Analysis,
  ranked: readonly Item[],
  /** The items of a relation, in knowledge order. */
  stating: (relation: string) => readonly Item[],
  /** Where the name the article never uses stands among the question's words. */
  strangerAt: number,
  lang?: Language,
  /** Whether an entity's name is words of the language ("Russian media"), not a proper name. */
  describes: (entity: string) => boolean = () => false,
): Item | undefined {
  if (q.asked !== "yesno" || q.compare) return undefined;
  const fact = ranked.find(
    (item) => item.kind === "fact" && q.mentions.every((m) => involves(item, m.entity)),
  );
  if (!fact || fact.partial || fact.open) return undefined;
  const asked = new Set(q.cues.map((c) => c.relation));
  const content = q.keywords.filter((k) => !k.startsWith("@"));
  const about =
    asked.has(fact.relation) ||
    q.mentions.length > 1 ||
    (content.length > 0 && content.every((k) => fact.concepts.has(k)));
  if (!about || (asked.size > 0 && !asked.has(fact.relation))) return undefined;
  if (q.mentions.length === 0) {
    // "Is the photo from Reuters": the question names the relation's thing itself ("the photo"), and
    // the knowledge has one. A verb alone ("does he like golf") leaves whose it is unsaid.
    const ofRelation = stating(fact.relation).filter((item) => item.kind === "fact");
    const byNoun = q.cues.some((c) => c.kind === "noun" && c.relation === fact.relation);
    if (!byNoun) return undefined;
    if (ofRelation.length === 1) return fact;
    // "Was the fee paid to W": the stranger stands where the relation's object does, and one fact of
    // the relation has an object at all.
    let before = strangerAt - 1;
    while (before > 0 && lang?.articles.has(q.words[before] ?? "")) before--;
    const toObject = lang?.toSide.has(q.words[before] ?? "") ?? false;
    const withObject = ofRelation.filter((item) => item.object.size > 0);
    return toObject && withObject.length === 1 ? withObject[0] : undefined;
  }
  // The question is about its first name, which the stranger follows ("did Lohr come from W"), not
  // about the stranger ("does Azerbaijan get anything from Russia").
  const first = q.mentions[0];
  if (!first || first.start > strangerAt) return undefined;
  const named = new Set(q.mentions.map((m) => m.entity));
  if (![...fact.subject].some((id) => named.has(id))) return undefined;
  const unnamed = (ids: ReadonlySet<string>) => [...ids].filter((id) => !named.has(id));
  const othersOf = (item: Item) => {
    const opposite = unnamed(item.object);
    // "Spoke to Russian media, for Krasnaya Zvezda": beside names said in common words, the one proper
    // name is what a stranger's proper name stands against.
    const proper = opposite.filter((id) => !describes(id));
    if (opposite.length > 1 && proper.length === 1) return proper;
    return opposite.length > 0 ? opposite : unnamed(item.mentions);
  };
  // One value across every fact of the relation about the question's names and words, not one of several.
  const values = new Set(
    stating(fact.relation)
      .filter(
        (item) =>
          item === fact ||
          (item.kind === "fact" &&
            q.mentions.every((m) => involves(item, m.entity)) &&
            content.every((k) => item.concepts.has(k))),
      )
      .flatMap(othersOf),
  );
  return othersOf(fact).length === 1 && values.size === 1 ? fact : undefined;
}

/**
 * The question says "the same as", "то же, что": one of the language's phrases of sameness. A question
 * word right after the phrase ("то же, что и X") joins the compared name, and asks nothing, when it is
 * the only one: the question is still a yes/no one (`yesNo`).
 */
export function asksSame(
  q: Pick<Analysis, "words" | "asked">,
  lang: Language,
): { yesNo: boolean } | undefined {
  const words = q.words;
  for (const p of lang.samePhrases ?? []) {
    const at = words.findIndex((_, i) => p.every((w, k) => words[i + k] === w));
    if (at < 0) continue;
    if (q.asked === "yesno") return { yesNo: true };
    const after = at + p.length;
    const wh = words.flatMap((w, i) => (lang.whAsks[w] === undefined ? [] : [i]));
    return { yesNo: wh.length === 1 && wh[0] === after };
  }
  return undefined;
}

/**
 * "Does A get the same as B", "is A's deal at the same stage as B's": the fact told first of each name
 * judges. One fact for both, with both on one side, says yes; facts of one relation that give each the
 * same things (every entity of another kind than the names') say yes; facts of different relations, or
 * of the same relation with other things, say no. Nothing when a name has no fact of its own.
 */
export function judgeAlike(
  first: { mention: Mention; item: Item | undefined },
  second: { mention: Mention; item: Item | undefined },
  types: ReadonlyMap<string, string>,
): Judgement | undefined {
  const a = first.item;
  const b = second.item;
  if (!a || !b || a.kind !== "fact" || b.kind !== "fact" || a.open || b.open) return undefined;
  const kind = types.get(first.mention.entity);
  if (a === b) {
    const together =
      (a.subject.has(first.mention.entity) && a.subject.has(second.mention.entity)) ||
      (a.object.has(first.mention.entity) && a.object.has(second.mention.entity));
    return together ? { verdict: "yes", decided: true, items: [a] } : undefined;
  }
  if (a.relation !== b.relation) return { verdict: "no", decided: true, items: [a, b] };
  const things = (item: Item) =>
    new Set([...item.subject, ...item.object, ...item.mentions].filter((id) => types.get(id) !== kind));
  const ta = things(a);
  const tb = things(b);
  const same = ta.size === tb.size && [...ta].every((id) => tb.has(id));
  if (ta.size === 0 && tb.size === 0) return undefined;
  return { verdict: same ? "yes" : "no", decided: true, items: [a, b] };
}

/**
 * "Are the radios going to A?", "связь поставят A?": a yes/no question naming a thing and a party of
 * another kind, where every fact (of the relation asked, if any) that has the thing and names parties
 * of that kind on a side names others, and none of them lists examples only or leaves who open. The
 * thing goes to someone else: no, with the first such facts. Nothing when a fact has the party on a side
 * beside the thing (that is for the ordinary verdict) or no fact places the thing with a party at all.
 */
export function givenElsewhere(
  q: Analysis,
  all: readonly Item[],
  types: ReadonlyMap<string, string>,
): Item[] | undefined {
  if (q.asked !== "yesno" || q.compare || q.negated || q.mentions.length !== 2) return undefined;
  const asked = new Set(q.cues.map((c) => c.relation));
  // The question is about the thing, named first; the party follows ("going to A").
  const [thing, party] = [...q.mentions].sort((x, y) => x.start - y.start) as [Mention, Mention];
  const kind = types.get(party.entity);
  if (types.get(thing.entity) === kind) return undefined;
  const onSide = (item: Item, id: string) => item.subject.has(id) || item.object.has(id);
  const ofAsked = (item: Item) =>
    item.kind === "fact" &&
    item.relation !== DESCRIBE_RELATION &&
    (asked.size === 0 || asked.has(item.relation)) &&
    involves(item, thing.entity);
  // What is given stands beside the parties, not as one of them.
  const placing = all.filter(
    (item) =>
      ofAsked(item) &&
      !onSide(item, thing.entity) &&
      [...item.subject, ...item.object].some((id) => types.get(id) === kind),
  );
  if (placing.length === 0 || all.some((item) => ofAsked(item) && onSide(item, party.entity)))
    return undefined;
  if (placing.some((item) => item.open || item.partial || onSide(item, party.entity))) return undefined;
  return placing.slice(0, GIVEN_ELSEWHERE_SHOWN);
}

/** The words hold one of the language's phrases of what was possible ("could have received"). */
function saysPossible(words: readonly string[], lang: Language): boolean {
  return (lang.possibilityPhrases ?? []).some((p) =>
    words.some((_, i) => p.every((w, k) => words[i + k] === w)),
  );
}

/**
 * "Did X appeal his sentence": a yes/no question opened by a helping verb and a name, whose own verb
 * (the word right after the name) is an ordinary word no fact uses, and no relation is asked. No fact
 * says that X did it, whatever else it says of X.
 */
export function unsaidVerb(q: Analysis, lang: Language): boolean {
  if (q.copular || q.asked !== "yesno" || q.cues.some((c) => c.kind !== "noun")) return false;
  const subject = q.mentions[0];
  if (subject?.start !== 1 || !lang.auxiliaries.has(q.words[0] ?? "")) return false;
  return q.unknown.some((u) => u.common && u.at === subject.end);
}

/**
 * "Did X get the maximum" against "X could have received a maximum of ...": what was possible is not
 * what happened. Where the fact that says yes only states a possibility, and the question does not ask
 * one, a fact of its relation about the same names that tells what happened says no.
 */
export function possibleOnly(
  q: Analysis,
  said: Item,
  all: readonly Item[],
  lang: Language,
): Item | undefined {
  const possible = (item: Item) => saysPossible(normaliseText(item.answer).split(" "), lang);
  if (!possible(said) || saysPossible(q.words, lang)) return undefined;
  return all.find(
    (item) =>
      item !== said &&
      item.kind === "fact" &&
      item.relation === said.relation &&
      q.mentions.every((m) => involves(item, m.entity)) &&
      !possible(item),
  );
}

/** "Is it illegal to kill ...": "to be" and an empty subject open the question, and the relation asked is an infinitive. */
export function asksRule(q: Analysis, lang: Language): boolean {
  const marker = lang.infinitive?.marker;
  return (
    lang.beForms.has(q.words[0] ?? "") &&
    (lang.dummySubjects?.has(q.words[1] ?? "") ?? false) &&
    marker !== undefined &&
    q.cues.some((c) => q.words[c.position - 1] === marker)
  );
}

/**
 * Whether a yes/no question asks if anyone at all did it earlier ("has a secretary ever visited a
 * nation before"), not whether one named person had, and does not itself ask about a first.
 */
function asksEarlier(q: Analysis, lang: Language): boolean {
  const words = lang.firstTime;
  if (!words || q.words.some((w) => words.first.has(w))) return false;
  if (!q.words.some((w) => words.earlier.has(w))) return false;
  const start = q.mentions[0]?.start ?? q.words.length;
  return q.words.slice(0, start).some((w) => words.anyone.has(w));
}

/** Whether a fact calls what it tells the first of its kind ("the first time in history"). */
function saysFirst(item: Item, lang: Language): boolean {
  const first = lang.firstTime?.first;
  return first !== undefined && foldedWords(item.answer).some((w) => first.has(w));
}
