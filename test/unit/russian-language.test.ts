import { stemmer } from "@orama/stemmers/russian";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/qa/engine.js";
import { russian } from "../../src/qa/lang/ru.js";
import type { Cue, Mention } from "../../src/qa/question.js";
import type { Engine } from "../../src/qa/types.js";
import { isRussianWord } from "../../src/text/russian-dictionary.js";
import { stem } from "../../src/text/stem.js";
import { realKnowledge } from "../support/knowledge.js";

/** The side the Russian module gives the name at `at` in `text`, with the relation's verb at `verbAt`. */
function roleIn(text: string, at: number, verbAt: number, kind: Cue["kind"] = "verb") {
  const words = text.split(" ");
  const mention: Mention = { entity: "x", start: at, end: at + 1, role: "any" };
  const cue: Cue = { relation: "supplies", kind, position: verbAt, passive: false };
  return russian.readRole?.(mention, words, [cue], { canStand: () => true });
}

describe("Russian grammar: number", () => {
  it("reads a singular name beside a plural verb as the verb's object", () => {
    // "Чем снабжают Таджикистан": they supply Tajikistan, which is no subject of "снабжают".
    expect(roleIn("чем снабжают таджикистан", 2, 1)).toBe("object");
    expect(roleIn("что поставляет таджикистан", 2, 1)).toBe("subject");
  });

  it("keeps names joined by и, and a count's genitive, as the subject of a plural verb", () => {
    expect(roleIn("что получают армения и белоруссия", 2, 1, "inverse")).toBe("object");
    expect(roleIn("сколько стран получают запчасти", 1, 2, "inverse")).toBe("object");
  });

  it("reads a name in an oblique case of '-ь' or '-ия' as no subject, joined or not", () => {
    // "Что дают Нарви": they give to Narv, whose "-и" is no nominative plural, as a common noun's may be.
    expect(roleIn("что дают нарви", 2, 1)).toBe("object");
    expect(roleIn("альмерии и нарви что дают", 2, 4)).toBe("object");
    expect(roleIn("что дают альмерии", 2, 1)).toBe("object");
  });

  it("reads a plural question word beside a singular verb as the verb's object", () => {
    // "Какие системы получает Киргизия": Kyrgyzstan gets, so it is the receiving side.
    expect(roleIn("какие системы получает киргизия", 3, 2, "inverse")).toBe("object");
    // "Какие страны получают ...": the question word is the subject, so the name is not.
    expect(roleIn("какие страны получают ракеты от россии", 5, 2, "inverse")).toBe("subject");
  });
});

describe("Russian questions: number, the implied copula and models", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine(await realKnowledge());
  });

  it("answers what a name receives when the verb is an impersonal plural", () => {
    expect(engine.answer("чем снабжают таджикистан").text).toMatch(/Таджикистану авиацию/);
    expect(engine.answer("какие системы получает киргизия").text).toMatch(/системы связи/);
  });

  it("does not say yes when a name and a noun no fact gives it stand side by side", () => {
    const answer = engine.answer("бондарев министр обороны?");
    expect(answer.verdict).not.toBe("yes");
    expect(answer.text).not.toMatch(/^Да/);
    // A kind or a relation's noun that the facts do give still says yes.
    expect(engine.answer("армения член одкб?").verdict).toBe("yes");
  });

  it("reads a model word before a name in the genitive as asking which model", () => {
    expect(engine.answer("какие модели самолетов получит таджикистан").answered).toBe(false);
  });
});

describe("Russian words and names", () => {
  it("tells a name of the dictionary from an ordinary word its stem also matches", () => {
    // "Путин" is no genitive plural of "путина"; "путину" is his dative.
    expect(isRussianWord("путин", stemmer)).toBe(false);
    expect(isRussianWord("путину", stemmer)).toBe(false);
    // An ordinary word with an ending stays ordinary, whatever name shares its spelling or stem.
    expect(isRussianWord("мира", stemmer)).toBe(true);
    expect(isRussianWord("медведя", stemmer)).toBe(true);
    expect(isRussianWord("путина", stemmer)).toBe(true);
    expect(isRussianWord("страны", stemmer)).toBe(true);
  });

  it("refuses a question about a name the article never mentions, typed on the wrong layout too", async () => {
    const engine = createEngine(await realKnowledge());
    expect(engine.answer("что сказал путин про систему пво").answered).toBe(false);
    expect(engine.answer("xnj crfpfk genby ghj cbcntve gdj").answered).toBe(false);
    expect(engine.answer("что сказал бондарев про соглашения").answered).toBe(true);
  });

  it("conjugates the first word of a relation's verb of two words", async () => {
    // The knowledge's "брать интервью" asks who interviewed, which the article leaves open.
    const engine = createEngine(await realKnowledge());
    expect(engine.answer("кто брал интервью у бондарева").answered).toBe(false);
    expect(engine.answer("кому бондарев давал интервью").text).toMatch(/Красной звезде/);
    expect(stem("брал")).not.toBe(stem("брать"));
  });

  it("reads a question for a translation of a name as a question for its description", async () => {
    const engine = createEngine(await realKnowledge());
    const a = engine.answer("а как перевести название газеты Krasnaya Zvezda?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Красная звезда/);
  });
});

describe("Russian pronouns, participles and chat spellings", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine(await realKnowledge());
  });

  it("lets a pronoun stand only for a name of its gender and number", () => {
    const agrees = russian.pronounAgrees;
    expect(agrees?.("он", "Виктор Бондарев")).toBe(true);
    expect(agrees?.("он", "Воздушно-космические силы России")).toBe(false);
    expect(agrees?.("она", "Киргизия")).toBe(true);
    expect(agrees?.("она", "Таджикистан")).toBe(false);
    expect(agrees?.("они", "Воздушно-космические силы России")).toBe(true);
    // An abbreviation says nothing of its gender.
    expect(agrees?.("она", "ОДКБ")).toBe(true);
    // "Он" after a question about the Aerospace Forces is their commander, not the forces.
    expect(engine.answer("кто главком вкс и какой газете он говорил").text).toMatch(/Красной звезде/);
  });

  it("reads the full form of a passive participle as describing a thing, not as the relation asked", () => {
    expect(russian.describesOnly?.("подписанными")).toBe(true);
    expect(russian.describesOnly?.("подписаны")).toBe(false);
    expect(russian.describesOnly?.("подписали")).toBe(false);
    expect(engine.answer("что происходит с подписанными соглашениями").text).toMatch(/реализации/);
  });

  it("reads chat and transliterated spellings of common words", () => {
    expect(engine.answer("ODKB rasshifruy pls").text).toMatch(/коллективной безопасности/);
    expect(engine.answer("skolko stran zhdut soglasovaniya").text).toMatch(/^Статья называет 2/);
    expect(engine.answer("odkb chto eto").answered).toBe(true);
  });
});

describe("yes or no when another holds the relation", () => {
  it("answers no, naming the holder, when no fact joins the two names but one gives the other's place to someone else", async () => {
    const engine = createEngine(await realKnowledge());
    const ru = engine.answer("шугаев командует вкс?");
    expect(ru.verdict).toBe("no");
    expect(ru.text).toMatch(/Бондарев/);
    expect(engine.answer("does Shugaev command the aerospace forces?").verdict).toBe("no");
    // A verb after a name is that name's verb, not a noun standing for the holder.
    expect(engine.answer("бондарев командует вкс?").verdict).toBe("yes");
    expect(engine.answer("как зовут главкома вкс").text).toMatch(/Виктор Бондарев/);
  });
});

describe("negation, counting a list, and where", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine(await realKnowledge());
  });

  it("keeps a negation to the relation word it stands before", () => {
    const answer = engine.answer("какие страны еще не подписали а только согласовывают");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Киргизией и Таджикистаном/);
    expect(engine.answer("какие страны не подписали соглашения").text).toMatch(/Киргизией и Таджикистаном/);
  });

  it("counts the side of a list that varies, not the one name every fact of it shares", () => {
    expect(engine.answer("сколько стран в списке поставок у бондарева").text).toMatch(/^Статья называет 5: /);
    // A verb still puts the counted kind on its side.
    expect(engine.answer("сколько стран подписали соглашения").text).toMatch(/^Статья называет 4: Россия/);
  });

  it("answers where from the fact's place when the verb is one no fact uses", () => {
    expect(engine.answer("где создают единую систему пво").text).toMatch(/постсоветском/);
  });
});

describe("names joined by and in a yes/no question", () => {
  it("says yes when it is so of each name, in either language", async () => {
    const engine = createEngine(await realKnowledge());
    expect(engine.answer("армения и белоруссия получают запчасти?").verdict).toBe("yes");
    expect(engine.answer("do Armenia and Belarus get spare parts?").verdict).toBe("yes");
    expect(engine.answer("do Armenia and Kyrgyzstan get spare parts?").verdict).not.toBe("yes");
  });
});

describe("what the article leaves open, and models it never names", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine(await realKnowledge());
  });

  it("tells who as a gap when every fact of the relation asked leaves who open", () => {
    expect(engine.answer("кто журналист красной звезды").answered).toBe(false);
    expect(engine.answer("кто брал интервью у бондарева").answered).toBe(false);
    // A kind that a related relation's fact holds is still answered.
    expect(engine.answer("какая газета брала интервью у бондарева").text).toMatch(/Красной звезде/);
  });

  it("refuses a model designation in Cyrillic as it does in Latin", () => {
    const answer = engine.answer("получит ли казахстан с-400");
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/не упоминается с-400/);
    expect(engine.answer("какие самолеты получит таджикистан су-30 или миг-29").answered).toBe(false);
    expect(engine.answer("does kazakhstan get S-400 systems").answered).toBe(false);
  });
});

describe("a demonstrative before a verb, in a conversation", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine(await realKnowledge());
  });

  it("reads 'это' before a verb of saying as what was said, not as the verb's noun or a name", () => {
    // "Когда он это заявил": "это" is the statement, so the verb still asks for the statement's time.
    expect(engine.answer("когда Шугаев это заявил?").text).toMatch(/^Согласно статье: в воскресенье/);
    const { turn } = engine.converse("о чём говорил Бондарев", undefined);
    const where = engine.converse("а где он это говорил?", turn);
    expect(where.answer.text).toMatch(/интервью «Красной звезде»/);
    expect(where.answer.text).not.toMatch(/^Согласно статье: на постсоветском/);
  });
});

describe("counting the kinds one statement lists", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine(await realKnowledge());
  });

  it("reads 'сколько' with a kind's word in the genitive, and a verb of saying, as a count of one list", () => {
    expect(engine.answer("сколько разновидностей вооружения упомянул Шугаев").text).toMatch(
      /^Статья называет 3: вертолёты, системы ПВО и бронетехника/,
    );
  });

  it("counts an entry whose name joins two things, leaving out only the list's own name", () => {
    // Bondarev's four measures: two of them name "техника"/"equipment" beside another thing.
    expect(engine.answer("сколько типов вооружения перечислил Бондарев").text).toMatch(
      /^Статья называет 4: /,
    );
    expect(engine.answer("how many types of weapons did Bondarev mention").text).toMatch(
      /^The article names four: /,
    );
  });
});

describe("Russian: the copula's verb, 'у' without a verb, receivers in the dative, and reasons", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine(await realKnowledge());
  });

  it("reads 'кем является X' as who X is", () => {
    const answer = engine.answer("кем является Сысоев");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/фотограф/);
  });

  it("reads 'у X' beside a noun and no verb as whose it is, on either side of the relation", () => {
    expect(engine.answer("кто начальник у ФСВТС").text).toMatch(/Шугаев/);
    expect(engine.answer("что за соглашения у Таджикистана").text).toMatch(/межведомственного согласования/);
  });

  it("takes the dative of 'достаться' and 'нужно' as the receiver", () => {
    expect(engine.answer("что нужно Белоруссии").text).toMatch(
      /^Россия поставляет Белоруссии запасные части/,
    );
    expect(engine.answer("что достанется Казахстану?").text).toMatch(
      /^Россия поставляет Казахстану зенитные/,
    );
  });

  it("gives the reason a fact states of a name the question's verb never has on a side", () => {
    expect(engine.answer("зачем нужны региональные системы ПВО").text).toMatch(
      /^Согласно статье: чтобы укрепить/,
    );
    expect(engine.answer("why are regional air defense systems needed").text).toMatch(
      /^According to the article: to strengthen the common air defense of Eurasia/,
    );
    // A party of the verb's relation keeps its side: no fact says why Russia supplies Armenia.
    expect(engine.answer("why does Russia supply Armenia").answered).toBe(false);
  });
});

describe("Russian conversations", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine(await realKnowledge());
  });

  const converse = (...questions: string[]) => {
    let turn: Parameters<Engine["converse"]>[1];
    return questions.map((q) => {
      const next = engine.converse(q, turn);
      turn = next.turn;
      return next.answer;
    });
  };

  it("reads a Latin follow-up that both languages know in the conversation's language", () => {
    const [, second] = converse("chto poluchaet kazakhstan", "a kyrgyzstan?");
    expect(second?.language).toBe("ru");
    expect(second?.text).toMatch(/^Россия предоставляет Киргизии/);
    // An English conversation stays English.
    const [, english] = converse("what does kazakhstan get", "and kyrgyzstan?");
    expect(english?.language).toBe("en");
  });

  it("asks 'в том же положении' of the others the previous answer names", () => {
    const [, second] = converse("казахстан подписал соглашения?", "какие ещё страны в том же положении");
    expect(second?.text).toMatch(/^Согласно статье: Россия, Армения и Белоруссия/);
  });

  it("takes the name of the kind beside a pronoun for it", () => {
    const [, second] = converse("о чём рассказал Бондарев в интервью", "а чья это газета?");
    expect(second?.text).toMatch(
      /^«Красная звезда» \(Krasnaya Zvezda\) — официальная газета Министерства обороны/,
    );
  });
});

describe("Russian: whether something is over", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine(await realKnowledge());
  });

  it("answers no when the fact about it says it goes on, and yes when asked whether it goes on", () => {
    expect(engine.answer("реализация соглашений уже завершилась?").text).toMatch(/^Нет\. .*идёт работа/);
    expect(
      engine.answer("а работа над региональной оборонительной структурой пока продолжается?").text,
    ).toMatch(/^Да\. .*продолжается/);
  });
});
