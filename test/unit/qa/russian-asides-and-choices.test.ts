import { beforeAll, describe, expect, it } from "vitest";
import { russian } from "../../../src/qa/lang/ru.js";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up article, in both languages: a harbour master who lists what a port sends to two towns,
 * pacts signed with one town and awaiting approval with two others, and a pier being built.
 */
const ARTICLE = [
  "Vice Admiral Anna Berg, the harbour master, said the Port of Kessel would keep sending coal, timber and salt to Dover and Calais.",
  "Dover and Calais get spare nets from the port.",
  "The port and Ostend signed pacts on shared berths.",
  "Similar pacts have been developed with Bruges and Ghent, and they are awaiting approval.",
  "Berg said close attention is paid to safety drills in the framework of the North Sea Ferry Union.",
  "Berg said the new pier would serve the whole of Scandinavia, and that work on the pier continues.",
].join("\n");

const KNOWLEDGE = `
version: 1
languages: [en, ru]
article:
  file: article.txt
  title: "Port of Kessel keeps its ships sailing"
  publisher: Harbour Gazette
  summary: The Port of Kessel will keep sending coal, timber and salt to Dover and Calais.
  ru:
    title: "Порт Кессель продолжает отправлять суда"
    summary: "Порт Кессель продолжит отправлять уголь, лес и соль в Дувр и Кале."
types:
  - id: person
    title: People
    words: [person]
    person: true
    ru:
      title: "Люди"
      words: ["человек"]
  - id: town
    title: Towns
    words: [town, towns]
    ru:
      title: "Города"
      words: ["город", "города"]
  - id: body
    title: Bodies
    words: [port, union]
    ru:
      title: "Организации"
      words: ["порт", "союз"]
  - id: goods
    title: Goods
    words: [goods, cargo]
    ru:
      title: "Грузы"
      words: ["груз", "грузы", "товары"]
  - id: region
    title: Regions
    words: [region]
    place: true
    ru:
      title: "Регионы"
      words: ["регион"]
  - id: pact
    title: Pacts
    words: [pact, pacts]
    ru:
      title: "Договоры"
      words: ["договор", "договоры"]
  - id: structure
    title: Structures
    words: [structure]
    ru:
      title: "Сооружения"
      words: ["сооружение"]
relations:
  - id: sends
    label: sends
    verbs: [send, supply]
    inverseVerbs: [get, receive]
    nouns: [shipment, shipments]
    ru:
      label: "отправляет"
      verbs: ["отправлять", "поставлять"]
      inverseVerbs: ["получать", "получить"]
      nouns: ["поставка", "поставки", "поставкам"]
  - id: signed
    label: signed pacts
    verbs: [sign]
    ru:
      label: "подписали договоры"
      verbs: ["подписать", "подписывать"]
  - id: awaits-approval
    label: awaits approval
    related: [signed]
    contrary: [signed]
    verbs: [await, approve, develop]
    nouns: [approval]
    ru:
      label: "ожидают одобрения"
      verbs: ["ожидать", "одобрить", "разработать", "разрабатывать", "разработаны"]
      nouns: ["одобрение"]
  - id: said
    label: said
    verbs: [say, stress, mention]
    nouns: [words]
    ru:
      label: "сказала"
      verbs: ["сказать", "говорить", "подчеркнуть", "упомянуть"]
      nouns: ["слова", "словам"]
entities:
  - id: berg
    type: person
    name: Vice Admiral Anna Berg
    aliases: [Anna Berg, Berg]
    description: Vice Admiral Anna Berg is the harbour master of the Port of Kessel.
    evidence: Vice Admiral Anna Berg, the harbour master
    keywords: [rank]
    ru:
      name: "вице-адмирал Анна Берг"
      aliases: ["Анна Берг", "Берг"]
      description: "Вице-адмирал Анна Берг — начальник порта Кессель."
      keywords: ["звание"]
  - id: port
    type: body
    name: the Port of Kessel
    aliases: [Port of Kessel, Kessel]
    description: The Port of Kessel sends coal, timber and salt to Dover and Calais.
    evidence: the Port of Kessel
    ru:
      name: "порт Кессель"
      aliases: ["Кессель"]
      description: "Порт Кессель отправляет уголь, лес и соль в Дувр и Кале."
  - id: dover
    type: town
    name: Dover
    description: Dover gets coal, timber, salt and spare nets from the Port of Kessel.
    evidence: Dover
    ru:
      name: "Дувр"
      description: "Дувр получает от порта Кессель уголь, лес, соль и запасные сети."
  - id: calais
    type: town
    name: Calais
    description: Calais gets coal, timber, salt and spare nets from the Port of Kessel.
    evidence: Calais
    ru:
      name: "Кале"
      aliases: ["КЛС"]
      description: "Кале получает от порта Кессель уголь, лес, соль и запасные сети."
  - id: ostend
    type: town
    name: Ostend
    description: Ostend signed pacts on shared berths with the Port of Kessel.
    evidence: Ostend
    ru:
      name: "Остенде"
      description: "Остенде подписал с портом Кессель договоры об общих стоянках."
  - id: bruges
    type: town
    name: Bruges
    description: Similar pacts with Bruges are awaiting approval.
    evidence: Bruges
    ru:
      name: "Брюгге"
      description: "Аналогичные договоры с Брюгге ожидают одобрения."
  - id: ghent
    type: town
    name: Ghent
    description: Similar pacts with Ghent are awaiting approval.
    evidence: Ghent
    ru:
      name: "Гент"
      description: "Аналогичные договоры с Гентом ожидают одобрения."
  - id: coal
    type: goods
    name: coal
    description: Coal is among the goods the Port of Kessel sends to Dover and Calais.
    evidence: coal
    ru:
      name: "уголь"
      description: "Уголь — среди грузов, которые порт Кессель отправляет в Дувр и Кале."
  - id: timber
    type: goods
    name: timber
    description: Timber is among the goods the Port of Kessel sends to Dover and Calais.
    evidence: timber
    ru:
      name: "лес"
      aliases: ["древесина"]
      description: "Лес — среди грузов, которые порт Кессель отправляет в Дувр и Кале."
  - id: nets
    type: goods
    name: spare nets
    aliases: [nets]
    description: Spare nets are what Dover and Calais get from the Port of Kessel.
    evidence: spare nets
    ru:
      name: "запасные сети"
      aliases: ["сети"]
      description: "Запасные сети Дувр и Кале получают от порта Кессель."
  - id: pacts
    type: pact
    name: the pacts on shared berths
    aliases: [pacts, similar pacts]
    description: The pacts on shared berths were signed by the Port of Kessel and Ostend; similar ones with Bruges and Ghent await approval.
    evidence: pacts on shared berths
    ru:
      name: "договоры об общих стоянках"
      aliases: ["договоры", "аналогичные договоры"]
      description: "Договоры об общих стоянках подписали порт Кессель и Остенде; аналогичные договоры с Брюгге и Гентом ожидают одобрения."
  - id: union
    type: body
    name: the North Sea Ferry Union
    aliases: [North Sea Ferry Union, ferry union]
    description: The North Sea Ferry Union is the framework in which the port's safety drills are held.
    evidence: the North Sea Ferry Union
    ru:
      name: "Паромный союз Северного моря"
      aliases: ["паромный союз"]
      description: "Паромный союз Северного моря — рамки, в которых порт проводит учения по безопасности."
  - id: scandinavia
    type: region
    name: Scandinavia
    description: Scandinavia is the region Berg said the new pier would serve.
    evidence: Scandinavia
    ru:
      name: "Скандинавия"
      description: "Скандинавия — регион, который, по словам Берг, будет обслуживать новый причал."
  - id: pier
    type: structure
    name: the new pier
    aliases: [new pier, pier]
    description: The new pier of the Port of Kessel, on which work continues.
    evidence: the new pier
    ru:
      name: "новый причал"
      aliases: ["причал"]
      description: "Новый причал порта Кессель; работа над ним продолжается."
facts:
  - id: berg-statement
    relation: said
    subject: [berg]
    mentions: [port, coal, timber, dover, calais]
    answer: Anna Berg said the Port of Kessel would keep sending coal, timber and salt to Dover and Calais.
    evidence: said the Port of Kessel would keep sending coal, timber and salt to Dover and Calais
    question: What did Anna Berg say about the port's cargo?
    ru:
      answer: "Анна Берг сказала, что порт Кессель продолжит отправлять уголь, лес и соль в Дувр и Кале."
      question: "Что сказала Анна Берг о грузах порта?"
  - id: nets-to-towns
    relation: sends
    subject: [port]
    object: [dover, calais]
    mentions: [nets]
    answer: The Port of Kessel sends spare nets to Dover and Calais.
    evidence: Dover and Calais get spare nets from the port.
    question: What do Dover and Calais get from the port?
    ru:
      answer: "Порт Кессель отправляет Дувру и Кале запасные сети."
      question: "Что Дувр и Кале получают от порта?"
  - id: ostend-signed
    relation: signed
    subject: [port, ostend]
    mentions: [pacts]
    answer: The Port of Kessel and Ostend signed pacts on shared berths.
    evidence: The port and Ostend signed pacts on shared berths.
    question: Who signed the pacts on shared berths?
    ru:
      answer: "Порт Кессель и Остенде подписали договоры об общих стоянках."
      question: "Кто подписал договоры об общих стоянках?"
  - id: pacts-pending
    relation: awaits-approval
    subject: [bruges, ghent]
    mentions: [pacts]
    answer: Similar pacts have been developed with Bruges and Ghent, and they are awaiting approval.
    evidence: Similar pacts have been developed with Bruges and Ghent, and they are awaiting approval.
    keywords: [similar, developed]
    question: What is the status of the pacts with Bruges and Ghent?
    ru:
      answer: "С Брюгге и Гентом выработаны аналогичные договоры, и сейчас они ожидают одобрения."
      question: "На какой стадии договоры с Брюгге и Гентом?"
      keywords: ["аналогичные", "выработаны"]
  - id: close-attention
    relation: said
    subject: [berg]
    mentions: [union]
    answer: Berg said close attention is paid to safety drills in the framework of the North Sea Ferry Union.
    evidence: Berg said close attention is paid to safety drills in the framework of the North Sea Ferry Union.
    keywords: [attention, close, drills, framework]
    question: What did Berg say about safety drills?
    ru:
      answer: "Берг сказала, что пристальное внимание уделяется учениям по безопасности в рамках Паромного союза Северного моря."
      question: "Что Берг сказала об учениях по безопасности?"
      keywords: ["внимание", "пристальное", "учения", "рамки"]
  - id: pier-scandinavia
    relation: said
    subject: [berg]
    mentions: [pier, scandinavia]
    answer: Berg said the new pier would serve the whole of Scandinavia.
    evidence: Berg said the new pier would serve the whole of Scandinavia
    question: What did Berg say the new pier would serve?
    ru:
      answer: "Берг сказала, что новый причал будет обслуживать всю Скандинавию."
      question: "Что, по словам Берг, будет обслуживать новый причал?"
  - id: pier-work
    relation: said
    subject: [berg]
    mentions: [pier]
    answer: Berg said that work on the new pier continues.
    evidence: that work on the pier continues
    keywords: [work]
    question: How is the work on the new pier going?
    ru:
      answer: "Берг сказала, что сейчас идёт работа над новым причалом."
      question: "Как идёт работа над новым причалом?"
      keywords: ["работа"]
`;

describe("Russian asides, reported clauses and choices, from a made-up article", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOf(KNOWLEDGE, ARTICLE, "<port, in Russian>");
  });
  const ask = (q: string) => engine.answer(q);

  it("reads a speaker's verb of listing, wherever the speaker stands, as what the speaker said", () => {
    for (const q of ["берг что из грузов перечислила?", "что из грузов перечислила берг?"]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/уголь, лес и соль/);
    }
    // Asked of the reader, "перечисли" still bids a list, not what anyone said.
    expect(ask("перечисли города").text).toMatch(/Дувр/);
  });

  it("reads 'идёт' beside a name in the dative as what goes to it", () => {
    const relations = (q: string) =>
      (engine.explain(q).analysis as { cues: { relation: string }[] }).cues.map((c) => c.relation);
    for (const q of ["дувру и кале что идёт по поставкам?", "что идёт кале?", "дувру что идёт?"]) {
      expect(relations(q), q).toContain("sends");
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/запасные сети/);
    }
    // An abbreviation, which does not decline, is in the case of the name it is joined to.
    const words = ["дувру", "и", "клс", "что", "отправляют"];
    const cue = { relation: "sends", kind: "verb" as const, position: 4, passive: false };
    const either = { canStand: () => true };
    const role = (start: number) =>
      russian.readRole?.({ entity: "x", start, end: start + 1, role: "any" }, words, [cue], either);
    expect(role(2)).toBe("object");
    expect(role(0)).toBe("object");
    // Without a name in the dative, "идёт" says that something goes on, and names no relation.
    expect(relations("как идёт работа над причалом")).not.toContain("sends");
    expect(relations("что идёт от кессель")).not.toContain("sends");
  });

  it("chooses the place the article names over one it never mentions", () => {
    for (const q of [
      "берг говорила про скандинавию или про прибалтику?",
      "берг говорила про скандинавию или прибалтику?",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.verdict, q).toBeNull();
      expect(a.text, q).toMatch(/^Скандинавия\./);
    }
    // "Или нет" closes a yes/no question and offers nothing.
    expect(ask("берг говорила про скандинавию или нет?").text).not.toMatch(/^Скандинавия\./);
  });

  it("reads 'что' after a verb of saying, with a verb after it, as opening the clause said", () => {
    const a = ask("берг сказала что порт будет отправлять уголь?");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/^Да\./);
    // Without a verb after it, "что" asks what was said.
    expect(ask("берг сказала что про причал?").verdict).toBeNull();
  });

  it("answers a state offered as two alternatives with the fact that it goes on, and no verdict", () => {
    const a = ask("работа над новым причалом идёт или застопорилась?");
    expect(a.answered).toBe(true);
    expect(a.verdict).toBeNull();
    expect(a.text).toMatch(/идёт работа/);
    // Either state asked alone keeps its verdict.
    expect(ask("работа над новым причалом застопорилась?").verdict).toBe("no");
  });

  it("reads a body's name right after a rank as a word of the rank, not a body never mentioned", () => {
    for (const q of [
      "какое звание у берг? адмирал флота чтоли",
      "какое звание у берг? адмирал флота что ли",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/Вице-адмирал/);
    }
    // Alone, the body is still one the article never mentions.
    expect(ask("что берг сказала про флот?").answered).toBe(false);
  });

  it("says yes to a name's own title put beside it, with or without 'это'", () => {
    for (const q of ["берг вице-адмирал?", "берг это вице-адмирал, да?"]) {
      const a = ask(q);
      expect(a.verdict, q).toBe("yes");
      expect(a.text, q).toMatch(/^Да\. Вице-адмирал Анна Берг/);
    }
  });

  it("reads 'кроме тех N' as leaving out names said before, and 'похожие' as 'аналогичные'", () => {
    for (const q of [
      "с кем кроме тех 2х разработаны похожие договоры?",
      "с кем кроме тех двух разработаны аналогичные договоры?",
      "besides those 2, with whom were similar pacts developed?",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/Брюгге|Bruges/);
    }
  });

  it("reads 'чё' set off by a comma before a statement as asking yes or no", () => {
    const a = ask("а брюгге с гентом чё, подписали уже?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/ожидают одобрения/);
  });

  it("reads 'обращать внимание' as the 'уделять внимание' a text says", () => {
    for (const q of [
      "на что обращают особое внимание в рамках паромного союза",
      "на что обращают внимание в паромном союзе",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/учениям по безопасности/);
    }
  });
});
