import type { Language, PronounClass } from "./lang/types.js";
import type { Analysis } from "./question.js";

/**
 * What a conversation remembers of the question before: enough to read "and Armenia?", "who heads
 * it?" or "when did he say that?" against it. Small, and plain data, so a transport can keep it.
 */
export interface Turn {
  /** The question as the engine read it (its references resolved), as normalised words. */
  words: string[];
  /** The names it gave, where they stood among its words. */
  mentions: { entity: string; start: number; end: number }[];
  /** The names it is about, most salient first: the question's own, then those of its answer. */
  entities: string[];
}

/** The most names a turn keeps. */
const MAX_ENTITIES = 12;

export interface ReferenceParts {
  lang: Language;
  /** Entity id → its name, as a question would write it. */
  nameOf: (entity: string) => string | undefined;
  /** Entity id → its type. */
  types: ReadonlyMap<string, string>;
  /** Which pronouns may stand for an entity of this type. */
  classesOf: (type: string) => ReadonlySet<PronounClass>;
}

export function turnOf(
  q: Analysis,
  answered: readonly { subject: Iterable<string>; object: Iterable<string>; mentions: Iterable<string> }[],
): Turn {
  const entities = new Set(q.mentions.map((m) => m.entity));
  for (const item of answered)
    for (const id of [...item.subject, ...item.object, ...item.mentions]) entities.add(id);
  return {
    words: q.words,
    mentions: q.mentions.map(({ entity, start, end }) => ({ entity, start, end })),
    entities: [...entities].slice(0, MAX_ENTITIES),
  };
}

/**
 * The question rewritten against the turn before it, or undefined when it stands on its own:
 * - "and Armenia?", "what about the CSTO": a name and nothing else asks the previous question again,
 *   with that name in place of the one of its kind;
 * - "who heads it?", "what did he say": a pronoun with no name of its kind beside it stands for the
 *   most salient name of the turn before that it can stand for.
 */
export function resolveReferences(
  question: string,
  q: Analysis,
  previous: Turn,
  parts: ReferenceParts,
): string | undefined {
  return repeated(q, previous, parts) ?? substituted(question, q, previous, parts);
}

function repeated(q: Analysis, previous: Turn, parts: ReferenceParts): string | undefined {
  const { lang } = parts;
  if (q.mentions.length !== 1 || q.cues.length > 0 || q.keywords.length > 0 || q.unknown.length > 0)
    return undefined;
  const mention = q.mentions[0];
  if (!mention) return undefined;
  const rest = q.words.filter((_, i) => i < mention.start || i >= mention.end);
  if (!rest.every((w) => lang.followUpWords.has(w) || lang.articles.has(w))) return undefined;
  const type = parts.types.get(mention.entity);
  const replaced = previous.mentions.find((m) => parts.types.get(m.entity) === type);
  if (!replaced || replaced.entity === mention.entity) return undefined;
  const name = parts.nameOf(mention.entity);
  if (!name) return undefined;
  return [...previous.words.slice(0, replaced.start), name, ...previous.words.slice(replaced.end)].join(" ");
}

function substituted(
  question: string,
  q: Analysis,
  previous: Turn,
  parts: ReferenceParts,
): string | undefined {
  const { lang } = parts;
  const named = new Set<PronounClass>();
  for (const m of q.mentions) for (const c of parts.classesOf(parts.types.get(m.entity) ?? "")) named.add(c);
  let changed = false;
  const rewritten = question.replace(/\p{L}+/gu, (word) => {
    const folded = word.toLowerCase();
    const kind = (Object.keys(lang.pronouns) as PronounClass[]).find((c) => lang.pronouns[c].has(folded));
    // A name of that kind in the question itself is what the pronoun stands for ("is it X or Y").
    if (!kind || named.has(kind)) return word;
    const entity = previous.entities.find((id) => parts.classesOf(parts.types.get(id) ?? "").has(kind));
    const name = entity && parts.nameOf(entity);
    if (!name) return word;
    changed = true;
    return lang.possessives.has(folded) ? lang.possessive(name) : name;
  });
  return changed ? rewritten : undefined;
}
