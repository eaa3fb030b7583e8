// What one hostile user can do to everyone else, against the real bot through the local server.
import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS, type MessageBody } from "../support/discord-server/index.js";
import { useBotUnderTest } from "./support/bot.js";
import { embedOf } from "./support/messages.js";

// The defaults a real bot runs with: five questions per 10 s.
const t = useBotUnderTest({ env: () => ({ RATE_LIMIT_COUNT: "5", RATE_LIMIT_WINDOW_SECONDS: "10" }) });

function choicesOf(body: unknown): unknown[] {
  return (body as { data: { choices: unknown[] } }).data.choices;
}

describe("an autocomplete flood", () => {
  it("gets the flooder no choices past their budget, and leaves other users' questions answered", async () => {
    const { server } = t();
    const flooder = server.createUser("flooder");
    const typed = "\uFDFA".repeat(100); // 1,800 characters once folded
    const payloads = Array.from({ length: 200 }, () =>
      server.dispatchInteraction(
        server.autocompletePayload("ask", { name: "question", value: typed }, { user: flooder }),
      ),
    );
    const answer = await server.ask("who supplies Tajikistan?");
    expect(answer.body.embeds?.[0]?.description).toMatch(/Russia/);

    const callbacks = await Promise.all(payloads.map((p) => server.interactionReply(p.id)));
    const empty = callbacks.filter((c) => choicesOf(c.body).length === 0).length;
    // 30 autocomplete requests per 10 s (six per question), a few more refilled meanwhile.
    expect(empty).toBeGreaterThanOrEqual(150);
    expect(t().logs.some((l) => l.msg === "autocomplete refused by the rate limit")).toBe(true);
  });
});

describe("moderator commands with no admin server configured", () => {
  it("belong to the application's owner alone, who may use them in the DM with the bot", async () => {
    const { server } = t();
    const manager = server.dispatchInteraction(
      server.commandPayload("reload", { permissions: ALL_PERMISSIONS }),
    );
    const refused = await server.interactionAnswer(manager);
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(/only the bot's owner/i);

    const owner = server.dispatchInteraction(
      server.commandPayload("reload", { user: server.owner, in: "dm" }),
    );
    const done = await server.interactionAnswer(owner);
    expect(done.ephemeral).toBe(true);
    expect(done.body.embeds?.[0]?.title).toBe("Knowledge reloaded");
    // The owner was fetched once, whatever the number of moderator commands since.
    const fetches = server.requests.filter(
      (r) => r.method === "GET" && r.path === "/api/v10/applications/@me",
    );
    expect(fetches).toHaveLength(1);
  });
});

describe("one budget for every interaction", () => {
  it("charges /topics, /about and refused moderator commands, so a user who spends it all cannot ask", async () => {
    const { server } = t();
    // Five questions a window are 20 units; each of these costs one.
    const spender = server.createUser("spender");
    const kinds = ["topics", "about", "reload"];
    const light = Array.from({ length: 24 }, (_, i) =>
      server.dispatchInteraction(server.commandPayload(kinds[i % kinds.length] ?? "", { user: spender })),
    );
    const ask = server.ask("who supplies Tajikistan?", { user: spender });
    const answers = await Promise.all(light.map((p) => server.interactionAnswer(p)));
    const refusedReloads = answers.filter((a, i) => i % 3 === 2 && /only the bot's owner/i.test(a.content));
    expect(refusedReloads.length).toBeGreaterThan(0);
    expect(answers.some((a) => /slow down/i.test(a.content))).toBe(true);
    const refused = await ask;
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(/slow down/i);

    // Refused /reload alone spends the budget too.
    const prober = server.createUser("prober");
    for (let i = 0; i < 24; i++) {
      server.dispatchInteraction(server.commandPayload("reload", { user: prober }));
    }
    expect((await server.ask("who supplies Belarus?", { user: prober })).content).toMatch(/slow down/i);

    // Nobody else pays for it.
    expect(embedOf(await server.ask("who supplies Belarus?")).description).toMatch(/Belarus/);
  });
});

/** Every piece of text in a message a user could see. */
function visibleText(body: MessageBody): string {
  const embeds = (body.embeds ?? []).flatMap((e) => [
    e.title,
    e.description,
    e.footer?.text,
    ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
  ]);
  return [body.content, ...embeds].filter((x): x is string => typeof x === "string").join("\n");
}

/** `text` with its inline code spans taken out. */
function outsideCode(text: string): string {
  return text.replace(/`[^`]*`/g, "");
}

describe("a hostile fragment echoed back", () => {
  // A link, a right-to-left override, a zero-width space and @everyone inside a word.
  const hostile = "Who is Vla\u202Edimir\u200B Pu@everyone https://evil.example/login?";

  it("comes back as inline code, without controls, no link and nothing that pings, by /ask and by DM", async () => {
    const { server } = t();
    const answered = await server.ask(hostile);
    const dm = await server.sendDm(hostile, server.createUser("dm-echo"));
    for (const body of [answered.body, dm.body]) {
      const text = visibleText(body);
      expect(text).toMatch(/does not mention `[^`]+`/);
      expect(text).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/);
      expect(text).not.toMatch(/https?:\/\//);
      expect(outsideCode(text)).not.toMatch(/@everyone|"Vladimir/);
      expect(body.allowed_mentions).toMatchObject({ parse: [] });
    }
  });
});
