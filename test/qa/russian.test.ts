import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/qa/engine.js";
import type { Engine } from "../../src/qa/types.js";
import { qwertyToCyrillic } from "../../src/text/layout.js";
import { normaliseText } from "../../src/text/normalise.js";
import { scriptOf } from "../../src/text/script.js";
import { stem } from "../../src/text/stem.js";
import { latinToCyrillic } from "../../src/text/transliterate.js";
import { realKnowledge } from "../support/knowledge.js";

describe("Russian text", () => {
  it("keeps Cyrillic words, folds ё to е, and folds a stray Latin look-alike towards the word's script", () => {
    expect(normaliseText("Что получает Белоруссия?")).toBe("что получает белоруссия");
    expect(normaliseText("вертолёты Йошкар-Олы")).toBe("вертолеты йошкар олы");
    expect(normaliseText("пoлучает")).toBe("получает"); // a Latin o
    expect(normaliseText("Аrmеnia")).toBe("armenia"); // a Cyrillic А and е
  });

  it("stems Russian words with the Russian stemmer, English ones with the English", () => {
    expect(stem("поставляет")).toBe(stem("поставлять"));
    expect(stem("supplies")).toBe(stem("supplied"));
  });

  it("reads the wrong keyboard layout and Latin transliteration back into Cyrillic", () => {
    expect(qwertyToCyrillic("rnj gjlgbcfk cjukfitybz")).toBe("кто подписал соглашения");
    expect(qwertyToCyrillic(",jylfhtd")).toBe("бондарев");
    expect(latinToCyrillic("kto postavlyaet tadzhikistanu")).toBe("кто поставляет таджикистану");
    expect(latinToCyrillic("chto poluchaet armeniya")).toBe("что получает армения");
    expect(latinToCyrillic("kto vozglavlyaet FSVTS")).toBe("кто возглавляет фсвтс");
    // An initialism typed in lower case has no vowel: its "ts" is two letters, its "zh" one.
    expect(latinToCyrillic("glava fsvts")).toBe("глава фсвтс");
    expect(latinToCyrillic("ptz")).toBe("птз");
    expect(latinToCyrillic("otets")).toBe("отец");
  });

  it("tells the script of a text", () => {
    expect(scriptOf("кто")).toBe("cyrillic");
    expect(scriptOf("who")).toBe("latin");
    expect(scriptOf("что получает Kazakhstan")).toBe("mixed");
    expect(scriptOf("?!")).toBe("none");
  });
});

describe("Russian questions", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine(await realKnowledge());
  });

  it.each([
    ["что получает армения", /запасные части/],
    ["кто поставляет казахстану ракеты", /Россия поставляет Казахстану зенитные ракетные системы/],
    ["что получает Kazakhstan", /зенитные ракетные системы/],
    ["chto poluchaet kirgiziya", /системы связи/],
    ["xnj gjkexftn nfl;brbcnfy", /авиацию и зенитную ракетную технику/],
  ])("%s", (question, expected) => {
    const answer = engine.answer(question);
    expect(answer.answered).toBe(true);
    expect(answer.language).toBe("ru");
    expect(answer.text).toMatch(expected);
    // The evidence stays the article's own English words.
    expect(answer.evidence.join(" ")).toMatch(/supply|provision/);
  });

  it("keeps the sides of a relation apart by case endings", () => {
    expect(engine.answer("что поставляет россия").text).toMatch(/Казахстану/);
    expect(engine.answer("что армения поставляет россии").answered).toBe(false);
  });

  it("refuses in Russian what the article does not say, naming a country it never mentions", () => {
    const answer = engine.answer("кто президент узбекистана");
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/^В статье не упоминается Узбекистан\./);
  });

  it("answers in the language asked for, and in the fallback when the question does not tell", () => {
    expect(engine.answer("kto postavlyaet armenii", { language: "en" }).language).toBe("en");
    expect(engine.answer("who supplies Armenia", { language: "ru" }).text).toMatch(/Армении/);
    expect(engine.answer("42", { fallback: "ru" }).language).toBe("ru");
    expect(engine.languageOf("who supplies Armenia")).toBe("en");
  });

  it("answers questions about the article as a whole: its summary, and every name of a kind", () => {
    expect(engine.answer("о чем статья")).toMatchObject({ answered: true, language: "ru" });
    expect(engine.answer("о чем статья").text).toMatch(/ПВО СНГ/);
    const countries = engine.answer("сколько всего стран упоминается в статье");
    expect(countries.text).toMatch(/^Статья называет 6: /);
    expect(engine.answer("what is the article about").text).toMatch(/Joint CIS Air Defense System/);
  });

  it("counts only the side of the verb the counted kind stands on", () => {
    expect(engine.answer("сколько стран получают запчасти").text).toMatch(
      /^Статья называет 2: Армения и Белоруссия\./,
    );
    expect(engine.answer("how many countries get spare parts").text).toMatch(
      /^The article names two: Armenia and Belarus\./,
    );
  });

  it("reads what-for questions as asking a fact's reason", () => {
    expect(engine.answer("зачем подписали соглашения").text).toMatch(
      /^Согласно статье: чтобы улучшить взаимодействие/,
    );
    expect(engine.answer("чему служат подписанные соглашения").answered).toBe(true);
    // "Для чего запчасти" asks what they are for, which the fact itself says.
    expect(engine.answer("для чего запчасти армении").text).toMatch(/для техники ПВО/);
  });

  it("splits a Russian message into its questions, and reads он as a country too", () => {
    const answer = engine.answer("что получает таджикистан и подписал ли он соглашение");
    expect(answer.text).toMatch(/Таджикистану авиацию/);
    expect(answer.text).toMatch(/\n\nНет\. С Киргизией и Таджикистаном/);
    expect(engine.answer("кто такой шугаев и когда он выступил").text).toMatch(
      /военно-техническому[\s\S]*воскресенье/,
    );
  });

  it("asks yes or no with a statement typed without a question mark, and a kind beside a name", () => {
    expect(engine.answer("таджикистан получает самолеты").verdict).toBe("yes");
    expect(engine.answer("киргизия получает самолеты").verdict).toBe("no");
    expect(engine.answer("бондарев генерал?").verdict).toBe("yes");
  });

  it("reads a verb that speaks to the bot as a request, not the relation asked", () => {
    expect(engine.answer("это хорошо или плохо как думаешь").answered).toBe(false);
    expect(engine.answer("что думаешь о поставках армении").text).toMatch(/Армении запасные части/);
  });

  it('puts a name after "с" (with) on either side of the relation', () => {
    expect(engine.answer("какое издание опубликовало интервью с бондаревым").text).toMatch(/Красной звезде/);
  });

  it("reads a relation's noun before a name as the one who holds it", () => {
    expect(engine.answer("в какой день выступил глава фсвтс").text).toMatch(/воскресенье/);
    expect(engine.answer("как зовут главкома вкс").text).toMatch(/Виктор Бондарев/);
  });

  it("keeps a language asked for through a conversation's follow-ups", () => {
    const first = engine.converse("who supplies Armenia", undefined, { language: "ru" });
    expect(first.answer.text).toMatch(/Армении/);
    const next = engine.converse("and Belarus?", first.turn, { language: "ru" });
    expect(next.answer).toMatchObject({ answered: true, language: "ru" });
    expect(next.answer.text).toMatch(/Белорусси/);
    const english = engine.converse("кто поставляет армении", undefined, { language: "en" });
    const after = engine.converse("а белоруссии?", english.turn, { language: "en" });
    expect(after.answer).toMatchObject({ answered: true, language: "en" });
    expect(after.answer.text).toMatch(/Belarus/);
  });

  it("suggests Russian questions for Russian text, English ones for English text", () => {
    expect(engine.suggest("поставляет", 5).every((q) => /\p{Script=Cyrillic}/u.test(q))).toBe(true);
    expect(engine.suggest("supplies", 5).every((q) => !/\p{Script=Cyrillic}/u.test(q))).toBe(true);
  });

  it("groups topics with Russian titles and names", () => {
    const countries = engine.topics("ru").find((g) => g.type === "country");
    expect(countries?.title).toBe("Страны");
    expect(countries?.names).toContain("Киргизия");
  });
});
