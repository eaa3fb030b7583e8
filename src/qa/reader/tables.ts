/**
 * Tables the reader's context builds from the knowledge with more than a line of work: the entities
 * that stand for a group, the kinds a word narrows, and who uses each short form of a name.
 */
import type { Knowledge } from "../../knowledge/schema.js";
import { foldedWords, normaliseText } from "../../text/normalise.js";
import { stem } from "../../text/stem.js";
import type { Item } from "../items.js";
import type { Language } from "../lang/types.js";
import { conceptOf, type Lexicon } from "../lexicon.js";
import { MIN_SHORT_FORM } from "../weights.js";

/**
 * Entities that stand for a group ("the four co-exclusive licensees"), each with the kind of its
 * members: the only entity of its kind, listed on a side of a fact beside two or more entities of one
 * other kind, its members.
 */
export function groupKinds(knowledge: Knowledge): Map<string, string> {
  const types = new Map(knowledge.entities.map((e) => [e.id, e.type as string]));
  const perType = new Map<string, number>();
  for (const e of knowledge.entities) perType.set(e.type, (perType.get(e.type) ?? 0) + 1);
  const groups = new Map<string, string>();
  for (const f of knowledge.facts) {
    for (const side of [f.subject, f.object]) {
      for (const id of side) {
        const type = types.get(id) ?? "";
        if (perType.get(type) !== 1 || groups.has(id)) continue;
        const kinds = new Set(side.filter((other) => other !== id).map((other) => types.get(other)));
        const [kind] = kinds;
        if (side.length >= 3 && kinds.size === 1 && kind !== undefined && kind !== type) groups.set(id, kind);
      }
    }
  }
  return groups;
}

/** Bodies the facts of a relation of belonging give members ("the CSTO") → that relation. */
export function bodiesWithMembers(knowledge: Knowledge, relations: ReadonlySet<string>): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const f of knowledge.facts) {
    if (!relations.has(f.relation)) continue;
    for (const id of f.object) if (!bodies.has(id)) bodies.set(id, f.relation);
  }
  return bodies;
}

/**
 * The stem of each relation noun that names whoever does it ("member", "signatory": no form of a
 * verb) → the one kind of entity its facts have as subjects, where they have one.
 */
export function partyKinds(
  knowledge: Knowledge,
  lexicon: Lexicon,
  types: ReadonlyMap<string, string>,
): Map<string, string> {
  const subjectKinds = new Map<string, Set<string>>();
  for (const f of knowledge.facts) {
    const kinds = subjectKinds.get(f.relation) ?? new Set<string>();
    for (const id of f.subject) kinds.add(types.get(id) ?? "");
    subjectKinds.set(f.relation, kinds);
  }
  const out = new Map<string, string>();
  for (const r of knowledge.relations) {
    const [kind, ...others] = subjectKinds.get(r.id) ?? [];
    if (kind === undefined || kind === "" || others.length > 0) continue;
    for (const noun of r.nouns) {
      const word = normaliseText(noun);
      if (lexicon.agentNouns.has(word) && !out.has(stem(word))) out.set(stem(word), kind);
    }
  }
  return out;
}

/**
 * "Which uni", "which center", "what historic mine": a kind's word (or its synonym) that the knowledge
 * gives some entities of the kind as a keyword or a word of their name, and not all, asks for those. The kind's own name ("organisation", and the first
 * of its words) stands for every entity of it.
 */
export function narrowKinds(
  knowledge: Knowledge,
  lexicon: Lexicon,
  lang: Language,
): Map<string, Set<string>> {
  const concept = (w: string) => conceptOf(lexicon, w);
  const wordsOf = (k: string) => normaliseText(k).split(" ").filter(Boolean);
  // A name that holds a kind's word only in the plural ("the United States") names many of that kind,
  // not one of them: "which state" does not ask for it.
  const plurals = new Set(
    knowledge.types.flatMap((t) =>
      (lang.code === "en" ? t.words : (t[lang.code as "ru"]?.words ?? [])).flatMap(
        (w) => lang.plurals?.(normaliseText(w)) ?? [],
      ),
    ),
  );
  const keywords = new Map(
    knowledge.entities.map((e) => [
      e.id,
      // Its keywords, and its own name's words ("Tumco Historic Mine" is a mine, of all the sites).
      new Set([
        ...e.keywords.flatMap(wordsOf).map(concept),
        ...wordsOf(e.name)
          .filter((w) => !plurals.has(w))
          .map(concept),
      ]),
    ]),
  );
  const out = new Map<string, Set<string>>();
  for (const type of knowledge.types) {
    const ofType = knowledge.entities.filter((e) => e.type === type.id);
    const words = lang.code === "en" ? type.words : (type[lang.code as "ru"]?.words ?? []);
    const own = new Set([type.id, words[0] ?? type.id].map((w) => concept(normaliseText(w))));
    for (const [word, kind] of lexicon.typeWords) {
      const c = concept(word);
      if (kind !== type.id || own.has(c) || out.has(c)) continue;
      const members = new Set(ofType.filter((e) => keywords.get(e.id)?.has(c)).map((e) => e.id));
      if (members.size > 0 && members.size < ofType.length) out.set(c, members);
    }
  }
  return out;
}

/**
 * Each entity with a one-word short form of its name among its aliases ("Matt" for "Matthew"): the facts
 * whose answers use that form, and its description where that does. Every answer is read once, whatever
 * the number of entities.
 */
export function shortFormUsers(
  entities: Knowledge["entities"],
  items: readonly Item[],
  describedBy: (entity: string) => Item | undefined,
): Map<string, { facts: Item[]; description: Item | undefined }> {
  const owners = new Map<string, string[]>();
  for (const e of entities) {
    const named = normaliseText(e.name).split(" ");
    for (const alias of new Set(e.aliases.map((a) => normaliseText(a)))) {
      const short =
        alias.length >= MIN_SHORT_FORM &&
        !alias.includes(" ") &&
        named.some((n) => n.length > alias.length && n.startsWith(alias));
      if (short) owners.set(alias, [...(owners.get(alias) ?? []), e.id]);
    }
  }
  const users = new Map<string, Item[]>();
  if (owners.size > 0)
    for (const item of items) {
      if (item.kind !== "fact") continue;
      for (const id of new Set(foldedWords(item.answer).flatMap((w) => owners.get(w) ?? []))) {
        const found = users.get(id);
        if (found) found.push(item);
        else users.set(id, [item]);
      }
    }
  const out = new Map<string, { facts: Item[]; description: Item | undefined }>();
  for (const id of new Set([...owners.values()].flat())) {
    const facts = users.get(id) ?? [];
    const said = describedBy(id);
    const description =
      said && foldedWords(said.answer).some((w) => owners.get(w)?.includes(id)) ? said : undefined;
    if (facts.length > 0 || description) out.set(id, { facts, description });
  }
  return out;
}
