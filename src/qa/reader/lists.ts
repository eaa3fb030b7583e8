import { normaliseText } from "../../text/normalise.js";
import { stem } from "../../text/stem.js";
import type { Analysis } from "../analyse.js";
import { composeAnswer } from "../compose.js";
import type { Item } from "../items.js";
import { conceptOf, speechRelations } from "../lexicon.js";
import type { Answer } from "../types.js";
import { ANSWER_THRESHOLD, HOLDER_QUALIFIERS, MAX_ANSWER_FACTS } from "../weights.js";
import type { ReaderContext } from "./context.js";
import { confidenceOf, rank } from "./ranking.js";
import { withSuggestions } from "./respond.js";

/** A word of a text as written, hyphenated parts apart ("co-exclusive" → "co", "exclusive"). */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * "What kind of license agreements are these", "what type of rover capabilities does NASA want": the
 * fact whose own answer puts a word before the thing asked ("co-exclusive license agreements",
 * "unpressurized rover capabilities") says which kind; the best such fact about the question answers.
 */
export function kindQualified(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang } = ctx;
  if (q.asked !== "what" && q.asked !== "which") return undefined;
  const wh = q.words.findIndex((w) => lang.whAsks[w] === "what" || lang.whAsks[w] === "which");
  const of = wh + 2;
  if (wh < 0 || !lang.subtypeWords.has(q.words[wh + 1] ?? "") || !lang.genitive.has(q.words[of] ?? ""))
    return undefined;
  // "What model of X": a maker or model is a name, which a word before the thing does not give.
  if (lang.makeWords?.has(q.words[wh + 1] ?? "")) return undefined;
  // The thing asked runs from "of" to the first small word: "rover capabilities" in "... for moonwalking".
  const thing: string[] = [];
  for (const w of q.words.slice(of + 1)) {
    const small =
      lang.filler.has(w) || lang.articles.has(w) || lang.auxiliaries.has(w) || lang.slotBefore.has(w);
    if (small || lang.whWords.has(w)) break;
    thing.push(stem(w));
  }
  if (thing.length === 0) return undefined;
  // The phrase itself says which fact answers, so a fact of another relation than the noun's may
  // ("the licenses allow ..." is the market's fact, not the licensing's).
  for (const { item, score } of rank(ctx, q)) {
    if (qualifies(ctx, item, thing))
      return withSuggestions(
        ctx,
        composeAnswer(question, q, [item], confidenceOf(Math.max(score, ANSWER_THRESHOLD), undefined), lang),
        q,
      );
  }
  return undefined;
}

/**
 * The item's answer says the thing with a word of its own before it ("co-exclusive license
 * agreements"), not a word of a name ("the Lunar Terrain Vehicle Services contract"), which says
 * which one, not which kind.
 */
function qualifies(ctx: ReaderContext, item: Item, thing: readonly string[]): boolean {
  const { lang } = ctx;
  // Most facts never say the thing: a look for its first letters spares them the word-by-word reading.
  const last = thing[thing.length - 1] ?? "";
  if (!item.answer.toLowerCase().includes(last.slice(0, 3))) return false;
  const typed = item.answer.match(WORD) ?? [];
  const words = typed.map((w) => normaliseText(w));
  const stems = words.map((w) => stem(w));
  for (let at = 1; at + thing.length <= stems.length; at++) {
    if (!thing.every((s, k) => stems[at + k] === s)) continue;
    const before = words[at - 1] ?? "";
    const small = lang.filler.has(before) || lang.articles.has(before) || lang.slotBefore.has(before);
    const name = /^\p{Lu}/u.test(typed[at - 1] ?? "") && at > 1;
    if (!small && !name && !/\d/.test(before) && !thing.includes(stem(before))) return true;
  }
  return false;
}

/**
 * "How many kinds of products did Shugaev list", "what kinds of products did he say ...": one
 * statement's list, with no relation's verb asked.
 * The best fact about the question's other names that names two or more of the kind counted, the
 * kind's own name ("advanced defense products") left out, gives the count.
 */
export function kindsListed(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { entities, lang, lexicon, speech, typeByConcept, types } = ctx;
  // "How many kinds of products", "сколько видов продукции": a count's word, a kind's word, then
  // (after "of", where the language has one) what is counted.
  // "What kinds of products did Shugaev say ...": a wh-word before the kind's word asks the list itself.
  const many = q.words.findIndex(
    (w, i) =>
      (lang.quantityWords.has(w) || lang.whAsks[w] === "what" || lang.whAsks[w] === "which") &&
      lang.subtypeWords.has(q.words[i + 1] ?? ""),
  );
  // A relation's verb ("how many kinds of equipment does Russia supply") asks across its facts; a
  // verb of saying ("сколько видов назвал Шугаев") asks what one statement lists, and a verb in what
  // it reports ("did Shugaev say Russia will supply") is the statement's own.
  const saying = q.cues.find((c) => c.kind !== "noun" && speech.has(c.relation));
  const across = q.cues.some(
    (c) => c.kind !== "noun" && !speech.has(c.relation) && !(saying && c.position > saying.position),
  );
  if (many < 0 || across || (!lang.quantityWords.has(q.words[many] ?? "") && !saying)) return undefined;
  const at = lang.genitive.has(q.words[many + 2] ?? "") ? many + 3 : many + 2;
  const named = q.mentions.find((m) => m.start === at);
  const word = q.words[at] ?? "";
  const kind = named ? types.get(named.entity) : typeByConcept.get(conceptOf(lexicon, word));
  if (kind === undefined) return undefined;
  const rest = {
    ...q,
    asked: "which" as const,
    wanted: [],
    unknown: [],
    mentions: q.mentions.filter((m) => m !== named),
  };
  const category = conceptOf(lexicon, named ? (q.words[named.end - 1] ?? word) : word);
  // "What kinds of helicopters": a thing that is itself one entry of a list has kinds the list does not
  // give; only a name whose last word is a kind's own ("defense products") is what a list is of.
  if (!lang.quantityWords.has(q.words[many] ?? "") && typeByConcept.get(category) !== kind) return undefined;
  const ofKind = (item: Item) =>
    [...new Set([...item.subject, ...item.object, ...item.mentions])].flatMap((id) => {
      const entity = entities.get(id);
      if (!entity || entity.type !== kind || id === named?.entity) return [];
      const words = normaliseText(entity.name).split(" ");
      // The kind's own name ("advanced defense products") is what the list is of; a name that joins
      // two things ("spare parts and equipment") is one of its entries.
      const joined = words.some((w) => lang.joiners.has(w));
      return !joined && words.map((w) => conceptOf(lexicon, w)).includes(category) ? [] : [entity.name];
    });
  // The best fact about the question's other names that lists two or more of the kind.
  const involves = (item: Item) =>
    rest.mentions.every(
      (m) => item.subject.has(m.entity) || item.object.has(m.entity) || item.mentions.has(m.entity),
    );
  let best: Item | undefined;
  let counted: string[] = [];
  for (const { item } of rank(ctx, rest)) {
    if (item.kind !== "fact" || !involves(item)) continue;
    counted = ofKind(item);
    if (counted.length >= 2) {
      best = item;
      break;
    }
  }
  if (!best) return undefined;
  const lead = lang.phrases.count(counted);
  return withSuggestions(ctx, composeAnswer(question, q, [best], 0.8, lang, { lead }), q);
}

/**
 * "How many mayors did X meet": an office's noun (a relation whose facts say who holds it) counted
 * within another relation's list. The best fact of the other relation about the question's names
 * gives the list; the entries that hold the office are counted, not the fact's own quantity.
 */
export function holdersListed(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { entities, holdersOf, lang } = ctx;
  if (q.asked !== "quantity" && q.asked !== "count") return undefined;
  const many = q.words.findIndex((w) => lang.quantityWords.has(w));
  if (many < 0) return undefined;
  // The office's noun right after the count's word, or after one word that qualifies it.
  const office = q.cues.find(
    (c) => c.kind === "noun" && c.position > many && c.position <= many + 1 + HOLDER_QUALIFIERS,
  );
  if (!office) return undefined;
  const other = q.cues.filter((c) => c.relation !== office.relation && c.position > office.position);
  if (other.length === 0) return undefined;
  const holders = holdersOf.get(office.relation);
  if (!holders || holders.size === 0) return undefined;
  const rest = {
    ...q,
    asked: "which" as const,
    wanted: [],
    unknown: [],
    cues: other,
    keywords: q.keywords.filter((k) => !k.startsWith("@") || other.some((c) => k === `@${c.relation}`)),
  };
  const wantedRelations = new Set(other.map((c) => c.relation));
  for (const { item } of rank(ctx, rest)) {
    if (item.kind !== "fact" || !wantedRelations.has(item.relation)) continue;
    const listed = [...new Set([...item.subject, ...item.object, ...item.mentions])].filter((id) =>
      holders.has(id),
    );
    if (listed.length === 0) continue;
    const names = listed.flatMap((id) => entities.get(id)?.name ?? []);
    const lead = lang.phrases.count(names);
    return withSuggestions(ctx, composeAnswer(question, q, [item], 0.8, lang, { lead }), q);
  }
  return undefined;
}

/** What the article does not say, then the nearest thing it does: answered false. */
export function gap(ctx: ReaderContext, question: string, q: Analysis, nearest: readonly Item[]): Answer {
  const { lang } = ctx;
  return withSuggestions(
    ctx,
    composeAnswer(question, q, nearest.slice(0, 1), 0, lang, { undecided: true, asked: question }),
    q,
  );
}

/**
 * "Which countries does the article name", "how many countries", "list all the countries": a kind
 * and nothing else names every entity of that kind, with what the article says of each.
 */
export function everyOfKind(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { byId, knowledge, lang } = ctx;
  const kind = q.typeHint;
  if (kind === undefined) return undefined;
  const named = knowledge.entities.filter((e) => e.type === kind);
  if (named.length === 0) return undefined;
  const described = named.flatMap((e) => byId.get(e.id) ?? []).slice(0, MAX_ANSWER_FACTS);
  const names = named.map((e) => e.name);
  const lead =
    q.asked === "count" || q.asked === "quantity"
      ? lang.phrases.count(names)
      : `${lang.phrases.list(names, "and")}.`;
  return withSuggestions(ctx, composeAnswer(question, q, described, 0.8, lang, { lead }), q);
}

/** Each speaker with the first fact of saying they speak in: found once, on the first question asking. */
function speakers(ctx: ReaderContext, personKinds: ReadonlySet<string>): ReadonlyMap<string, Item> {
  const { items, lang, lexicon, types } = ctx;
  if (ctx.spoken) return ctx.spoken;
  const speech = speechRelations(lexicon, lang);
  const first = new Map<string, Item>();
  for (const item of items)
    if (item.kind === "fact" && speech.has(item.relation))
      for (const id of item.subject)
        if (personKinds.has(types.get(id) ?? "") && !first.has(id)) first.set(id, item);
  ctx.spoken = first;
  return first;
}

/**
 * "Which people does the article quote", "who is cited", "how many officials are quoted": with no name
 * and a verb of quoting, everyone of the person kind whom a fact of saying has speak (but those the
 * question leaves out: "besides X"), with what each said first.
 */
export function everyQuoted(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { entities, knowledge, lang } = ctx;
  const quoting = lang.quotingVerbs;
  if (!quoting || q.mentions.length > 0 || !q.words.some((w) => quoting.has(w))) return undefined;
  if (q.asked !== "which" && q.asked !== "who" && q.asked !== "count" && q.asked !== "what") return undefined;
  const personKinds = new Set(knowledge.types.filter((t) => t.person).map((t) => t.id as string));
  if (q.typeHint !== undefined ? !personKinds.has(q.typeHint) : q.asked !== "who") return undefined;
  // "Who is quoted besides Bondarev": the speakers the question leaves out are not the answer.
  const first = [...speakers(ctx, personKinds)].filter(([id]) => !q.excluded.includes(id));
  if (first.length === 0) return undefined;
  const names = first.map(([id]) => entities.get(id)?.name ?? id);
  const lead = q.asked === "count" ? lang.phrases.count(names) : `${lang.phrases.list(names, "and")}.`;
  const said = first.map(([, item]) => item).slice(0, MAX_ANSWER_FACTS);
  return withSuggestions(ctx, composeAnswer(question, q, said, 0.8, lang, { lead }), q);
}
