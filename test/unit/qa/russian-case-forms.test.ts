import { beforeAll, describe, expect, it } from "vitest";
import { russian } from "../../../src/qa/lang/ru.js";
import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

const ARTICLE = [
  "The Tarn Valley Water Network is being expanded, engineer Ida Holm said.",
  "The council will keep buying water pumps for the villages of Elsby and Fenwick.",
  "Photo: Valley Courier",
].join("\n");

const KNOWLEDGE = `
version: 1
languages: [en, ru]
article:
  file: article.txt
  title: "Expanding the Tarn Valley Water Network"
  publisher: Valley Courier
  summary: The Tarn Valley Water Network is being expanded, and the council buys pumps for two villages.
  ru:
    title: "Расширение Тарнской системы водоснабжения"
    summary: "Тарнскую систему водоснабжения расширяют, а совет покупает насосы для двух деревень."
types:
  - id: system
    title: Systems
    words: [system, network]
    ru:
      title: "Системы"
      words: ["система", "сеть"]
  - id: village
    title: Villages
    words: [village, villages]
    place: true
    ru:
      title: "Деревни"
      words: ["деревня", "деревни"]
  - id: equipment
    title: Equipment
    words: [equipment]
    ru:
      title: "Оборудование"
      words: ["оборудование"]
  - id: body
    title: Bodies
    words: [council]
    ru:
      title: "Органы"
      words: ["совет"]
  - id: outlet
    title: Outlets
    words: [outlet, newspaper]
    ru:
      title: "Издания"
      words: ["издание", "газета"]
  - id: person
    title: People
    words: [person, people]
    person: true
    ru:
      title: "Люди"
      words: ["человек"]
relations:
  - id: expands
    label: expands
    verbs: [expand, enlarge]
    ru:
      label: "расширяет"
      verbs: ["расширять", "расширить"]
  - id: buys
    label: buys
    verbs: [buy]
    ru:
      label: "покупает"
      verbs: ["покупать", "купить"]
entities:
  - id: valley-courier
    type: outlet
    name: Valley Courier
    description: Valley Courier is the outlet that published the article.
    evidence: "Photo: Valley Courier"
    ru:
      name: "Valley Courier"
      description: "Valley Courier — издание, опубликовавшее статью."
  - id: tarn-network
    type: system
    name: Tarn Valley Water Network
    description: The Tarn Valley Water Network is the valley's water network, which is being expanded.
    evidence: The Tarn Valley Water Network is being expanded
    ru:
      name: "Тарнская система водоснабжения"
      description: "Тарнская система водоснабжения — система водоснабжения долины, которую расширяют."
  - id: networks
    type: equipment
    name: water networks
    description: Water networks are what the council keeps up.
    evidence: The council will keep buying water pumps
    ru:
      name: "системы водоснабжения"
      description: "Системы водоснабжения — то, что содержит совет."
  - id: pumps
    type: equipment
    name: water pumps
    description: Water pumps are what the council buys for Elsby and Fenwick.
    evidence: water pumps for the villages of Elsby and Fenwick
    ru:
      name: "насосы"
      description: "Насосы совет покупает для Элсби и Фенвика."
  - id: council
    type: body
    name: council
    description: The council buys water pumps for two villages.
    evidence: The council will keep buying water pumps
    ru:
      name: "совет"
      description: "Совет покупает насосы для двух деревень."
  - id: elsby
    type: village
    name: Elsby
    description: Elsby is a village the council buys water pumps for.
    evidence: the villages of Elsby and Fenwick
    ru:
      name: "Элсби"
      description: "Элсби — деревня, для которой совет покупает насосы."
  - id: fenwick
    type: village
    name: Fenwick
    description: Fenwick is a village the council buys water pumps for.
    evidence: the villages of Elsby and Fenwick
    ru:
      name: "Фенвик"
      description: "Фенвик — деревня, для которой совет покупает насосы."
  - id: ida-holm
    type: person
    name: Ida Holm
    description: Ida Holm is the engineer who spoke about the network.
    evidence: engineer Ida Holm said
    ru:
      name: "Ида Хольм"
      aliases: ["Хольм"]
      description: "Ида Хольм — инженер, рассказавшая о системе."
facts:
  - id: network-expanded
    relation: expands
    subject: [ida-holm]
    object: [tarn-network]
    answer: The Tarn Valley Water Network is being expanded, engineer Ida Holm said.
    evidence: The Tarn Valley Water Network is being expanded
    question: What is being expanded?
    ru:
      answer: "Тарнскую систему водоснабжения расширяют, сказала инженер Ида Хольм."
      question: "Что расширяют?"
  - id: pumps-bought
    relation: buys
    subject: [council]
    object: [elsby, fenwick]
    mentions: [pumps]
    answer: The council will keep buying water pumps for Elsby and Fenwick.
    evidence: The council will keep buying water pumps for the villages of Elsby and Fenwick
    question: What does the council buy?
    ru:
      answer: "Совет продолжит покупать насосы для Элсби и Фенвика."
      question: "Что покупает совет?"
`;

let engine: Engine;
beforeAll(async () => {
  engine = await engineOf(KNOWLEDGE, ARTICLE, "<water, in Russian>");
});

describe("a Russian noun in another case", () => {
  it("gives a noun's regular forms in the other cases of its number", () => {
    const forms = (noun: string) => russian.caseForms?.(noun) ?? [];
    expect(forms("система")).toEqual(expect.arrayContaining(["системы", "системе", "систему", "системой"]));
    expect(forms("газета")).toEqual(expect.arrayContaining(["газеты", "газете", "газету", "газетой"]));
    expect(forms("совет")).toEqual(expect.arrayContaining(["совета", "совету", "советом", "совете"]));
    expect(forms("организация")).toEqual(
      expect.arrayContaining(["организации", "организацию", "организацией"]),
    );
    expect(forms("издание")).toEqual(expect.arrayContaining(["издания", "изданию", "изданием", "издании"]));
    expect(forms("системы")).toEqual(expect.arrayContaining(["систем", "системам", "системами", "системах"]));
    // Only the number the word is in: the singular's forms do not give the plural's.
    expect(forms("система")).not.toContain("системах");
  });

  it("asks for the one name whose last words it begins, in whichever case the question puts it", () => {
    for (const q of [
      "какая система водоснабжения",
      "о какой системе водоснабжения речь",
      "о какой системе водоснабжения идёт речь",
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^Тарнская система водоснабжения\./);
    }
  });

  it("leaves the class's own words, in the plural, to the class", () => {
    const a = engine.answer("какие системы водоснабжения содержит совет");
    expect(a.text).not.toMatch(/^Тарнская система водоснабжения\./);
  });

  it("reads 'речь идёт о' as asking what the article is about, not for a speech", () => {
    const a = engine.answer("о какой деревне идёт речь");
    expect(a.text).not.toMatch(/не говорится|не сказано/);
  });
});
