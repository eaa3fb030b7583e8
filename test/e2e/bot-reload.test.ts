// /reload against the real bot working on a copy of the knowledge file: who may reload, what a
// broken file does (nothing, but say why), what an edited file does (the next answer changes),
// and that questions asked while a reload runs are all answered.
import { dirname } from "node:path";
import { type APIEmbed, ApplicationIntegrationType } from "discord.js";
import { beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  ALL_PERMISSIONS,
  type AskOptions,
  MEMBER_PERMISSIONS,
  MODERATOR_PERMISSIONS,
  roleId,
} from "../support/discord-server/index.js";
import { editedKnowledge, KNOWLEDGE_TEXT, type KnowledgeData } from "../support/knowledge.js";
import { useBotUnderTest } from "./support/bot.js";
import { embedOf, expectEveryMessageSilentAndWithinLimits } from "./support/messages.js";

const QUESTION = "who supplies Tajikistan?";
const FACT_ID = "supply-tajikistan";
const EDITED_ANSWER =
  "Tajikistan gets aircraft and anti-aircraft missile technology from Russia, Bondarev said.";

function factOf(data: KnowledgeData): { answer: string; evidence: string; subject: string[] } {
  const fact = data.facts.find((f: { id: string }) => f.id === FACT_ID);
  if (!fact) throw new Error(`the knowledge file has no fact ${FACT_ID} any more; pick another one here`);
  return fact;
}

const ORIGINAL = factOf(parse(KNOWLEDGE_TEXT) as KnowledgeData);
/** The knowledge with one fact's answer reworded; its evidence is untouched. */
const EDITED = editedKnowledge((data) => {
  factOf(data).answer = EDITED_ANSWER;
});
/** Valid YAML, but a fact claims words the article does not hold, and names an unknown entity. */
const UNFAITHFUL = editedKnowledge((data) => {
  factOf(data).evidence = "the supply of tanks and submarines to Tajikistan";
  factOf(data).subject = ["atlantis"];
});
const NOT_YAML = `${KNOWLEDGE_TEXT}\nfacts: [ {unclosed\n`;

const MANAGER = { permissions: MODERATOR_PERMISSIONS } satisfies AskOptions;
const KEEPER = { roles: ["Knowledge keeper"] } satisfies AskOptions;

const t = useBotUnderTest({
  copyKnowledge: true,
  server: {
    guilds: [
      {
        roles: [
          { name: "Moderator", permissions: MODERATOR_PERMISSIONS },
          // A role the bot is told to trust, which Discord itself gives no special power.
          { name: "Knowledge keeper", permissions: MEMBER_PERMISSIONS },
          { name: "Regular", permissions: MEMBER_PERMISSIONS },
        ],
      },
      // Another server the bot was invited to: its owner has every permission there, and no say here.
      { name: "Someone else's server", roles: [{ name: "Moderator", permissions: MODERATOR_PERMISSIONS }] },
    ],
  },
  env: (server) => ({
    MODERATOR_ROLE_IDS: roleId(server.guild, "Knowledge keeper"),
    ADMIN_GUILD_IDS: server.guild.id,
  }),
});

beforeEach(async () => {
  await t().writeKnowledge(KNOWLEDGE_TEXT);
  // Every test starts from the original knowledge in service.
  if (t().bot.service.knowledge.facts.find((f) => f.id === FACT_ID)?.answer !== ORIGINAL.answer) {
    const outcome = await t().bot.service.reload("test setup");
    expect(outcome.ok).toBe(true);
  }
});

/** `/reload` and the single embed it answers with. */
async function reload(
  actor: AskOptions,
): Promise<{ embed: APIEmbed | undefined; content: string; ephemeral: boolean }> {
  const payload = t().server.dispatchInteraction(t().server.commandPayload("reload", actor));
  const answer = await t().server.interactionAnswer(payload);
  return { embed: answer.body.embeds?.[0], content: answer.content, ephemeral: answer.ephemeral };
}

async function answerText(): Promise<string> {
  return embedOf(await t().server.ask(QUESTION)).description ?? "";
}

/** The same /reload, run through a user install of the app rather than the server's own. */
async function reloadAsUserInstall(actor: AskOptions) {
  const payload = t().server.commandPayload("reload", actor);
  const user = payload.member?.user ?? t().server.user;
  payload.authorizing_integration_owners = { [ApplicationIntegrationType.UserInstall]: user.id };
  const answer = await t().server.interactionAnswer(t().server.dispatchInteraction(payload));
  return { embed: answer.body.embeds?.[0], content: answer.content, ephemeral: answer.ephemeral };
}

describe("who may reload", () => {
  it.each([
    ["a member", {}, /only moderators/i],
    ["a member with an unrelated role", { roles: ["Regular"] }, /only moderators/i],
    ["someone in a DM", { in: "dm" as const, permissions: MODERATOR_PERMISSIONS }, /operator's own servers/],
    [
      "the owner of another server the bot is in",
      { guild: "other" as const, permissions: ALL_PERMISSIONS },
      /operator's own servers/,
    ],
  ])("%s is refused, privately, and nothing changes", async (_who, who, message) => {
    await t().writeKnowledge(EDITED);
    const before = t().bot.service.knowledge;
    const { guild: where, ...rest } = who as AskOptions & { guild?: "other" };
    const actor: AskOptions = where ? { ...rest, guild: t().server.guilds[1]! } : rest;

    const refused = await reload(actor);

    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(message);
    expect(refused.embed).toBeUndefined();
    expect(t().bot.service.knowledge).toBe(before);
    expect(await answerText()).toContain(ORIGINAL.answer);
    expect(t().logs.some((l) => l.msg === "moderator command refused")).toBe(true);
  });

  it("a moderator using a user install of the app, even in the admin server, is refused", async () => {
    await t().writeKnowledge(EDITED);
    const before = t().bot.service.knowledge;
    const refused = await reloadAsUserInstall(MANAGER);
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(/operator's own servers/);
    expect(t().bot.service.knowledge).toBe(before);
  });
});

describe("a failed reload, as shown in Discord", () => {
  it("names no absolute path and quotes no file content beyond the problem's line; the log has it all", async () => {
    await t().writeKnowledge(KNOWLEDGE_TEXT.replace(/file: .*article.*/, "file: missing-article.txt"));
    const logsBefore = t().logs.length;
    const failed = await reload(MANAGER);
    const shown = JSON.stringify(failed.embed);
    expect(failed.embed?.title).toBe("Reload failed");
    expect(shown).toMatch(/missing-article\.txt/);
    expect(shown).not.toContain(dirname(t().knowledgeFile));
    expect(shown).not.toMatch(/ENOENT|\/tmp\//);
    const logged = JSON.stringify(t().logs.slice(logsBefore));
    expect(logged).toContain(dirname(t().knowledgeFile));
  });
});

describe.each([
  ["a moderator with Manage Server", MANAGER],
  ["a member with a role in MODERATOR_ROLE_IDS", KEEPER],
])("%s", (_who, actor) => {
  it.each([
    ["evidence the article does not hold", UNFAITHFUL, /unknown entity 'atlantis'[\s\S]*evidence not found/],
    ["a file that is not YAML", NOT_YAML, /not valid YAML/],
  ])(
    "reloading %s: the old knowledge keeps answering and the errors are reported",
    async (_what, text, error) => {
      await t().writeKnowledge(text);
      const before = t().bot.service.knowledge;

      const failed = await reload(actor);

      expect(failed.ephemeral).toBe(true);
      expect(failed.embed?.title).toBe("Reload failed");
      expect(failed.embed?.description).toMatch(/previous knowledge is still in service/);
      const errors = failed.embed?.fields?.find((f) => f.name === "Errors");
      expect(errors?.value).toMatch(error);
      expect(t().bot.service.knowledge).toBe(before);
      expect(await answerText()).toContain(ORIGINAL.answer);
    },
  );

  it("reloading an edited file: the next answer says what the file now says", async () => {
    await t().writeKnowledge(EDITED);

    const done = await reload(actor);

    expect(done.ephemeral).toBe(true);
    expect(done.embed?.title).toBe("Knowledge reloaded");
    expect(done.embed?.description).toMatch(/1 changed/);
    expect(done.embed?.fields?.find((f) => f.name === "Changed")?.value).toContain(FACT_ID);
    const text = await answerText();
    expect(text).toContain(EDITED_ANSWER);
    expect(text).not.toContain(ORIGINAL.answer);
    expect(text).toContain(ORIGINAL.evidence);
  });
});

describe("questions asked while a reload runs", () => {
  it("are all answered, from the old knowledge or the new, never with an error", async () => {
    await t().writeKnowledge(EDITED);
    const logsBefore = t().logs.length;
    const reloadPayload = t().server.dispatchInteraction(t().server.commandPayload("reload", MANAGER));
    const asks = Array.from({ length: 20 }, (_, i) =>
      t().server.dispatchInteraction(
        t().server.commandPayload("ask", {
          user: t().server.createUser(`asker${i}`),
          options: [{ name: "question", type: 3, value: QUESTION }],
        }),
      ),
    );

    const reloaded = await t().server.interactionAnswer(reloadPayload);
    const answers = await Promise.all(asks.map((payload) => t().server.interactionAnswer(payload)));

    expect(reloaded.body.embeds?.[0]?.title).toBe("Knowledge reloaded");
    for (const answer of answers) {
      expect(answer.ephemeral).toBe(false);
      const text = embedOf(answer).description ?? "";
      expect(text.includes(ORIGINAL.answer) || text.includes(EDITED_ANSWER), text).toBe(true);
    }
    expect(await answerText()).toContain(EDITED_ANSWER);
    expect(t().logs.filter((l) => l.level >= 50)).toEqual([]);

    // The log shows the overlap: questions were answered after the reload began and before it ended.
    const log = t()
      .logs.slice(logsBefore)
      .map((l) => l.msg);
    const began = log.indexOf("reload requested");
    const ended = log.indexOf("knowledge reloaded");
    expect(began).toBeGreaterThanOrEqual(0);
    expect(ended).toBeGreaterThan(began);
    const during = log.slice(began, ended).filter((m) => m === "question answered").length;
    expect(during).toBeGreaterThan(0);
  });
});

describe("every message the bot sent in this file", () => {
  it("allows no mentions and fits Discord's limits", () => {
    expect(expectEveryMessageSilentAndWithinLimits(t().server)).toBeGreaterThan(30);
  });
});
