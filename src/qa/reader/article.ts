import type { Entity } from "../../knowledge/schema.js";
import { normaliseText } from "../../text/normalise.js";
import { shorten } from "../../text/shorten.js";
import { stem } from "../../text/stem.js";
import type { Analysis } from "../analyse.js";
import { composeAnswer, MAX_ANSWER_CHARS } from "../compose.js";
import type { Item } from "../items.js";
import type { Language } from "../lang/types.js";
import type { Answer } from "../types.js";
import { ANSWER_THRESHOLD, MAX_ANSWER_FACTS } from "../weights.js";
import type { ReaderContext } from "./context.js";
import { rank } from "./ranking.js";
import { refuse, withSuggestions } from "./respond.js";

/**
 * "What does X call Y", "what's Y's nickname": the facts that use a short form of Y's name (where the
 * question names a speaker too, theirs first), or Y's description where it gives one.
 */
export function nicknameAsked(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang, shortenings } = ctx;
  const words = lang.nicknameWords;
  if (!words || !q.words.some((w) => words.has(w))) return undefined;
  const named = q.mentions.find((m) => shortenings.has(m.entity));
  const users = named && shortenings.get(named.entity);
  if (!named || !users) return undefined;
  const others = q.mentions.filter((m) => m.entity !== named.entity).map((m) => m.entity);
  const bySpeaker = users.facts.filter((i) => others.length > 0 && others.every((id) => i.subject.has(id)));
  const chosen =
    bySpeaker.length > 0
      ? bySpeaker
      : others.length === 0 && users.description
        ? [users.description]
        : users.facts;
  if (chosen.length === 0) return undefined;
  return withSuggestions(ctx, composeAnswer(question, q, chosen.slice(0, MAX_ANSWER_FACTS), 0.8, lang), q);
}

/**
 * "What's X's Mohegan name", "X's full name": a name asked of a person the question names, with no
 * verb, is answered by the person's description where it calls them by a name of theirs beyond the
 * one the knowledge goes by.
 */
export function otherNamesAsked(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang, knowledge, entities, describedBy } = ctx;
  if (q.asked !== "what" || q.cues.length > 0 || q.outside.length > 0) return undefined;
  const at = q.words.findIndex((w) => lang.nameNouns?.has(w) ?? false);
  if (at < 0 || at !== q.words.length - 1) return undefined;
  const people = new Set(knowledge.types.filter((t) => t.person).map((t) => t.id));
  const person = q.mentions.find((m) => m.end <= at && people.has(entities.get(m.entity)?.type ?? ""));
  const entity = person && entities.get(person.entity);
  const description = entity && describedBy(entity.id);
  if (!entity || !description) return undefined;
  // Nothing but names and at most one word of their own between the person and "name".
  const between = q.words.slice(person.end, at);
  const named = (i: number) => q.mentions.some((m) => m.start <= i && i < m.end);
  if (between.filter((_, i) => !named(person.end + i)).length > 1) return undefined;
  if (q.unknown.some((u) => u.at >= person.end && u.at < at)) return undefined;
  const said = ` ${normaliseText(description.answer)} `;
  const own = normaliseText(entity.name);
  const other = entity.aliases
    .map((a) => normaliseText(a))
    .some((a) => a.includes(" ") && !own.includes(a) && !a.includes(own) && said.includes(` ${a} `));
  if (!other) return undefined;
  return withSuggestions(ctx, composeAnswer(question, q, [description], 0.8, lang), q);
}

/**
 * "Is there a link", "what's the website for X": a question for a web address is answered by the
 * facts that give one (about the question's names, where it has any).
 */
export function linkAsked(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang, linked } = ctx;
  const words = lang.linkWords;
  if (!words || linked.length === 0 || q.outside.length > 0 || !q.words.some((w) => words.has(w)))
    return undefined;
  const about = (item: Item) =>
    q.mentions.every(
      (m) => item.subject.has(m.entity) || item.object.has(m.entity) || item.mentions.has(m.entity),
    );
  const found = linked.filter(about).slice(0, MAX_ANSWER_FACTS);
  if (found.length === 0) return undefined;
  return withSuggestions(ctx, composeAnswer(question, q, found, 0.8, lang), q);
}

/**
 * "What is this article about", "the story's headline": the article's own title and summary, from
 * the knowledge file, for a question that names the article and nothing in it.
 */
export function aboutTheArticle(
  ctx: ReaderContext,
  question: string,
  q: Analysis,
): Omit<Answer, "suggestions"> | undefined {
  const { items, knowledge, lang, publisher, topic, typeInfo, types } = ctx;
  const self = lang.articleSelf;
  if (!self || q.mentions.length > 0 || q.outside.length > 0) return undefined;
  const named = namesTheArticle(lang, q);
  // "Who's the author", "who wrote this report": the `article` block gives no author, and the
  // publisher who put the article out is not the person who wrote it; only a fact that names a
  // person as the writer answers.
  const writer =
    q.asked !== "yesno" &&
    (q.words.some((w) => self.authors?.has(w)) || (named && q.words.some((w) => self.writing?.has(w))));
  const personWrote = (item: Item) =>
    [...item.subject].some((id) => typeInfo.get(types.get(id) ?? "")?.person === true);
  if (writer && !rank(ctx, q).some((s) => s.score >= ANSWER_THRESHOLD && personWrote(s.item)))
    return refuse(ctx, question, q, "unknown");
  if (!named) return undefined;
  // "Какое агентство сообщило эту новость", "which outlet put this story out": the kind of the
  // article's publisher, asked of the article itself, asks who published it, whatever the verb.
  // "Чья это статья", "whose article is this": a question word of "who" right before the article's name
  // (an article or "is" between), and nothing else, asks whose the article is: its publisher's.
  const wh = q.words.findIndex((w) => lang.whAsks[w] === "who");
  let at = wh + 1;
  while (lang.articles.has(q.words[at] ?? "") || lang.beForms.has(q.words[at] ?? "")) at++;
  const whose =
    wh >= 0 &&
    self.names.has(q.words[at] ?? "") &&
    q.cues.length === 0 &&
    q.keywords.length === 0 &&
    q.unknown.length === 0;
  // "Where's this news from": where the article itself comes from is who put it out.
  const whence =
    q.asked === "where" &&
    q.words.some(
      (w, i) =>
        self.names.has(w) &&
        lang.articles.has(q.words[i - 1] ?? "") &&
        lang.fromSide.has(q.words[i + 1] ?? ""),
    );
  if (publisher !== undefined && (q.typeHint === publisher.type || whose || whence) && q.asked !== "yesno") {
    // The fact that has the publisher for its subject says so, where there is one.
    const own = items.filter((i) => i.kind === "fact" && i.subject.has(publisher.id));
    if (own.length > 0) return composeAnswer(question, q, own.slice(0, 1), 0.9, lang);
    return plainAnswer(ctx, question, lang.phrases.articleIs(topic));
  }
  // "The title of this article": a relation's word ("title" of a job) asks the article's here.
  const own = (w: string) => self.title.has(w) || self.about.has(w);
  if (q.cues.some((c) => !own(q.words[c.position] ?? ""))) return undefined;
  const title = q.words.some((w) => self.title.has(w));
  if (!title && !q.words.some((w) => self.about.has(w))) return undefined;
  const text = title
    ? lang.phrases.articleIs(topic)
    : `${lang.phrases.articleIs(topic)} ${knowledge.article.summary}`;
  return plainAnswer(ctx, question, text);
}

/**
 * "This article", or a bare "статья" in a question that asks nothing else ("о чем статья").
 * "What is this about", "whats the headline": "this" with nothing after it to point at, or a part that
 * only an article has, name it too.
 */
function namesTheArticle(lang: Language, q: Analysis): boolean {
  const self = lang.articleSelf;
  if (!self) return false;
  return q.words.some(
    (w, i) =>
      (self.names.has(w) && (lang.articles.has(q.words[i - 1] ?? "") || q.smallTalk)) ||
      (self.pointers?.has(w) &&
        (i === q.words.length - 1 ||
          self.about.has(q.words[i + 1] ?? "") ||
          // "Кто об этом сообщил": "about this", with no name, is about the article's news.
          lang.topicPrepositions.has(q.words[i - 1] ?? ""))) ||
      self.parts?.has(w),
  );
}

/**
 * "Does the article mention Ukraine at all", "is NATO in this story": asked of the article itself, a
 * name it never uses is a plain "no", an answer to the question asked rather than a refusal.
 */
export function absentFromArticle(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang } = ctx;
  const self = lang.articleSelf;
  if (!self || q.asked !== "yesno" || q.negated || q.outside.length === 0 || q.mentions.length > 0)
    return undefined;
  const named = q.words.some(
    (w, i) =>
      self.names.has(w) &&
      (lang.articles.has(q.words[i - 1] ?? "") || self.pointers?.has(q.words[i - 1] ?? "")),
  );
  if (!named) return undefined;
  const say = lang.phrases;
  const text = say.verdict("no", say.notMentioned(say.list(q.outside, "or")));
  return withSuggestions(ctx, { ...plainAnswer(ctx, question, text), verdict: "no" }, q);
}

/** An answer of the engine's own words, with no fact behind it. */
function plainAnswer(ctx: ReaderContext, question: string, text: string): Omit<Answer, "suggestions"> {
  return {
    question,
    answered: true,
    text: shorten(text, MAX_ANSWER_CHARS),
    verdict: null,
    facts: [],
    evidence: [],
    confidence: 0.9,
    language: ctx.lang.code,
  };
}

/**
 * "Is this article from X or Y": the article named, with its publisher among the alternatives offered
 * (and no other name of the article beside it), is answered with the publisher, whatever the other is.
 */
export function publisherChosen(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang, publisher, topic } = ctx;
  if (publisher === undefined || !q.words.some((w) => lang.alternatives.has(w))) return undefined;
  if (q.mentions.length === 0 || q.mentions.some((m) => m.entity !== publisher.id)) return undefined;
  if (!namesTheArticle(lang, q)) return undefined;
  return withSuggestions(ctx, plainAnswer(ctx, question, lang.phrases.articleIs(topic)), q);
}

/**
 * "What's the name of the system this article is about", "the air defense system they're talking
 * about": a name asked for, of a thing the question closes on "about" (the article's subject), is the
 * name of the entity the title names that shares the most words with the question.
 */
export function subjectNamed(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { lang, titledEntities, describedBy } = ctx;
  if (titledEntities.length === 0 || q.asked === "yesno") return undefined;
  if (!lang.topicPrepositions.has(q.words.at(-1) ?? "")) return undefined;
  if (!q.words.some((w) => lang.nameNouns?.has(w) ?? false)) return undefined;
  const asked = new Set(q.words.map((w) => stem(w)));
  const kinds = new Set(q.words.flatMap((w) => ctx.lexicon.typeWords.get(w) ?? []));
  let best: Entity | undefined;
  let most = 0;
  for (const { entity, stems } of titledEntities) {
    // Its name's words the question uses, and the word of its kind ("the race ... about").
    const shared = [...stems].filter((s) => asked.has(s)).length + (kinds.has(entity.type) ? 1 : 0);
    if (shared > most) {
      best = entity;
      most = shared;
    }
  }
  if (best === undefined) return undefined;
  const lead = `${best.name}.`;
  const description = describedBy(best.id);
  const answer = description
    ? composeAnswer(question, q, [description], 0.9, lang, { lead })
    : plainAnswer(ctx, question, lead);
  return withSuggestions(ctx, answer, q);
}

/**
 * "Is this release about Hurricane Helene": the article named, asked whether it is about one name,
 * where its title names not this one but another of its kind that shares a word of its names. The article mentions the name only
 * beside what it is about: no, told with what the title's one is and what it says of the name asked.
 */
export function aboutAnother(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { describedBy, lang, titledEntities, types } = ctx;
  const self = lang.articleSelf;
  const [asked] = q.mentions;
  if (!self || q.asked !== "yesno" || q.mentions.length !== 1 || q.cues.length > 0 || !asked)
    return undefined;
  if (!namesTheArticle(lang, q) || !q.words.some((w) => self.about.has(w))) return undefined;
  if (titledEntities.some((t) => t.entity.id === asked.entity)) return undefined;
  // Another of a like-named kind ("Hurricane Milton", "Hurricane Helene"), not any party of the title.
  const kind = types.get(asked.entity);
  const own = new Set(ctx.namesOf.get(asked.entity)?.flat() ?? []);
  const titled = titledEntities.filter(
    (t) => t.entity.type === kind && [...t.stems].some((w) => own.has(w) && !lang.filler.has(w)),
  );
  const [subject] = titled.length === 1 ? titled : [];
  const told = [subject && describedBy(subject.entity.id), describedBy(asked.entity)].flatMap((i) => i ?? []);
  if (told.length < 2) return undefined;
  return withSuggestions(ctx, composeAnswer(question, q, told, 0.9, lang, { verdict: "no" }), q);
}

/**
 * "Which air defense system is being strengthened", "what's the name of the air defense system": a
 * thing asked for in words that are not its own name as written ("system", where the name is "air
 * defense systems") but end the name of one other entity ("Joint CIS Air Defense System") asks for
 * that one, by name.
 */
export function specificNamed(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { describedBy, entities, lang, namedEnds } = ctx;
  if (q.outside.length > 0) return undefined;
  // "What is X called", "как называется X": a word of naming asks the name as "the name of X" does.
  const naming = q.words.some((w) => lang.namingWords?.has(w) ?? false);
  const asksName = q.asked === "what" && (naming || q.words.some((w) => lang.nameNouns?.has(w) ?? false));
  if (q.asked !== "which" && q.asked !== "subtype" && !asksName) return undefined;
  // The thing asked stands right after the question word, or after "of" ("what kind of", "the name of"),
  // or after the word of naming or the "is" before it ("как называется X", "what is X called").
  const asked = (m: Analysis["mentions"][number]) => {
    let before = m.start - 1;
    while (before >= 0 && lang.articles.has(q.words[before] ?? "")) before--;
    const word = q.words[before] ?? "";
    const named = naming && ((lang.namingWords?.has(word) ?? false) || lang.beForms.has(word));
    return lang.whWords.has(word) || lang.genitive.has(word) || named;
  };
  const mention = q.mentions.find(asked);
  if (!mention) return undefined;
  // "Which model of X": a maker or model is asked, which no name of a longer whole gives.
  if (q.words.slice(0, mention.start).some((w) => lang.makeWords?.has(w) ?? false)) return undefined;
  const typed = q.words.slice(mention.start, mention.end).join(" ");
  const own = entities.get(mention.entity);
  if (!own || [own.name, ...own.aliases].some((n) => normaliseText(n) === typed)) return undefined;
  const longer = [...(namedEnds.get(typed) ?? [])].filter((id) => id !== mention.entity);
  const found = entities.get(fittest(ctx, q, mention, longer) ?? "");
  if (!found) return undefined;
  const lead = `${found.name}.`;
  const description = describedBy(found.id);
  const answer = description
    ? composeAnswer(question, q, [description], 0.9, lang, { lead })
    : plainAnswer(ctx, question, lead);
  return withSuggestions(ctx, answer, q);
}

/**
 * Of the entities a question's words may stand for, the one the rest of the question fits best: the
 * best score of a fact about it (of the relation asked, where one is), with the question's name taken
 * for it; between equals, the one the article's title names; else none.
 */
function fittest(
  ctx: ReaderContext,
  q: Analysis,
  mention: Analysis["mentions"][number],
  ids: readonly string[],
): string | undefined {
  // "Which air defense system does Kazakhstan get": where the question asks a relation, only a fact of
  // it may say which; a whole that no such fact holds is not what the question asks for.
  const cued = new Set(q.cues.map((c) => c.relation));
  const about = (item: Item, id: string) =>
    (cued.size === 0 || cued.has(item.relation)) &&
    (item.subject.has(id) || item.object.has(id) || item.mentions.has(id));
  const scored = ids.map((id) => {
    const asked = {
      ...q,
      asked: "what" as const,
      typeHint: undefined,
      mentions: q.mentions.map((m) => (m === mention ? { ...m, entity: id } : m)),
    };
    const best = rank(ctx, asked).find((s) => about(s.item, id));
    return { id, score: best?.score ?? 0 };
  });
  const top = Math.max(...scored.map((s) => s.score));
  if (top <= 0) return undefined;
  const best = scored.filter((s) => s.score === top);
  if (best.length === 1) return best[0]?.id;
  const titled = best.filter((s) => ctx.titledEntities.some((t) => t.entity.id === s.id));
  return titled.length === 1 ? titled[0]?.id : undefined;
}
