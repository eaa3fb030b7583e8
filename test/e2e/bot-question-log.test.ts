// The question log through the real bot and the local Discord server: 👍/👎 under answers (one vote
// per user, changeable, confirmed privately, working after a restart), /insights for moderators only,
// /forget-me anywhere, and every question answered while the database is away.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type APIUser, Locale } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayOf } from "../../src/storage/question-store.js";
import {
  type AskOptions,
  type InteractionAnswer,
  MEMBER_PERMISSIONS,
  MODERATOR_PERMISSIONS,
} from "../support/discord-server/index.js";
import {
  createSchema,
  dropSchema,
  POSTGRES_HOST,
  POSTGRES_PORT,
  postgresUrl,
  probePostgres,
  uniqueSchema,
} from "../support/postgres.js";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.js";
import { type BotUnderTest, startBotUnderTest, useBotUnderTest } from "./support/bot.js";
import {
  buttonsOf,
  embedOf,
  expectEveryMessageSilentAndWithinLimits,
  messageOf,
} from "./support/messages.js";

const MODERATOR = { permissions: MODERATOR_PERMISSIONS } satisfies AskOptions;
const MEMBER = { permissions: MEMBER_PERMISSIONS } satisfies AskOptions;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function voteButtons(answer: InteractionAnswer | { body: InteractionAnswer["body"] }) {
  const buttons = buttonsOf(answer.body);
  const up = buttons.find((b) => b.customId.startsWith("vote:up:"));
  const down = buttons.find((b) => b.customId.startsWith("vote:down:"));
  if (!up || !down) throw new Error(`expected 👍 and 👎 under the answer, got ${JSON.stringify(buttons)}`);
  return { up, down };
}

async function press(
  t: BotUnderTest,
  customId: string,
  on: InteractionAnswer,
  actor: AskOptions = {},
  locale: Locale = Locale.EnglishUS,
) {
  const payload = t.server.dispatchInteraction({
    ...t.server.buttonPayload(customId, messageOf(t.server, on), actor),
    locale,
  });
  return t.server.interactionAnswer(payload);
}

async function command(t: BotUnderTest, name: string, actor: AskOptions = {}, locale = Locale.EnglishUS) {
  return t.server.interactionAnswer(
    t.server.dispatchInteraction({ ...t.server.commandPayload(name, actor), locale }),
  );
}

/** Waits until the log has written everything queued, so the database can be read. */
async function drained(t: BotUnderTest): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (t.bot.questionLog.stats().queued > 0) {
    if (Date.now() > deadline)
      throw new Error(`the log still holds ${t.bot.questionLog.stats().queued} entries`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function todaysInsights(t: BotUnderTest) {
  await drained(t);
  const today = dayOf(Date.now());
  return t.bot.questionLog.insights({ fromDay: today, toDay: today, limit: 25 });
}

describe("votes, /insights and /forget-me", () => {
  // The operator's server: moderator commands run here, as /reload does.
  const t = useBotUnderTest({ env: (server) => ({ ADMIN_GUILD_IDS: server.guild.id }) });

  it("puts 👍 and 👎 under each answer; a vote is confirmed privately and can be changed", async () => {
    const answer = await t().server.ask("who supplies Tajikistan?");
    const { up, down } = voteButtons(answer);
    expect([up.label, down.label]).toEqual(["👍", "👎"]);
    const before = (await todaysInsights(t())).totals;

    const first = await press(t(), up.customId, answer);
    expect(first.ephemeral).toBe(true);
    expect(first.content).toMatch(/You rated this answer 👍/);
    expect((await todaysInsights(t())).totals).toMatchObject({ up: before.up + 1, down: before.down });

    const changed = await press(t(), down.customId, answer);
    expect(changed.ephemeral).toBe(true);
    expect(changed.content).toMatch(/You rated this answer 👎/);
    // Still one vote of this user on this answer: now a 👎.
    const after = await todaysInsights(t());
    expect(after.totals).toMatchObject({ up: before.up, down: before.down + 1 });
    expect(after.worstRated.map((w) => w.answerKey)).toContain("supply-tajikistan");

    // Another user's vote on the same answer is a vote of its own.
    const other = t().server.createUser("second-voter");
    await press(t(), down.customId, answer, { user: other });
    expect((await todaysInsights(t())).totals).toMatchObject({ down: before.down + 2 });
  });

  it("answers a Russian user's vote, /insights refusal and /forget-me in Russian", async () => {
    const answer = await t().server.ask("who supplies Armenia?");
    const voter = t().server.createUser("russian-voter");
    const vote = await press(t(), voteButtons(answer).up.customId, answer, { user: voter }, Locale.Russian);
    expect(vote.content).toMatch(/^Спасибо! Вы оценили этот ответ 👍/);

    const refused = await command(t(), "insights", MEMBER, Locale.Russian);
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(/статистику могут смотреть только модераторы/);

    const forgot = await command(t(), "forget-me", { in: "dm", user: voter }, Locale.Russian);
    expect(forgot.content).toMatch(/^Готово: я удалил из журнала вопросов 0 ваших вопросов и 1 оценку/);
  });

  it("puts the vote buttons under answers in DMs and mentions too", async () => {
    const dm = await t().server.sendDm("who supplies Armenia?");
    expect(voteButtons(dm).up.customId).toMatch(/^vote:up:[\w-]{12}$/);
    const mention = await t().server.mention("what did Bondarev say?");
    expect(voteButtons(mention).down.customId).toMatch(/^vote:down:[\w-]{12}$/);
  });

  it("refuses /insights to a member, in private", async () => {
    const answer = await command(t(), "insights", MEMBER);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toMatch(/only moderators .* can see the insights/i);
    // Not the refusal of /reload: nothing here is about reloading.
    expect(answer.content).not.toMatch(/reload/i);
    expect(answer.body.embeds ?? []).toEqual([]);
  });

  it("refuses /insights in a DM", async () => {
    const answer = await command(t(), "insights", { in: "dm" });
    expect(answer.ephemeral).toBe(true);
    expect(answer.body.embeds ?? []).toEqual([]);
    expect(answer.content.length).toBeGreaterThan(0);
  });

  it("shows a moderator the insights, privately, with a chart and pages", async () => {
    // Three rewordings of one question the article does not answer, and one other.
    for (const q of [
      "What is the budget of the air defense system?",
      "what's the air defence system's budget",
      "budget of the air defense systems?",
    ]) {
      await t().server.ask(q);
    }
    await t().server.ask("who won the football match?");
    await drained(t());

    const overview = await command(t(), "insights", MODERATOR);
    expect(overview.ephemeral).toBe(true);
    const embed = embedOf(overview);
    expect(embed.title).toMatch(/Overview/);
    expect(embed.description).toMatch(/questions? in 7 days/);
    expect(embed.description).toMatch(/slash: \d+/);
    expect(embed.image?.url).toBe("attachment://insights.png");
    const chart = overview.final.files.find((f) => f.filename === "insights.png");
    expect(chart?.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(chart?.size).toBeGreaterThan(5000);
    const pages = buttonsOf(overview.body);
    expect(pages.map((b) => b.label)).toEqual([
      "Overview",
      "Not answered",
      "Worst rated",
      "Most asked facts",
    ]);

    const unansweredButton = pages.find((b) => b.label === "Not answered");
    const unanswered = await press(t(), unansweredButton?.customId ?? "", overview, MODERATOR);
    const page = embedOf(unanswered).description ?? "";
    // The three rewordings are one row counted three times, above the one-off question.
    expect(page).toMatch(/1\. \*\*3×\*\* “[^”]*budget[^”]*” — also “[^”]*budget[^”]*”, “[^”]*budget[^”]*”/i);
    expect(page).toMatch(/2\. \*\*1×\*\* “who won the football match\?”/);

    const rated = await press(
      t(),
      pages.find((b) => b.label === "Worst rated")?.customId ?? "",
      overview,
      MODERATOR,
    );
    expect(embedOf(rated).description).toMatch(/👎 \d+ · 👍 \d+ — supply-tajikistan/);
    const facts = await press(
      t(),
      pages.find((b) => b.label === "Most asked facts")?.customId ?? "",
      overview,
      MODERATOR,
    );
    expect(embedOf(facts).description).toMatch(/1\. \*\*\d+×\*\* [a-z-]+: “/);

    // A page button pressed by someone without the rights shows them nothing.
    const sneaky = await press(t(), unansweredButton?.customId ?? "", overview, MEMBER);
    expect(sneaky.ephemeral).toBe(true);
    expect(sneaky.content).toMatch(/only moderators/i);
    expect(expectEveryMessageSilentAndWithinLimits(t().server)).toBeGreaterThan(10);
  });

  it("forgets a user everywhere on /forget-me, from a DM, and says how much it deleted", async () => {
    const user: APIUser = t().server.createUser("forgetful");
    const asked = await t().server.ask("who supplies Tajikistan?", { user });
    await t().server.ask("who supplies Belarus?", { user });
    await t().server.sendDm("what is the CSTO?", user);
    await press(t(), voteButtons(asked).up.customId, asked, { user });
    const before = await todaysInsights(t());

    const forgot = await command(t(), "forget-me", { in: "dm", user });
    expect(forgot.ephemeral).toBe(true);
    expect(forgot.content).toMatch(/deleted 3 questions and 1 vote of yours/);
    const after = await todaysInsights(t());
    expect(after.totals.questions).toBe(before.totals.questions - 3);
    expect(after.totals.up).toBe(before.totals.up - 1);

    const again = await command(t(), "forget-me", { user });
    expect(again.content).toMatch(/nothing of yours/);
  });
});

describe("vote buttons after a restart", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "cis-restart-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("records a vote pressed on an answer the previous process gave", async () => {
    const env = () => ({ DATABASE_URL: join(dir, "bot.db") });
    const before = await startBotUnderTest({ env });
    let answer: InteractionAnswer;
    try {
      answer = await before.server.ask("who supplies Armenia?");
    } finally {
      await before.stop();
    }
    const after = await startBotUnderTest({ env });
    try {
      const pressed = await press(after, voteButtons(answer).down.customId, answer);
      expect(pressed.content).toMatch(/You rated this answer 👎/);
      const data = await todaysInsights(after);
      expect(data.worstRated).toEqual([
        expect.objectContaining({ down: 1, example: "who supplies Armenia?" }),
      ]);
    } finally {
      await after.stop();
    }
  });
});

const probe = await probePostgres();
describe.skipIf(!probe.ok)(
  `PostgreSQL away during a burst${probe.ok ? "" : ` (skipped: ${probe.reason})`}`,
  () => {
    const schema = uniqueSchema("e2e");
    let proxy: TcpProxy;
    let t: BotUnderTest;
    beforeAll(async () => {
      await createSchema(probe, schema);
      proxy = await startTcpProxy({ host: POSTGRES_HOST, port: POSTGRES_PORT });
      t = await startBotUnderTest({ env: () => ({ DATABASE_URL: postgresUrl(probe, schema, proxy.port) }) });
    });
    afterAll(async () => {
      await t?.stop();
      await proxy?.stop();
      await dropSchema(probe, schema);
    });

    it("answers every question while the database is cut, and writes them all once it is back", async () => {
      await t.server.ask("who supplies Tajikistan?");
      await drained(t);
      proxy.cut();
      const questions = Array.from({ length: 60 }, (_, i) =>
        i % 2 ? `who supplies Armenia? ${i}` : `what is the budget ${i}`,
      );
      const answers = await Promise.all(questions.map((q) => t.server.ask(q)));
      for (const answer of answers) {
        expect(answer.ephemeral).toBe(false);
        expect(embedOf(answer).description?.length).toBeGreaterThan(0);
        voteButtons(answer);
      }
      expect(t.bot.questionLog.stats().queued).toBe(60);
      const deadline = Date.now() + 10_000;
      while (t.bot.questionLog.stats().failures === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(t.logs.some((l) => /cannot be written/.test(l.msg))).toBe(true);
      expect(t.bot.questionLog.stats().queued).toBe(60);

      proxy.restore();
      const data = await todaysInsights(t);
      expect(data.totals.questions).toBe(61);
      expect(t.bot.questionLog.stats().dropped).toBe(0);
    });
  },
);
