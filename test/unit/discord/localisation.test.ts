import { beforeAll, describe, expect, it } from "vitest";
import ask from "../../../src/discord/commands/ask.js";
import { COMMANDS, commandRegistrations } from "../../../src/discord/commands/index.js";
import topics from "../../../src/discord/commands/topics.js";
import { createInteractionHandler } from "../../../src/discord/handlers/interactions.js";
import { createMessageHandler } from "../../../src/discord/handlers/messages.js";
import { createEngine } from "../../../src/qa/engine.js";
import type { AnswerService } from "../../../src/service/answer-service.js";
import { realKnowledge } from "../../support/knowledge.js";
import { BOT_ID, fakeInteraction, fakeMessage, makeContext, makeService } from "./fixtures.js";

let service: AnswerService;
beforeAll(async () => {
  const knowledge = await realKnowledge();
  service = makeService({ knowledge, makeEngine: createEngine });
});

// Discord's rule for command and option names: lower case letters of any script, digits, - and _.
const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

describe("command localisations", () => {
  // Every command, as registered to a development server and as registered globally.
  const definitions = [
    { guildId: "500000000000000001", adminGuildIds: [] },
    { guildId: undefined, adminGuildIds: [] },
  ].flatMap((config) => commandRegistrations(config).flatMap((r) => r.body));

  it("give every command and option a Russian and a Ukrainian name and description", () => {
    expect(definitions.length).toBe(COMMANDS.length * 2);
    for (const command of definitions) {
      for (const part of [command, ...(command.options ?? [])]) {
        for (const locale of ["ru", "uk"] as const) {
          const name = part.name_localizations?.[locale];
          const description = part.description_localizations?.[locale];
          expect(name, `${command.name}/${part.name} in ${locale}`).toMatch(NAME);
          expect(description?.length, `${command.name}/${part.name} in ${locale}`).toBeGreaterThan(0);
          expect(description?.length ?? 0).toBeLessThanOrEqual(100);
        }
        expect(part.name_localizations?.ru).toMatch(/\p{Script=Cyrillic}/u);
      }
    }
  });

  it("describe /ask by the knowledge file's article, in English and Russian, with its example question", async () => {
    const { article } = await realKnowledge();
    const [registration] = commandRegistrations({ guildId: undefined, adminGuildIds: [] }, COMMANDS, article);
    const body = registration?.body.find((c) => c.name === "ask");
    expect(body?.description).toBe(article.ask?.description);
    expect(body?.description_localizations?.ru).toBe(article.ru?.ask?.description);
    const question = body?.options?.find((o) => o.name === "question");
    expect(question?.description).toBe(`Your question, e.g. ${article.ask?.example}`);
    expect(question?.description_localizations?.ru).toBe(`Ваш вопрос, например: ${article.ru?.ask?.example}`);
    // Ukrainian, which the file does not offer, keeps the catalogue's generic words.
    expect(body?.description_localizations?.uk).toBe("Поставити питання про статтю");
    for (const text of [body?.description, question?.description, question?.description_localizations?.ru])
      expect(text?.length ?? 0).toBeLessThanOrEqual(100);
    // Without the file's words, and for the other commands, nothing names any article.
    const generic = definitions.find((c) => c.name === "ask");
    expect(generic?.description).toBe("Ask a question about the article");
    expect(body?.options?.find((o) => o.name === "private")).toEqual(
      generic?.options?.find((o) => o.name === "private"),
    );
  });

  it("keep localised option names unique within a command", () => {
    for (const command of definitions) {
      for (const locale of ["ru", "uk"] as const) {
        const names = (command.options ?? []).map((o) => o.name_localizations?.[locale]);
        expect(new Set(names).size).toBe(names.length);
      }
    }
  });
});

describe("replies in the reader's language", () => {
  it("answers a Russian question in Russian, quoting the article's English words", async () => {
    const { asInteraction, sent } = fakeInteraction({ options: { question: "что получает армения" } });
    await ask.execute(asInteraction, makeContext({ service }));
    const embed = sent[0]?.payload.embeds[0];
    expect(embed.description).toMatch(/Россия поставляет Армении запасные части/);
    expect(embed.description).toMatch(/> .*spare parts and equipment for air defense equipment/);
    expect(embed.footer.text).toMatch(/^Источник: Sputnik, «/);
  });

  it("answers an English question in English even for a Russian-speaking user", async () => {
    const { asInteraction, sent } = fakeInteraction({
      locale: "ru",
      options: { question: "what does Armenia receive?" },
    });
    await ask.execute(asInteraction, makeContext({ service }));
    expect(sent[0]?.payload.embeds[0].description).toMatch(/^Russia supplies spare parts/);
  });

  it("falls back on the interaction's locale when the question does not tell", async () => {
    const { asInteraction, sent } = fakeInteraction({ locale: "uk", options: { question: "   " } });
    await ask.execute(asInteraction, makeContext({ service }));
    expect(sent[0]?.payload.content).toMatch(/^Задайте мне вопрос о статье «Командующий ВКС/);
  });

  it("says 'the article does not say' in Russian, with Russian suggestions", async () => {
    const { asInteraction, sent } = fakeInteraction({ options: { question: "кто президент узбекистана" } });
    await ask.execute(asInteraction, makeContext({ service }));
    const payload = sent[0]?.payload;
    expect(payload.embeds[0].title).toBe("В статье об этом не сказано");
    expect(payload.embeds[0].description).toMatch(/В статье не упоминается Узбекистан/);
    const labels = payload.components.flatMap((row: { components: { label: string }[] }) =>
      row.components.map((b) => b.label),
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/\p{Script=Cyrillic}/u);
  });

  it("lists /topics in Russian for a Russian-speaking user", async () => {
    const { asInteraction, sent } = fakeInteraction({ commandName: "topics", locale: "ru" });
    await topics.execute(asInteraction, makeContext({ service }));
    const embed = sent[0]?.payload.embeds[0];
    expect(embed.title).toBe("О чём можно спросить");
    expect(embed.fields.map((f: { name: string }) => f.name)).toContain("Страны (6)");
    expect(embed.fields.find((f: { name: string }) => f.name.startsWith("Страны")).value).toContain(
      "Казахстан",
    );
  });

  it("suggests Russian questions for Russian text in autocomplete", async () => {
    const { asInteraction, sent } = fakeInteraction({ kind: "autocomplete", focused: "что получает" });
    await ask.autocomplete?.(asInteraction, makeContext({ service }));
    const choices = sent[0]?.payload as { name: string }[];
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) expect(choice.name).toMatch(/\p{Script=Cyrillic}/u);
  });

  it("tells a hurried Russian speaker to slow down in Russian", async () => {
    const ctx = makeContext({ service, rateLimit: { count: 1, windowSeconds: 60 } });
    const handle = createInteractionHandler(ctx, new Map(COMMANDS.map((c) => [c.data.name, c])));
    const first = fakeInteraction({ locale: "ru", options: { question: "кто поставляет казахстану" } });
    const second = fakeInteraction({ locale: "ru", options: { question: "кто поставляет казахстану" } });
    await handle(first.asInteraction);
    await handle(second.asInteraction);
    expect(second.sent[0]?.payload.content).toMatch(/^Слишком много вопросов сразу/);
  });

  it("replies to a Russian direct message in Russian", async () => {
    const handle = createMessageHandler(makeContext({ service }), () => BOT_ID);
    const { asMessage, replies } = fakeMessage({ content: "кто возглавляет ВКС", inGuild: false });
    await handle(asMessage);
    expect(replies[0].embeds[0].description).toMatch(/Бондарев/);
  });
});
