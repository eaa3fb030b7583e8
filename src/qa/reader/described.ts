import { normaliseText } from "../../text/normalise.js";
import { stem } from "../../text/stem.js";
import { type Analysis, analyse } from "../analyse.js";
import { composeAnswer } from "../compose.js";
import { descriptionSpans } from "../descriptions.js";
import { roleOf } from "../grammar.js";
import type { Item } from "../items.js";
import type { Language } from "../lang/types.js";
import { involves, openSide } from "../score.js";
import type { Answer } from "../types.js";
import { MAX_ANSWER_FACTS, MAX_OFFICE_WORDS } from "../weights.js";
import { answerAnalysed } from "./analysed.js";
import type { ReaderContext } from "./context.js";
import { select } from "./ranking.js";
import { withSuggestions } from "./respond.js";

/**
 * "Who heads the body charged with managing ...": the description read as its own question ("which
 * body is charged with ..."); when the facts pick out one entity, the question is answered about it.
 */
export function answerDescribed(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { entities, lang, lexicon, parts, roles, types, whichWord } = ctx;
  for (const span of descriptionSpans(q, lang, lexicon.typeWords)) {
    const typeWord = q.words[span.kindAt] ?? "";
    for (const end of span.ends) {
      const inner = analyse([whichWord, typeWord, ...q.words.slice(span.from, end)].join(" "), parts);
      const best = select(ctx, inner)?.items[0];
      // "The final's winner", of a fact that leaves open who wins it, picks out no one.
      if (!best || best.open) continue;
      // "Who were the officials that visited": a question that only asks who the description is, of
      // its whole rest, is the description asked ("which officials visited"), however many it names.
      if (end === q.words.length && asksOnlyWho(q, span.start, lang)) {
        const answer = answerAnalysed(ctx, question, inner);
        if (answer.answered) return answer;
      }
      const role = roleOf(
        { entity: "", start: 1, end: 2, role: "any" },
        inner.words,
        inner.cues,
        lang,
        roles,
      );
      const side =
        role === "subject"
          ? [...best.subject]
          : role === "object"
            ? [...best.object]
            : openSide(best, inner.mentions);
      // "Is Krasnaya Zvezda the ministry's newspaper": a description of a name the question gives
      // already is what is asked of it, not another name.
      const named = new Set([...inner.mentions, ...q.mentions].map((m) => m.entity));
      const ofType = [...new Set(side)].filter((id) => types.get(id) === span.type);
      // Its longest reading picks out the question's own name: a shorter one, cut short of what the
      // description says, is no other reading of it.
      if (ofType.some((id) => q.mentions.some((m) => m.entity === id))) break;
      const found = ofType.filter((id) => !named.has(id));
      const entity = found.length === 1 ? entities.get(found[0] ?? "") : undefined;
      if (!entity) continue;
      const rewritten = [...q.words.slice(0, span.start), entity.name, ...q.words.slice(end)].join(" ");
      const answer = answerAnalysed(ctx, question, analyse(rewritten, parts));
      if (answer.answered) return answer;
    }
  }
  return undefined;
}

/**
 * "The eagle guy", "the Harbor man": a name right before a word of another kind says which one of
 * that kind is meant, and is not itself what the question is about. Read without the name, the
 * kind's word stands for the one the facts give; only an answer counts.
 */
export function nameAsModifier(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang, lexicon, parts, types } = ctx;
  for (const m of q.mentions) {
    const kind = lexicon.typeWords.get(q.words[m.end] ?? "");
    if (!kind || kind === types.get(m.entity) || q.mentions.some((o) => o.start === m.end)) continue;
    // The kind's word ends the noun ("the general staff" is no general): the question ends or goes
    // on with a verb, a preposition or a helping word.
    const after = m.end + 1;
    const next = q.words[after];
    const ends =
      next === undefined ||
      lang.slotBefore.has(next) ||
      lang.auxiliaries.has(next) ||
      q.cues.some((c) => c.position === after && c.kind !== "noun");
    if (!ends) continue;
    const rewritten = [...q.words.slice(0, m.start), ...q.words.slice(m.end)].join(" ");
    const answer = answerAnalysed(ctx, question, analyse(rewritten, parts));
    if (answer.answered && tiedTo(ctx, answer, kind, m.entity)) return answer;
  }
  return undefined;
}

/**
 * The one of the kind the answer gives is someone a settled fact ties to the name that said which
 * ("the final's winner": a fact that leaves open who wins the final ties nobody to it).
 */
function tiedTo(ctx: ReaderContext, answer: Answer, kind: string, name: string): boolean {
  const told = answer.facts.flatMap((id) => ctx.byId.get(id) ?? []);
  if (told.some((item) => involves(item, name))) return true;
  const ofKind = [
    ...new Set(
      told.flatMap((item) =>
        [...item.subject, ...item.object, ...item.mentions].filter((id) => ctx.types.get(id) === kind),
      ),
    ),
  ];
  // "The joint CIS system": the name is a word of the name of the one of the kind.
  const own = ctx.namesOf.get(name) ?? [];
  const inName = (id: string) =>
    (ctx.namesOf.get(id) ?? []).some((words) => own.some((o) => o.every((w) => words.includes(w))));
  return (
    ofKind.some(inName) ||
    ctx
      .naming(name)
      .some((item) => item.kind === "fact" && !item.open && ofKind.some((id) => involves(item, id)))
  );
}

/**
 * "Who gets the request for proposal", where no relation has a verb of receiving: whom the thing is
 * for. Only a name after the verb makes it so, and only an answer counts.
 */
export function forWhom(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { entities, items, knowledge, lang } = ctx;
  const receiving = lang.receiving;
  const verb = q.unknown.find((u) => u.action && receiving?.verbs.has(u.word));
  if (!receiving || !verb || verb.at !== 1 || lang.whAsks[q.words[0] ?? ""] !== "who") return undefined;
  const thing = q.mentions.find((m) => m.start > verb.at);
  const named = thing && entities.get(thing.entity);
  if (!thing || !named) return undefined;
  const names = [named.name, ...named.aliases].map((n) => normaliseText(n)).filter(Boolean);
  // Only a fact that says whom the thing goes to: "... a request for proposal to eligible providers".
  const whom = knowledge.entities
    .filter((e) => e.id !== thing.entity)
    .flatMap((e) => [e.name, ...e.aliases].map((n) => normaliseText(n)))
    .filter(Boolean);
  const goes = (item: Item) => {
    const said = ` ${normaliseText(item.answer)} `;
    return names.some((n) => {
      const at = said.indexOf(` ${n} `);
      const rest = at < 0 ? "" : said.slice(at + n.length + 2);
      // "... to eligible providers", "to the KPG": the word of going, then another name.
      return whom.some((w) => rest.startsWith(`${receiving.to} ${w} `));
    });
  };
  const about = (item: Item) =>
    item.kind === "fact" &&
    (item.object.has(thing.entity) || item.mentions.has(thing.entity) || item.subject.has(thing.entity));
  const found = items.filter((i) => about(i) && goes(i));
  if (found.length === 0) return undefined;
  return withSuggestions(ctx, composeAnswer(question, q, found.slice(0, MAX_ANSWER_FACTS), 0.7, lang), q);
}

/** "According to its chair": an office noun after the language's words of attribution and a possessive. */
export function attributed(ctx: ReaderContext, q: Analysis): boolean {
  const { lang } = ctx;
  const by = lang.attribution;
  if (!by) return false;
  return q.cues.some((c) => {
    if (c.kind !== "noun" || !lang.possessives.has(q.words[c.position - 1] ?? "")) return false;
    const from = c.position - 1 - by.length;
    return from >= 0 && by.every((w, k) => q.words[from + k] === w);
  });
}

/**
 * "Главком ВКС что сказал", "what did the head of the FSMTC say": an office over a name, beside the
 * verb of another relation, is the one who does it, not what is asked; its holder is asked about.
 */
export function officeActs(q: Analysis): boolean {
  return q.cues.some(
    (c) =>
      c.kind === "noun" &&
      !q.cues.some((v) => v.position === c.position && v.kind !== "noun") &&
      q.mentions.some((m) => m.start === c.position + 1) &&
      q.cues.some((v) => v.kind !== "noun" && v.relation !== c.relation),
  );
}

/**
 * "On what day did the head of the FSMTC speak", "в какой день выступил глава ФСВТС": a relation's
 * noun before a name stands for the one on the other side of that relation, when the facts give
 * exactly one; the question is then answered about that one.
 */
export function answerByHolder(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { entities, items, lang, parts } = ctx;
  for (const cue of q.cues) {
    if (cue.kind !== "noun") continue;
    // "Шугаев командует ВКС", "does Shugaev head the FSMTC": a word that may be the verb, right after a
    // name, is that name's verb, and stands for nobody.
    const verb = q.cues.some((c) => c.position === cue.position && c.kind !== "noun");
    if (verb && q.mentions.some((m) => m.end === cue.position)) continue;
    let at = cue.position + (lang.genitive.has(q.words[cue.position + 1] ?? "") ? 2 : 1);
    // "The head of the federal service": an article before the name is no word between them.
    while (lang.articles.has(q.words[at] ?? "")) at++;
    // "According to its president": the possessive stands for the question's one name before it.
    const owner = lang.possessives.has(q.words[cue.position - 1] ?? "")
      ? q.mentions.filter((m) => m.end < cue.position)
      : [];
    const after = q.mentions.find((m) => m.start === at);
    // "The Aerospace Forces commander": the name right before the noun is what it heads. Not in a
    // yes/no question, whose verdict on an office a fact may leave open ("is X Voss's boss").
    const ahead =
      after || verb || q.asked === "yesno" ? undefined : q.mentions.find((m) => m.end === cue.position);
    const held = after ?? ahead ?? (owner.length === 1 ? owner[0] : undefined);
    if (!held) {
      const central = centralHolder(ctx, q, cue);
      if (central) {
        const answer = answerAnalysed(ctx, question, analyse(central, parts));
        if (answer.answered) return answer;
      }
      continue;
    }
    // "The head of the X" is replaced whole, its article too; "its president", possessive and all.
    const before = lang.articles.has(q.words[cue.position - 1] ?? "") ? cue.position - 1 : cue.position;
    const aheadFrom =
      ahead && lang.articles.has(q.words[ahead.start - 1] ?? "") ? ahead.start - 1 : ahead?.start;
    const [from, to] = after
      ? [before, after.end]
      : ahead
        ? [aheadFrom ?? ahead.start, cue.position + 1]
        : [cue.position - 1, cue.position + 1];
    const holders = new Set(
      items
        .filter((i) => i.kind === "fact" && i.relation === cue.relation && i.object.has(held.entity))
        .flatMap((i) => [...i.subject]),
    );
    const holder = holders.size === 1 ? entities.get([...holders][0] ?? "") : undefined;
    if (!holder || q.mentions.some((m) => m.entity === holder.id)) continue;
    const rewritten = [...q.words.slice(0, from), holder.name, ...q.words.slice(to)].join(" ");
    const answer = answerAnalysed(ctx, question, analyse(rewritten, parts));
    if (answer.answered) return answer;
  }
  return undefined;
}

/**
 * "The navy boss", "the chief of the space agency": an office noun joined to a name the article
 * never uses, where that name shares a word with exactly one thing the facts have someone hold that
 * office over, loosely names that thing: the question is answered about the one who holds it.
 */
export function outsideOffice(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { entities, lang, lexicon, parts, stating } = ctx;
  if (q.outside.length !== 1 || q.asked === "yesno") return undefined;
  const named = normaliseText(q.outside[0] ?? "").split(" ");
  const start = q.words.findIndex((_, i) => named.every((o, k) => q.words[i + k] === o));
  if (start < 0) return undefined;
  const end = start + named.length;
  let before = start - 1;
  while (before >= 0 && lang.articles.has(q.words[before] ?? "")) before--;
  // The office noun right after the name, or before it with "of" ("the chief of the X"), whether or
  // not the question's verb left it a cue.
  const officeAt = lang.genitive.has(q.words[before] ?? "") ? [end, before - 1] : [end];
  const cue = officeAt
    .flatMap((at) =>
      (lexicon.relationWords.get(stem(q.words[at] ?? "")) ?? [])
        .filter((w) => w.kind === "noun")
        .map((w) => ({ relation: w.relation, position: at })),
    )
    .at(0);
  if (!cue) return undefined;
  const shared = new Set(named.filter((w) => !lang.filler.has(w)).map(stem));
  const sharesWord = (id: string) => {
    const entity = entities.get(id);
    return [entity?.name ?? "", ...(entity?.aliases ?? [])].some((n) =>
      normaliseText(n)
        .split(" ")
        .some((w) => shared.has(stem(w))),
    );
  };
  const facts = stating(cue.relation).filter((i) => i.kind === "fact");
  const held = new Set(facts.flatMap((i) => [...i.object]).filter(sharesWord));
  if (held.size !== 1) return undefined;
  const holders = new Set(
    facts.filter((i) => held.has([...i.object][0] ?? "")).flatMap((i) => [...i.subject]),
  );
  const holder = holders.size === 1 ? entities.get([...holders][0] ?? "") : undefined;
  if (!holder || q.mentions.some((m) => m.entity === holder.id)) return undefined;
  let from = Math.min(start, cue.position);
  while (from > 0 && lang.articles.has(q.words[from - 1] ?? "")) from--;
  const to = Math.max(end, cue.position + 1);
  const rewritten = [...q.words.slice(0, from), holder.name, ...q.words.slice(to)].join(" ");
  const answer = answerAnalysed(ctx, question, analyse(rewritten, parts));
  return answer.answered ? answer : undefined;
}

/**
 * "How many degrees does the new manager have": a person's office said with "the" and no name
 * ("the new manager") stands for the article's central person where they are the only person the
 * facts of that relation have doing it, or one of them and the title calls them so ("X is the new
 * field manager"); the question is rewritten with their name.
 */
function centralHolder(ctx: ReaderContext, q: Analysis, cue: Analysis["cues"][number]): string | undefined {
  const { central, items, lang, titleStems, typeInfo, types } = ctx;
  if (!central || q.mentions.length > 0) return undefined;
  // An office ("manager"), not any noun of the relation ("the reporter" is the other side of it).
  if (!(lang.officeNouns?.has(q.words[cue.position] ?? "") ?? false)) return undefined;
  const doers = new Set(
    items
      .filter((i) => i.kind === "fact" && i.relation === cue.relation)
      .flatMap((i) => [...i.subject])
      .filter((id) => typeInfo.get(types.get(id) ?? "")?.person === true),
  );
  if (!doers.has(central.id)) return undefined;
  // Back over the office's own words ("new", "field") to its article.
  let from = cue.position;
  while (from > 0 && cue.position - from < MAX_OFFICE_WORDS && !lang.articles.has(q.words[from - 1] ?? ""))
    from--;
  if (!lang.articles.has(q.words[from - 1] ?? "")) return undefined;
  // Where several people do it, the title that names the central person says the office that way.
  const office = q.words.slice(from, cue.position + 1).map(stem);
  if (doers.size > 1 && !office.every((w) => titleStems.has(w))) return undefined;
  return [...q.words.slice(0, from - 1), central.name, ...q.words.slice(cue.position + 1)].join(" ");
}

/** "Who were the ...", "what is the ...": the words before a description only ask what it is. */
function asksOnlyWho(q: Analysis, start: number, lang: Language): boolean {
  const asked = lang.whAsks[q.words[0] ?? ""];
  if (asked !== "who" || start < 2) return false;
  return q.words.slice(1, start).every((w) => lang.beForms.has(w));
}
