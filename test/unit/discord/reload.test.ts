import { type APIEmbedField, DiscordAPIError, PermissionFlagsBits, RESTJSONErrorCodes } from "discord.js";
import { describe, expect, it, vi } from "vitest";
import { COLOR_FAILED, COLOR_OK } from "../../../src/discord/colors.js";
import { loadCommands } from "../../../src/discord/commands/index.js";
import reload from "../../../src/discord/commands/reload.js";
import { createInteractionHandler } from "../../../src/discord/handlers/interactions.js";
import { OwnerDirectory } from "../../../src/discord/moderation.js";
import type { Knowledge } from "../../../src/knowledge/schema.js";
import {
  captureLogger,
  defaultFacts,
  FAKE_OWNER_ID,
  fact,
  fakeInteraction,
  isEphemeral,
  MANAGE_GUILD,
  makeContext,
  makeKnowledge,
  makeService,
} from "./fixtures.js";

const MOD_ROLE = "300000000000000001";

/** What Discord answers a second response to one interaction. */
function alreadyAcknowledged(): DiscordAPIError {
  const code = RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged;
  return new DiscordAPIError(
    { code, message: "Interaction has already been acknowledged." },
    code,
    400,
    "POST",
    "/interactions/1/token/callback",
    {},
  );
}

describe("/reload definition", () => {
  it("defaults to members with Manage Server", () => {
    const json = reload.data.toJSON();
    expect(json.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
  });
});

describe("/reload at run time", () => {
  /** Runs /reload through the dispatcher, as Discord would; says whether the knowledge was reloaded. */
  async function run(
    who: Parameters<typeof fakeInteraction>[0],
    context: Parameters<typeof makeContext>[0] = {},
  ) {
    const service = makeService();
    const spy = vi.spyOn(service, "reload");
    const { logger, lines } = captureLogger();
    const ctx = makeContext({ service, logger, moderatorRoleIds: [MOD_ROLE], ...context });
    const { asInteraction, sent } = fakeInteraction({ commandName: "reload", ...who });
    await createInteractionHandler(ctx, loadCommands())(asInteraction);
    return { reloaded: spy.mock.calls.length > 0, sent, lines };
  }

  it("refuses a member without Manage Server or a moderator role, privately, without reloading", async () => {
    const { reloaded, sent, lines } = await run({ roles: ["300000000000000099"] });
    expect(reloaded).toBe(false);
    expect(isEphemeral(sent[0]!.payload)).toBe(true);
    expect(sent[0]!.payload.content).toMatch(/only moderators/i);
    expect(lines.some((l) => l.msg === "moderator command refused" && l.reason === "not-moderator")).toBe(
      true,
    );
  });

  it("refuses a server owner with Manage Server in a server that is not an admin server", async () => {
    const { reloaded, sent, lines } = await run(
      { permissions: [MANAGE_GUILD] },
      { adminGuildIds: ["200000000000000077"] },
    );
    expect(reloaded).toBe(false);
    expect(isEphemeral(sent[0]!.payload)).toBe(true);
    expect(sent[0]!.payload.content).toMatch(/operator's own servers/);
    expect(lines.some((l) => l.reason === "not-admin-server")).toBe(true);
  });

  it("refuses in DMs and through a user install, even in an admin server", async () => {
    for (const who of [{ inGuild: false }, { permissions: [MANAGE_GUILD], userInstall: true }]) {
      const { reloaded, sent } = await run(who);
      expect(reloaded).toBe(false);
      expect(isEphemeral(sent[0]!.payload)).toBe(true);
      expect(sent[0]!.payload.content).toMatch(/operator's own servers/);
    }
  });

  it("with no admin server, lets the application's owner reload anywhere, and nobody else", async () => {
    const owner = await run({ inGuild: false, userId: FAKE_OWNER_ID }, { adminGuildIds: [] });
    expect(owner.reloaded).toBe(true);
    const admin = await run({ permissions: [MANAGE_GUILD] }, { adminGuildIds: [] });
    expect(admin.reloaded).toBe(false);
    expect(admin.sent[0]!.payload.content).toMatch(/only the bot's owner/i);
  });

  it.each([
    ["Manage Server", { permissions: [MANAGE_GUILD] }],
    ["Administrator", { permissions: [PermissionFlagsBits.Administrator] }],
    ["a moderator role (API member)", { roles: [MOD_ROLE] }],
    ["a moderator role (cached member)", { roles: { cache: new Map([[MOD_ROLE, {}]]) } }],
  ])("lets a member of an admin server with %s reload", async (_label, who) => {
    const { reloaded, sent } = await run(who);
    expect(reloaded).toBe(true);
    // Deferred privately first, so a slow disk cannot run past Discord's 3 s.
    expect(sent[0]!.method).toBe("deferReply");
    expect(isEphemeral(sent[0]!.payload)).toBe(true);
    expect(sent[1]!.method).toBe("followUp");
    expect(sent[1]!.payload.embeds[0].title).toBe("Knowledge reloaded");
  });

  it("carries on when the deferral fails: the reload finishes, is logged, and is still reported", async () => {
    const service = makeService();
    const spy = vi.spyOn(service, "reload");
    const { logger, lines } = captureLogger();
    const { asInteraction, interaction, sent } = fakeInteraction({
      commandName: "reload",
      permissions: [MANAGE_GUILD],
    });
    interaction.deferReply.mockRejectedValueOnce(new Error("Service Unavailable"));
    await reload.execute(asInteraction, makeContext({ service, logger }));

    expect(spy).toHaveBeenCalledOnce();
    const warned = lines.find((l) => String(l.msg).includes("reload continues"));
    expect(warned?.err).toMatchObject({ message: "Service Unavailable" });
    expect(lines.some((l) => l.msg === "reload answered" && l.ok === true)).toBe(true);
    expect(sent.map((s) => s.method)).toEqual(["reply"]);
    expect(isEphemeral(sent[0]!.payload)).toBe(true);
    expect(sent[0]!.payload.embeds[0].title).toBe("Knowledge reloaded");
  });

  it("follows up when a deferral that seemed to fail had reached Discord after all", async () => {
    const { asInteraction, interaction, sent } = fakeInteraction({
      commandName: "reload",
      permissions: [MANAGE_GUILD],
    });
    interaction.deferReply.mockRejectedValueOnce(new Error("Request aborted"));
    interaction.reply.mockRejectedValueOnce(alreadyAcknowledged());
    await reload.execute(asInteraction, makeContext());

    expect(sent.map((s) => s.method)).toEqual(["webhook"]);
    expect(isEphemeral(sent[0]!.payload)).toBe(true);
    expect(sent[0]!.payload.embeds[0].title).toBe("Knowledge reloaded");
    expect(sent[0]!.payload.allowedMentions).toEqual({ parse: [] });
  });

  it("reports the facts added, removed and changed, and logs who asked", async () => {
    const next = defaultFacts().filter((f) => f.id !== "supply-armenia");
    next[0] = { ...next[0]!, answer: "Russia supplies aircraft to Tajikistan." };
    next.push(
      fact("supply-kyrgyzstan", "Who supplies Kyrgyzstan?", "Russia supplies Kyrgyzstan.", "Kyrgyzstan"),
    );
    const { logger, lines } = captureLogger();
    const service = makeService({ logger, load: async () => ({ ok: true, knowledge: makeKnowledge(next) }) });
    const ctx = makeContext({ service, logger });
    const { asInteraction, sent } = fakeInteraction({ commandName: "reload", permissions: [MANAGE_GUILD] });
    await reload.execute(asInteraction, ctx);

    const embed = sent[1]!.payload.embeds[0];
    expect(isEphemeral(sent[1]!.payload)).toBe(true);
    expect(embed.color).toBe(COLOR_OK);
    expect(embed.description).toMatch(/1 added, 1 removed, 1 changed/);
    const fields = Object.fromEntries(embed.fields.map((f: APIEmbedField) => [f.name, f.value]));
    expect(fields).toEqual({
      Added: "supply-kyrgyzstan",
      Removed: "supply-armenia",
      Changed: "supply-tajikistan",
    });
    expect(service.answer("Kyrgyzstan?").text).toBe("Russia supplies Kyrgyzstan.");
    const reloaded = lines.find((l) => l.msg === "knowledge reloaded");
    expect(reloaded?.requestedBy).toEqual(["asker#0001 (100000000000000001)"]);
  });

  it("on a broken file keeps the old knowledge answering and lists the first 10 errors with where they are", async () => {
    const errors = Array.from({ length: 14 }, (_, i) => ({
      where: `facts[${i}].answer (line ${i + 3})`,
      message: "must not be empty",
    }));
    const service = makeService({ load: async () => ({ ok: false, errors }) });
    const before: Knowledge = service.knowledge;
    const { asInteraction, sent } = fakeInteraction({ commandName: "reload", permissions: [MANAGE_GUILD] });
    await reload.execute(asInteraction, makeContext({ service }));

    const embed = sent[1]!.payload.embeds[0];
    expect(embed.title).toBe("Reload failed");
    expect(embed.color).toBe(COLOR_FAILED);
    expect(embed.description).toMatch(/14 errors.*previous knowledge is still in service/);
    const lines = embed.fields[0].value.split("\n");
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe("facts[0].answer (line 3): must not be empty");
    expect(lines[10]).toBe("… and 4 more");
    expect(service.knowledge).toBe(before);
    expect(service.answer("who supplies Armenia?").text).toBe("Russia supplies Armenia.");
  });
});

describe("the application's owners", () => {
  it("are its owner, or its team's owner and members who accepted, fetched once", async () => {
    const fetchApplication = vi.fn(async () => ({
      owner: { id: "team-user" },
      team: {
        owner_user_id: "lead",
        members: [
          { user: { id: "member" }, membership_state: 2 },
          { user: { id: "invited" }, membership_state: 1 },
        ],
      },
    }));
    const owners = new OwnerDirectory(fetchApplication, captureLogger().logger);
    expect([...(await owners.ids())].sort()).toEqual(["lead", "member", "team-user"]);
    await owners.ids();
    expect(fetchApplication).toHaveBeenCalledTimes(1);
  });

  it("are nobody while the application cannot be fetched, which is logged and asked again next time", async () => {
    const fetchApplication = vi
      .fn<() => Promise<{ owner: { id: string } }>>()
      .mockRejectedValueOnce(new Error("503"))
      .mockResolvedValue({ owner: { id: "owner" } });
    const { logger, lines } = captureLogger();
    const owners = new OwnerDirectory(fetchApplication, logger);
    expect((await owners.ids()).size).toBe(0);
    expect(lines.some((l) => /could not fetch the application's owners/.test(String(l.msg)))).toBe(true);
    expect([...(await owners.ids())]).toEqual(["owner"]);
  });
});
