import { normaliseText } from "../text/normalise.js";
import type { Language, PronounClass } from "./lang/types.js";
import type { Analysis } from "./question.js";
import { MAX_TURN_ENTITIES } from "./weights.js";

/**
 * What a conversation remembers of the question before: enough to read "and Armenia?", "who heads
 * it?", "where?" or "how many is that?" against it. Small, and plain data, so a transport can keep it.
 */
export interface Turn {
  /** The question as the engine read it (its references resolved), as normalised words. */
  words: string[];
  /** The names it gave, where they stood among its words. */
  mentions: { entity: string; start: number; end: number }[];
  /** The names it is about, most salient first: the question's own, then those of its answer. */
  entities: string[];
  /** The facts its answer gave. */
  facts: string[];
  /** The language it was read in: a follow-up that could be read either way is read in it. */
  language?: string;
}

export interface ReferenceParts {
  lang: Language;
  /** Entity id → its name, as a question would write it. */
  nameOf: (entity: string) => string | undefined;
  /** Entity id → its type. */
  types: ReadonlyMap<string, string>;
  /** Which pronouns may stand for an entity of this type. */
  classesOf: (type: string) => ReadonlySet<PronounClass>;
  /** Words that ask for a kind of entity ("country"). */
  typeWords: ReadonlyMap<string, string>;
  /** Relations of saying: "it" beside their verb is what was said ("when did he say it"). */
  speech: ReadonlySet<string>;
}

interface Answered {
  id: string;
  subject: Iterable<string>;
  object: Iterable<string>;
  mentions: Iterable<string>;
}

export function turnOf(q: Analysis, answered: readonly Answered[]): Turn {
  const entities = new Set(q.mentions.map((m) => m.entity));
  for (const item of answered)
    for (const id of [...item.subject, ...item.object, ...item.mentions]) entities.add(id);
  return {
    words: q.words,
    mentions: q.mentions.map(({ entity, start, end }) => ({ entity, start, end })),
    entities: [...entities].slice(0, MAX_TURN_ENTITIES),
    facts: answered.map((i) => i.id),
  };
}

/**
 * The question rewritten against the turn before it, or undefined when it stands on its own:
 * - "and Armenia?", "what about the CSTO", "and is Kyrgyzstan one?": a name and nothing else asks the
 *   previous question again, with that name in place of the one of its kind;
 * - "who heads it?", "what did he say": a pronoun stands for the most salient name of the turn before
 *   that it can stand for ("is it X or Y" keeps its "it");
 * - "where?", "how many is that?", "and what products?": a question word with nothing to ask about
 *   takes the rest of the previous question.
 */
export function resolveReferences(
  question: string,
  q: Analysis,
  previous: Turn,
  parts: ReferenceParts,
): string | undefined {
  return (
    repeated(q, previous, parts) ?? substituted(question, q, previous, parts) ?? completed(q, previous, parts)
  );
}

/** What a fact of the previous answer holds on each side, for "which other ..." questions. */
export type FactSides = (id: string) => Answered | undefined;

/**
 * "Which other country is in the same boat", "who else?": "other" with the kind asked (a person for
 * "who") and nothing else the knowledge knows asks which others of that kind the previous answer's
 * facts name, on the side where the previous question's name of that kind stood (anywhere in the fact
 * when it was not in it), leaving out the names the previous question gave. Undefined when the
 * question says more, or the previous answer names no other.
 */
export function othersNamed(
  q: Analysis,
  previous: Turn,
  parts: ReferenceParts,
  sides: FactSides,
): { entities: string[]; facts: string[] } | undefined {
  const { lang } = parts;
  if (q.mentions.length > 0 || q.cues.length > 0 || q.keywords.length > 0) return undefined;
  if (!q.words.some((w) => lang.otherWords.has(w))) return undefined;
  const ofKind = kindAsked(q, parts);
  if (!ofKind) return undefined;
  const given = new Set(previous.mentions.map((m) => m.entity));
  // Without a name of the kind before, the previous answer named them all: "other" asks beyond it.
  const before = [...given].filter(ofKind);
  if (before.length === 0) return undefined;
  const entities: string[] = [];
  const facts: string[] = [];
  for (const id of previous.facts) {
    const fact = sides(id);
    if (!fact) continue;
    const subject = [...fact.subject];
    const object = [...fact.object];
    const side = before.some((e) => subject.includes(e))
      ? subject
      : before.some((e) => object.includes(e))
        ? object
        : [...subject, ...object, ...fact.mentions];
    const found = side.filter((e) => ofKind(e) && !given.has(e));
    if (found.length === 0) continue;
    facts.push(id);
    for (const e of found) if (!entities.includes(e)) entities.push(e);
  }
  return entities.length > 0 ? { entities, facts } : undefined;
}

/**
 * "Which other country gets helicopters", "who else spoke": a question that asks for another of a kind
 * and says what of it leaves out the names of that kind the previous question gave.
 */
export function excludingPrevious(q: Analysis, previous: Turn, parts: ReferenceParts): Analysis {
  if (!q.words.some((w) => parts.lang.otherWords.has(w))) return q;
  const ofKind = kindAsked(q, parts);
  if (!ofKind) return q;
  const named = new Set(q.mentions.map((m) => m.entity));
  const left = previous.mentions.map((m) => m.entity).filter((e) => ofKind(e) && !named.has(e));
  return left.length > 0 ? { ...q, excluded: [...new Set([...q.excluded, ...left])] } : q;
}

/** The kind a "which X" or "who" question asks for, as a test of an entity. */
function kindAsked(q: Analysis, parts: ReferenceParts): ((entity: string) => boolean) | undefined {
  const { typeHint } = q;
  if (typeHint) return (e) => parts.types.get(e) === typeHint;
  if (q.asked === "who") return (e) => parts.classesOf(parts.types.get(e) ?? "").has("person");
  return undefined;
}

function repeated(q: Analysis, previous: Turn, parts: ReferenceParts): string | undefined {
  const { lang } = parts;
  if (q.mentions.length !== 1 || q.cues.length > 0 || q.keywords.length > 0 || q.unknown.length > 0)
    return undefined;
  const mention = q.mentions[0];
  if (!mention) return undefined;
  const rest = q.words.filter((_, i) => i < mention.start || i >= mention.end);
  const filler = (w: string) =>
    lang.followUpWords.has(w) || lang.articles.has(w) || lang.auxiliaries.has(w) || lang.oneWords.has(w);
  if (!rest.every(filler)) return undefined;
  const type = parts.types.get(mention.entity);
  const replaced = previous.mentions.find((m) => parts.types.get(m.entity) === type);
  if (!replaced || replaced.entity === mention.entity) return undefined;
  const name = parts.nameOf(mention.entity);
  if (!name) return undefined;
  // "What do Armenia and Belarus get" then "and Tajikistan?": the new name stands for the names of its
  // kind joined there ("and", "с"), all of them, not the first alone.
  const joining = new Set([...lang.joiners, ...(lang.companionPhrases ?? []).flat()]);
  let end = replaced.end;
  for (const m of previous.mentions) {
    if (m.start < end || parts.types.get(m.entity) !== type) continue;
    if (!previous.words.slice(end, m.start).every((w) => joining.has(w) || lang.articles.has(w))) break;
    end = m.end;
  }
  return [...previous.words.slice(0, replaced.start), name, ...previous.words.slice(end)].join(" ");
}

function substituted(
  question: string,
  q: Analysis,
  previous: Turn,
  parts: ReferenceParts,
): string | undefined {
  const { lang } = parts;
  const tokens = [...question.matchAll(/\p{L}+/gu)];
  // "Is it Kyrgyzstan or Kazakhstan ...", "is it true that ...": the pronoun stands for nothing.
  // "Is it a CSTO member" keeps a pronoun that stands for someone: the name there says what it is.
  const cleft = lang.beForms.has((tokens[0]?.[0] ?? "").toLowerCase()) && focused(q, lang);
  // "When did he say it", "где он это сказал": a thing's pronoun beside a verb of saying is what was said.
  const saying = new Set(
    q.cues.filter((c) => parts.speech.has(c.relation) && c.kind !== "noun").map((c) => q.words[c.position]),
  );
  const besideSaying = (i: number) =>
    [tokens[i - 1], tokens[i + 1]].some((t) => t !== undefined && saying.has(normaliseText(t[0])));
  let changed = false;
  let out = "";
  let at = 0;
  tokens.forEach((token, i) => {
    const word = token[0];
    const folded = word.toLowerCase();
    // A pronoun may stand for more than one kind of name ("он": a man, or a country, by its gender).
    const kinds = (Object.keys(lang.pronouns) as PronounClass[]).filter((c) => lang.pronouns[c].has(folded));
    if (kinds.length === 0 || (cleft && i === 1)) return;
    if (!kinds.includes("person") && besideSaying(i)) return;
    const fits = (id: string) =>
      kinds.some((kind) => parts.classesOf(parts.types.get(id) ?? "").has(kind)) &&
      (lang.pronounAgrees?.(folded, parts.nameOf(id) ?? "") ?? true);
    // "Чья это газета", "whose paper is it": a kind's word beside the pronoun, or before the "is" it
    // follows, says which of the names it stands for.
    const kindOf = (t: RegExpMatchArray | undefined) =>
      t ? parts.typeWords.get(normaliseText(t[0])) : undefined;
    const copula = lang.beForms.has(normaliseText(tokens[i - 1]?.[0] ?? ""));
    const kind =
      kindOf(tokens[i - 1]) ??
      kindOf(tokens[i + 1]) ??
      (copula
        ? tokens
            .slice(0, i - 1)
            .map(kindOf)
            .findLast((t) => t !== undefined)
        : undefined);
    const entity =
      (kind && previous.entities.find((id) => parts.types.get(id) === kind && fits(id))) ??
      previous.entities.find(fits);
    const name = entity && parts.nameOf(entity);
    if (!name) return;
    out += question.slice(at, token.index) + (lang.possessives.has(folded) ? lang.possessive(name) : name);
    at = token.index + word.length;
    changed = true;
  });
  return changed ? out + question.slice(at) : undefined;
}

/**
 * "Which earlier hurricane is mentioned, and where are those efforts happening": "these" or "those"
 * before a noun, in a follow-up that names nothing, points back at the name the previous turn was
 * about, which stands in its place as the owner of what the noun names ("Hurricane Helene's efforts").
 * Only where a possessive stands before its noun; "this" may name the article itself.
 */
export function pointedBack(
  question: string,
  q: Analysis,
  previous: Turn,
  parts: ReferenceParts,
): string | undefined {
  const { lang } = parts;
  const pointing = lang.pointing;
  if (!pointing || lang.modifierBeforeNoun !== true || q.mentions.length > 0) return undefined;
  const self = lang.articleSelf;
  const tokens = [...question.matchAll(/\p{L}+/gu)];
  const at = tokens.findIndex((t, i) => {
    const word = normaliseText(t[0]);
    const next = normaliseText(tokens[i + 1]?.[0] ?? "");
    return (
      pointing.has(word) &&
      !(self?.pointers?.has(word) ?? false) &&
      next !== "" &&
      !isSmall(next, lang) &&
      !lang.filler.has(next) &&
      !(self?.names.has(next) ?? false)
    );
  });
  const token = tokens[at];
  const entity = previous.entities[0];
  const name = entity === undefined ? undefined : parts.nameOf(entity);
  if (token?.index === undefined || name === undefined) return undefined;
  return (
    question.slice(0, token.index) + lang.possessive(name) + question.slice(token.index + token[0].length)
  );
}

function completed(q: Analysis, previous: Turn, parts: ReferenceParts): string | undefined {
  const { lang } = parts;
  if (q.mentions.length > 0 || q.cues.length > 0 || previous.words.length === 0) return undefined;
  const words = [...q.words];
  while (
    words.length > 0 &&
    lang.followUpWords.has(words[0] ?? "") &&
    lang.whAsks[words[0] ?? ""] === undefined
  )
    words.shift();
  if (lang.whAsks[words[0] ?? ""] === undefined) return undefined;
  // The question's own phrase: its wh-word, "many", and a noun ("what products", "which country").
  let end = 1;
  let noun = false;
  while (end < words.length && end <= 2) {
    const w = words[end] ?? "";
    if (lang.quantityWords.has(w)) end++;
    else if (!isSmall(w, lang)) {
      noun = true;
      end++;
    } else break;
  }
  // Anything after it must say nothing ("how many is that"), or the question stands on its own.
  if (!words.slice(end).every((w) => isSmall(w, lang))) return undefined;
  const before = previous.words;
  const wh = before.findIndex((w) => lang.whAsks[w] !== undefined);
  let from = wh < 0 ? 0 : wh + 1;
  // "Which countries ..." then "what products?": the new noun replaces the old one.
  if (wh >= 0 && noun && parts.typeWords.has(before[from] ?? "")) from++;
  if (wh < 0 && !lang.auxiliaries.has(before[0] ?? "")) return undefined;
  return [...words.slice(0, end), ...before.slice(from)].join(" ");
}

/** A word that carries nothing to ask about on its own: "is", "that", "they", "the". */
function isSmall(word: string, lang: Language): boolean {
  return (
    lang.auxiliaries.has(word) ||
    lang.articles.has(word) ||
    lang.followUpWords.has(word) ||
    lang.oneWords.has(word) ||
    Object.values(lang.pronouns).some((set) => set.has(word))
  );
}

/**
 * "Is it Kyrgyzstan or Kazakhstan", "is it Russia that supplies them": a name right after the pronoun,
 * ending the question or followed by "or" or a relative word, is what the pronoun is asked to be.
 */
function focused(q: Analysis, lang: Language): boolean {
  // "Is it true that Russia ...": the pronoun stands for the clause after it.
  if (q.mentions.length > 0 && lang.relatives.has(q.words[3] ?? "")) return true;
  let at = 2;
  while (lang.articles.has(q.words[at] ?? "")) at++;
  const named = q.mentions.find((m) => m.start === at);
  if (!named) return false;
  const next = q.words[named.end];
  return next === undefined || lang.alternatives.has(next) || lang.relatives.has(next);
}
