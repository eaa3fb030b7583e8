import { normaliseText } from "../../text/normalise.js";
import { stem } from "../../text/stem.js";
import type { Analysis } from "../analyse.js";
import type { Item } from "../items.js";
import { speechRelations } from "../lexicon.js";
import type { Answer } from "../types.js";
import type { ReaderContext } from "./context.js";
import { gap } from "./lists.js";
import { select } from "./ranking.js";

function hasEntity(i: Item, id: string) {
  return i.subject.has(id) || i.object.has(id) || i.mentions.has(id);
}

/**
 * "How many of the workers are from Y": a count of a part. The fact that counts the whole lists Y as
 * one of several it comes from, and no fact counts Y's share: the article does not split it.
 */
export function partCounted(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang, naming } = ctx;
  if (q.asked !== "quantity" || q.mentions.length < 2) return undefined;
  const [whole, ...rest] = q.mentions;
  if (!whole) return undefined;
  let of = whole.start - 1;
  while (of > 0 && lang.articles.has(q.words[of] ?? "")) of--;
  if (!lang.genitive.has(q.words[of] ?? "") || !lang.quantityWords.has(q.words[of - 1] ?? ""))
    return undefined;
  const counting = naming(whole.entity).filter((i) => i.kind === "fact" && i.quantity !== undefined);
  if (counting.length === 0) return undefined;
  const listedAmong = (i: Item, id: string) =>
    [i.object, i.mentions].some((side) => side.has(id) && side.size > 1);
  const parts = rest.filter((m) => counting.some((i) => listedAmong(i, m.entity)));
  if (parts.length === 0 || parts.length !== rest.length) return undefined;
  // A fact that counts the part itself answers as usual.
  const ownCount = naming(parts[0]?.entity ?? "").some(
    (i) =>
      i.kind === "fact" &&
      i.quantity !== undefined &&
      parts.every((m) => hasEntity(i, m.entity)) &&
      !listedAmong(i, parts[0]?.entity ?? ""),
  );
  return ownCount ? undefined : gap(ctx, question, q, counting.slice(0, 1));
}

/**
 * "What was X's job before heading Y": a word of time order ("before", "after") right before the
 * question's only relation word makes that relation the time the question is set at, not what it asks.
 * Where no fact uses the bound word and every fact chosen is of that relation, they tell of that time
 * itself: the article does not say what held before or after it.
 */
export function boundedByOwnFacts(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang } = ctx;
  const [cue] = q.cues;
  if (!cue || q.asked === "when" || q.asked === "yesno") return undefined;
  if (q.cues.some((c) => c.position !== cue.position)) return undefined;
  const at = cue.position - 1;
  if (!(lang.timeClauseOpeners?.has(q.words[at] ?? "") ?? false)) return undefined;
  // "Lohr worked for X before joining": where facts use the bound word, one may tell what held then.
  if (!q.unknown.some((u) => u.at === at)) return undefined;
  const near = select(ctx, q);
  const ofThatTime = near?.items.every((i) => i.kind === "fact" && i.relation === cue.relation);
  return near && ofThatTime ? gap(ctx, question, q, near.items) : undefined;
}

/**
 * "Which hospitals get power": the name right after "which" is a class written in common words, not
 * a proper name, and asks for the named ones among it. Where no fact about it names one of its kind
 * by a proper name, the article names none: a gap, told with what it does say.
 */
export function membersUnnamed(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { entities, lang, naming, types } = ctx;
  if (q.asked !== "which" || q.mentions.length !== 1) return undefined;
  const [m] = q.mentions;
  if (!m || lang.whAsks[q.words[m.start - 1] ?? ""] !== "which") return undefined;
  const entity = entities.get(m.entity);
  const common = (name: string) => name === name.toLowerCase();
  if (!entity || !common(entity.name)) return undefined;
  const kind = types.get(m.entity);
  const about = naming(m.entity).filter((i) => i.kind === "fact");
  if (about.length === 0) return undefined;
  const named = about.some((i) =>
    [...i.subject, ...i.object, ...i.mentions].some(
      (id) => id !== m.entity && types.get(id) === kind && !common(entities.get(id)?.name ?? ""),
    ),
  );
  if (named) return undefined;
  const near = select(ctx, q);
  return near ? gap(ctx, question, q, near.items) : undefined;
}

/**
 * "Where exactly did it land": a word asking for precision, where the fact's place is the bare name
 * of a place the knowledge has (a state, a country), asks for more than the article gives; so it
 * does where the fact's place names no place of the knowledge at all ("in an interview for a
 * newspaper"), which says in what circumstance, not where.
 */
export function placeTooCoarse(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { entities, knowledge, lang, typeInfo, types } = ctx;
  if (q.asked !== "where" || !q.words.some((w) => lang.precisionWords?.has(w) ?? false)) return undefined;
  const near = select(ctx, q);
  const top = near?.items[0];
  if (!near || !top?.where) return undefined;
  const said = normaliseText(top.where);
  const bare = knowledge.entities.some(
    (e) =>
      typeInfo.get(e.type)?.place === true && [e.name, ...e.aliases].some((n) => normaliseText(n) === said),
  );
  const involved = [...top.subject, ...top.object, ...top.mentions];
  const placed = involved.some((id) => {
    const e = entities.get(id);
    const place = e && typeInfo.get(types.get(id) ?? "")?.place === true;
    return place && [e.name, ...e.aliases].some((n) => said.includes(normaliseText(n)));
  });
  return bare || !placed ? gap(ctx, question, q, near.items) : undefined;
}

/**
 * An ordinary word no fact uses, standing right before the question's word for the kind it asks
 * ("what high school") or the noun of the relation it asks ("the media contact").
 */
export function narrowedKind(ctx: ReaderContext, q: Analysis): boolean {
  const { lang } = ctx;
  return (
    lang.modifierBeforeNoun === true &&
    q.unknown.some(
      (u) =>
        u.common &&
        !/\d/.test(u.word) &&
        !u.slot &&
        !u.attribute &&
        (u.at + 1 === q.typeAt || q.cues.some((c) => c.kind === "noun" && c.position === u.at + 1)),
    )
  );
}

/**
 * "Does X head the Y ministry": one person named first, then a relation asked with an office's noun
 * ("head", "chief"), then words that name nothing, one of which no name of what X's facts of that
 * relation give X uses. One holds such an office over one body, so X's facts say no.
 */
export function headsAnother(ctx: ReaderContext, q: Analysis): Item[] {
  const { lang, namesOf, stating, typeInfo, types } = ctx;
  const [m] = q.mentions;
  if (!m || q.mentions.length !== 1 || q.negated || q.compare) return [];
  if (typeInfo.get(types.get(m.entity) ?? "")?.person !== true) return [];
  const cue = q.cues.find((c) => c.position === m.end || c.position === m.end + 1);
  const word = cue && q.words[cue.position];
  if (!cue || !word || !(lang.officeNouns?.has(lang.stem(word)) || lang.officeNouns?.has(word))) return [];
  const small = (w: string) =>
    lang.articles.has(w) || lang.filler.has(w) || lang.slotBefore.has(w) || lang.beForms.has(w);
  const rest = q.words.slice(cue.position + 1).filter((w) => !small(w));
  if (rest.length === 0) return [];
  const held = stating(cue.relation).filter(
    (i) => i.kind === "fact" && i.subject.has(m.entity) && i.object.size > 0,
  );
  if (held.length === 0) return [];
  const named = new Set(held.flatMap((i) => [...i.object].flatMap((id) => (namesOf.get(id) ?? []).flat())));
  return rest.some((w) => !named.has(stem(w)) && !named.has(w)) ? held.slice(0, 1) : [];
}

/**
 * The relation of the noun a question asks for first ("who is the journalist ...", "which reporter"):
 * a noun of a relation with nothing before it but question words, "to be" and articles.
 */
export function askedNoun(ctx: ReaderContext, q: Analysis): string | undefined {
  const { lang } = ctx;
  const cue = q.cues.find((c) => c.kind === "noun");
  if (!cue) return undefined;
  const before = q.words.slice(0, cue.position);
  const lead = (w: string) => lang.whAsks[w] !== undefined || lang.beForms.has(w) || lang.articles.has(w);
  return before.length > 0 && before.every(lead) ? cue.relation : undefined;
}

/**
 * "What's the name of the journalist", or with `ownerOnly` only "..., the journalist's name" (a
 * question of "who" that adds the name it wants): the thing whose name is asked is a word no fact
 * uses, or a relation's noun whose every fact leaves it open.
 */
export function namesUnsaid(ctx: ReaderContext, q: Analysis, ownerOnly = false): boolean {
  const { lang } = ctx;
  const at = q.words.findIndex((w) => lang.nameNouns?.has(w) ?? false);
  if (at < 0) return false;
  let next = at + 1;
  while (lang.genitive.has(q.words[next] ?? "") || lang.articles.has(q.words[next] ?? "")) next++;
  // "The journalist's name": the owner stands right before the name, after an article.
  const owner = at >= 2 && lang.articles.has(q.words[at - 2] ?? "") ? [at - 1] : [];
  return [...(ownerOnly ? [] : [next]), ...owner].some((p) => unsaidAt(ctx, q, p));
}

/** The word at `p` is one no fact uses, or the noun of relations whose every fact leaves it open. */
function unsaidAt(ctx: ReaderContext, q: Analysis, p: number): boolean {
  if (q.unknown.some((u) => u.at === p && u.common && !u.slot)) return true;
  const named = q.cues.filter((c) => c.kind === "noun" && c.position === p);
  if (named.length === 0) return false;
  const relations = new Set(named.map((c) => c.relation));
  const facts = [...relations].flatMap((r) => ctx.stating(r)).filter((i) => i.kind === "fact");
  return facts.length > 0 && facts.every((i) => i.open);
}

/**
 * "What does the photo show", "what is pictured": a verb of showing after "does" or "is" is the question's
 * own verb; where no relation of the knowledge uses it, what the thing shows is nowhere in the facts.
 */
export function asksDepicted(ctx: ReaderContext, q: Analysis): boolean {
  const { lang, lexicon } = ctx;
  const showing = lang.depictionWords;
  if (q.cues.some((c) => c.kind !== "noun")) return false;
  if (depictedIn(ctx, q)) return true;
  if (!showing) return false;
  return q.words.some(
    (w, i) =>
      showing.has(w) &&
      i >= 2 &&
      !lexicon.relationWords.has(stem(w)) &&
      // "What is shown in the photo": the passive says it with "to be".
      q.words.slice(1, i).some((v) => lang.doForms.has(v) || lang.beForms.has(v)) &&
      // "What does the article show about X" is what it says; "can you show me" a request.
      !q.words.slice(0, i).some((v) => lang.addressee.has(v) || (lang.articleSelf?.names.has(v) ?? false)),
  );
}

/**
 * "Who is in the photo": "who" or "what", "to be" (where the language says it), then a preposition
 * that puts it inside a thing that depicts, which ends its phrase ("in the photo", not "in the photo
 * credit"), and no name: what the thing shows is asked, not who made it.
 */
function depictedIn(ctx: ReaderContext, q: Analysis): boolean {
  const { lang } = ctx;
  const inside = lang.depictedIn;
  if (!inside || q.mentions.length > 0 || (q.asked !== "who" && q.asked !== "what")) return false;
  const wh = q.words.findIndex((w) => lang.whAsks[w] !== undefined);
  if (wh < 0) return false;
  let at = wh + 1;
  while (lang.beForms.has(q.words[at] ?? "")) at++;
  if (!inside.prepositions.has(q.words[at] ?? "")) return false;
  at++;
  while (lang.articles.has(q.words[at] ?? "")) at++;
  if (!inside.nouns.has(q.words[at] ?? "")) return false;
  const next = q.words[at + 1];
  return next === undefined || lang.filler.has(next) || lang.genitive.has(next);
}

/**
 * "What's the name of the planned facility", "what is the new boat called": the name of a thing the
 * article never names is a gap.
 */
export function namesUnnamed(ctx: ReaderContext, q: Analysis): boolean {
  const { lang, unnamed } = ctx;
  if (q.asked !== "what" || unnamed.size === 0) return false;
  const noun = q.words.findIndex(
    (w, i) => (lang.nameNouns?.has(w) ?? false) && lang.genitive.has(q.words[i + 1] ?? ""),
  );
  const end = q.words.length - 1;
  const called = lang.namingWords?.has(q.words[end] ?? "") ?? false;
  const thing = q.mentions.find((m) =>
    noun >= 0 ? m.start >= noun + 2 && m.start <= noun + 3 : called && m.end === end,
  );
  return thing !== undefined && unnamed.has(thing.entity);
}

/**
 * "What's the name of Lunar Outpost's rover", "what is Kestrel's boat called": the name of one name's
 * own thing, where the knowledge has only the thing in general (no entity is that one's, or its
 * longer name would have been read): the article does not give it.
 */
export function namesOwnThing(ctx: ReaderContext, q: Analysis): boolean {
  const { lang } = ctx;
  if (q.asked !== "what") return false;
  const noun = q.words.findIndex(
    (w, i) => (lang.nameNouns?.has(w) ?? false) && lang.genitive.has(q.words[i + 1] ?? ""),
  );
  const end = q.words.length - 1;
  const called = lang.namingWords?.has(q.words[end] ?? "") ?? false;
  if (noun < 0 && !called) return false;
  return q.mentions.some((owner) =>
    q.mentions.some(
      (thing) =>
        thing.start === owner.end &&
        thing.entity !== owner.entity &&
        (noun < 0 || owner.start > noun) &&
        // The thing ends the question: "the name of Russia's Aerospace Forces commander" asks a holder.
        thing.end === (called ? end : q.words.length),
    ),
  );
}

/**
 * "What did the NATO soldiers think", "what did Kazakhstan's defense ministry say": a verb of saying
 * asked of one speaker, named by the question's names that run together right before it (a head name
 * and the names that qualify it). Where no fact of saying, nor of a relation akin to it, has the head
 * as its speaker together with every name that qualifies it, the article quotes no such speaker.
 */
export function speakerUnquoted(ctx: ReaderContext, q: Analysis): boolean {
  const { lang, lexicon, scoring, stating } = ctx;
  if (q.asked !== "what" || q.negated || q.compare) return false;
  const speech = speechRelations(lexicon, lang);
  const cue = q.cues.find((c) => c.kind === "verb" && speech.has(c.relation));
  if (!cue) return false;
  // The speaker: the name that ends right before the verb, and those running on before it.
  const group: string[] = [];
  let end = cue.position;
  for (;;) {
    const m = q.mentions.find((n) => n.end === end);
    if (!m) break;
    group.push(m.entity);
    end = m.start;
    while (end > 0 && lang.articles.has(q.words[end - 1] ?? "")) end--;
  }
  const [head, ...qualifiers] = group;
  if (!head) return false;
  const relations = new Set([cue.relation, ...(scoring.related.get(cue.relation) ?? [])]);
  const has = (i: Item, id: string) => i.subject.has(id) || i.object.has(id) || i.mentions.has(id);
  return ![...relations].some((r) =>
    stating(r).some((i) => i.kind === "fact" && i.subject.has(head) && qualifiers.every((id) => has(i, id))),
  );
}

/**
 * "How many people sit on the committee", "how many people sleep at the festival": right after what is
 * counted stands an ordinary word no fact uses, before a preposition or a name, and the question names
 * no relation: what those counted do is no act the article tells of, so it counts nobody doing it.
 */
export function countedDoingUnsaid(ctx: ReaderContext, q: Analysis): boolean {
  const { lang } = ctx;
  if (q.cues.length > 0) return false;
  const at =
    q.asked === "count" ? q.typeAt : q.asked === "quantity" ? q.wanted.find((w) => w.strict)?.at : undefined;
  if (at === undefined) return false;
  const doing = q.unknown.find((u) => u.at === at + 1);
  if (!doing?.common || (lang.totalWords?.has(doing.word) ?? false)) return false;
  const next = q.words[at + 2] ?? "";
  return lang.slotBefore.has(next) || lang.articles.has(next) || q.mentions.some((m) => m.start === at + 2);
}
