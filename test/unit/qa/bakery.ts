import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A small made-up article with its knowledge in English and Russian, for the Russian reading: a bakery
 * that sends bread to a school, who runs it, who interviewed its owner and whose report it is.
 */
export const BAKERY_ARTICLE = [
  "Photo: Town Herald/Olga Petrova",
  "Sunrise Bakery sends rye bread to Oak School.",
  "Ivan Sokolov runs Sunrise Bakery.",
  "Sunrise Bakery is in Pinegrove.",
  "Ivan Sokolov invented the bakery's rye recipe.",
  "Ivan Sokolov told the Morning Bell (‘Utrenniy Kolokol’) that the oven was new, Town Herald.",
].join("\n");

export const BAKERY_KNOWLEDGE = `
version: 1
languages: [en, ru]
article:
  file: article.txt
  title: "Sunrise Bakery and its bread"
  publisher: Town Herald
  summary: Sunrise Bakery sends rye bread to Oak School.
  ru:
    title: "Пекарня «Рассвет» и её хлеб"
    summary: "Пекарня «Рассвет» отправляет ржаной хлеб в школу «Дуб»."
types:
  - id: company
    title: Companies
    words: [company, bakery]
    ru:
      title: "Компании"
      words: ["компания", "пекарня"]
  - id: person
    title: People
    words: [person, man]
    person: true
    ru:
      title: "Люди"
      words: ["человек"]
  - id: publication
    title: Publications
    words: [newspaper, paper]
    ru:
      title: "Издания"
      words: ["газета", "издание"]
  - id: town
    title: Towns
    words: [town, city]
    place: true
    ru:
      title: "Города"
      words: ["город"]
  - id: food
    title: Food
    words: [food]
    ru:
      title: "Еда"
      words: ["еда"]
relations:
  - id: sends
    label: sends
    verbs: [send, supply]
    inverseVerbs: [get, receive]
    ru:
      label: "отправляет"
      verbs: ["отправлять", "поставлять"]
      inverseVerbs: ["получать", "пойти", "достаться"]
  - id: heads
    label: runs
    verbs: [run, head]
    nouns: [owner, head]
    ru:
      label: "руководит"
      verbs: ["руководить", "возглавлять"]
      nouns: ["владелец", "глава"]
  - id: interviewed
    label: interviewed
    inverseVerbs: [interview]
    ru:
      label: "брал интервью"
      inverseVerbs: ["брать интервью"]
  - id: located-in
    label: is located in
    inverseVerbs: [locate]
    ru:
      label: "находится в"
      verbs: ["находиться"]
  - id: invented
    label: invented
    verbs: [invent]
    ru:
      label: "изобрёл"
      verbs: ["изобрести"]
  - id: said
    label: said
    verbs: [say, tell, name]
    ru:
      label: "сказал"
      verbs: ["сказать", "называть", "назвать"]
  - id: reported
    label: reported
    verbs: [report, publish]
    ru:
      label: "сообщает"
      verbs: ["сообщать", "опубликовать"]
entities:
  - id: sunrise
    type: company
    name: Sunrise Bakery
    description: Sunrise Bakery is a bakery that sends rye bread to Oak School.
    evidence: Sunrise Bakery sends rye bread to Oak School.
    ru:
      name: "пекарня «Рассвет»"
      aliases: ["Рассвет"]
      description: "Пекарня «Рассвет» отправляет ржаной хлеб в школу «Дуб»."
  - id: oak-school
    type: company
    name: Oak School
    description: Oak School is the school Sunrise Bakery sends rye bread to.
    evidence: Oak School
    ru:
      name: "школа «Дуб»"
      aliases: ["Дуб"]
      description: "Школа «Дуб» получает ржаной хлеб от пекарни «Рассвет»."
  - id: rye-bread
    type: food
    name: rye bread
    description: Rye bread is what Sunrise Bakery sends to Oak School.
    evidence: rye bread
    ru:
      name: "ржаной хлеб"
      aliases: ["хлеб"]
      description: "Ржаной хлеб — то, что пекарня «Рассвет» отправляет в школу «Дуб»."
  - id: sokolov
    type: person
    name: Ivan Sokolov
    aliases: [Sokolov]
    description: Ivan Sokolov runs Sunrise Bakery.
    evidence: Ivan Sokolov runs Sunrise Bakery.
    ru:
      name: "Иван Соколов"
      aliases: ["Соколов"]
      description: "Иван Соколов руководит пекарней «Рассвет»."
  - id: morning-bell
    type: publication
    name: Morning Bell
    aliases: [Utrenniy Kolokol]
    description: The Morning Bell ('Utrenniy Kolokol') is the newspaper Ivan Sokolov spoke to.
    evidence: the Morning Bell (‘Utrenniy Kolokol’)
    ru:
      name: "«Утренний колокол»"
      aliases: ["Утренний колокол"]
      description: "«Утренний колокол» — газета, которой дал интервью Иван Соколов."
  - id: pinegrove
    type: town
    name: Pinegrove
    description: Pinegrove is the town where Sunrise Bakery is.
    evidence: Sunrise Bakery is in Pinegrove.
    ru:
      name: "Пайнгроув"
      description: "Пайнгроув — город, в котором находится пекарня «Рассвет»."
  - id: rye-recipe
    type: food
    name: the rye recipe
    description: The rye recipe is the bakery's recipe Ivan Sokolov invented.
    evidence: the bakery's rye recipe
    ru:
      name: "ржаной рецепт"
      aliases: ["рецепт"]
      description: "Ржаной рецепт пекарни придумал Иван Соколов."
  - id: herald
    type: publication
    name: Town Herald
    description: The Town Herald published this report.
    evidence: Town Herald
    ru:
      name: "Town Herald"
      description: "Town Herald — издание, опубликовавшее этот материал."
facts:
  - id: bread-to-school
    relation: sends
    subject: [sunrise]
    object: [oak-school]
    mentions: [rye-bread]
    answer: Sunrise Bakery sends rye bread to Oak School.
    evidence: Sunrise Bakery sends rye bread to Oak School.
    question: What does Sunrise Bakery send to Oak School?
    ru:
      answer: "Пекарня «Рассвет» отправляет ржаной хлеб в школу «Дуб»."
      question: "Что пекарня «Рассвет» отправляет в школу «Дуб»?"
  - id: sokolov-runs
    relation: heads
    subject: [sokolov]
    object: [sunrise]
    answer: Ivan Sokolov runs Sunrise Bakery.
    evidence: Ivan Sokolov runs Sunrise Bakery.
    question: Who runs Sunrise Bakery?
    ru:
      answer: "Иван Соколов руководит пекарней «Рассвет»."
      question: "Кто руководит пекарней «Рассвет»?"
  - id: interviewer
    relation: interviewed
    subject: [sokolov]
    object: [morning-bell]
    answer: Ivan Sokolov spoke to the Morning Bell.
    evidence: Ivan Sokolov told the Morning Bell
    question: Who interviewed Ivan Sokolov?
    ru:
      answer: "Иван Соколов дал интервью «Утреннему колоколу»."
      question: "Кто брал интервью у Ивана Соколова?"
  - id: bakery-in-pinegrove
    relation: located-in
    subject: [sunrise]
    object: [pinegrove]
    answer: Sunrise Bakery is in Pinegrove.
    evidence: Sunrise Bakery is in Pinegrove.
    question: Where is Sunrise Bakery?
    ru:
      answer: "Пекарня «Рассвет» находится в Пайнгроуве."
      question: "Где находится пекарня «Рассвет»?"
  - id: recipe-invented
    relation: invented
    subject: [sokolov]
    object: [rye-recipe]
    answer: Ivan Sokolov invented the bakery's rye recipe.
    evidence: Ivan Sokolov invented the bakery's rye recipe.
    question: Who invented the rye recipe?
    ru:
      answer: "Ржаной рецепт пекарни придумал Иван Соколов."
      question: "Кто изобрёл ржаной рецепт?"
  - id: new-oven
    relation: said
    subject: [sokolov]
    mentions: [morning-bell]
    answer: Ivan Sokolov told the Morning Bell that the oven was new.
    evidence: Ivan Sokolov told the Morning Bell
    question: What did Ivan Sokolov say?
    ru:
      answer: "Иван Соколов сказал «Утреннему колоколу», что печь новая."
      question: "Что сказал Иван Соколов?"
  - id: herald-report
    relation: reported
    subject: [herald]
    answer: The story is a Town Herald report.
    evidence: Town Herald
    question: Who published this report?
    ru:
      answer: "Это материал Town Herald."
      question: "Кто опубликовал этот материал?"
`;

export function bakeryEngine(): Promise<Engine> {
  return engineOf(BAKERY_KNOWLEDGE, BAKERY_ARTICLE, "bakery");
}
