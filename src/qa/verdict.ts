import { DESCRIBE_RELATION, type Item } from "./items.js";
import type { Analysis, Mention } from "./question.js";
import { ownedCueWords, type ScoringContext } from "./score.js";

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
export function judgeYesNo(q: Analysis, items: readonly Item[], ctx: ScoringContext): Judgement | undefined {
  if (items.length === 0) return undefined;
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
    return says && q.unknown.every((u) => u.common)
      ? { verdict: "yes", decided: true, items: [says] }
      : undefined;
  }

  const allPlaced = items.filter((item) => ofAsked(item) && q.mentions.every((m) => placed(item, m)));
  // Both names on opposite sides of one fact say more than both somewhere in it.
  const joined = allPlaced.filter((item) => joinsSides(item, q.mentions));
  const confirming = [...joined, ...allPlaced.filter((i) => !joined.includes(i))].filter((item) =>
    coversWords(item, q, ctx),
  );
  // "Is Bondarev the defense minister", "is it nuclear powered": the words that end the question say
  // what is asked of the name, and one no fact uses leaves the question undecided whatever the rest.
  const end = q.words.length - 1;
  const predicate =
    q.copular && q.unknown.some((u) => u.common && u.at >= end - 1 && !u.word.endsWith("ing"));
  // "Is the rover pressurized" against "an unpressurized rover": the fact says the opposite word.
  const content = q.keywords.filter((k) => !k.startsWith("@"));
  const denying = confirming.find((item) => content.some((k) => item.denied.has(k)));
  if (denying) return { verdict: "no", decided: true, items: [denying] };
  if (confirming.length > 0 && predicate)
    return { verdict: null, decided: false, items: confirming.slice(0, 1) };
  if (confirming.length > 0) return { verdict: "yes", decided: true, items: confirming.slice(0, 1) };

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

  // "Is X based at Y": where someone works says where they are, when the knowledge relates the two.
  const ofRelated = (item: Item) =>
    ofAsked(item) || [...asked].some((r) => ctx.related.get(r)?.has(item.relation) ?? false);
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
    if (
      partiesThere &&
      things.some((m) => !involves(item, m.entity) && hasOtherOfType(item, m.entity, ctx))
    ) {
      // Unless a fact of the relation lists only examples, and may hold the question's names.
      const open = mayList(item, parties, things, ctx);
      return open
        ? { verdict: null, decided: false, items: [item, open] }
        : { verdict: "no", decided: true, items: [item] };
    }
    // The fact gives someone else where the question names someone: one holder excludes the others
    // ("is Bondarev the head of the service?"); a list does not ("is Kyrgyzstan a CSTO member?").
    const missing = parties.filter((m) => !involves(item, m.entity));
    if (missing.length > 0 && missing.some((m) => hasOtherOfType(item, m.entity, ctx))) {
      const present = q.mentions.filter((m) => involves(item, m.entity));
      if (present.length === 0) continue;
      const single = missing.every((m) => soleHolder(item, m, ctx));
      return single
        ? { verdict: "no", decided: true, items: [item] }
        : { verdict: null, decided: false, items: [item] };
    }
  }
  return undefined;
}

/**
 * A fact of the item's relation whose lists are examples only ("including ..."): it names the thing
 * the question asks about, and each party of the question or, where it does not, others of its kind
 * the party might be one of beside them ("to countries including A and B" may hold C too).
 */
function mayList(
  item: Item,
  parties: readonly Mention[],
  things: readonly Mention[],
  ctx: ScoringContext,
): Item | undefined {
  return ctx.partial
    ?.get(item.relation)
    ?.find(
      (other) =>
        other !== item &&
        things.length > 0 &&
        things.every((m) => involves(other, m.entity)) &&
        parties.every((m) => involves(other, m.entity) || hasOtherOfType(other, m.entity, ctx)),
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
  const content = q.keywords.filter((k) => !k.startsWith("@"));
  const missing = content.filter((k) => !item.concepts.has(k));
  if (missing.length === 0) return true;
  // Ordinary words the facts never use are phrasing ("getting ready"), and half the words will do,
  // unless one left out names a relation ("one of the selected companies"): that is what is asked.
  return (
    q.unknown.every((u) => u.common) &&
    missing.length * 2 <= content.length &&
    !missing.some((k) => ctx.relationWords.has(k))
  );
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

function involves(item: Item, entity: string): boolean {
  return item.subject.has(entity) || item.object.has(entity) || item.mentions.has(entity);
}

function hasOtherOfType(item: Item, entity: string, ctx: ScoringContext): boolean {
  const type = ctx.types.get(entity);
  return [...item.subject, ...item.object, ...item.mentions].some(
    (id) => id !== entity && ctx.types.get(id) === type,
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
    if (item.kind !== "fact" || (asked.size > 0 && !asked.has(item.relation))) continue;
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
