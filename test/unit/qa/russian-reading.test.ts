import { beforeAll, describe, expect, it } from "vitest";
import type { Entity } from "../../../src/knowledge/schema.js";
import { russian } from "../../../src/qa/lang/ru.js";
import { buildShortForms } from "../../../src/qa/short-forms.js";
import { buildSpellingCorrector } from "../../../src/qa/spelling.js";
import type { Engine } from "../../../src/qa/types.js";
import { bakeryEngine } from "./bakery.js";

let engine: Engine;
beforeAll(async () => {
  engine = await bakeryEngine();
});
const ask = (q: string) => engine.answer(q);

describe("Russian reading, from a made-up article", () => {
  it("answers in English a question that asks how a name is said in English", () => {
    for (const q of [
      "как по-английски утренний колокол",
      "утренний колокол как на англ переводится",
      "как будет утренний колокол на английском",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/Utrenniy Kolokol/);
      expect(a.language, q).toBe("en");
    }
    // Without a language asked, the answer stays Russian.
    expect(ask("что такое утренний колокол").language).toBe("ru");
    // A refusal stays in the question's language.
    expect(ask("как по-английски путин").language).toBe("ru");
  });

  it("reads a verb of going with a dative as whom the thing goes to", () => {
    const a = ask("кому пойдет ржаной хлеб");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/школу «Дуб»/);
  });

  it("reads a colloquial verb of receiving as the plain one ('перепадёт' as 'достанется')", () => {
    const a = ask("школе чо перепадет");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/ржаной хлеб/);
  });

  it("reads 'идёт' beside 'кому' as whom the thing goes to, and alone as nothing of the kind", () => {
    for (const q of ["ржаной хлеб кому идет", "кому идут rye bread"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/школу «Дуб»/);
    }
  });

  it("reads a statement closed by 'или как' / 'или нет' as a yes/no question", () => {
    for (const q of ["школа дуб получает хлеб или как", "школа дуб получает хлеб или нет"]) {
      const a = ask(q);
      expect(a.verdict, q).toBe("yes");
    }
    // A question word earlier in the question keeps its own question.
    expect(ask("кто получает хлеб или как").verdict).toBeNull();
  });

  it("answers a wh-question that ends with a guess the article never names ('..., Китай?')", () => {
    for (const q of ["кто руководит пекарней, китай?", "who runs the bakery, china?"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/Соколов|Sokolov/);
    }
    // The same name where the question itself uses it still finds nothing.
    expect(ask("кто отправляет хлеб в китай?").answered).toBe(false);
  });

  it("finds a relation's verb in its other aspect ('отправила' for 'отправлять', 'упоминал')", () => {
    expect(russian.verbForms?.("упомянуть")).toEqual(expect.arrayContaining(["упоминать", "упоминал"]));
    const a = ask("пекарня отправила хлеб в школу?");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/школу «Дуб»/);
  });

  it("reads a question mark followed by an emoji as the question's end", () => {
    expect(ask("пекарня отправила хлеб в школу? 🤔").verdict).toBe("yes");
  });

  it("reads money in any case as a figure asked, which an article without figures does not give", () => {
    const words = ["школа", "получает", "больше", "по", "деньгам", "чем", "пекарня"];
    expect(russian.readAsked?.(words, `${words.join(" ")}?`)?.asked).toBe("quantity");
    expect(ask("школа получает больше по деньгам чем пекарня?").answered).toBe(false);
  });

  it("reads a name right after a relation's noun as what the noun is of ('глава «Рассвета»')", () => {
    const roles = (q: string) =>
      (engine.explain(q).analysis as { mentions: { entity: string; role: string }[] }).mentions;
    expect(roles("соколов глава рассвета?")).toContainEqual(
      expect.objectContaining({ entity: "sunrise", role: "object" }),
    );
    // A person, who never is what a head heads, stays beside the noun as its holder.
    expect(roles("глава соколов?")).not.toContainEqual(
      expect.objectContaining({ entity: "sokolov", role: "object" }),
    );
  });

  it("finds a relation's phrase of two words in either order", () => {
    for (const q of ["кто брал интервью у соколова", "кто интервью брал у соколова"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/Утреннему колоколу/);
    }
  });

  it("reads 'whose article is this' as who published it", () => {
    for (const q of ["чья это статья", "чей это материал", "whose article is this"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/Town Herald/);
    }
    expect(ask("кто в статье").answered).toBe(false);
  });

  it("reads 'из какого города' as the knowledge's kind of town, in whichever case", () => {
    for (const q of ["рассвет из какого города", "в каком городе находится рассвет"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/Пайнгроув/);
    }
  });

  it("conjugates 'дать' with a prefix, and verbs in -авать, as their stems change", () => {
    expect(russian.verbForms?.("продать")).toEqual(expect.arrayContaining(["продадут", "продаст"]));
    expect(russian.verbForms?.("издавать")).toEqual(expect.arrayContaining(["издает", "издают", "издавал"]));
    expect(russian.verbForms?.("издавать")).not.toContain("издавает");
  });

  it("knows the past tense of a verb in -сти ('изобрёл' for 'изобрести')", () => {
    expect(russian.verbForms?.("изобрести")).toEqual(expect.arrayContaining(["изобрел", "изобрели"]));
    const a = ask("кто изобрел ржаной рецепт");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Иван Соколов/);
  });

  it("corrects a word with one letter changed inside it ('бандарев', 'bandarev')", () => {
    const spelling = buildSpellingCorrector(["бондарев", "bondarev", "колокол"]);
    expect(spelling.correct("бандарев")).toBe("бондарев");
    expect(spelling.correct("bandarev")).toBe("bondarev");
    expect(spelling.correct("бондорев")).toBe("бондарев");
    // Two letters changed in a word of eight are too many.
    expect(spelling.correct("бандорев")).toBeUndefined();
    expect(ask("кто такой саколов").text).toMatch(/Иван Соколов/);
  });

  it("reads 'куда' beside a verb as whom the thing goes to", () => {
    const a = ask("куда отправляют ржаной хлеб");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/школу «Дуб»/);
  });

  it("reads 'откуда' beside a verb or a holder as who gives the thing", () => {
    for (const q of ["откуда школа получает хлеб", "откуда у школы хлеб"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/пекарня «Рассвет» отправляет/i);
    }
  });

  it("reads a verbless yes/no question about a relation's noun as English reads one with 'is'", () => {
    // "Фото от Рейтер?" is "is the photo from Reuters?": the same reading reaches the same verdicts.
    const copular = (q: string) => (engine.explain(q).analysis as { copular: boolean }).copular;
    expect(copular("is the owner from reuters?")).toBe(true);
    expect(copular("владелец из рейтер?")).toBe(true);
    expect(copular("соколов руководит пекарней?")).toBe(false);
  });

  it("reads the article's own verb after or before its name as asking nothing ('каких людей называет статья')", () => {
    for (const q of ["каких людей называет статья", "каких людей статья называет", "перечисли людей"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/Иван Соколов/);
    }
  });

  it("reads 'как называется' as asking a name, even where 'называть' is a relation's verb", () => {
    expect(ask("как называется статья").text).toMatch(/Пекарня «Рассвет» и её хлеб/);
    expect(ask("как называется газета").text).toMatch(/Утренний колокол|Town Herald/);
  });

  it("makes no initialism of a name that is a word of chat ('спс' for thanks)", () => {
    const entity = (id: string, name: string) =>
      ({ id, type: "system", name, aliases: [] }) as unknown as Entity;
    const forms = buildShortForms(
      [entity("s", "система ПВО СНГ"), entity("k", "координационный комитет СНГ")],
      russian,
    );
    expect(forms.aliases.get("s") ?? []).not.toContain("СПС");
    expect(forms.aliases.get("k")).toContain("ККС");
  });
});

describe("a phrase pointing back at the conversation", () => {
  it("reads 'по этой теме' as no words, so a yes/no question keeps its verdict", () => {
    const q = "пекарня рассвет отправляет хлеб в школу дуб по этой теме?";
    const { analysis } = engine.explain(q) as { analysis: { words: string[] } };
    expect(analysis.words).not.toContain("теме");
    expect(engine.answer(q).verdict).toBe("yes");
  });
});

describe("a verb's two aspects", () => {
  it("stems both aspects alike", () => {
    expect(russian.stem("рассказывал")).toBe(russian.stem("рассказал"));
    expect(russian.stem("подписывают")).toBe(russian.stem("подписали"));
  });
});
