import { normaliseText } from "../../text/normalise.js";
import { stem } from "../../text/stem.js";
import type { Analysis } from "../analyse.js";
import type { Item } from "../items.js";
import { conceptOf } from "../lexicon.js";
import type { Answer } from "../types.js";
import { MAX_RANK_WORDS } from "../weights.js";
import { afterPreposition } from "./asks.js";
import type { ReaderContext } from "./context.js";
import { select } from "./ranking.js";

/**
 * "What's the name of the journalist", "как зовут журналиста": the thing whose name is asked, right
 * after the word that asks it, is a word the facts never use, or a relation's noun whose every fact
 * says the article leaves it open: the article gives no such name.
 */
/**
 * "What are the names of the wilderness areas" answered by "the office has 12 wilderness areas; the
 * article does not name them": a fact or description of a name the question asks about (its
 * description, or a fact with it on the side given) that itself admits the article leaves out what
 * the question asks does not answer it.
 */
export function admitsGap(ctx: ReaderContext, answer: Answer, q: Analysis): boolean {
  const { byId, lang } = ctx;
  const admissions = (lang.gapAdmissions ?? []).filter((a) => a.asks.has(q.asked));
  if (admissions.length === 0 || q.asked === "yesno") return false;
  const asked = new Set(q.mentions.map((m) => m.entity));
  return answer.facts.some((id) => {
    const item = byId.get(id);
    if (!item) return false;
    const about = item.kind === "description" ? item.subject : item.object;
    if (![...about].some((e) => asked.has(e))) return false;
    const text = item.answer.toLowerCase();
    return admissions.some((a) => text.includes(a.phrase));
  });
}

/**
 * "What's the prize in dollars": a name of money in the question asks an amount of money, which an
 * answer with no money in it (a certificate, a ribbon) does not give.
 */
export function moneyUnsaid(ctx: ReaderContext, answer: Answer, q: Analysis): boolean {
  const money = ctx.lang.currencyWords;
  if (!money || q.asked === "yesno" || !q.words.some((w) => money.has(w))) return false;
  return !answer.facts.some((id) => {
    const item = ctx.byId.get(id);
    return item !== undefined && holdsMoney(item, money);
  });
}

/** A fact that gives an amount of money: a sign of money, or one of the language's names of it. */
export function holdsMoney(item: Item, money: ReadonlySet<string>): boolean {
  const text = `${item.quantity ?? ""} ${item.answer}`;
  return (
    /[$€£¥₽]/u.test(text) ||
    normaliseText(text)
      .split(" ")
      .some((w) => money.has(w))
  );
}

/**
 * "Where is/was X" of a person X, answered by facts that place X nowhere: none of them involves a
 * place the article names and says its name.
 */
export function personPlaceUnsaid(ctx: ReaderContext, q: Analysis, chosen: readonly Item[]): boolean {
  const { entities, lang, typeInfo, types } = ctx;
  if (q.asked !== "where") return false;
  const wh = q.words.findIndex((w) => lang.whAsks[w] === "where");
  if (wh < 0 || !lang.beForms.has(q.words[wh + 1] ?? "")) return false;
  const who = q.mentions.find((m) => m.start === wh + 2);
  if (!who || typeInfo.get(types.get(who.entity) ?? "")?.person !== true) return false;
  // "Where was X's interview published": the place asked is the thing X owns, not X's own.
  if (q.wanted.some((w) => w.at >= who.end)) return false;
  const placed = (item: Item) => {
    const text = normaliseText(item.where ?? item.answer);
    return [...item.subject, ...item.object, ...item.mentions].some((id) => {
      const name = entities.get(id)?.name;
      return typeInfo.get(types.get(id) ?? "")?.place === true && name && text.includes(normaliseText(name));
    });
  };
  return !chosen.some(placed);
}

/**
 * "What date will her signature be on the bills": the fact of the relation the question names by its
 * noun is the one it asks about, and where that fact gives no such time, place, reason or figure, a fact of
 * another relation that gives one, which the question asked plainly would not find, answers something
 * else. The fact asked about is returned, to be told as what the article does say.
 */
export function kindOfAnother(ctx: ReaderContext, q: Analysis, chosen: readonly Item[]): Item | undefined {
  const { related } = ctx.scoring;
  const kinds: readonly string[] = ["when", "where", "why", "quantity"];
  // A relation named only by its noun ("her signature"): the thing it names is what the question is
  // about, where a verb ("when did she speak") may be said of another fact's deed too.
  if (!kinds.includes(q.asked) || q.cues.length === 0 || q.cues.some((c) => c.kind !== "noun"))
    return undefined;
  const asked = new Set(q.cues.map((c) => c.relation));
  const ofAsked = (item: Item) =>
    asked.has(item.relation) || [...asked].some((r) => related.get(r)?.has(item.relation) ?? false);
  if (chosen.some(ofAsked)) return undefined;
  // Asked plainly, the question finds the fact it is about, and none of those chosen for their kind.
  const plain = select(ctx, { ...q, asked: "what" })?.items ?? [];
  const top = plain[0];
  if (!top || !ofAsked(top) || plain.some((i) => chosen.includes(i))) return undefined;
  // A fact that proves itself by the same words of the article tells of the same thing.
  return chosen.some((i) => i.evidence === top.evidence) ? undefined : top;
}

/**
 * A question for the brand or model of the things it names, answered by facts that name none of
 * them, nor any other thing of their kind, by a proper name or a designation.
 */
export function makeUnnamed(ctx: ReaderContext, q: Analysis, chosen: readonly Item[]): boolean {
  const { entities, lang, types } = ctx;
  const make = lang.makeWords;
  if (!make || q.asked === "yesno" || q.asked === "count") return false;
  if (!q.words.some((w, i) => make.has(w) && !q.cues.some((c) => c.position === i))) return false;
  // The thing asked: the name the question's kind word is part of, the name after "model of", or
  // the name right before "brand".
  const at = q.words.findIndex((w) => make.has(w));
  const thing =
    q.mentions.find((m) => q.typeAt !== undefined && m.start <= q.typeAt && q.typeAt < m.end) ??
    q.mentions.find((m) => m.start === at + 2 && lang.genitive.has(q.words[at + 1] ?? "")) ??
    q.mentions.find((m) => m.end === at);
  if (!thing) return false;
  const kinds = new Set([types.get(thing.entity) ?? ""]);
  const proper = (id: string) => /[\p{Lu}\d]/u.test(entities.get(id)?.name ?? "");
  const named = chosen.some((i) =>
    [...i.subject, ...i.object, ...i.mentions].some((id) => kinds.has(types.get(id) ?? "") && proper(id)),
  );
  return !named;
}

/**
 * The question's office said with a rank word ("acting", "assistant") the facts chosen never give it,
 * or said plainly where every time the facts say it, they say it with such a word.
 */
export function otherRank(ctx: ReaderContext, q: Analysis, chosen: readonly Item[]): boolean {
  const { bodyBigrams, lang } = ctx;
  const ranks = lang.rankQualifiers;
  if (!ranks || chosen.length === 0) return false;
  const texts = chosen.map((i) => normaliseText(i.answer).split(" "));
  const asked = q.words.filter((w) => ranks.has(w));
  if (asked.length > 0) return !texts.some((t) => asked.some((r) => t.includes(r)));
  const office = q.cues.find((c) => c.kind === "noun")?.position;
  const word = office === undefined ? undefined : q.words[office];
  if (word === undefined || ranks.has(q.words[office === undefined ? 0 : office - 1] ?? "")) return false;
  const own = stem(word);
  let ranked = 0;
  for (const t of texts)
    for (let i = 0; i < t.length; i++) {
      if (stem(t[i] ?? "") !== own) continue;
      // "Attorney's Office" names a body, not the office a person holds.
      if (bodyBigrams.has(`${own} ${stem(t[i + 1] ?? "")}`)) continue;
      const before = t.slice(Math.max(0, i - MAX_RANK_WORDS), i);
      if (!before.some((w) => ranks.has(w))) return false;
      ranked++;
    }
  return ranked > 0;
}

/**
 * "Who is the tribal president Yellen is meeting": "who is" an office, where no name of the knowledge
 * holds that word and none of the facts chosen says it, asks for a holder the article never names.
 */
export function officeUnsaid(ctx: ReaderContext, q: Analysis, chosen: readonly Item[]): boolean {
  const { lang } = ctx;
  const offices = lang.officeNouns;
  if (q.asked !== "who" || !offices || chosen.length === 0) return false;
  const at = q.words.findIndex((w) => lang.whAsks[w] === "who");
  if (at < 0 || !lang.beForms.has(q.words[at + 1] ?? "")) return false;
  // The words of the office, up to a preposition, a relative or a verb: a name among them ("the guild
  // president") says whose office it is.
  const inName = (i: number) => q.mentions.some((m) => m.start <= i && i < m.end);
  let end = at + 2;
  while (
    end < q.words.length &&
    !lang.slotBefore.has(q.words[end] ?? "") &&
    !lang.relatives.has(q.words[end] ?? "") &&
    !q.cues.some((c) => c.position === end)
  )
    end++;
  const office = q.words.slice(at + 2, end).find((w, k) => offices.has(w) && !inName(at + 2 + k));
  if (office === undefined) return false;
  const own = stem(office);
  return !chosen.some((i) =>
    normaliseText(i.answer)
      .split(" ")
      .some((w) => stem(w) === own),
  );
}

/** "Which prison is he going to": the word for what is asked names no entity, kind or keyword. */
export function unnamedWhich(ctx: ReaderContext, q: Analysis, chosen: readonly Item[]): boolean {
  const { lang, lexicon, namingWords } = ctx;
  if (q.typeHint !== undefined || lang.modifierBeforeNoun !== true) return false;
  const at = q.words.findIndex((w) => lang.whAsks[w] === "which");
  if (at < 0) return false;
  let end = at + 1;
  while (
    end < q.words.length &&
    !lang.auxiliaries.has(q.words[end] ?? "") &&
    !q.mentions.some((m) => m.start === end)
  )
    end++;
  const head = end - 1;
  const word = q.words[head];
  if (head <= at || word === undefined) return false;
  if (q.cues.some((c) => c.position === head) || q.mentions.some((m) => m.start <= head && head < m.end))
    return false;
  if (lang.filler.has(word) || lang.calendar?.asks.has(word) || lang.timeWords.has(word)) return false;
  if (lang.quantityWords.has(word) || lang.measureWords.has(word) || lang.subtypeWords?.has(word))
    return false;
  // The facts use the word only as an ordinary word ("six months in prison"), never for a name.
  const own = stem(word);
  // ... and no more narrowly than the question does: a word before it that the question lacks
  // ("military cooperation") says which one.
  const plain = (w: string) => q.words.includes(w) || lang.articles.has(w) || lang.slotBefore.has(w);
  let said = false;
  for (const i of chosen) {
    const text = normaliseText(i.answer).split(" ");
    for (let k = 0; k < text.length; k++) {
      if (stem(text[k] ?? "") !== own) continue;
      if (!plain(text[k - 1] ?? "")) return false;
      said = true;
    }
  }
  if (!said) return false;
  const involved = new Set(chosen.flatMap((i) => [...i.subject, ...i.object, ...i.mentions]));
  const asked = [own, conceptOf(lexicon, word)];
  return ![...involved].some((id) => asked.some((w) => namingWords.get(id)?.has(w)));
}

/**
 * "The penalty under law A": a name of the question that no fact chosen has, while every one of them
 * has another of its kind where it would stand.
 */
export function anotherOfKind(ctx: ReaderContext, q: Analysis, chosen: readonly Item[]): boolean {
  const { lang, types } = ctx;
  const facts = chosen.filter((i) => i.kind === "fact");
  if (facts.length === 0 || facts.length !== chosen.length) return false;
  const has = (i: Item, id: string) => i.subject.has(id) || i.object.has(id) || i.mentions.has(id);
  return q.mentions.some((m) => {
    // Only a name a preposition governs qualifies what is asked ("under the act").
    let before = m.start - 1;
    while (before > 0 && lang.articles.has(q.words[before] ?? "")) before--;
    const governed = lang.governingPrepositions?.has(q.words[before] ?? "") ?? false;
    if (!governed && !afterPreposition(q.words, m.start, lang)) return false;
    const kind = types.get(m.entity);
    if (kind === undefined || facts.some((i) => has(i, m.entity))) return false;
    return facts.every((i) =>
      [...i.subject, ...i.object].some((id) => id !== m.entity && types.get(id) === kind),
    );
  });
}

/**
 * "Who was commander before X", "who held the post before X", "who was the previous director": who
 * held something earlier is asked, and the facts chosen name no one else (only X, the one before whom
 * it is asked), or, with no such name, tell of no one earlier: they say who holds it now, which does
 * not answer who held it before.
 */
export function predecessorUnnamed(ctx: ReaderContext, q: Analysis, chosen: readonly Item[]): boolean {
  const { lang, lexicon, typeInfo, types } = ctx;
  const words = lang.predecessors;
  if (!words || (q.asked !== "who" && q.asked !== "which")) return false;
  const person = (id: string) => typeInfo.get(types.get(id) ?? "")?.person === true;
  // "Before X", "after X": the person the time is told by.
  const by = q.mentions.find((m) => words.by.has(q.words[m.start - 1] ?? "") && person(m.entity));
  if (by) {
    const others = chosen.flatMap((i) => [...i.subject, ...i.object, ...i.mentions]);
    return !others.some((id) => id !== by.entity && person(id));
  }
  if (!q.words.some((w) => words.asks.has(w))) return false;
  const tells = new Set([...words.tells].map((w) => conceptOf(lexicon, w)));
  return !chosen.some(
    (i) =>
      [...i.concepts].some((c) => tells.has(c)) ||
      normaliseText(i.answer)
        .split(" ")
        .some((w) => words.tells.has(w)),
  );
}

/**
 * "When did the festival start", where the article only says when it ended: the relation asked has
 * facts, none of them about the names asked, and none of the facts chosen states it or one related to
 * it. The time they give is of another act, not of the one asked.
 */
export function timeOfAnotherAct(ctx: ReaderContext, q: Analysis, chosen: readonly Item[]): boolean {
  const { index, naming, scoring } = ctx;
  if (q.asked !== "when" || q.cues.length === 0 || q.mentions.length === 0 || q.negated) return false;
  const asked = new Set(q.cues.map((c) => c.relation));
  if (![...asked].some((r) => index.stating(r).length > 0)) return false;
  for (const r of [...asked]) for (const o of scoring.related.get(r) ?? []) asked.add(o);
  if (chosen.some((i) => asked.has(i.relation))) return false;
  return !q.mentions.some((m) => naming(m.entity).some((i) => asked.has(i.relation)));
}
