import { type Analysis, analyse } from "../analyse.js";
import { alternatives, conjoined } from "../choice.js";
import { composeAnswer } from "../compose.js";
import type { Item } from "../items.js";
import type { Language } from "../lang/types.js";
import { conceptOf } from "../lexicon.js";
import type { Answer } from "../types.js";
import { isDecisive } from "../unknown-words.js";
import {
  asksRule,
  comparedUnnamed,
  deniedByClause,
  givenElsewhere,
  heldByAnother,
  judgeYesNo,
  likenedBy,
  possibleOnly,
  reversedFact,
  statedFigures,
  statedOpposite,
  statedOtherwise,
} from "../verdict.js";
import { MAX_ANSWER_FACTS, MAX_TITLE_WORDS } from "../weights.js";
import {
  aboutAnother,
  aboutTheArticle,
  absentFromArticle,
  linkAsked,
  nicknameAsked,
  otherNamesAsked,
  publisherChosen,
  specificNamed,
  subjectNamed,
} from "./article.js";
import {
  afterPreposition,
  asksAmount,
  asksMeasure,
  asksOnlyUnknown,
  comparedNames,
  isDuration,
} from "./asks.js";
import {
  alike,
  choose,
  nameWordChosen,
  offeredBeside,
  outsideOffered,
  predicatesOffered,
  unknownOffered,
} from "./choices.js";
import {
  beyondArticle,
  happenedAt,
  predicatesOf,
  reportedClause,
  stateOf,
  stillGoing,
  underCondition,
} from "./clauses.js";
import type { ReaderContext } from "./context.js";
import { count } from "./count.js";
import { inUnitOf } from "./figures.js";
import {
  askedNoun,
  asksDepicted,
  boundedByOwnFacts,
  countedDoingUnsaid,
  headsAnother,
  membersUnnamed,
  namesOwnThing,
  namesUnnamed,
  namesUnsaid,
  narrowedKind,
  partCounted,
  placeTooCoarse,
  speakerUnquoted,
} from "./gaps.js";
import {
  anotherOfKind,
  holdsMoney,
  kindOfAnother,
  makeUnnamed,
  officeUnsaid,
  otherRank,
  personPlaceUnsaid,
  timeOfAnotherAct,
  unnamedWhich,
} from "./gaps-in-chosen.js";
import { everyOfKind, everyQuoted, gap, holdersListed, kindQualified, kindsListed } from "./lists.js";
import { confidenceOf, overview, rank, select } from "./ranking.js";
import { refuse, withSuggestions } from "./respond.js";
import {
  askedTitle,
  changedAway,
  doneWithOthers,
  miscount,
  namedAsAnother,
  notListed,
  notMentionedBy,
  otherOffice,
  otherOwner,
  otherTitle,
  otherValue,
  outsideParty,
} from "./verdicts.js";

export function answerAnalysed(ctx: ReaderContext, question: string, q: Analysis): Answer {
  const {
    attributes,
    boundWords,
    describedBy,
    index,
    items,
    lang,
    lexicon,
    namesOf,
    naming,
    offices,
    ranks,
    scoring,
    typeInfo,
    types,
  } = ctx;
  // "How many people are named, including the photographer": what follows the word of including is
  // one of those counted, and the count is of the kind as a whole.
  const including =
    q.asked === "count" && q.typeAt !== undefined
      ? q.words.findIndex((w, i) => i > (q.typeAt ?? 0) && (lang.inclusionWords?.has(w) ?? false))
      : -1;
  if (including > 0)
    return answerAnalysed(ctx, question, analyse(q.words.slice(0, including).join(" "), ctx.parts));
  // "Which air defense system": words that end one longer name ask for that one, before a class in
  // common words is read as one whose members the article never names.
  const specific = specificNamed(ctx, question, q);
  if (specific) return specific;
  const members = membersUnnamed(ctx, question, q);
  if (members) return members;
  const coarse = placeTooCoarse(ctx, question, q);
  if (coarse) return coarse;
  // "Про Евразию или про Европу": a name the article uses against words it never does.
  const againstUnknown = unknownOffered(ctx, question, q);
  if (againstUnknown) return againstUnknown;
  const other = otherValue(ctx, question, q);
  if (other) return other;
  const part = partCounted(ctx, question, q) ?? boundedByOwnFacts(ctx, question, q);
  if (part) return part;
  const beside = offeredBeside(ctx, question, q);
  if (beside) return beside;
  const ofTheArticle =
    publisherChosen(ctx, question, q) ?? subjectNamed(ctx, question, q) ?? aboutAnother(ctx, question, q);
  if (ofTheArticle) return ofTheArticle;
  if (q.outside.length > 0)
    return (
      absentFromArticle(ctx, question, q) ??
      outsideOffered(ctx, question, q) ??
      outsideParty(ctx, question, q) ??
      refuse(ctx, question, q, "outside")
    );
  // "Шугаева зовут Дмитрий или Денис": a choice between words, one of them the name's own.
  const nameWord = nameWordChosen(ctx, q);
  if (nameWord) return withSuggestions(ctx, composeAnswer(question, q, [nameWord], 0.9, lang), q);
  const addressOrNickname =
    linkAsked(ctx, question, q) ?? nicknameAsked(ctx, question, q) ?? otherNamesAsked(ctx, question, q);
  if (addressOrNickname) return addressOrNickname;
  if (asksDepicted(ctx, q)) {
    const nearest = select(ctx, q);
    return nearest ? gap(ctx, question, q, nearest.items) : refuse(ctx, question, q, "no-match");
  }
  const kinds = kindsListed(ctx, question, q) ?? holdersListed(ctx, question, q);
  if (kinds) return kinds;
  const state = stateOf(ctx, question, q);
  if (state) return state;
  // "Did X speak on Monday", "does it have 10 of them": a time or figure of the question against the
  // fact's, before a word no fact uses ("Monday", "10") is taken for what the question is about.
  const stated = statedOtherwise(
    q,
    rank(ctx, q).map((s) => s.item),
    scoring,
    lang,
    (w) => conceptOf(lexicon, w),
    ctx.verbless,
  );
  if (stated) {
    const { verdict, item } = stated;
    const framing = verdict === null ? { verdict, undecided: true } : { verdict };
    return withSuggestions(ctx, composeAnswer(question, q, [item], 0.8, lang, framing), q);
  }
  // An unknown word that is what the question is about (a name where a name should be, the thing
  // asked of a name, the question's own verb): answering about something else would be wrong.
  if (q.unknown.some(isDecisive)) {
    return notListed(ctx, question, q) ?? refuse(ctx, question, q, "unknown");
  }
  // "How many countries does the article name in total": a word of adding up asks nothing more of the
  // kind the article names.
  const ofArticle = q.words.some((w) => lang.articleSelf?.names.has(w) ?? false);
  const plainKind =
    q.unknown.length === 0 || (ofArticle && q.unknown.every((u) => lang.totalWords?.has(u.word) ?? false));
  const listed = q.smallTalk && plainKind ? everyOfKind(ctx, question, q) : undefined;
  if (listed) return listed;
  const quoted = everyQuoted(ctx, question, q);
  if (quoted) return quoted;
  const self = aboutTheArticle(ctx, question, q);
  if (self) return withSuggestions(ctx, self, q);
  // "Год открытия пекарни": a question that asks something of a kind of thing the knowledge has (no
  // article to mark it as one thing already named) is about the article, which does not say.
  if (q.smallTalk)
    return refuse(ctx, question, q, q.typeHint && q.asked !== "none" ? "no-match" : "small-talk");
  const conditioned = underCondition(ctx, question, q) ?? happenedAt(ctx, question, q);
  if (conditioned) return conditioned;
  const qualified = kindQualified(ctx, question, q);
  if (qualified) return qualified;
  if (namesOwnThing(ctx, q) || namesUnnamed(ctx, q)) {
    const near = select(ctx, { ...q, overview: false });
    return near ? gap(ctx, question, q, near.items) : refuse(ctx, question, q, "no-match");
  }
  const offered = alternatives(q, types, lang);
  if (offered.length > 1) return choose(ctx, question, q, offered);
  const predicates = predicatesOffered(ctx, question, q);
  if (predicates) return predicates;
  // "Is Kazakhstan in the CSTO?" names two things and asks whether one fact joins them.
  const yesNo = q.asked === "yesno" && !q.compare;
  // "What university did X go to": a narrower kind asked of a name is a question, not an overview.
  if (q.overview && !q.typeMembers && !(yesNo && q.mentions.length > 1)) {
    // "Does the article mention X": the article names X, and what it says of X shows it.
    const present = yesNo && q.words.some((w) => lang.articleSelf?.names.has(w) ?? false);
    const framing = present ? { verdict: "yes" as const } : {};
    return withSuggestions(ctx, composeAnswer(question, q, overview(q, items, index), 0.9, lang, framing), q);
  }
  const same = alike(ctx, question, q);
  if (same) return same;
  if (yesNo) {
    // "X said A gets B": what the facts say of the clause answers; its "no" stands for the speaker's
    // words too, though a fact that lists what X said names A and B apart.
    const clause = reportedClause(ctx, q);
    const inClause = clause && answerAnalysed(ctx, question, clause);
    if (inClause?.verdict === "no") return inClause;
    // "Is Tim Smith the licensing manager": one name said to be another of its kind, which is someone else.
    const other = namedAsAnother(q, lang, types);
    const said = other && describedBy(other);
    if (said)
      return withSuggestions(ctx, composeAnswer(question, q, [said], 0.9, lang, { verdict: "no" }), q);
    // "Is X the defense minister": X's description gives X's office, and no fact knows the one asked.
    const office = otherOffice(q, lang, { offices, ranks }, describedBy);
    if (office)
      return withSuggestions(ctx, composeAnswer(question, q, [office], 0.9, lang, { verdict: "no" }), q);
    // "X heads the Y ministry" where X heads a body whose names have no such words.
    const heldBody = headsAnother(ctx, q);
    if (heldBody.length > 0)
      return withSuggestions(ctx, composeAnswer(question, q, heldBody, 0.9, lang, { verdict: "no" }), q);
    // "Is X a major general" where X's names make X a colonel general.
    const named = q.mentions[0]?.entity ?? "";
    const person = typeInfo.get(types.get(named) ?? "")?.person === true;
    const titled = person && otherTitle(q, lang, namesOf.get(named) ?? []);
    const described = titled && describedBy(q.mentions[0]?.entity ?? "");
    if (described)
      return withSuggestions(ctx, composeAnswer(question, q, [described], 0.9, lang, { verdict: "no" }), q);
    // "Is Shugaev a general": a title others' names give, which no name of X's nor fact about X holds.
    const untitled = person && titleUnheld(q, lang, namesOf, named, naming(named));
    const plain = untitled && describedBy(named);
    if (plain) return gap(ctx, question, q, [plain]);
    // "Is X the foreign ministry's paper" where X is the paper of the Ministry of Defense.
    const owned = otherOwner(ctx, q);
    if (owned)
      return withSuggestions(ctx, composeAnswer(question, q, [owned], 0.9, lang, { verdict: "no" }), q);
    // "Is it still so today": beyond the article's date, before a fact saying it goes on (then).
    const beyond = beyondArticle(ctx, question, q);
    if (beyond) return beyond;
    const going = stillGoing(ctx, question, q);
    if (going) return going;
    // "Are the radios going to A": the one fact that places them gives them to someone else.
    const elsewhereGiven = givenElsewhere(q, items, types);
    if (elsewhereGiven)
      return withSuggestions(
        ctx,
        composeAnswer(question, q, elsewhereGiven, 0.8, lang, { verdict: "no" }),
        q,
      );
    const first = q.mentions[0];
    // "Are A's agreements similar to the ones B signed": the names compared with others rank the
    // fact that calls A's "similar" below B's own, which is no answer to whether they are alike; the
    // facts naming the question's names are read for it.
    const likened =
      first &&
      likenedBy(
        q,
        [...new Set(q.mentions.flatMap((m) => index.naming(m.entity)))].flatMap((i) => items[i] ?? []),
        lang,
      );
    if (likened)
      return withSuggestions(ctx, composeAnswer(question, q, [likened], 0.8, lang, { verdict: "yes" }), q);
    // "Is Elementum based in Pennsylvania": a name where the fact has another scores the fact low, so
    // the facts about the question's subject alone are judged too, for the "no" they may hold.
    const judgedOn = (one: Analysis) => {
      const chosen = select(ctx, one);
      const judgement = chosen && judgeYesNo(q, chosen.items, scoring, lang);
      return chosen && judgement ? { selection: chosen, judged: judgement } : undefined;
    };
    // "Do Armenia and Belarus get spare parts": names joined by "and" are each asked, and it is so
    // when it is so of each.
    const each = conjoined(q, types, lang).map((one) => {
      const chosen = select(ctx, one);
      return chosen && judgeYesNo(one, chosen.items, scoring, lang);
    });
    // "Does X both head A and chair B": two predicates of one subject, each asked on its own.
    const predicates = predicatesOf(ctx, q).map((one) => {
      const chosen = select(ctx, one);
      return chosen && judgeYesNo(one, chosen.items, scoring, lang);
    });
    if (predicates.length > 1 && predicates.every((j) => j?.verdict === "yes" || j?.verdict === "no")) {
      const no = predicates.find((j) => j?.verdict === "no");
      const shown = no ? (no.items ?? []) : [...new Set(predicates.flatMap((j) => j?.items ?? []))];
      const verdict = no ? "no" : "yes";
      return withSuggestions(ctx, composeAnswer(question, q, shown, 0.9, lang, { verdict }), q);
    }
    if (each.length > 1 && each.every((j) => j?.verdict === "yes")) {
      const confirming = [...new Set(each.flatMap((j) => j?.items ?? []))];
      return withSuggestions(ctx, composeAnswer(question, q, confirming, 0.9, lang, { verdict: "yes" }), q);
    }
    // "Шугаев командует ВКС?": the fact of the relation asked that gives the place of one name to
    // someone else answers no, naming who holds it, before the facts about the subject alone.
    const givenToAnother = () => {
      if (q.cues.length === 0 || q.mentions.length < 2) return undefined;
      const asked = new Set(q.cues.map((c) => c.relation));
      const held = rank(ctx, q)
        .filter((s) => s.score > 0 && asked.has(s.item.relation))
        .map((s) => s.item);
      const judgement = judgeYesNo(q, held, scoring, lang);
      if (judgement?.verdict !== "no") return undefined;
      return {
        selection: { items: judgement.items, confidence: confidenceOf(0, undefined) },
        judged: judgement,
      };
    };
    const found =
      judgedOn(q) ??
      givenToAnother() ??
      (q.cues.length > 0 && first && q.mentions.length > 1
        ? judgedOn({ ...q, mentions: [first] })
        : undefined);
    const selection = found?.selection;
    const judged = found?.judged;
    // "Did NASA license it to 3 companies", "will all three companies fly the demo": the fact that
    // counts what the question counts gives another number.
    // A bound ("more than 10 years") is no count to differ from; it was compared before, if at all.
    // Several figures were each judged against their own counts, where the facts count them.
    const bound = statedFigures(q.words, lang).some((f) => f.range.low !== f.range.high);
    const miscounted = bound ? undefined : miscount(ctx, q);
    if (miscounted && judged?.verdict !== "no")
      return withSuggestions(ctx, composeAnswer(question, q, [miscounted], 0.8, lang, { verdict: "no" }), q);
    // "Did X get the maximum": the fact that says yes tells what X could have got; what X got says no.
    const happened =
      judged?.verdict === "yes" && judged.items[0] && possibleOnly(q, judged.items[0], items, lang);
    if (happened && judged)
      return withSuggestions(
        ctx,
        composeAnswer(question, q, [happened, ...judged.items.slice(0, 1)], 0.8, lang, { verdict: "no" }),
        q,
      );
    // "Are they still held twice a year": the fact says it changed from that into something else.
    const changed = judged?.verdict === "yes" && judged.items[0];
    if (changed && changedAway(q, changed, lang, (w) => conceptOf(lexicon, w)))
      return withSuggestions(ctx, composeAnswer(question, q, [changed], 0.8, lang, { verdict: "no" }), q);
    if (changed && doneWithOthers(q, changed, lang))
      return withSuggestions(ctx, composeAnswer(question, q, [changed], 0.8, lang, { verdict: "no" }), q);
    // "Did the eagle survive": a fact about the names that says the opposite ("killed") says no.
    const opposite =
      first && judged?.verdict !== "no" && !asksRule(q, lang)
        ? statedOpposite(q, judged?.items ?? [], naming(first.entity), scoring)
        : undefined;
    if (opposite)
      return withSuggestions(ctx, composeAnswer(question, q, [opposite], 0.8, lang, { verdict: "no" }), q);
    // "Was the number lower than before" against "the number increased", with no name to go by.
    const unnamed = judged?.verdict
      ? undefined
      : comparedUnnamed(
          q,
          rank(ctx, q).map((s) => s.item),
          scoring,
          lang,
        );
    if (unnamed)
      return withSuggestions(
        ctx,
        composeAnswer(question, q, [unnamed.item], 0.8, lang, { verdict: unnamed.verdict }),
        q,
      );
    // "Did it just focus on a few systems" against "rather than focusing on a few systems".
    const denied =
      first && !judged?.verdict ? deniedByClause(q, naming(first.entity), scoring, lang) : undefined;
    if (denied)
      return withSuggestions(ctx, composeAnswer(question, q, [denied], 0.8, lang, { verdict: "no" }), q);
    // "Did Shugaev mention Tajikistan": what he said, all of it, never names it.
    const unmentioned = judged?.verdict ? undefined : notMentionedBy(ctx, question, q);
    if (unmentioned) return unmentioned;
    if (selection && judged) {
      const { verdict, decided } = judged;
      const answer = composeAnswer(question, q, judged.items, selection.confidence, lang, {
        verdict,
        undecided: !decided,
      });
      return withSuggestions(ctx, answer, q);
    }
    const ofFirst = first ? naming(first.entity) : [];
    const reversed = reversedFact(q, ofFirst);
    if (reversed) return gap(ctx, question, q, [reversed]);
    const elsewhere = heldByAnother(q, ofFirst, scoring);
    if (elsewhere)
      return withSuggestions(ctx, composeAnswer(question, q, [elsewhere], 0.8, lang, { verdict: "no" }), q);
    // "Did Kazakhstan ratify the agreements": the relation the question's verb asks, right after its
    // subject, is one no fact about the subject is of (nor of a relation whose facts answer it): what
    // the article says of the subject does not say it did that.
    const verbCues = q.cues.filter((c) => c.kind === "verb" && c.position === first?.end && !c.passive);
    const contrary = (r: string, o: string) =>
      (scoring.contrary.get(r)?.has(o) ?? false) || (scoring.contrary.get(o)?.has(r) ?? false);
    const related = (r: string) => [r, ...[...(scoring.related.get(r) ?? [])].filter((o) => !contrary(r, o))];
    const relations = new Set(verbCues.flatMap((c) => related(c.relation)));
    if (
      first?.start === 1 &&
      lang.auxiliaries.has(q.words[0] ?? "") &&
      verbCues.length > 0 &&
      !q.negated &&
      ofFirst.length > 0 &&
      !ofFirst.some((item) => relations.has(item.relation))
    ) {
      const near = select(ctx, q);
      if (near) return gap(ctx, question, q, near.items);
    }
    // "Did X fly to Y": the question's own verb, right after its subject, is a word another fact uses
    // but none about X does: what the article says of X does not say X did it.
    const verbAt = first?.end ?? -1;
    const verb = first?.start === 1 && lang.auxiliaries.has(q.words[0] ?? "") ? q.words[verbAt] : undefined;
    const verbConcept = verb !== undefined ? conceptOf(lexicon, verb) : undefined;
    if (
      first &&
      verbConcept &&
      !q.copular &&
      q.cues.length === 0 &&
      q.keywords.includes(verbConcept) &&
      !ofFirst.some((item) => item.concepts.has(verbConcept))
    ) {
      const near = select(ctx, q);
      if (near) return gap(ctx, question, q, near.items);
    }
    // "Is X renowned", of a word the article writes of someone else: nothing it says of X holds the
    // words said of X, so it does not say whether X is so.
    const predicated = q.keywords.filter((k) => !k.startsWith("@"));
    if (
      first &&
      q.copular &&
      q.mentions.length === 1 &&
      q.cues.length === 0 &&
      predicated.length > 0 &&
      !ofFirst.some((item) => predicated.every((k) => item.concepts.has(k)))
    ) {
      const near = select(ctx, q);
      if (near) return gap(ctx, question, q, near.items);
    }
  }

  // "What brand are the systems for Kyrgyzstan", "which company makes them": besides its names the
  // question says nothing the facts use, so what it asks is in the words they never use.
  const beyond = beyondArticle(ctx, question, q);
  if (beyond) return beyond;
  if (asksOnlyUnknown(q)) {
    const selection = select(ctx, q);
    return selection ? gap(ctx, question, q, selection.items) : refuse(ctx, question, q, "unknown");
  }
  if (q.asked === "count") return count(ctx, question, q);
  if (countedDoingUnsaid(ctx, q)) {
    const near = select(ctx, q);
    return near ? gap(ctx, question, q, near.items) : refuse(ctx, question, q, "no-match");
  }
  // "How many in total, the soldiers and the NATO personnel": each name's figure, to be added up.
  const totalled = totalOfNames(ctx, q);
  if (totalled) return withSuggestions(ctx, composeAnswer(question, q, totalled, 0.8, lang), q);
  // "How do Belarus and Kyrgyzstan differ": each name answered on its own, side by side.
  const compared = q.compare ? comparedNames(q, types) : [];
  const questions = compared.length > 1 ? compared : [q];
  const chosen: Item[] = [];
  let confidence = 1;
  // Each compared name gets its share of the answer, so the first cannot crowd out the others.
  const share = Math.max(1, Math.floor(MAX_ANSWER_FACTS / questions.length));
  for (const one of questions) {
    const selection = select(ctx, one);
    if (!selection) return refuse(ctx, question, q, "no-match");
    for (const item of selection.items.slice(0, share)) if (!chosen.includes(item)) chosen.push(item);
    confidence = Math.min(confidence, selection.confidence);
  }
  // "What date will her signature be on the bills": the fact asked about gives no date, and one of
  // another relation that does answers something else.
  const unstated = kindOfAnother(ctx, q, chosen);
  if (unstated) return gap(ctx, question, q, [unstated]);
  // "Which company will win the demo": the one fact that answers says nobody knows yet.
  // "What's the name of ...", "как зовут ...": a name asked for is a who.
  const asksName = q.asked === "what" && q.words.some((w) => lang.nameNouns?.has(w) ?? false);
  const asksWhich =
    q.asked === "who" || q.asked === "which" || (q.asked === "what" && q.typeHint) || asksName;
  if (asksWhich && chosen.length > 0 && chosen.every((i) => i.open)) return gap(ctx, question, q, chosen);
  if (asksName && namesUnsaid(ctx, q)) return gap(ctx, question, q, chosen);
  // "Who interviewed X, the journalist's name": a "who" that adds whose name it wants.
  if (asksWhich && namesUnsaid(ctx, q, true)) return gap(ctx, question, q, chosen);
  // A fact that says the article leaves open who or which does not name one: behind a fact that
  // does, it is left out.
  if (asksWhich && chosen.length > 1 && !chosen[0]?.open) {
    const naming = chosen.filter((i) => !i.open);
    chosen.length = 0;
    chosen.push(...naming);
  }
  // "Кто брал интервью", "who is the newspaper's journalist": every fact of the relation asked leaves
  // who open, so the facts of a related relation chosen beside it do not answer who; a kind they
  // hold ("which newspaper ...") still does.
  if (
    asksWhich &&
    !q.typeHint &&
    allOpen(
      ctx,
      q.cues.map((c) => c.relation),
    )
  )
    return gap(
      ctx,
      question,
      q,
      factsStating(
        ctx,
        q.cues.map((c) => c.relation),
      ),
    );
  // "Who was the journalist who interviewed X": the noun the question asks for is the relation
  // whose every fact leaves who open, whatever the other relations of its clause give.
  const head = asksWhich ? askedNoun(ctx, q) : undefined;
  if (head !== undefined && allOpen(ctx, [head])) return gap(ctx, question, q, factsStating(ctx, [head]));
  if (asksWhich && narrowedKind(ctx, q)) return gap(ctx, question, q, chosen);
  // "What brand are the radios X gets": a maker or model is a name, which no plain description of
  // the thing ("modern radios") gives.
  if (makeUnnamed(ctx, q, chosen)) return gap(ctx, question, q, chosen);
  // "Where was X when ...": where a person was is a place, which a fact's circumstance ("in an
  // interview for a newspaper") is not.
  if (personPlaceUnsaid(ctx, q, chosen)) return gap(ctx, question, q, chosen);
  // "When did it start", where the article only says when it ended: a time of another act.
  if (timeOfAnotherAct(ctx, q, chosen)) return gap(ctx, question, q, chosen);
  // "What did the NATO soldiers think": a speaker no fact of saying has said nothing in the article.
  if (speakerUnquoted(ctx, q)) return gap(ctx, question, q, chosen);
  // "What did Armenia's defense minister say": an office no fact ever names has no holder the
  // article tells of, whatever else it says about the country.
  if (q.unknown.some((u) => lang.officeNouns?.has(u.word) ?? false)) return gap(ctx, question, q, chosen);
  // "What rank does Shugaev hold": facts about Shugaev that hold no rank do not answer it.
  if (!q.compare && lacksWanted(q, chosen, attributes, boundWords, describedBy, lang))
    return gap(ctx, question, q, chosen);
  // "Who was the attorney" answered only by an assistant attorney, "who was the acting manager" by
  // facts that never say acting: the office asked is not the one the facts give.
  if (q.asked === "who" && otherRank(ctx, q, chosen)) return gap(ctx, question, q, chosen);
  // "Who is the tribal president she meets": an office none of the facts chosen says.
  if (officeUnsaid(ctx, q, chosen)) return gap(ctx, question, q, chosen);
  // "Which prison": the thing asked for has no name anywhere in the knowledge.
  if (q.asked === "which" && unnamedWhich(ctx, q, chosen)) return gap(ctx, question, q, chosen);
  // "The penalty under law A" answered by a fact about law B.
  if (!q.compare && anotherOfKind(ctx, q, chosen)) return gap(ctx, question, q, chosen);
  // "How far can it drive on one charge": a measure asked under words the article never uses is
  // not the measure its facts give.
  if (asksMeasure(q, lang) && q.unknown.some((u) => u.common && afterPreposition(q.words, u.at, lang)))
    return gap(ctx, question, q, chosen);
  // "How big is X in acres": a measure asked in a unit the fact's figure does not use is not given.
  if (asksMeasure(q, lang) && !inUnitOf(ctx, q, chosen[0])) return gap(ctx, question, q, chosen);
  // "How much is X paying for the lease": an amount is asked, and the figure the fact holds is a
  // length of time ("for 20 years"), which no amount is.
  if (asksAmount(q, lang) && chosen[0]?.quantity && isDuration(chosen[0].quantity, lang))
    return gap(ctx, question, q, chosen);
  return withSuggestions(
    ctx,
    composeAnswer(question, q, chosen.slice(0, MAX_ANSWER_FACTS), confidence, lang),
    q,
  );
}

/**
 * The question names what the answer must be, and none of the facts holds it: a word no fact uses, or
 * one the knowledge gives some entity as an attribute ("rank"), or a name's own ("Astrolab's partners").
 */
function lacksWanted(
  q: Analysis,
  items: readonly Item[],
  attributes: ReadonlySet<string>,
  bounds: ReadonlySet<string>,
  describedBy: (entity: string) => Item | undefined,
  lang: Language,
): boolean {
  const money = lang.currencyWords;
  return q.wanted.some((w) => {
    const concept = w.concept;
    if (concept === undefined) return true;
    if (!w.strict && !attributes.has(concept) && !bounds.has(concept)) return false;
    if (items.some((i) => i.concepts.has(concept))) return false;
    // "How many dollars": a fact that gives "$175" holds the amount asked.
    if (money?.has(w.word) && items.some((i) => holdsMoney(i, money))) return false;
    // "Bondarev's role": the knowledge gives him one, which the facts chosen show.
    return !(attributes.has(concept) && q.mentions.some((m) => describedBy(m.entity)?.concepts.has(concept)));
  });
}

/** Whether some of the relations have facts, and every fact of them leaves who or which open. */
function allOpen(ctx: ReaderContext, relations: readonly string[]): boolean {
  const open = relations.flatMap((r) => ctx.everyOpen.get(r) ?? []);
  return open.length > 0 && open.every(Boolean);
}

/** The facts of some relations, in knowledge order, read from the index rather than every item. */
function factsStating(ctx: ReaderContext, relations: readonly string[]): Item[] {
  const at = [...new Set(relations)].flatMap((r) => ctx.index.stating(r));
  if (relations.length > 1) at.sort((a, b) => a - b);
  return at.flatMap((i) => {
    const item = ctx.items[i];
    return item?.kind === "fact" ? [item] : [];
  });
}

/**
 * "Is Shugaev a general", "шугаев генерал?": a yes/no question made with "to be" (or with none) that
 * gives its one name a title: words that stand before other people's own names ("Col. Gen. Viktor
 * Bondarev"), and that none of the name's own names, nor any fact about it, uses. The article gives the
 * name no such title, and does not say it has none.
 */
function titleUnheld(
  q: Analysis,
  lang: Language,
  namesOf: ReadonlyMap<string, string[][]>,
  entity: string,
  about: readonly Item[],
): boolean {
  const title = askedTitle(q, lang)?.title ?? [];
  if (title.length === 0 || title.length > MAX_TITLE_WORDS) return false;
  const titles = new Set<string>();
  for (const [other, names] of namesOf)
    if (other !== entity) for (const n of names) for (const w of n.slice(0, -1)) titles.add(w);
  const own = new Set((namesOf.get(entity) ?? []).flat());
  const said = (w: string) => about.some((i) => i.concepts.has(w));
  return title.every((w) => titles.has(w) && !own.has(w) && !said(w));
}

/**
 * "How many people in total, counting the soldiers and the NATO personnel": a figure asked of the
 * whole of several names joined by "and", each of which a fact gives its own figure: those facts, one
 * a name, whose figures the answer adds up.
 */
function totalOfNames(ctx: ReaderContext, q: Analysis): Item[] | undefined {
  const { lang } = ctx;
  if (q.asked !== "quantity" || q.mentions.length < 2) return undefined;
  if (!q.words.some((w) => lang.totalWords?.has(w) ?? false)) return undefined;
  const joined = q.mentions.slice(1).every((m, i) => {
    const between = q.words.slice(q.mentions[i]?.end ?? m.start, m.start);
    return (
      between.some((w) => lang.andWord === w) &&
      between.every((w) => lang.joiners.has(w) || lang.articles.has(w))
    );
  });
  if (!joined) return undefined;
  const chosen: Item[] = [];
  for (const m of q.mentions) {
    // The words that ask for the whole ("total", "if you count") are no words a fact must hold.
    const one = { ...q, mentions: [m], unknown: [] };
    const top = select(ctx, one)?.items.find((i) => i.quantity !== undefined);
    if (!top || chosen.includes(top)) return undefined;
    chosen.push(top);
  }
  return chosen;
}
