import { embedLength } from "discord.js";
import { describe, expect, it } from "vitest";
import ask from "../../../src/discord/commands/ask.js";
import { loadCommands } from "../../../src/discord/commands/index.js";
import { createInteractionHandler } from "../../../src/discord/handlers/interactions.js";
import { LIMITS } from "../../../src/discord/limits.js";
import { QUESTION_PREFIX } from "../../../src/discord/question-buttons.js";
import type { MessagePayload } from "../../../src/discord/reply.js";
import { MemoryRateLimiter } from "../../../src/service/memory-rate-limiter.js";
import { autocompleteBudget, questionBudget } from "../../../src/service/rate-limiter.js";
import { fact, fakeInteraction, isEphemeral, makeContext, makeKnowledge, makeService } from "./fixtures.js";

function buttonsOf(payload: MessagePayload): { label: string; custom_id: string }[] {
  return payload.components.flatMap((row) =>
    row.components.map((b) => ({ label: b.label ?? "", custom_id: b.custom_id })),
  );
}

describe("/ask", () => {
  it("answers with the answer, the evidence as a quote, the source in the footer and related-question buttons", async () => {
    const ctx = makeContext();
    const { asInteraction, sent } = fakeInteraction({ options: { question: "who supplies Tajikistan?" } });
    await ask.execute(asInteraction, ctx);

    expect(sent).toHaveLength(1);
    const { method, payload } = sent[0]!;
    expect(method).toBe("reply");
    expect(isEphemeral(payload)).toBe(false);
    const embed = payload.embeds[0];
    expect(embed.description).toContain("Russia supplies Tajikistan.");
    expect(embed.description).toContain("> the supply of aircraft to Tajikistan");
    expect(embed.footer.text).toContain("Sputnik");
    expect(embed.footer.text).toContain("Test article on air defense");
    const buttons = buttonsOf(payload);
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.length).toBeLessThanOrEqual(3);
    expect(buttons.map((b) => b.label)).not.toContain("Who supplies Tajikistan?");
    for (const b of buttons)
      expect(ctx.questionButtons.decode(b.custom_id)).toEqual({ kind: "question", question: b.label });
  });

  it("answers privately when private is true", async () => {
    const { asInteraction, sent } = fakeInteraction({
      options: { question: "who supplies Armenia?", private: true },
    });
    await ask.execute(asInteraction, makeContext());
    expect(isEphemeral(sent[0]!.payload)).toBe(true);
    expect(sent[0]!.payload.embeds[0].description).toContain("Russia supplies Armenia.");
  });

  it("says plainly when the article does not say, and offers did-you-mean buttons", async () => {
    const { asInteraction, sent } = fakeInteraction({
      options: { question: "what is the weather in Paris?" },
    });
    await ask.execute(asInteraction, makeContext());
    const payload = sent[0]!.payload;
    expect(payload.embeds[0].title).toMatch(/does not say/i);
    expect(payload.embeds[0].description).toMatch(/did you mean/i);
    expect(buttonsOf(payload).map((b) => b.label)).toEqual([
      "Who supplies Tajikistan?",
      "Who supplies Kazakhstan?",
      "Who supplies Armenia?",
    ]);
  });

  it("never lets a question ping anyone", async () => {
    const { asInteraction, sent } = fakeInteraction({
      options: { question: "@everyone <@&123456789012345678> Tajikistan?" },
    });
    await ask.execute(asInteraction, makeContext());
    expect(sent[0]!.payload.allowedMentions).toEqual({ parse: [] });
  });

  it("clamps a 100,000-character answer and evidence to Discord's limits", async () => {
    const huge = `${"word ".repeat(20_000)}end.`;
    const knowledge = makeKnowledge([fact("huge-tajikistan", "Who supplies Tajikistan?", huge, huge)]);
    const service = makeService({ knowledge });
    const { asInteraction, sent } = fakeInteraction({
      options: { question: `${"Tajikistan ".repeat(30)}?` },
    });
    await ask.execute(asInteraction, makeContext({ service }));
    const embed = sent[0]!.payload.embeds[0];
    expect(embed.description.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.description.endsWith("…")).toBe(true);
    expect(embed.description).toContain("> word");
    expect(embed.title.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedsTotal);
  });

  it("keeps button labels within 80 and custom ids within 100 characters, whatever the suggestion", async () => {
    const long = `Who supplies ${"very ".repeat(40)}distant Tajikistan?`;
    const knowledge = makeKnowledge([
      fact("a-armenia", "Who supplies Armenia?", "Russia.", "Armenia"),
      fact("b-long", long, "Russia.", "Tajikistan"),
    ]);
    const ctx = makeContext({ service: makeService({ knowledge }) });
    const { asInteraction, sent } = fakeInteraction({ options: { question: "Armenia?" } });
    await ask.execute(asInteraction, ctx);
    const [button] = buttonsOf(sent[0]!.payload);
    expect(button!.label.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
    expect(button!.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
    expect(ctx.questionButtons.decode(button!.custom_id)).toEqual({ kind: "question", question: long });
  });

  it("refuses politely and privately past the rate limit, saying when to try again", async () => {
    const ctx = makeContext({ rateLimit: { count: 2, windowSeconds: 10 } });
    const handler = createInteractionHandler(ctx, loadCommands());
    const sends = [];
    for (let i = 0; i < 3; i++) {
      const { asInteraction, sent } = fakeInteraction({ options: { question: "who supplies Belarus?" } });
      await handler(asInteraction);
      sends.push(sent[0]!.payload);
    }
    expect(sends[0].embeds).toHaveLength(1);
    expect(sends[1].embeds).toHaveLength(1);
    expect(sends[2].embeds).toHaveLength(0);
    // Two questions per 10 s: one comes back every 5 s.
    expect(sends[2].content).toMatch(/slow down.*try again in 5 s/i);
    expect(isEphemeral(sends[2])).toBe(true);
    // Another user is not affected.
    const other = fakeInteraction({
      userId: "100000000000000002",
      options: { question: "who supplies Belarus?" },
    });
    await handler(other.asInteraction);
    expect(other.sent[0]!.payload.embeds).toHaveLength(1);
  });

  it("counts a blank question against the limit, so blanks cannot be sent without end", async () => {
    const handler = createInteractionHandler(
      makeContext({ rateLimit: { count: 2, windowSeconds: 10 } }),
      loadCommands(),
    );
    const contents = [];
    for (const question of ["   ", "   ", "who supplies Belarus?"]) {
      const { asInteraction, sent } = fakeInteraction({ options: { question } });
      await handler(asInteraction);
      expect(isEphemeral(sent[0]!.payload)).toBe(true);
      contents.push(sent[0]!.payload.content);
    }
    expect(contents[0]).toMatch(/Ask me a question/);
    expect(contents[1]).toMatch(/Ask me a question/);
    expect(contents[2]).toMatch(/slow down/i);
  });

  it("is defined with a required autocompleted question of at most 300 characters and a private flag", () => {
    const json = ask.data.toJSON();
    const [question, priv] = json.options ?? [];
    expect(question).toMatchObject({ name: "question", required: true, autocomplete: true, max_length: 300 });
    expect(priv).toMatchObject({ name: "private", type: 5 });
  });
});

describe("one budget for every request", () => {
  const contentOf = (sent: { payload: { content?: string } }[]) => sent[0]?.payload.content ?? "";

  it("charges /topics and /about a quarter of a question, so they are not free", async () => {
    const handler = createInteractionHandler(
      makeContext({ rateLimit: { count: 1, windowSeconds: 10 } }),
      loadCommands(),
    );
    const replies: string[] = [];
    for (const commandName of ["topics", "about", "topics", "about", "topics"]) {
      const { asInteraction, sent } = fakeInteraction({ commandName });
      await handler(asInteraction);
      replies.push(contentOf(sent));
    }
    expect(replies.slice(0, 4).every((r) => !/slow down/i.test(r))).toBe(true);
    expect(replies[4]).toMatch(/slow down/i);
  });

  it("charges a related-question button as a question", async () => {
    const handler = createInteractionHandler(
      makeContext({ rateLimit: { count: 1, windowSeconds: 10 } }),
      loadCommands(),
    );
    const press = () =>
      fakeInteraction({ kind: "button", customId: `${QUESTION_PREFIX}Who supplies Kazakhstan?` });
    const first = press();
    await handler(first.asInteraction);
    const second = press();
    await handler(second.asInteraction);
    expect(first.sent[0]!.payload.embeds).toHaveLength(1);
    expect(contentOf(second.sent)).toMatch(/slow down/i);
    expect(isEphemeral(second.sent[0]!.payload)).toBe(true);
  });

  it("gives autocomplete its own budget: over it, no choices, and questions are untouched", async () => {
    // A clock that stands still: on a slow machine the real one refilled the budget mid-test.
    const still = () => 0;
    const ctx = {
      ...makeContext({ rateLimit: { count: 1, windowSeconds: 10 } }),
      rateLimiter: new MemoryRateLimiter({ limit: questionBudget(1), windowMs: 10_000, now: still }),
      autocompleteLimiter: new MemoryRateLimiter({
        limit: autocompleteBudget(1),
        windowMs: 10_000,
        now: still,
      }),
    };
    const handler = createInteractionHandler(ctx, loadCommands());
    const choices: unknown[][] = [];
    for (let i = 0; i < 10; i++) {
      const { asInteraction, sent } = fakeInteraction({ kind: "autocomplete", focused: "who" });
      await handler(asInteraction);
      choices.push(sent[0]!.payload);
    }
    expect(choices[0]!.length).toBeGreaterThan(0);
    expect(choices.slice(0, autocompleteBudget(1)).every((c) => c.length > 0)).toBe(true);
    expect(choices.slice(autocompleteBudget(1))).toEqual(Array(10 - autocompleteBudget(1)).fill([]));
    expect(choices.at(-1)).toEqual([]);
    const { asInteraction, sent } = fakeInteraction({ options: { question: "who supplies Belarus?" } });
    await handler(asInteraction);
    expect(sent[0]!.payload.embeds).toHaveLength(1);
  });
});

describe("related-question buttons", () => {
  it("answer the question the button carries", async () => {
    const ctx = makeContext();
    const handler = createInteractionHandler(ctx, loadCommands());
    const { asInteraction, sent } = fakeInteraction({
      kind: "button",
      customId: `${QUESTION_PREFIX}Who supplies Kazakhstan?`,
    });
    await handler(asInteraction);
    expect(sent[0]!.payload.embeds[0].description).toContain("Russia supplies Kazakhstan.");
    expect(isEphemeral(sent[0]!.payload)).toBe(false);
    expect(sent[0]!.payload.allowedMentions).toEqual({ parse: [] });
  });

  it("answer privately under a private answer", async () => {
    const handler = createInteractionHandler(makeContext(), loadCommands());
    const { asInteraction, sent } = fakeInteraction({
      kind: "button",
      customId: `${QUESTION_PREFIX}Who supplies Kazakhstan?`,
      messageFlags: 64,
    });
    await handler(asInteraction);
    expect(isEphemeral(sent[0]!.payload)).toBe(true);
  });

  it("say so when a long question's button has expired", async () => {
    const handler = createInteractionHandler(makeContext(), loadCommands());
    const { asInteraction, sent } = fakeInteraction({ kind: "button", customId: "askref:zz" });
    await handler(asInteraction);
    expect(sent[0]!.payload.content).toMatch(/expired/);
    expect(isEphemeral(sent[0]!.payload)).toBe(true);
  });
});

describe("autocomplete on question", () => {
  it("offers at most 25 choices of at most 100 characters, from memory", async () => {
    const facts = Array.from({ length: 40 }, (_, i) =>
      fact(`f-${i}`, `Question ${i} ${"about the supply ".repeat(i % 2 === 0 ? 2 : 6)}?`, "A.", "E."),
    );
    const ctx = makeContext({ service: makeService({ knowledge: makeKnowledge(facts) }) });
    const handler = createInteractionHandler(ctx, loadCommands());
    const { asInteraction, sent } = fakeInteraction({ kind: "autocomplete", focused: "question" });
    await handler(asInteraction);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe("respond");
    const choices = sent[0]!.payload as { name: string; value: string }[];
    // The engine offers 25; the questions too long to be submitted whole are left out.
    expect(choices.map((c) => c.value)).toEqual(
      facts
        .slice(0, 25)
        .map((f) => f.question)
        .filter((q) => q.length <= 100),
    );
    for (const c of choices) expect(c.name).toBe(c.value);
  });

  it("offers a default list when nothing is typed", async () => {
    const handler = createInteractionHandler(makeContext(), loadCommands());
    const { asInteraction, sent } = fakeInteraction({ kind: "autocomplete", focused: "" });
    await handler(asInteraction);
    expect((sent[0]!.payload as unknown[]).length).toBe(4);
  });
});
