import { normaliseText } from "../../text/normalise.js";
import { stem } from "../../text/stem.js";
import { type Analysis, solePositions } from "../analyse.js";
import { composeAnswer } from "../compose.js";
import { countDiffers, statedCount } from "../counts.js";
import { endsVerb } from "../grammar.js";
import type { Item } from "../items.js";
import type { Language } from "../lang/types.js";
import { conceptOf } from "../lexicon.js";
import { isCountryShown, namesCountry } from "../outside.js";
import { involves, scoreItem } from "../score.js";
import type { Answer } from "../types.js";
import { isDecisive } from "../unknown-words.js";
import { singleOtherValue, statedFigures, unsaidObject } from "../verdict.js";
import { MAX_NAME_LEAD } from "../weights.js";
import type { ReaderContext } from "./context.js";
import { rank, select } from "./ranking.js";
import { withSuggestions } from "./respond.js";

/**
 * "Is the photo from Reuters", "did X come from W": one name the article never uses (an outside name,
 * or unknown words where a name stands) against the single name the fact about the question gives.
 */
export function otherValue(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang } = ctx;
  if (q.asked !== "yesno") return undefined;
  const apposed = apposedName(ctx, q);
  if (apposed) return apposed(question);
  const names = q.unknown.filter((u) => !u.common);
  const together = names.every((u, k) => k === 0 || u.at === (names[k - 1]?.at ?? 0) + 1);
  // "Did X give an interview to Tass": an ordinary word after a preposition, where the fact has a
  // name, stands for a name as much as one the language does not know.
  const object = names.length === 0 && q.outside.length === 0 ? unsaidObject(q, lang) : undefined;
  let before = (object?.at ?? 0) - 1;
  while (before > 0 && lang.articles.has(q.words[before] ?? "")) before--;
  // "Дал интервью Известиям": a case ending says as much, right after the verb's phrase.
  const slotted = lang.slotBefore.has(q.words[before] ?? "") || q.cues.some((c) => endsVerb(c, before));
  const named = object !== undefined && slotted ? object : undefined;
  const stranger =
    q.outside.length === 1
      ? names.length === 0
      : named !== undefined ||
        (q.outside.length === 0 && names.length > 0 && together && names.some((u) => u.slot));
  if (!stranger || q.unknown.some((u) => u.common && isDecisive(u))) return undefined;
  const outsideWords = normaliseText(q.outside[0] ?? "").split(" ");
  const strangerAt =
    named?.at ??
    names[0]?.at ??
    // "Известиям": the outside name in another case, its words known by their stems.
    q.words.findIndex((_, i) => outsideWords.every((o, k) => stem(q.words[i + k] ?? "") === stem(o)));
  if (strangerAt < 0) return undefined;
  const known = { ...q, unknown: q.unknown.filter((u) => u.common), outside: [] };
  const ranked = rank(ctx, known).map((s) => s.item);
  // The stranger's own words, and before a name the article does not know, the words of its phrase
  // back to the article ("the port of W").
  let from = strangerAt;
  if (q.outside.length === 0)
    while (from > 0 && !lang.articles.has(q.words[from - 1] ?? "") && from > strangerAt - MAX_NAME_LEAD)
      from--;
  const strangerWords =
    q.outside.length === 1 ? outsideWords : [...q.words.slice(from, strangerAt), ...names.map((u) => u.word)];
  // A word of the stranger's shared with others' names says its kind, and which fact to judge by; a
  // kind's word right after it says so outright ("at Okawa refuge").
  const kindAfter =
    q.outside.length === 0 ? ctx.lexicon.typeWords.get(q.words[strangerAt + names.length] ?? "") : undefined;
  const fact =
    sameKindOther(ctx, known, ranked, strangerWords, kindAfter) ??
    singleOtherValue(
      known,
      ranked,
      ctx.stating,
      strangerAt,
      lang,
      (id) => named === undefined && inWords(ctx, id),
    );
  return fact && withSuggestions(ctx, composeAnswer(question, q, [fact], 0.7, lang, { verdict: "no" }), q);
}

/**
 * "Was the NIE at Fort Hood", "are they reopening the port of Miami": a name the article never uses
 * that shares a word with the names of the article's entities of one kind ("Fort Bliss", "Port of
 * Tampa") is another of that kind. Where the facts about the question's names (of the relation asked,
 * if any) hold one entity of that kind on a side, or, with no name, every fact of the relation asked
 * names the same one, the answer is no, with the best of them. A list of examples, or a fact that
 * leaves open who, may hold the stranger too, and decides nothing.
 */
function sameKindOther(
  ctx: ReaderContext,
  q: Analysis,
  ranked: readonly Item[],
  strangerWords: readonly string[],
  /** The stranger's kind, where the question says it ("the newspaper W"). */
  said?: string,
): Item | undefined {
  const { lang, lexicon, types, scoring } = ctx;
  const named = new Set(q.mentions.map((m) => m.entity));
  const sharing = new Set(
    strangerWords
      .filter((w) => !lang.filler.has(w) && !lang.articles.has(w) && !lang.genitive.has(w))
      .flatMap((w) => [...(lexicon.nameWords.get(stem(w)) ?? [])])
      .filter((id) => !named.has(id)),
  );
  const kinds = said !== undefined ? new Set([said]) : new Set([...sharing].map((id) => types.get(id)));
  const [kind] = kinds;
  if (kinds.size !== 1 || kind === undefined) return undefined;
  const asked = new Set(q.cues.map((c) => c.relation));
  const ofAsked = (item: Item) =>
    asked.size === 0 ||
    asked.has(item.relation) ||
    [...asked].some((r) => scoring.related.get(r)?.has(item.relation) ?? false);
  const fitting = ranked.filter(
    (item) =>
      item.kind === "fact" &&
      ofAsked(item) &&
      q.mentions.every(
        (m) => item.subject.has(m.entity) || item.object.has(m.entity) || item.mentions.has(m.entity),
      ),
  );
  const ofKind = (ids: Iterable<string>) => [...ids].filter((id) => !named.has(id) && types.get(id) === kind);
  if (q.mentions.length > 0) {
    const fact = fitting.find((item) => ofKind([...item.subject, ...item.object]).length > 0);
    const held = fact ? ofKind([...fact.subject, ...fact.object]) : [];
    return fact && !fact.open && !fact.partial && held.length === 1 ? fact : undefined;
  }
  if (asked.size === 0) return undefined;
  const placing = fitting.filter(
    (item) =>
      asked.has(item.relation) && ofKind([...item.subject, ...item.object, ...item.mentions]).length > 0,
  );
  const held = new Set(
    placing.flatMap((item) => ofKind([...item.subject, ...item.object, ...item.mentions])),
  );
  if (held.size !== 1 || placing.some((item) => item.open || item.partial)) return undefined;
  return placing[0];
}

/**
 * "Did X give an interview to the newspaper W", "дал интервью газете W": words the facts never use,
 * closing the question right after a kind's word, are the name of one of that kind. Where the facts
 * about the question's names hold one entity of that kind on a side, the answer is no, with that
 * fact (see `sameKindOther`); otherwise nothing here decides.
 */
function apposedName(ctx: ReaderContext, q: Analysis): ((question: string) => Answer) | undefined {
  const { lang, lexicon } = ctx;
  if (q.negated || q.outside.length > 0 || q.unknown.length === 0 || q.mentions.length === 0)
    return undefined;
  const [first] = q.unknown;
  const at = first?.at ?? -1;
  // The unknown words stand together, at the end of the question.
  if (q.unknown.some((u, k) => u.at !== at + k) || at + q.unknown.length !== q.words.length) return undefined;
  const kindWord = q.words[at - 1] ?? "";
  const kind = lexicon.typeWords.get(kindWord);
  if (kind === undefined || q.mentions.some((m) => m.start <= at - 1 && at - 1 < m.end)) return undefined;
  const known = { ...q, unknown: [] };
  const ranked = rank(ctx, known).map((s) => s.item);
  const fact = sameKindOther(ctx, known, ranked, [], kind);
  if (!fact) return undefined;
  return (question) =>
    withSuggestions(ctx, composeAnswer(question, q, [fact], 0.7, lang, { verdict: "no" }), q);
}

/**
 * "Is Krasnaya Zvezda the foreign ministry's paper", "is it run by the foreign ministry": a yes/no question made with "to be" about one
 * name, whose other words hold a word of another entity's names ("ministry", no name by itself) after
 * a word that entity's names and description never use ("foreign"). The phrase names another of its
 * kind; where a fact joins the question's name to that entity, the one it has, the answer is no, with it.
 */
export function otherOwner(ctx: ReaderContext, q: Analysis): Item | undefined {
  const { describedBy, index, items, lang, lexicon, namesOf } = ctx;
  const [m] = q.mentions;
  // "Is X run by the foreign ministry": a passive verb says whose X is as the possessive does.
  if (
    !q.copular ||
    !m ||
    q.mentions.length !== 1 ||
    q.negated ||
    q.cues.some((c) => c.kind !== "noun" && !c.passive)
  )
    return undefined;
  for (let at = m.end + 1; at < q.words.length; at++) {
    const word = q.words[at] ?? "";
    const owners = lexicon.nameWords.get(stem(word));
    const [owner] = owners?.size === 1 ? owners : [];
    if (owner === undefined || owner === m.entity || lang.filler.has(word)) continue;
    const qualifier = q.words[at - 1] ?? "";
    if (lang.filler.has(qualifier) || lang.articles.has(qualifier) || !lang.isWord(qualifier)) continue;
    const own = namesOf.get(owner) ?? [];
    // The owner's own names give it words before this one ("Defense Ministry"), none of them this.
    if (own.flat().includes(stem(qualifier)) || own.every((n) => n.length < 2)) continue;
    if (describedBy(owner)?.concepts.has(conceptOf(lexicon, qualifier))) continue;
    const joining = index
      .naming(m.entity)
      .map((i) => items[i])
      .find(
        (item) =>
          item !== undefined &&
          item.kind === "fact" &&
          !item.open &&
          ((item.subject.has(m.entity) && item.object.has(owner)) ||
            (item.object.has(m.entity) && item.subject.has(owner))),
      );
    if (joining) return joining;
  }
  return undefined;
}

/**
 * "Did SpaceX get picked", "is SpaceX one of the selected companies": a name the article never uses,
 * where a yes/no question's party stands, against a fact that counts who it lists ("three
 * companies"): the list is closed, so the answer is no, with who it does name.
 */
export function notListed(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang, types } = ctx;
  if (q.asked !== "yesno") return undefined;
  const strangers = q.unknown.filter(isDecisive);
  if (!strangers.every((u) => u.slot && !u.common && !u.attribute && !u.action)) return undefined;
  const selection = select(ctx, { ...q, unknown: q.unknown.filter((u) => !strangers.includes(u)) });
  const best = selection?.items[0];
  if (!selection || !best || best.kind !== "fact" || best.quantity === undefined) return undefined;
  const asked = q.cues.length > 0 ? q.cues.some((c) => c.relation === best.relation) : true;
  const ofKind =
    q.typeHint === undefined || [...best.subject, ...best.object].some((id) => types.get(id) === q.typeHint);
  if (!asked || !ofKind || (q.cues.length === 0 && q.typeHint === undefined)) return undefined;
  return withSuggestions(
    ctx,
    composeAnswer(question, q, [best], selection.confidence, lang, { verdict: "no" }),
    q,
  );
}

/**
 * "Did Uzbekistan sign these agreements": a country the article never mentions, asked about as a party
 * to the very act (pointed at: "these", "the", or left unsaid: "has X signed yet") whose every party a fact lists (`complete`), all of them countries: the list is closed, so the
 * answer is no, with who it does name. A name of another kind, or a list of examples, decides nothing.
 */
export function outsideParty(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang, entities, lexicon } = ctx;
  if (q.asked !== "yesno" || q.negated || q.outside.length === 0) return undefined;
  if (!q.outside.every((name) => isCountryShown(name, lang))) return undefined;
  // "These agreements", "the agreements", "has X signed yet": the act the article tells of; "an
  // agreement" may be another the article never covers.
  const pointed = q.words.some((w) => lang.pointing?.has(w) ?? false);
  const indefinite = lang.indefinites === undefined || q.words.some((w) => lang.indefinites?.has(w) ?? false);
  if (!pointed && indefinite) return undefined;
  // "The air defense agreement" of "the agreements": another form of the word the act's name ends in
  // may be another act of the kind, like "an agreement".
  const otherForm = (m: Analysis["mentions"][number]) => {
    const typed = q.words[m.end - 1] ?? "";
    const named = normaliseText(entities.get(m.entity)?.name ?? "").split(" ");
    return !named.includes(typed) && named.some((w) => stem(w) === stem(typed));
  };
  if (!pointed && q.mentions.some(otherForm)) return undefined;
  // The act asked: the question's verb, or its relation's word in a clause ("the countries that signed").
  const asked = (relation: string) =>
    q.cues.some((c) => c.relation === relation) ||
    q.keywords.some((k) => lexicon.relationWords.get(k)?.some((w) => w.relation === relation));
  const selection = select(ctx, { ...q, outside: [] });
  // With nothing but the clause's verb to go by, the one complete list of that act is the one meant.
  // Among the chosen facts, the complete list of the act asked ("the agreements X mentioned" may rank
  // what X said first).
  const closing = (i: Item) => i.kind === "fact" && i.complete && asked(i.relation);
  const chosen = selection?.items.filter(closing) ?? [];
  const lists = chosen.length > 0 ? chosen : ctx.items.filter(closing);
  const best = chosen.length > 0 ? chosen[0] : lists.length === 1 ? lists[0] : undefined;
  if (!best) return undefined;
  const country = (id: string) => {
    const entity = entities.get(id);
    return entity !== undefined && namesCountry([entity.name, ...entity.aliases], lang);
  };
  const side = [best.subject, best.object].find((ids) => ids.size >= 2 && [...ids].every(country));
  if (!side) return undefined;
  return withSuggestions(
    ctx,
    composeAnswer(question, q, [best], selection?.confidence ?? 0.8, lang, { verdict: "no" }),
    q,
  );
}

/**
 * The best fact about the question's names (or the best answer, without names) that counts what the
 * question counts, when its number is another: a yes/no question's "3 companies" against "four".
 */
export function miscount(ctx: ReaderContext, q: Analysis): Item | undefined {
  const { index, items, lang, lexicon, scoring } = ctx;
  const stated = statedCount(q.words, lang);
  if (!stated) return undefined;
  // The shortlist bounds the work however large the knowledge.
  const candidates = index.shortlist(q).flatMap((i) => items[i] ?? []);
  const concept = (w: string) => conceptOf(lexicon, w);
  let best: { item: Item; score: number; differs: boolean } | undefined;
  for (const item of candidates) {
    // A bound ("more than 50,000") is no count for a figure to differ from.
    const counted = normaliseText(item.quantity ?? "")
      .split(" ")
      .filter(Boolean);
    if (statedFigures(counted, lang).some((f) => f.range.low !== f.range.high)) continue;
    const differs = countDiffers(stated, item, lang, concept);
    if (differs === undefined) continue;
    const score = scoreItem(item, q, scoring);
    if (!best || score > best.score) best = { item, score, differs };
  }
  return best?.differs ? best.item : undefined;
}

/**
 * "Is Tim Smith the licensing manager" where "the licensing manager" names Amy Hiltabidel: a yes/no
 * question made with "to be" that says one name is another of the same kind, and nothing else. Two
 * entities are two: the one it names second, whose description says who that is.
 */
export function namedAsAnother(
  q: Analysis,
  lang: Language,
  types: ReadonlyMap<string, string>,
): string | undefined {
  const [first, second] = q.mentions;
  if (!q.copular || q.mentions.length !== 2 || !first || !second || first.start !== 1) return undefined;
  if (second.end !== q.words.length || first.entity === second.entity) return undefined;
  if (!q.words.slice(first.end, second.start).every((w) => lang.articles.has(w))) return undefined;
  return types.get(first.entity) === types.get(second.entity) ? second.entity : undefined;
}

/**
 * "Is Bondarev the defense minister": a yes/no question made with "to be" that puts one name beside an
 * office no fact uses ("minister"), and nothing else but words the facts use and names after the office
 * that say whose it is ("of Russia"). When the name's
 * description gives an office of its own, that is what the name is, and the office asked is not it:
 * the description, to answer no with. A description that gives no office leaves it undecided.
 */
export function otherOffice(
  q: Analysis,
  lang: Language,
  known: { offices: ReadonlySet<string>; ranks: ReadonlySet<string> },
  describedBy: (entity: string) => Item | undefined,
): Item | undefined {
  const [m, ...others] = q.mentions;
  if (!q.copular || !m || q.cues.length > 0 || q.negated) return undefined;
  if (!q.words.slice(0, m.start).every((w) => lang.beForms.has(w))) return undefined;
  const after = q.unknown.filter((u) => u.at >= m.end);
  if (after.length !== q.unknown.length || !after.every((u) => u.common)) return undefined;
  const asked = after.filter((u) => lang.officeNouns?.has(u.word));
  const [office] = asked;
  if (!office) return undefined;
  // "Бондарев министр обороны РФ", "the minister of defense of Russia": a name after the office says
  // whose office it is, and is no second name the question asks of.
  if (others.some((o) => o.start < office.at)) return undefined;
  const description = describedBy(m.entity);
  // "Is X a major", where X's description gives an office and no rank: another rank may still be X's.
  const rankAsked = asked.every((u) => lang.rankNouns?.has(u.word) ?? false);
  const kept = rankAsked ? known.ranks : known.offices;
  return description && [...kept].some((c) => description.concepts.has(c)) ? description : undefined;
}

/**
 * "Is X a major general", "шугаев генерал?": the stemmed words a yes/no question made with "to be" (or
 * with none) gives its one name after it, and where they start; none for any other question.
 */
export function askedTitle(q: Analysis, lang: Language): { title: string[]; from: number } | undefined {
  const [m] = q.mentions;
  if (!q.copular || !m || q.mentions.length !== 1 || q.cues.length > 0 || q.negated) return undefined;
  if (!q.words.slice(0, m.start).every((w) => lang.beForms.has(w))) return undefined;
  let from = m.end;
  while (lang.articles.has(q.words[from] ?? "")) from++;
  // "Is X a general too": words of chat after the title ask nothing of it.
  let to = q.words.length;
  while (to > from + 1 && lang.filler.has(q.words[to - 1] ?? "")) to--;
  return { title: q.words.slice(from, to).map(stem), from };
}

/**
 * "Is Bondarev a major general" where his names say "Colonel General Bondarev": a yes/no question made
 * with "to be" that gives its one name a title of several words, whose last word ("general") is a word
 * of the name's own title (before the person's own name), and whose word before it ("major") no name
 * of it uses while a name gives another word there ("colonel"). The title asked is not the one the
 * name holds.
 */
export function otherTitle(q: Analysis, lang: Language, names: readonly (readonly string[])[]): boolean {
  const asked = askedTitle(q, lang);
  if (!asked) return false;
  const { title, from } = asked;
  if (title.length < 2 || q.unknown.some((u) => u.at < from)) return false;
  const head = title[title.length - 1] ?? "";
  const before = title[title.length - 2] ?? "";
  const own = new Set(names.flat());
  if (own.has(before)) return false;
  // The words the names put right before the head: the name's own title.
  // A title stands before the person's own name, so the head is never a name's last word.
  const theirs = names.flatMap((n) =>
    n.flatMap((w, i) => (w === head && i > 0 && i < n.length - 1 ? [n[i - 1] ?? ""] : [])),
  );
  return theirs.some((w) => w !== head && !lang.articles.has(w));
}

/**
 * "Are the NIEs still held twice a year" against "the NIEs evolved from semi-annual events into annual
 * events": a yes/no question that asks whether something lasts ("still"), judged yes by a fact that
 * tells a change from one state into another, where none of the question's words the fact has is a
 * word of the new state. What the question asks is what it was: no longer so, and the fact says what
 * it is now.
 */
export function changedAway(
  q: Analysis,
  item: Item,
  lang: Language,
  concept: (w: string) => string,
): boolean {
  const persist = lang.persistWords;
  const change = lang.changeWords;
  if (!persist || !change || q.negated || !q.words.some((w) => persist.has(w))) return false;
  const words = normaliseText(item.answer).split(" ");
  const from = words.findIndex((w) => change.from.has(w));
  const to = from < 0 ? -1 : words.findIndex((w, i) => i > from + 1 && change.to.has(w));
  if (to < 0) return false;
  const now = new Set(words.slice(to + 1).map(concept));
  const asked = q.keywords.filter((k) => !k.startsWith("@") && item.concepts.has(k));
  return asked.length > 0 && asked.every((k) => !now.has(k));
}

/**
 * "Did Smith invent it alone", "did she do it by herself": the fact that says it was done puts others
 * beside the question's names on their side ("Smith and Kantzos co-invented it"), so not alone.
 */
export function doneWithOthers(q: Analysis, item: Item, lang: Language): boolean {
  if (q.negated || solePositions(q.words, lang).length === 0) return false;
  const named = new Set(q.mentions.map((m) => m.entity));
  const side = [item.subject, item.object].find((s) => q.mentions.some((m) => s.has(m.entity)));
  return side !== undefined && [...side].some((id) => !named.has(id));
}

/**
 * Whether an entity's name is ordinary words of the reader's language, or another entity's name
 * ("Russian media"), rather than a proper name of its own.
 */
function inWords(ctx: ReaderContext, id: string): boolean {
  const words = normaliseText(ctx.entities.get(id)?.name ?? "").split(" ");
  const other = (w: string) => {
    const named = ctx.lexicon.aliases.get(stem(w));
    return named !== undefined && named !== id;
  };
  return words.every((w) => w !== "" && (ctx.lang.isWord(w) || other(w)));
}

/**
 * "Did X mention Y", "did X name Y": asked only of what X said, where the article reports X saying
 * things and none of it names Y, the answer is no, with what X did say. (Whether Y is so is another
 * question, which a list of examples may leave open.)
 */
export function notMentionedBy(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang, naming, speech } = ctx;
  if (q.asked !== "yesno" || q.negated || q.mentions.length < 2 || q.cues.length === 0) return undefined;
  if (!q.cues.every((c) => speech.has(c.relation))) return undefined;
  const [speaker, ...others] = q.mentions;
  if (!speaker || speaker.start > (q.cues[0]?.position ?? 0)) return undefined;
  const said = naming(speaker.entity).filter(
    (item) => item.kind === "fact" && speech.has(item.relation) && item.subject.has(speaker.entity),
  );
  if (said.length === 0) return undefined;
  const spoken = (item: Item, entity: string) =>
    involves(item, entity) ||
    normaliseText(item.answer).includes(normaliseText(ctx.entities.get(entity)?.name ?? "\u0000"));
  if (others.some((m) => said.some((item) => spoken(item, m.entity)))) return undefined;
  return withSuggestions(ctx, composeAnswer(question, q, said.slice(0, 2), 0.8, lang, { verdict: "no" }), q);
}
