import {
  type APIEmbed,
  type ButtonInteraction,
  ButtonStyle,
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from "discord.js";
import { type Locale, localeFromDiscord, messages } from "../../i18n/index.js";
import { renderInsightsChart } from "../../service/insights-chart.js";
import { dayLabel, describeAnswerKey, describeFact, percent } from "../../service/insights-report.js";
import { LogUnavailableError } from "../../service/question-log.js";
import { dayOf, type InsightsData } from "../../storage/insights-query.js";
import { COLOR_NEUTRAL } from "../colors.js";
import type { ComponentHandler } from "../components.js";
import type { BotContext } from "../context.js";
import { newErrorRef } from "../errors.js";
import { LIMITS } from "../limits.js";
import { checkModerator, refusalMessage } from "../moderation.js";
import { deferPrivately, type OutgoingReply, replyToInteraction, updateButtonMessage } from "../reply.js";
import { shorten } from "../text.js";
import type { Command } from "./types.js";

/** The pages of /insights, in order; the buttons under each page lead to the others. */
const PAGES = ["overview", "unanswered", "rated", "facts"] as const;
type Page = (typeof PAGES)[number];
const DEFAULT_DAYS = 7;
const MAX_DAYS = 90;
/** Rows per list: what fits in one embed description. */
const ROWS = 15;
const CHART_FILE = "insights.png";
const BUTTON_PREFIX = "insights:";

export default {
  data: new SlashCommandBuilder()
    .setName("insights")
    .setDescription(
      "Moderators: what people asked, what the article could not answer, how answers were rated",
    )
    .addIntegerOption((o) =>
      o
        .setName("days")
        .setDescription(`How many days back (default ${DEFAULT_DAYS})`)
        .setMinValue(1)
        .setMaxValue(MAX_DAYS),
    )
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),
  availability: "moderator",
  moderatorsOnly: (locale) => messages(locale).questionLog.insightsModeratorsOnly,
  cost: "light",

  async execute(interaction, ctx) {
    if (!(await allowed(interaction, ctx))) return;
    const days = interaction.options.getInteger("days") ?? DEFAULT_DAYS;
    // The database may be slow; Discord gives 3 s to acknowledge and 15 min to follow up.
    await deferPrivately(interaction);
    const locale = localeFromDiscord(interaction.locale);
    await replyToInteraction(interaction, await insightsPage(ctx, "overview", days, locale), {
      ephemeral: true,
    });
  },
} satisfies Command;

/** The page buttons under an /insights reply: `insights:<page>:<days>`. */
export const insightsPageButton: ComponentHandler = {
  what: "insights page",
  matches: (customId) => customId.startsWith(BUTTON_PREFIX),
  async handle(interaction: ButtonInteraction, ctx: BotContext) {
    const [, page, daysText] = interaction.customId.split(":");
    const days = Math.min(MAX_DAYS, Math.max(1, Number(daysText) || DEFAULT_DAYS));
    if (!(await allowed(interaction, ctx))) return;
    await interaction.deferUpdate();
    const wanted = PAGES.find((p) => p === page) ?? "overview";
    const locale = localeFromDiscord(interaction.locale);
    await updateButtonMessage(interaction, await insightsPage(ctx, wanted, days, locale));
  },
};

/** The same rights as /reload, checked on every use, buttons included. */
async function allowed(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  ctx: BotContext,
): Promise<boolean> {
  const refuse = (content: string) => replyToInteraction(interaction, { content }, { ephemeral: true });
  const locale = localeFromDiscord(interaction.locale);
  const say = messages(locale).questionLog;
  if (!interaction.inGuild()) {
    await refuse(say.insightsNotInDm);
    return false;
  }
  // The rule /reload follows (admin servers, moderator roles, or the owner), checked again for every
  // page: a button can be pressed by whoever sees it.
  const checked = checkModerator(interaction, ctx.moderators);
  const verdict = checked instanceof Promise ? await checked : checked;
  if (!verdict.ok) {
    ctx.logger.warn(
      { userId: interaction.user.id, guildId: interaction.guildId, reason: verdict.reason },
      "insights refused",
    );
    await refuse(refusalMessage(verdict.reason, locale, say.insightsModeratorsOnly));
    return false;
  }
  if (ctx.questionLog.mode === "off") {
    await refuse(say.insightsLogOff);
    return false;
  }
  return true;
}

async function insightsPage(
  ctx: BotContext,
  page: Page,
  days: number,
  locale: Locale,
): Promise<OutgoingReply> {
  const say = messages(locale).questionLog;
  const toDay = dayOf(Date.now());
  let data: InsightsData;
  try {
    data = await ctx.questionLog.insights({ fromDay: toDay - days + 1, toDay, limit: ROWS });
  } catch (error) {
    if (!(error instanceof LogUnavailableError)) throw error;
    const ref = newErrorRef();
    ctx.logger.warn({ err: error, ref }, "insights: the question log cannot be reached");
    return { content: say.logUnavailable(ref) };
  }
  const embed: APIEmbed = {
    title: say.title(say.pageTitles[page], days),
    description: describePage(ctx, page, data, locale),
    color: COLOR_NEUTRAL,
    footer: { text: say.footer(PAGES.indexOf(page) + 1, PAGES.length) },
  };
  const reply: OutgoingReply = {
    embeds: [embed],
    buttons: PAGES.map((p) => ({
      label: say.pageTitles[p],
      customId: `${BUTTON_PREFIX}${p}:${days}`,
      style: p === page ? ButtonStyle.Primary : ButtonStyle.Secondary,
    })),
  };
  if (page === "overview") {
    try {
      reply.files = [{ name: CHART_FILE, data: await renderInsightsChart(data) }];
      embed.image = { url: `attachment://${CHART_FILE}` };
    } catch (error) {
      // The figures matter more than the picture.
      ctx.logger.error({ err: error }, "insights: the chart could not be drawn");
    }
  }
  return reply;
}

function describePage(ctx: BotContext, page: Page, data: InsightsData, locale: Locale): string {
  const say = messages(locale).questionLog;
  const knowledge = ctx.service.knowledge;
  const lines: string[] = [];
  if (page === "overview") {
    lines.push(
      say.headline(data.totals, data.toDay - data.fromDay + 1, dayLabel(data.fromDay), dayLabel(data.toDay)),
      "",
    );
    lines.push(`**${say.byTransport}**`);
    if (data.perTransport.length === 0) lines.push(say.noneYet);
    for (const t of data.perTransport)
      lines.push(`${t.transport}: ${t.count} (${percent(t.count, data.totals.questions)})`);
  } else if (page === "unanswered") {
    if (data.unanswered.length === 0) lines.push(say.allAnswered);
    else lines.push(say.groupedNote, "");
    data.unanswered.forEach((g, i) => {
      const also = g.examples.slice(1).map((e) => `“${shorten(e, 80)}”`);
      lines.push(
        `${i + 1}. **${g.count}×** “${shorten(g.example, 150)}”${also.length > 0 ? ` — ${say.alsoAskedAs} ${also.join(", ")}` : ""}`,
      );
    });
  } else if (page === "rated") {
    if (data.worstRated.length === 0) lines.push(say.noDownVotes);
    data.worstRated.forEach((w, i) => {
      lines.push(
        `${i + 1}. 👎 ${w.down} · 👍 ${w.up} — ${shorten(describeAnswerKey(w.answerKey, knowledge, locale), 200)}, ${say.forExample} “${shorten(w.example, 120)}”`,
      );
    });
  } else {
    if (data.topFacts.length === 0) lines.push(say.noFacts);
    data.topFacts.forEach((f, i) => {
      lines.push(`${i + 1}. **${f.count}×** ${shorten(describeFact(f.factId, knowledge, locale), 200)}`);
    });
  }
  return shorten(lines.join("\n"), LIMITS.embedDescription);
}
