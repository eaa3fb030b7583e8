import type { Analysis, Mention } from "./analyse.js";
import type { FactIndex } from "./fact-index.js";
import { DESCRIBE_RELATION, type Item } from "./items.js";
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
  if (!answersKind(item, q)) return Number.NEGATIVE_INFINITY;
  const isDescription = item.relation === DESCRIBE_RELATION;
  let score = 0;
  // Names of one kind on one side ("Armenia and Belarus") ask about either: the best of them counts.
  // A description is of one name only, so there every name counts.
  const groups = new Map<string, number>();
  for (const [i, m] of q.mentions.entries()) {
    const key = isDescription ? String(i) : `${types.get(m.entity)}:${m.role}`;
    groups.set(
      key,
      Math.max(groups.get(key) ?? Number.NEGATIVE_INFINITY, entityScore(item, m, isDescription)),
    );
  }
  for (const value of groups.values()) score += value;

  if (q.cues.length > 0) {
    const named = q.cues.some((c) => c.relation === item.relation);
    // "When did Shugaev speak?": the verb is loose, the fact that says when is what matters.
    score += named ? WEIGHTS.relation : ASKS_CIRCUMSTANCE.has(q.asked) ? 0 : -WEIGHTS.otherRelation;
  } else if (isDescription && q.describe) {
    score += WEIGHTS.describe;
  }

  for (const k of new Set(q.keywords)) if (item.concepts.has(k)) score += WEIGHTS.keyword * index.rarity(k);
  if (q.typeHint && openSide(item, q.mentions).some((id) => types.get(id) === q.typeHint))
    score += WEIGHTS.typeMatch;
  score -= WEIGHTS.unknownWord * q.unknown.length;
  return score;
}

function entityScore(item: Item, m: Mention, isDescription: boolean): number {
  if (isDescription) return item.subject.has(m.entity) ? WEIGHTS.entity : -WEIGHTS.missingEntity;
  if (item.subject.has(m.entity)) return m.role === "object" ? -WEIGHTS.contradiction : WEIGHTS.entity;
  if (item.object.has(m.entity)) return m.role === "subject" ? -WEIGHTS.contradiction : WEIGHTS.entity;
  if (item.mentions.has(m.entity)) return WEIGHTS.mention;
  return -WEIGHTS.missingEntity;
}

/** "When", "how many", "where" and "why" need a fact that says when, how many, where or why. */
function answersKind(item: Item, q: Analysis): boolean {
  switch (q.asked) {
    case "when":
      return item.when !== undefined;
    case "quantity":
      return item.quantity !== undefined;
    case "where":
      return item.where !== undefined;
    case "why":
      return item.why !== undefined;
    default:
      return true;
  }
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
