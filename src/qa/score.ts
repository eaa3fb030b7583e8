import { compareTimes } from "./calendar.js";
import type { FactIndex } from "./fact-index.js";
import { DESCRIBE_RELATION, type Item } from "./items.js";
import type { Analysis, Mention, Role } from "./question.js";
import { WEIGHTS } from "./weights.js";

const ASKS_CIRCUMSTANCE = new Set(["when", "where", "why", "quantity"]);

export interface Scored {
  item: Item;
  score: number;
}

/** What scoring needs besides the question and the item, built once per knowledge file. */
export interface ScoringContext {
  index: FactIndex;
  /** The relations of what someone said. */
  speech?: ReadonlySet<string>;
  /** Entity id → its type, for "which country" questions. */
  types: ReadonlyMap<string, string>;
  /** Relation → the entity types its facts put on each side, and name besides. */
  sides: ReadonlyMap<
    string,
    { subject: ReadonlySet<string>; object: ReadonlySet<string>; mentions: ReadonlySet<string> }
  >;
  /** Relation → the relations declared related (or contrary) to it, both ways. */
  related: ReadonlyMap<string, ReadonlySet<string>>;
  /** Concepts of what the facts say of when, where, why and how much ("sunday"). */
  circumstances: ReadonlySet<string>;
  /** Relation → the relations whose yes/no questions its facts answer "no". */
  contrary: ReadonlyMap<string, ReadonlySet<string>>;
  /** Concepts of the words that name a relation ("select"), wherever they stand in a question. */
  relationWords: ReadonlySet<string>;
  /** Relation → the entities its facts put on either side. */
  parties: ReadonlyMap<string, ReadonlySet<string>>;
  /** Relation → its facts whose lists are examples, not all (`partial`). */
  partial?: ReadonlyMap<string, readonly Item[]>;
  /** Relation → its facts that leave open who or which (`leavesOpen`). */
  open?: ReadonlyMap<string, readonly Item[]>;
  /** A question's word → its concept (stem, or its synonym group's), for words no fact uses too. */
  concept?: (word: string) => string;
  /** A noun's concept → the items whose answer puts an ordinal before it ("the 18th Chief"). */
  ranks?: ReadonlyMap<string, ReadonlySet<Item>>;
  /** Every item, as the index numbers them. */
  items?: readonly Item[];
  /** The kinds whose entities are places (a kind's `place`). */
  placeKinds?: ReadonlySet<string>;
  /** Entities whose name is written as a proper name, every main word capitalised ("Kestrel Cup"). */
  properNames?: ReadonlySet<string>;
}

/** Each relation's facts whose lists are examples only (or, with `open`, that leave who open). */
export function partialFacts(
  items: readonly Item[],
  which: "partial" | "open" = "partial",
): ReadonlyMap<string, readonly Item[]> {
  const partial = new Map<string, Item[]>();
  for (const item of items)
    if (item[which]) partial.set(item.relation, [...(partial.get(item.relation) ?? []), item]);
  return partial;
}

/** Which entities stand on a side of each relation's facts. */
export function relationParties(items: readonly Item[]): ScoringContext["parties"] {
  const parties = new Map<string, Set<string>>();
  for (const item of items) {
    if (item.kind !== "fact") continue;
    const set = parties.get(item.relation) ?? new Set<string>();
    for (const id of [...item.subject, ...item.object]) set.add(id);
    parties.set(item.relation, set);
  }
  return parties;
}

/** The knowledge's `related` and `contrary` declarations, made symmetric. */
export function relatedRelations(
  relations: readonly { id: string; related: readonly string[]; contrary: readonly string[] }[],
) {
  const out = new Map<string, Set<string>>();
  const link = (a: string, b: string) => out.set(a, (out.get(a) ?? new Set<string>()).add(b));
  for (const r of relations) {
    for (const other of [...r.related, ...r.contrary]) {
      link(r.id, other);
      link(other, r.id);
    }
  }
  return out;
}

/** Which entity types stand on each side of each relation, as the facts use them. */
export function sideTypes(
  items: readonly Item[],
  types: ReadonlyMap<string, string>,
): ScoringContext["sides"] {
  const sides = new Map<string, { subject: Set<string>; object: Set<string>; mentions: Set<string> }>();
  for (const item of items) {
    const entry = sides.get(item.relation) ?? {
      subject: new Set<string>(),
      object: new Set<string>(),
      mentions: new Set<string>(),
    };
    for (const id of item.subject) entry.subject.add(types.get(id) ?? "");
    for (const id of item.object) entry.object.add(types.get(id) ?? "");
    for (const id of item.mentions) entry.mentions.add(types.get(id) ?? "");
    sides.set(item.relation, entry);
  }
  return sides;
}

/** How the question's relation words stand to one item's relation. */
interface RelationFit {
  /** The item states the relation the question names. */
  exact: boolean;
  /** The item states a relation the knowledge declares related to it. */
  near: boolean;
  /** The knowledge gives the item one of the question's relation words as its own keyword. */
  owned: boolean;
}

/**
 * How well one item answers the analysed question: the sum of what its names, its words, its
 * relation and its kind of answer say. Entities count by the side of the relation they are on, so
 * "who supplies Armenia" and "what does Armenia supply" are different questions.
 */
export function scoreItem(item: Item, q: Analysis, ctx: ScoringContext): number {
  const exact = q.cues.some((c) => c.relation === item.relation);
  const near = !exact && q.cues.some((c) => ctx.related.get(item.relation)?.has(c.relation) ?? false);
  const owned = !exact && !near ? ownedCueWords(item, q, ctx, ctx.index.rarity) : 0;
  if (!answersKind(item, q, exact || near || owned > 0, reasonOfAny(q, ctx), ctx))
    return Number.NEGATIVE_INFINITY;
  const fit: RelationFit = { exact, near, owned: owned > 0 };

  // "Besides commanding the Aerospace Forces": a fact about what is set aside is a worse answer, but
  // may still hold the rest ("besides aircraft" still gets "aircraft and missile technology").
  const excluded = q.excluded.some((id) => involves(item, id)) ? -WEIGHTS.excluded : 0;
  const names = namesScore(item, q, ctx, fit);
  const words = wordsScore(item, q, ctx);
  const relation = relationScore(item, q, fit, names.matched || words.contentCovered > 0, words.content);
  const unknown = q.unknown.reduce(
    (sum, u) => sum + (u.common ? WEIGHTS.unknownCommonWord : WEIGHTS.unknownWord),
    0,
  );
  const own = owned * WEIGHTS.keyword;
  // "Are the agreements being implemented": the fact that owns the question's own verb is about it.
  const doing = q.predicate !== undefined && item.own.has(q.predicate) ? WEIGHTS.ownedPredicate : 0;
  return doing + excluded + names.score + words.score + relation + own + kindScore(item, q, ctx) - unknown;
}

/**
 * "What gives X its strength", "who does the team work with": a word the question uses for one relation
 * that the knowledge gives a fact of another as its own keyword. It counts when the relation the word
 * names never has the question's names on a side (no fact licenses anything to GRX-810), and the fact
 * has every one of them: the word then asks for the fact that owns it. Returns how much those words weigh (their rarity), 0 when none.
 */
export function ownedCueWords(
  item: Item,
  q: Analysis,
  ctx: Pick<ScoringContext, "parties" | "related">,
  rarity: (concept: string) => number = () => 1,
): number {
  // A looser reading than a relation's own word: the fact must have every name the question gives.
  if (item.own.size === 0 || q.mentions.some((m) => !involves(item, m.entity))) return 0;
  // Without a name to tell, one relation's words are that relation's ("the headline of the release");
  // words of several relations do not agree, and a fact that owns one settles it.
  if (q.mentions.length === 0 && new Set(q.cues.map((c) => c.relation)).size < 2) return 0;
  let sum = 0;
  const seen = new Set<string>();
  for (const c of q.cues) {
    // Its own relation, or one declared related or contrary: not another relation's word.
    if (c.relation === item.relation || ctx.related.get(item.relation)?.has(c.relation)) continue;
    const parties = ctx.parties.get(c.relation);
    if (q.mentions.some((m) => parties?.has(m.entity))) continue;
    for (const k of c.concepts ?? []) {
      if (seen.has(k) || !item.own.has(k)) continue;
      seen.add(k);
      sum += rarity(k);
    }
  }
  return sum;
}

/**
 * The names of the question against the item's. Names of one kind on one side ("Armenia and
 * Belarus") ask about either, so the best of them counts; a description is of one name only, so
 * there every name counts.
 */
function namesScore(item: Item, q: Analysis, ctx: ScoringContext, fit: RelationFit) {
  const isDescription = item.relation === DESCRIBE_RELATION;
  // Sides are read off the question's verb, so they say nothing about a fact of another relation.
  const sided = fit.exact || fit.near || q.cues.length === 0 || ASKS_CIRCUMSTANCE.has(q.asked);
  // "Where is X being created": the fact that says where, and involves X, anywhere in it.
  const circumstance = ASKS_CIRCUMSTANCE.has(q.asked) && (q.cues.length === 0 || reasonOfAny(q, ctx));
  let matched = false;
  const groups = new Map<string, number>();
  for (const [i, m] of q.mentions.entries()) {
    const key = isDescription ? String(i) : `${ctx.types.get(m.entity)}:${m.role}`;
    const value = isDescription
      ? describedScore(item, m.entity)
      : circumstance
        ? involvedScore(item, m.entity)
        : entityScore(item, sided ? m.role : undefined, m.entity, ctx, q.asked === "yesno");
    matched ||= value > 0;
    groups.set(key, Math.max(groups.get(key) ?? Number.NEGATIVE_INFINITY, value));
  }
  let score = 0;
  for (const value of groups.values()) score += value;
  return { score, matched };
}

/** The question's other words found in the item, rare words counting more. */
function wordsScore(item: Item, q: Analysis, ctx: ScoringContext) {
  const keywords = new Set(q.keywords);
  let score = 0;
  let content = 0;
  let contentCovered = 0;
  // "What state got hit": the word asked for may be what the answer's entity is called, not a word
  // the fact itself uses.
  const wanted = new Set(q.asked === "what" || q.asked === "which" ? q.wanted.map((w) => w.concept) : []);
  const calledSo = (k: string) =>
    wanted.has(k) && openSide(item, q.mentions).some((id) => item.kinds.get(id) === k);
  for (const k of keywords) {
    const relationWord = k.startsWith("@");
    if (!relationWord) content++;
    if (!item.concepts.has(k) && !calledSo(k)) continue;
    if (!relationWord) contentCovered++;
    score += WEIGHTS.keyword * ctx.index.rarity(k);
  }
  // Without a name to go by, every content word found in one fact: "what work is underway".
  if (q.mentions.length === 0 && content >= 2 && contentCovered === content) score += WEIGHTS.fullCoverage;
  return { score, content, contentCovered };
}

/** The relation the question names against the item's, or the description bonus for "who is X". */
/** The knowledge's `contrary` declarations, one way: relation → the relations it answers "no" for. */
export function contraryRelations(relations: readonly { id: string; contrary: readonly string[] }[]) {
  return new Map(relations.map((r) => [r.id, new Set(r.contrary)]));
}

function relationScore(
  item: Item,
  q: Analysis,
  fit: RelationFit,
  supported: boolean,
  content: number,
): number {
  if (q.cues.length === 0) return item.relation === DESCRIBE_RELATION && q.describe ? WEIGHTS.describe : 0;
  // A relation word alone, when the fact shares nothing else the question names, is thin evidence.
  const thin = (q.mentions.length > 0 || content > 0) && !supported;
  const relation = thin ? WEIGHTS.relation / 2 : WEIGHTS.relation;
  if (q.negated) {
    if (q.cues.some((c) => c.affirmed && c.relation === item.relation)) return relation;
    // "Which countries have not signed": the related relation is the one asked, and a fact of the
    // relation named states the very opposite.
    return fit.near ? relation : fit.exact ? -WEIGHTS.relation : -WEIGHTS.otherRelation;
  }
  if (fit.exact || fit.owned) return relation;
  if (fit.near) return relation - WEIGHTS.relatedRelationGap;
  // "When did Shugaev speak?": the verb is loose, the fact that says when is what matters.
  return ASKS_CIRCUMSTANCE.has(q.asked) ? 0 : -WEIGHTS.otherRelation;
}

/** "Which newspaper ...": whether the item has a name of that kind where its answer goes. */
function kindScore(item: Item, q: Analysis, ctx: ScoringContext): number {
  // In "is Kyrgyzstan one of the countries that ...", the kind is the name's, not the answer's.
  if (!q.typeHint || q.asked === "yesno") return 0;
  // A description answers "which X is Y", never "which X did Y ...", so it only counts without a verb.
  const isDescription = item.relation === DESCRIBE_RELATION;
  const fits =
    (!isDescription || q.cues.length === 0) &&
    openSide(item, q.mentions).some(
      (id) => ctx.types.get(id) === q.typeHint && (q.typeMembers?.has(id) ?? true),
    );
  // "Which university": only the entities the knowledge gives that word can answer.
  if (q.typeMembers) return fits ? WEIGHTS.typeMatch + WEIGHTS.narrowKind : Number.NEGATIVE_INFINITY;
  return fits ? WEIGHTS.typeMatch : -WEIGHTS.typeMismatch;
}

function involvedScore(item: Item, entity: string): number {
  return involves(item, entity) ? WEIGHTS.entity : -WEIGHTS.missingEntity;
}

function describedScore(item: Item, entity: string): number {
  return item.subject.has(entity) ? WEIGHTS.entity : -WEIGHTS.missingEntity;
}

function entityScore(
  item: Item,
  role: Role | undefined,
  entity: string,
  ctx: ScoringContext,
  yesNo: boolean,
): number {
  // A fact of another relation than the question's: its sides are not the ones asked about.
  if (role === undefined) return involves(item, entity) ? WEIGHTS.mention : -WEIGHTS.missingEntity;
  if (item.subject.has(entity)) return role === "object" ? -WEIGHTS.contradiction : WEIGHTS.entity;
  if (item.object.has(entity)) return role === "subject" ? -WEIGHTS.contradiction : WEIGHTS.entity;
  if (item.mentions.has(entity)) return WEIGHTS.mention;
  // "What does Armenia send to Belarus?": Armenia stands where this fact has Russia. "What
  // communications systems does Tajikistan get?": the fact names another thing of that kind.
  const type = ctx.types.get(entity) ?? "";
  const sides = ctx.sides.get(item.relation);
  const side = role === "subject" ? sides?.subject : role === "object" ? sides?.object : undefined;
  // A yes/no question is answered with what the article does say ("does Kazakhstan get
  // communications systems" → it gets anti-aircraft missile systems), so only the sides rule it out.
  const otherThing = !yesNo && (sides?.mentions.has(type) ?? false);
  return side?.has(type) || otherThing ? -WEIGHTS.wrongSide : -WEIGHTS.missingEntity;
}

/**
 * "When", "how many", "where" and "why" need a fact that says when, how many, where or why, and one that
 * involves what the question names; the sides are then scored as usual.
 */
function answersKind(item: Item, q: Analysis, named: boolean, loose: boolean, ctx: ScoringContext): boolean {
  // With a verb of another relation, the named thing must be the fact's actor ("when did Shugaev
  // speak"); without a verb, being in the fact is enough ("where is the system being created").
  const about =
    named ||
    q.mentions.length === 0 ||
    q.mentions.some((m) =>
      q.cues.length > 0 && !loose ? item.subject.has(m.entity) : involves(item, m.entity),
    );
  // "When did he say that": a time inside what was said is not when it was said.
  const asksTheSaying = (kind: "when" | "where") =>
    item.reported[kind] && q.cues.some((c) => c.relation === item.relation);
  switch (q.asked) {
    case "when":
      return (
        item.when !== undefined &&
        about &&
        (!q.dated || item.dated) &&
        (!q.exactDate || item.datedExactly) &&
        (!q.exactDay || item.datedToDay) &&
        (!q.monthAsked || item.datedToMonth) &&
        // "What month was the first one in 2011": a fact of another year is of another time.
        (!q.setIn || compareTimes(q.setIn, item.time) !== "differs") &&
        !asksTheSaying("when")
      );
    case "quantity":
      // "What number chief is she": a rank is said by an ordinal before the noun, not by a figure.
      if (q.rankOf !== undefined && ctx.ranks?.get(q.rankOf)?.has(item)) return about;
      // "How much does the national winner get": a figure of the relation asked about none of the
      // question's names is another's figure.
      return (
        item.quantity !== undefined &&
        about &&
        (q.mentions.length === 0 || q.mentions.some((m) => involves(item, m.entity)))
      );
    case "subtype":
    case "place":
      return false;
    case "where":
      // "Where is the academy": a fact that puts what is named in a place says where it is.
      if (item.where === undefined && q.cues.length === 0)
        return (
          q.mentions.some((m) => item.subject.has(m.entity)) &&
          [...item.object].some((id) => ctx.placeKinds?.has(ctx.types.get(id) ?? "") ?? false)
        );
      return item.where !== undefined && about && !asksTheSaying("where");
    case "why":
      return item.why !== undefined && about;
    default:
      return true;
  }
}

/**
 * "Why is the regional system needed": the verb names a relation none of the question's names ever
 * stands in, so it says nothing of sides, and a reason is of whatever its fact involves.
 */
function reasonOfAny(q: Analysis, ctx: ScoringContext): boolean {
  return (
    q.asked === "why" &&
    q.cues.length > 0 &&
    q.mentions.length > 0 &&
    q.mentions.every((m) => q.cues.every((c) => !(ctx.parties.get(c.relation)?.has(m.entity) ?? false)))
  );
}

/** Whether an item names an entity on any side: its subject, its object or what it mentions. */
export function involves(item: Item, entity: string): boolean {
  return item.subject.has(entity) || item.object.has(entity) || item.mentions.has(entity);
}

/** The side of the item the question leaves open: what the answer has to name. */
export function openSide(item: Item, mentions: readonly Mention[]): string[] {
  if (item.relation === DESCRIBE_RELATION) return [...item.subject];
  const named = new Set(mentions.map((m) => m.entity));
  const subjectNamed = [...item.subject].some((id) => named.has(id));
  const objectNamed = [...item.object].some((id) => named.has(id));
  // What a statement names besides its speaker is what "which region did Bondarev mean" asks for.
  const others = [...item.mentions].filter((id) => !named.has(id));
  if (subjectNamed && !objectNamed) return item.object.size > 0 ? [...item.object] : others;
  // "What equipment goes to Armenia": with the recipient named, the supplier or the thing supplied.
  if (objectNamed && !subjectNamed) return [...item.subject, ...others];
  return [...item.subject, ...item.object, ...others];
}
