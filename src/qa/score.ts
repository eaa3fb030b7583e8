import type { FactIndex } from "./fact-index.js";
import { DESCRIBE_RELATION, type Item } from "./items.js";
import type { Analysis, Mention, Role } from "./question.js";
import { WEIGHTS } from "./weights.js";

const ASKS_CIRCUMSTANCE = new Set(["when", "where", "why", "quantity"]);

export interface Scored {
  item: Item;
  score: number;
}

/** The entity types of the knowledge, by id, for "which country" questions. */
export type EntityTypes = ReadonlyMap<string, string>;

/**
 * How well one item answers the analysed question. Entities count by the side of the relation they are
 * on, so "who supplies Armenia" and "what does Armenia supply" are different questions.
 */
export function scoreItem(item: Item, q: Analysis, index: FactIndex, types: EntityTypes): number {
  const named = q.cues.some((c) => c.relation === item.relation);
  if (!answersKind(item, q, named)) return Number.NEGATIVE_INFINITY;
  const isDescription = item.relation === DESCRIBE_RELATION;
  // Sides are read off the question's verb, so they say nothing about a fact of another relation.
  const sided = named || q.cues.length === 0 || ASKS_CIRCUMSTANCE.has(q.asked);
  let score = 0;
  // Names of one kind on one side ("Armenia and Belarus") ask about either: the best of them counts.
  // A description is of one name only, so there every name counts.
  const groups = new Map<string, number>();
  for (const [i, m] of q.mentions.entries()) {
    const key = isDescription ? String(i) : `${types.get(m.entity)}:${m.role}`;
    const value = entityScore(item, sided ? m.role : undefined, m.entity, isDescription);
    groups.set(key, Math.max(groups.get(key) ?? Number.NEGATIVE_INFINITY, value));
  }
  for (const value of groups.values()) score += value;

  if (q.cues.length > 0) {
    // "When did Shugaev speak?": the verb is loose, the fact that says when is what matters.
    score += named ? WEIGHTS.relation : ASKS_CIRCUMSTANCE.has(q.asked) ? 0 : -WEIGHTS.otherRelation;
  } else if (isDescription && q.describe) {
    score += WEIGHTS.describe;
  }

  const keywords = new Set(q.keywords);
  let covered = 0;
  for (const k of keywords) {
    if (!item.concepts.has(k)) continue;
    covered++;
    score += WEIGHTS.keyword * index.rarity(k);
  }
  // Without a name or a relation to go by, every content word found in one fact: "what work is underway".
  if (q.mentions.length === 0 && q.cues.length === 0 && covered >= 2 && covered === keywords.size) {
    score += WEIGHTS.fullCoverage;
  }
  if (q.typeHint && openSide(item, q.mentions).some((id) => types.get(id) === q.typeHint)) {
    score += WEIGHTS.typeMatch;
  }
  score -= WEIGHTS.unknownWord * q.unknown.length;
  return score;
}

function entityScore(item: Item, role: Role | undefined, entity: string, isDescription: boolean): number {
  if (isDescription) return item.subject.has(entity) ? WEIGHTS.entity : -WEIGHTS.missingEntity;
  // A fact of another relation than the question's: its sides are not the ones asked about.
  if (role === undefined) return involves(item, entity) ? WEIGHTS.mention : -WEIGHTS.missingEntity;
  if (item.subject.has(entity)) return role === "object" ? -WEIGHTS.contradiction : WEIGHTS.entity;
  if (item.object.has(entity)) return role === "subject" ? -WEIGHTS.contradiction : WEIGHTS.entity;
  if (item.mentions.has(entity)) return WEIGHTS.mention;
  return -WEIGHTS.missingEntity;
}

/**
 * "When", "how many", "where" and "why" need a fact that says when, how many, where or why, and one about
 * the named actor: the day Shugaev spoke is not the day Armenia signed anything.
 */
function answersKind(item: Item, q: Analysis, named: boolean): boolean {
  const about = named || q.mentions.length === 0 || q.mentions.some((m) => item.subject.has(m.entity));
  switch (q.asked) {
    case "when":
      return item.when !== undefined && about;
    case "quantity":
      return item.quantity !== undefined && about;
    case "where":
      return item.where !== undefined && about;
    case "why":
      return item.why !== undefined && about;
    default:
      return true;
  }
}

function involves(item: Item, entity: string): boolean {
  return item.subject.has(entity) || item.object.has(entity) || item.mentions.has(entity);
}

/** The side of the item the question leaves open: what the answer has to name. */
function openSide(item: Item, mentions: readonly Mention[]): string[] {
  if (item.relation === DESCRIBE_RELATION) return [...item.subject];
  const named = new Set(mentions.map((m) => m.entity));
  const subjectNamed = [...item.subject].some((id) => named.has(id));
  const objectNamed = [...item.object].some((id) => named.has(id));
  if (subjectNamed && !objectNamed) return [...item.object];
  if (objectNamed && !subjectNamed) return [...item.subject];
  return [...item.subject, ...item.object];
}
