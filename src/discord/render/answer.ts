import type { APIEmbed } from "discord.js";
import { type ArticleTexts, articleIn, messages, toLocale } from "../../i18n/index.js";
import type { Answer } from "../../qa/types.js";
import { stripInvisible } from "../../text/visible.js";
import { COLOR_NEUTRAL, COLOR_OK } from "../colors.js";
import { LIMITS } from "../limits.js";
import type { QuestionButtons } from "../question-buttons.js";
import type { OutgoingReply } from "../reply.js";
import { blockQuote, markEchoes, shorten } from "../text.js";

const MAX_SUGGESTIONS = 3;
/** Room kept for the evidence when the answer itself is long. */
const EVIDENCE_RESERVE = 1500;

/** The answer embed shared by /ask, the related-question buttons, DMs and mentions. */
export function renderAnswer(
  answer: Answer,
  knowledgeArticle: ArticleTexts,
  buttons: QuestionButtons,
): OutgoingReply {
  const locale = toLocale(answer.language);
  const say = messages(locale).answer;
  const article = articleIn(knowledgeArticle, locale);
  const suggestions = [...new Set(answer.suggestions)].slice(0, MAX_SUGGESTIONS);
  const embed: APIEmbed = answer.answered
    ? {
        // The question as asked, in a message others may see: nothing invisible in it.
        title: shorten(stripInvisible(answer.question), LIMITS.embedTitle) || say.notInArticleTitle,
        description: describe(answer.text, answer.evidence),
        color: COLOR_OK,
      }
    : {
        title: say.notInArticleTitle,
        // What the question named and the article does not: shown as code, never as a link.
        description: [markEchoes(answer.text, answer.echoed), suggestions.length > 0 ? say.pickOne : ""]
          .filter(Boolean)
          .join("\n\n"),
        color: COLOR_NEUTRAL,
      };
  // A yes/no question's verdict stands apart, where the eye lands first.
  if (answer.answered && answer.verdict)
    embed.fields = [{ name: say.verdictTitle, value: `**${say.verdict(answer.verdict)}**`, inline: true }];
  embed.footer = { text: say.source(article.publisher, article.title) };
  return {
    embeds: [embed],
    buttons: suggestions.map((q) => ({ label: q, customId: buttons.encode(q) })),
  };
}

/** The answer, then the article's own words as a quote; both fit in one description. */
function describe(text: string, evidence: string[]): string {
  const quotes = evidence.map((e) => blockQuote(shorten(e.trim(), LIMITS.embedFieldValue))).join("\n");
  if (!quotes) return shorten(text, LIMITS.embedDescription);
  const answerRoom = LIMITS.embedDescription - Math.min(quotes.length, EVIDENCE_RESERVE) - 2;
  const head = shorten(text, answerRoom);
  const tail = shorten(quotes, LIMITS.embedDescription - head.length - 2);
  return `${head}\n\n${tail}`;
}
