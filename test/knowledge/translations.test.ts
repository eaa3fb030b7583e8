import { describe, expect, it } from "vitest";
import { editedKnowledge, parseWithArticle } from "../support/knowledge.js";

async function errorsOf(yamlText: string) {
  const result = await parseWithArticle(yamlText);
  if (result.ok) throw new Error("expected the knowledge to be refused");
  return result.errors.map((e) => `${e.where}: ${e.message}`);
}

describe("translations in the knowledge file", () => {
  it("loads a file in English alone, with no Russian anywhere", async () => {
    const text = editedKnowledge((data) => {
      delete data.languages;
      delete data.article.ru;
      for (const list of [data.entities, data.relations, data.facts]) for (const item of list) delete item.ru;
    });
    const result = await parseWithArticle(text);
    expect(result.ok).toBe(true);
    // Without the field, the loaded knowledge says what it means: English alone.
    if (result.ok) expect(result.knowledge.languages).toEqual(["en"]);
  });

  it("reports every missing Russian text, with its place, when the file offers Russian", async () => {
    const errors = await errorsOf(
      editedKnowledge((data) => {
        delete data.article.ru;
        delete data.entities[2].ru;
        delete data.relations[0].ru;
        delete data.facts[3].ru;
        // A fact that says when needs its Russian "when" too.
        const dated = data.facts.findIndex((f: { when?: string }) => f.when);
        delete data.facts[dated].ru.when;
      }),
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /^article \(line \d+\): missing Russian translation: add 'ru:' with title and summary$/,
      ),
      expect.stringMatching(/^entities\[2\] \(line \d+\): missing Russian translation: .*'kyrgyzstan'$/),
      expect.stringMatching(/^relations\[0\] \(line \d+\): missing Russian translation: .*'supplies'$/),
      expect.stringMatching(/^facts\[3\] \(line \d+\): missing Russian translation: .*answer and question/),
      expect.stringMatching(/^facts\[\d+\]\.ru \(line \d+\): missing Russian translation of 'when'/),
    ]);
  });

  it("asks for the Russian /ask description and example when the English ones are given", async () => {
    const errors = await errorsOf(editedKnowledge((data) => delete data.article.ru.ask));
    expect(errors).toEqual([
      expect.stringMatching(/^article\.ru \(line \d+\): missing Russian translation: add 'ru:' with 'ask:'/),
    ]);
    const tooLong = await errorsOf(
      editedKnowledge((data) => (data.article.ask.description = "x".repeat(101))),
    );
    expect(tooLong).toEqual([expect.stringMatching(/^article\.ask\.description .*100 characters/)]);
  });

  it("reports an empty translation where it stands", async () => {
    const errors = await errorsOf(
      editedKnowledge((data) => {
        data.facts[0].ru.answer = "  ";
        data.entities[0].ru.description = "";
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^entities\[0\]\.ru\.description \(line \d+\): must not be empty$/),
        expect.stringMatching(/^facts\[0\]\.ru\.answer \(line \d+\): must not be empty$/),
      ]),
    );
  });

  it("refuses a Russian alias that names another entity, and a Russian word of two relations", async () => {
    const errors = await errorsOf(
      editedKnowledge((data) => {
        data.entities[1].ru.aliases.push("Армении");
        data.relations[1].ru.verbs.push("получать");
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^relations\[1\]\.ru\.verbs\[\d+\].*'получать' is already a word of relation 'supplies'/,
        ),
        // Compared by stem, as questions are: "Армении" is a form of Armenia's own name.
        expect.stringMatching(
          /^entities\[4\]\.ru\.name.*alias collision: 'Армения' and 'Армении' of entity 'kazakhstan'/,
        ),
      ]),
    );
  });

  it("refuses a language it does not know, and a file without English", async () => {
    const unknown = await errorsOf(editedKnowledge((data) => (data.languages = ["en", "xx"])));
    expect(unknown[0]).toMatch(/^languages\[1\].*a language is one of en, ru/);
    const noEnglish = await errorsOf(editedKnowledge((data) => (data.languages = ["ru"])));
    expect(noEnglish[0]).toMatch(/English must be one of the languages/);
  });
});
