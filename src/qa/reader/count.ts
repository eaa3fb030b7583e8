import { normaliseText } from "../../text/normalise.js";
import { stem } from "../../text/stem.js";
import type { Analysis } from "../analyse.js";
import { composeAnswer } from "../compose.js";
import { roleOf } from "../grammar.js";
import type { Item } from "../items.js";
import { conceptOf } from "../lexicon.js";
import { findNames } from "../names.js";
import { involves, openSide } from "../score.js";
import type { Answer } from "../types.js";
import { statedFigures } from "../verdict.js";
import { answerAnalysed } from "./analysed.js";
import type { ReaderContext } from "./context.js";
import { countedDoingUnsaid } from "./gaps.js";
import { gap } from "./lists.js";
import { rank, select } from "./ranking.js";
import { refuse, withSuggestions } from "./respond.js";

function namedIn(ctx: ReaderContext, item: Item): ReadonlySet<string> {
  const { lang, lexicon, namedInAnswer, parts } = ctx;
  let named = namedInAnswer.get(item);
  if (!named) {
    const stems = normaliseText(item.answer)
      .split(" ")
      .filter(Boolean)
      .map((w) => {
        const s = stem(w);
        return lexicon.stemVariants.get(s) ?? s;
      });
    named = new Set(findNames(stems, lexicon, parts.outside, lang).mentions.map((m) => m.entity));
    namedInAnswer.set(item, named);
  }
  return named;
}

/** "How many countries signed?": the names of that kind the answering facts give, counted. */
export function count(ctx: ReaderContext, question: string, q: Analysis): Answer {
  const { entities, lang, lexicon, roles, typeInfo, types } = ctx;
  // "How many people sit on the committee": what those counted do is a verb no fact uses, so the
  // article counts nobody doing it.
  if (countedDoingUnsaid(ctx, q)) {
    const near = select(ctx, { ...q, asked: "which" });
    return near ? gap(ctx, question, q, near.items) : refuse(ctx, question, q, "no-match");
  }
  // "How many teams are staged": the fact that answers gives a count of the very kind asked (its
  // `quantity` says "three ... teams"), which says more than counting the names the article gives.
  const typed = q.typeAt !== undefined ? q.words[q.typeAt] : undefined;
  if (typed !== undefined) {
    const asQuantity: Analysis = { ...q, asked: "quantity", typeHint: undefined, typeAt: undefined };
    const kindWord = conceptOf(lexicon, typed);
    const wordsOf = (item: Item | undefined) =>
      normaliseText(item?.quantity ?? "")
        .split(" ")
        .filter(Boolean);
    // The best fact whose count is of the kind asked ("100 winners"), not merely the best with a count.
    const giving = select(ctx, asQuantity)?.items ?? [];
    const countsKind = (i: Item) => wordsOf(i).some((w) => conceptOf(lexicon, w) === kindWord);
    // "How many winners in total": a fact of another relation ("100 winners were selected") that counts
    // the very kind asked, about every name the question gives, counts them when none chosen does.
    const other = giving.some(countsKind)
      ? undefined
      : rank(ctx, asQuantity)
          .map((s) => s.item)
          .find((i) => i.kind === "fact" && countsKind(i) && q.mentions.every((m) => involves(i, m.entity)));
    const top = other ?? giving.find(countsKind) ?? giving[0];
    const counted = wordsOf(top);
    const figure = statedFigures(counted, lang)[0];
    // Unless the fact names as many of the kind as it counts: counting them says the same, with names.
    const named = top
      ? new Set(
          [...top.subject, ...top.object, ...top.mentions].filter(
            (id) => types.get(id) === q.typeHint && !q.mentions.some((m) => m.entity === id),
          ),
        ).size
      : 0;
    const counts =
      figure !== undefined &&
      figure.range.low !== named &&
      counted.some((w) => conceptOf(lexicon, w) === kindWord);
    if (counts && other)
      return withSuggestions(ctx, composeAnswer(question, asQuantity, [other], 0.8, lang), q);
    if (counts) return answerAnalysed(ctx, question, asQuantity);
  }
  const selection = select(ctx, { ...q, asked: "which" });
  const kind = q.typeHint;
  // "How many countries get spare parts": the counted kind stands on one side of the verb.
  const role =
    q.typeAt === undefined
      ? "any"
      : roleOf({ entity: "", start: q.typeAt, end: q.typeAt + 1, role: "any" }, q.words, q.cues, lang, roles);
  // "Сколько стран в списке поставок": with no verb to put the kind on a side, a side that holds one
  // and the same name in every fact (the one supplier) frames the list, and the other side is counted.
  const chosenItems = selection?.items ?? [];
  const ofKindOn = (side: "subject" | "object") =>
    new Set(chosenItems.flatMap((i) => [...i[side]].filter((id) => entities.get(id)?.type === kind)));
  const framing = (side: "subject" | "object") =>
    chosenItems.length > 1 &&
    ofKindOn(side).size === 1 &&
    chosenItems.every((i) => [...i[side]].some((id) => ofKindOn(side).has(id))) &&
    ofKindOn(side === "subject" ? "object" : "subject").size > 1;
  // "How many countries does Russia supply": a side the question already fills with a name of the
  // kind counted is not the side counted, whatever the kind's word order suggests.
  const filled = (side: "subject" | "object") =>
    q.mentions.some((m) => m.role === side && entities.get(m.entity)?.type === kind);
  // "How many countries did Shugaev list": the name between the helping verb and the verb is the
  // verb's subject, so the kind asked before them is what the verb takes.
  const at = q.typeAt ?? -1;
  const subjectAfter =
    role === "subject" &&
    q.mentions.some(
      (m) =>
        m.role === "subject" &&
        m.start > at &&
        q.words.slice(at + 1, m.start).some((w) => lang.auxiliaries.has(w)),
    );
  const sided = subjectAfter
    ? "object"
    : role === "subject" && filled("subject") && !filled("object")
      ? "object"
      : role === "object" && filled("object") && !filled("subject")
        ? "subject"
        : role;
  const countedSide =
    sided === "subject" || sided === "object"
      ? sided
      : framing("subject")
        ? "object"
        : framing("object")
          ? "subject"
          : sided;
  // "How many countries did Shugaev list": the facts where the person named is the one doing it (the
  // list is theirs), where there are such facts among those chosen; what they list is their object.
  const people = q.mentions.filter((m) => typeInfo.get(types.get(m.entity) ?? "")?.person === true);
  const theirs = chosenItems.filter((i) => people.some((m) => i.subject.has(m.entity)));
  const countedItems = theirs.length > 0 ? theirs : chosenItems;
  const sideOf = (item: Item) => {
    const own = theirs.includes(item) && countedSide !== "subject" ? item.object : undefined;
    const side =
      own ?? (countedSide === "subject" ? item.subject : countedSide === "object" ? item.object : undefined);
    const ofKind = [...(side ?? [])].filter((id) => entities.get(id)?.type === kind);
    if (ofKind.length > 0) return ofKind;
    const open = openSide(item, q.mentions);
    if (open.some((id) => entities.get(id)?.type === kind)) return open;
    // "How many kinds of products did Shugaev list": what the speaker's own statement names of the
    // kind, where neither side holds one.
    const named = new Set(q.mentions.map((m) => m.entity));
    const mentioned = theirs.includes(item)
      ? [...item.mentions].filter((id) => entities.get(id)?.type === kind && !named.has(id))
      : [];
    return mentioned.length > 0 ? mentioned : open;
  };
  const counted = new Map<string, string>();
  const countedFrom: Item[] = [];
  for (const item of countedItems) {
    // "How many countries are in X's list": a name the fact holds but its own words never say (the
    // supplier behind a speaker's list) is not one of those it lists.
    const side = sideOf(item);
    const said = namedIn(ctx, item);
    const listed = side.filter((id) => said.has(id));
    for (const id of listed.length > 0 ? listed : side) {
      const entity = entities.get(id);
      if (!entity || entity.type !== kind) continue;
      counted.set(id, entity.name);
      if (!countedFrom.includes(item)) countedFrom.push(item);
    }
  }
  if (!selection || counted.size === 0) return refuse(ctx, question, q, "no-match");
  // "How many countries are in X in total": where every list counted gives examples only, the
  // article does not say how many there are, only which it names.
  const total = q.words.some((w) => lang.totalWords?.has(w) ?? false);
  if (total && q.mentions.length > 0 && countedFrom.every((i) => i.partial))
    return gap(ctx, question, q, countedFrom);
  // "How many members does X have": a relation's noun counted with nothing else asked of them asks
  // how many there are, which only a list the knowledge marks complete says.
  const party = typed !== undefined && !lexicon.typeWords.has(typed);
  const partyRelation = party ? q.cues.find((c) => c.position === q.typeAt)?.relation : undefined;
  const sizeAsked = partyRelation !== undefined && q.cues.every((c) => c.relation === partyRelation);
  if (sizeAsked && countedFrom.every((i) => !i.complete)) return gap(ctx, question, q, countedFrom);
  const lead = lang.phrases.count([...counted.values()]);
  return withSuggestions(
    ctx,
    composeAnswer(question, q, countedItems, selection.confidence, lang, { lead }),
    q,
  );
}
