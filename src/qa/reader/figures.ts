import { normaliseText } from "../../text/normalise.js";
import type { Analysis } from "../analyse.js";
import { composeAnswer } from "../compose.js";
import { askedShortForm, unexpandedShortForm } from "../expansions.js";
import type { Item } from "../items.js";
import { conceptOf } from "../lexicon.js";
import type { Title } from "../short-forms.js";
import type { Answer } from "../types.js";
import { ordinalOf } from "../verdict.js";
import { MAX_UNIT_WORDS } from "../weights.js";
import type { ReaderContext } from "./context.js";
import { withSuggestions } from "./respond.js";

/**
 * "How much does the fund get each year": an amount asked by the period, where the facts that
 * answer give none, is what the article does not say; the amount it gives is told as the nearest.
 */
function rateIn(ctx: ReaderContext, text: string): boolean {
  const { lang } = ctx;
  const words = normaliseText(text).split(" ");
  return words.some((w, i) => lang.rateWords?.has(w) || lang.rateWords?.has(`${w} ${words[i + 1] ?? ""}`));
}

export function unsaidRate(ctx: ReaderContext, answer: Answer, q: Analysis): boolean {
  const { byId } = ctx;
  if (q.asked !== "quantity" || !rateIn(ctx, q.words.join(" "))) return false;
  const facts = answer.facts.flatMap((id) => byId.get(id) ?? []);
  return facts.length > 0 && !facts.some((i) => rateIn(ctx, `${i.answer} ${i.quantity ?? ""}`));
}

/**
 * "Total he owes in restitution plus fees": where the answer gives two or more sums of money apart
 * and the question asks them together, the sum is told first, with its parts.
 */
export function addedUp(ctx: ReaderContext, answer: Answer, q: Analysis): Answer {
  const { lang } = ctx;
  if (q.asked === "yesno" || !q.words.some((w) => lang.totalWords?.has(w) ?? false)) return answer;
  const first = answer.text.split("\n")[0] ?? "";
  const amounts = [
    ...first.matchAll(
      /([$€£])\s?(\d{1,3}(?:,\d{3})*(?:\.\d{2})?|\d+(?:\.\d{2})?)(?![\d,.]*\s*(?:million|billion|thousand))/gi,
    ),
  ];
  if (amounts.length < 2) return answer;
  const sign = amounts[0]?.[1] ?? "";
  if (amounts.some((a) => a[1] !== sign)) return answer;
  const values = amounts.map((a) => Number((a[2] ?? "").replace(/,/g, "")));
  const cents = values.some((v) => !Number.isInteger(v));
  const sum = values.reduce((a, b) => a + b, 0);
  const shown = sum.toLocaleString("en-US", {
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: 2,
  });
  const lead = lang.phrases.total(
    `${sign}${shown}`,
    amounts.map((a) => a[0].replace(/\s/g, "")),
  );
  return { ...answer, text: `${lead} ${answer.text}` };
}

/**
 * "How many chiefs were there before her": the answer's first fact places someone in a series with
 * an ordinal before the noun counted ("the 18th Chief"), so one fewer came before, told first.
 */
export function countedBefore(ctx: ReaderContext, answer: Answer, q: Analysis): Answer {
  const { byId, lang, lexicon } = ctx;
  if (!q.rankedBefore || q.rankOf === undefined) return answer;
  const first = byId.get(answer.facts[0] ?? "");
  const typed = (first?.answer ?? "").split(/\s+/);
  const words = typed.map((w) => normaliseText(w));
  const at = words.findIndex(
    (w, i) => ordinalOf(w, lang) !== undefined && conceptOf(lexicon, words[i + 1] ?? "") === q.rankOf,
  );
  const place = ordinalOf(words[at] ?? "", lang);
  if (at < 0 || place === undefined || place < 1) return answer;
  const noun = (typed[at + 1] ?? "").replace(/[^\p{L}\p{N}-]+$/u, "");
  const lead = lang.phrases.before(place - 1, `${typed[at]} ${noun}`);
  return { ...answer, text: `${lead} ${answer.text}` };
}

/**
 * "What does Col. Gen. mean": a short form of a name's words, which another name of the same entity
 * writes out, is said in full before what the article says of the entity, unless that says it already.
 */
export function spelledOut(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { describedBy, entities, expansions, lang } = ctx;
  const expansion = askedShortForm(q.words, lang, expansions);
  if (!expansion && q.describe && q.mentions.length === 1 && q.cues.length === 0) {
    // "What does AIAA stand for" where the article never writes AIAA out: a gap, told with what it says.
    const m = q.mentions[0];
    const entity = m && entities.get(m.entity);
    const described = m && describedBy(m.entity);
    const short = m && entity && unexpandedShortForm(q.words, m, entity, described?.answer ?? "", lang);
    if (short) {
      return withSuggestions(
        ctx,
        composeAnswer(question, q, described ? [described] : [], 0, lang, {
          undecided: true,
          asked: question,
          unsaid: lang.phrases.whatStandsFor(short),
        }),
        q,
      );
    }
  }
  const described = expansion && describedBy(expansion.entity);
  if (!expansion || !described) return undefined;
  if (normaliseText(described.answer).includes(normaliseText(expansion.full))) {
    // "ПВО это что значит", asking of the short form alone, where what the article says of it writes
    // the form out already: that is the answer as it stands. Asked among other words, the question is
    // read as a whole.
    const short = new Set(normaliseText(expansion.short).split(" "));
    const bare = q.words.every(
      (w) =>
        short.has(w) ||
        lang.filler.has(w) ||
        lang.whWords.has(w) ||
        lang.descriptionWords.has(w) ||
        lang.auxiliaries.has(w) ||
        lang.articles.has(w) ||
        (lang.expansionWords?.has(w) ?? false),
    );
    return bare ? withSuggestions(ctx, composeAnswer(question, q, [described], 0.9, lang), q) : undefined;
  }
  const lead = lang.phrases.standsFor(expansion.short, expansion.full);
  return withSuggestions(ctx, composeAnswer(question, q, [described], 0.9, lang, { lead }), q);
}

/**
 * "What is Bondarev's rank": the title the person's names put before the person's own name, written
 * out, with the short form the knowledge also gives it ("Colonel General (Col. Gen.)"), before what
 * the article says of the person.
 */
export function rankGiven(ctx: ReaderContext, question: string, q: Analysis): Answer | undefined {
  const { describedBy, expansions, lang, shortForms } = ctx;
  const asked = lang.rankAsked;
  const [m] = q.mentions;
  if (!asked || !m || q.mentions.length !== 1 || q.asked === "yesno" || q.asked === "count") return undefined;
  if (!q.words.some((w) => asked.has(w))) return undefined;
  const own = shortForms.titled.get(m.entity) ?? [];
  const longest = (of: (t: Title) => string) => [...own].sort((a, b) => of(b).length - of(a).length)[0];
  const full = longest((t) => t.title);
  const name = longest((t) => t.name);
  if (!full || !name) return undefined;
  const spelled = normaliseText(full.title);
  const short = own.find(
    (t) => t !== full && normaliseText(expansions.get(normaliseText(t.title))?.full ?? "") === spelled,
  );
  const rank = short ? `${full.title} (${short.title})` : full.title;
  const described = describedBy(m.entity);
  const lead = lang.phrases.rankOf(name.name, rank);
  return withSuggestions(
    ctx,
    composeAnswer(question, q, described ? [described] : [], 0.9, lang, { lead }),
    q,
  );
}

/**
 * Whether the item's figure is in the unit a question asks it in ("in acres"), or the question asks
 * no unit: the words after the question's last unit preposition, when they are no name.
 */
export function inUnitOf(ctx: ReaderContext, q: Analysis, item: Item | undefined): boolean {
  const { lang, lexicon } = ctx;
  const units = lang.unitPrepositions;
  if (!units) return true;
  // The unit ends the question, one or two words after its preposition ("in acres", "in square feet").
  const at = q.words.findLastIndex((w) => units.has(w));
  const last = q.words.length - 1;
  const unit = q.words[last];
  if (at < 0 || unit === undefined || last <= at || last - at > MAX_UNIT_WORDS) return true;
  if (q.mentions.some((m) => m.end > at)) return true;
  const said = item?.quantity ? normaliseText(item.quantity).split(" ") : [];
  return said.some((w) => conceptOf(lexicon, w) === conceptOf(lexicon, unit));
}
