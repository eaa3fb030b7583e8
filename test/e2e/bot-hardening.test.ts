// What one hostile user can do to everyone else, against the real bot through the local server.
import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS } from "../support/discord-server/index.js";
import { useBotUnderTest } from "./support/bot.js";

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
