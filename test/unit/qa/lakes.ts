import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A small made-up article with its knowledge in English and Russian: a union of lake countries and its
 * joint rescue system, the rear admiral who chairs the system's council, the head of an agency for
 * scientific-technical cooperation, and the newspaper the admiral spoke to.
 */
export const LAKES_ARTICLE = [
  "Photo: Lake Courier/Anna Lebedeva",
  "Northern Lakes Union (NLU) members Norland, Westland and Sudland have signed agreements on the Joint NLU Rescue System.",
  "Rear Adm. Pavel Orlov, commander of the Northern Fleet School, who also chairs the council of the Joint NLU Rescue System, said that scientific-technical cooperation with Norland continues to grow.",
  "Maxim Belov, the head of the Federal Agency for Scientific-Technical Cooperation, said that rescue boats would be sent to Westland.",
  "Orlov spoke to the Sea Herald, Lake Courier.",
].join("\n");

export const LAKES_KNOWLEDGE = `
version: 1
languages: [en, ru]
article:
  file: article.txt
  title: "The Joint NLU Rescue System grows"
  publisher: Lake Courier
  summary: Norland, Westland and Sudland have signed agreements on the Joint NLU Rescue System.
  abbreviations: [Adm.]
  ru:
    title: "Объединённая система спасения ССО растёт"
    summary: "Норландия, Вестландия и Зюдландия подписали соглашения об Объединённой системе спасения ССО."
types:
  - id: country
    title: Countries
    words: [country, countries]
    place: true
    ru:
      title: "Страны"
      words: ["страна", "страны"]
  - id: person
    title: People
    words: [person, people]
    person: true
    ru:
      title: "Люди"
      words: ["человек", "люди"]
  - id: organisation
    title: Organisations
    words: [organisation, body, council, agency]
    ru:
      title: "Организации"
      words: ["организация", "орган", "совет", "агентство"]
  - id: system
    title: Systems
    words: [system]
    ru:
      title: "Системы"
      words: ["система"]
  - id: publication
    title: Publications
    words: [newspaper]
    ru:
      title: "Издания"
      words: ["газета"]
  - id: equipment
    title: Equipment
    words: [equipment]
    ru:
      title: "Техника"
      words: ["техника"]
  - id: agreement
    title: Agreements
    ru:
      title: "Соглашения"
      words: ["соглашение"]
relations:
  - id: signed
    label: signed
    verbs: [sign]
    ru:
      label: "подписали"
      verbs: ["подписать", "подписывать"]
  - id: heads
    label: heads
    verbs: [head, command]
    nouns: [head, commander]
    ru:
      label: "возглавляет"
      verbs: ["возглавлять", "командовать"]
      nouns: ["глава", "командующий"]
  - id: chairs
    label: chairs
    related: [heads]
    verbs: [chair]
    nouns: [chair, chairman]
    ru:
      label: "председательствует в"
      nouns: ["председатель"]
  - id: said
    label: said
    verbs: [say, tell]
    ru:
      label: "сказал"
      verbs: ["сказать", "заявить"]
  - id: gave-interview
    label: gave an interview to
    related: [said]
    verbs: [speak]
    nouns: [interview]
    ru:
      label: "дал интервью"
      verbs: ["дать интервью"]
      nouns: ["интервью"]
  - id: reported
    label: reported
    verbs: [report, publish]
    ru:
      label: "сообщает"
      verbs: ["опубликовать"]
      inverseVerbs: ["цитировать", "процитировать"]
entities:
  - id: norland
    type: country
    name: Norland
    description: Norland is an NLU member that has signed agreements on the Joint NLU Rescue System.
    evidence: Northern Lakes Union (NLU) members Norland, Westland and Sudland
    ru:
      name: "Норландия"
      description: "Норландия — член ССО, подписавший соглашения об Объединённой системе спасения ССО."
  - id: westland
    type: country
    name: Westland
    description: Westland is an NLU member that has signed agreements on the Joint NLU Rescue System.
    evidence: Northern Lakes Union (NLU) members Norland, Westland and Sudland
    ru:
      name: "Вестландия"
      description: "Вестландия — член ССО, подписавший соглашения об Объединённой системе спасения ССО."
  - id: sudland
    type: country
    name: Sudland
    description: Sudland is an NLU member that has signed agreements on the Joint NLU Rescue System.
    evidence: Northern Lakes Union (NLU) members Norland, Westland and Sudland
    ru:
      name: "Зюдландия"
      description: "Зюдландия — член ССО, подписавший соглашения об Объединённой системе спасения ССО."
  - id: nlu
    type: organisation
    name: Northern Lakes Union (NLU)
    aliases: [NLU, Northern Lakes Union]
    description: The Northern Lakes Union (NLU) is the union whose Joint NLU Rescue System the article is about.
    evidence: Northern Lakes Union (NLU)
    ru:
      name: "Союз северных озёр (ССО)"
      aliases: ["ССО", "Союз северных озёр"]
      description: "Союз северных озёр (ССО) — союз, об Объединённой системе спасения которого идёт речь в статье."
  - id: rescue-system
    type: system
    name: Joint NLU Rescue System
    aliases: [NLU Rescue System, joint rescue]
    description: The Joint NLU Rescue System is the rescue system of the Northern Lakes Union.
    evidence: the Joint NLU Rescue System
    ru:
      name: "Объединённая система спасения ССО"
      aliases: ["система спасения ССО", "объединённое спасение"]
      description: "Объединённая система спасения ССО — система спасения Союза северных озёр."
  - id: council
    type: organisation
    name: the council of the Joint NLU Rescue System
    aliases: [council]
    description: The council of the Joint NLU Rescue System is chaired by Rear Adm. Pavel Orlov.
    evidence: the council of the Joint NLU Rescue System
    ru:
      name: "совет Объединённой системы спасения ССО"
      aliases: ["совет"]
      description: "Совет Объединённой системы спасения ССО возглавляет контр-адмирал Павел Орлов."
  - id: school
    type: organisation
    name: Northern Fleet School
    description: The Northern Fleet School is commanded by Rear Adm. Pavel Orlov.
    evidence: commander of the Northern Fleet School
    ru:
      name: "Северная флотская школа"
      description: "Северной флотской школой командует контр-адмирал Павел Орлов."
  - id: agency
    type: organisation
    name: Federal Agency for Scientific-Technical Cooperation
    description: The Federal Agency for Scientific-Technical Cooperation is headed by Maxim Belov.
    evidence: the Federal Agency for Scientific-Technical Cooperation
    ru:
      name: "Федеральное агентство по научно-техническому сотрудничеству"
      description: "Федеральное агентство по научно-техническому сотрудничеству возглавляет Максим Белов."
  - id: orlov
    type: person
    name: Rear Adm. Pavel Orlov
    aliases: [Pavel Orlov, Orlov, Rear Admiral Pavel Orlov]
    description: Rear Adm. Pavel Orlov is the commander of the Northern Fleet School and the chair of the council of the Joint NLU Rescue System.
    evidence: Rear Adm. Pavel Orlov, commander of the Northern Fleet School
    ru:
      name: "контр-адмирал Павел Орлов"
      aliases: ["Павел Орлов", "Орлов", "Орлова", "контр-адмирал Орлов"]
      description: "Контр-адмирал Павел Орлов — командующий Северной флотской школой и председатель совета Объединённой системы спасения ССО."
  - id: belov
    type: person
    name: Maxim Belov
    aliases: [Belov]
    description: Maxim Belov is the head of the Federal Agency for Scientific-Technical Cooperation.
    evidence: Maxim Belov, the head of the Federal Agency for Scientific-Technical Cooperation
    ru:
      name: "Максим Белов"
      aliases: ["Белов", "Белова"]
      description: "Максим Белов — глава Федерального агентства по научно-техническому сотрудничеству."
  - id: lebedeva
    type: person
    name: Anna Lebedeva
    description: Anna Lebedeva took the article's photo.
    evidence: Lake Courier/Anna Lebedeva
    ru:
      name: "Анна Лебедева"
      description: "Анна Лебедева — автор фотографии к статье."
  - id: lake-courier
    type: publication
    name: Lake Courier
    description: Lake Courier published this report.
    evidence: Lake Courier
    ru:
      name: "Lake Courier"
      description: "Lake Courier — издание, опубликовавшее этот материал."
  - id: sea-herald
    type: publication
    name: Sea Herald
    description: The Sea Herald is the newspaper Orlov spoke to.
    evidence: the Sea Herald
    ru:
      name: "«Морская газета»"
      aliases: ["Морская газета", "Морской газете"]
      description: "«Морская газета» — газета, которой дал интервью Орлов."
  - id: rescue-boats
    type: equipment
    name: rescue boats
    description: Rescue boats are what Belov said would be sent to Westland.
    evidence: rescue boats would be sent to Westland
    ru:
      name: "спасательные катера"
      aliases: ["катера"]
      description: "Спасательные катера — то, что, по словам Белова, отправят в Вестландию."
  - id: agreements
    type: agreement
    name: the agreements on the Joint NLU Rescue System
    aliases: [agreements]
    description: The agreements on the Joint NLU Rescue System were signed by Norland, Westland and Sudland.
    evidence: have signed agreements on the Joint NLU Rescue System
    ru:
      name: "соглашения об Объединённой системе спасения ССО"
      aliases: ["соглашения"]
      description: "Соглашения об Объединённой системе спасения ССО подписали Норландия, Вестландия и Зюдландия."
facts:
  - id: agreements-signed
    relation: signed
    subject: [norland, westland, sudland]
    object: [agreements]
    mentions: [nlu, rescue-system]
    answer: Norland, Westland and Sudland have signed agreements on the Joint NLU Rescue System.
    evidence: Norland, Westland and Sudland have signed agreements on the Joint NLU Rescue System.
    question: Who has signed the agreements?
    ru:
      answer: "Норландия, Вестландия и Зюдландия подписали соглашения об Объединённой системе спасения ССО."
      question: "Кто подписал соглашения?"
  - id: orlov-heads-school
    relation: heads
    subject: [orlov]
    object: [school]
    answer: Rear Adm. Pavel Orlov is the commander of the Northern Fleet School.
    evidence: Rear Adm. Pavel Orlov, commander of the Northern Fleet School
    question: Who commands the Northern Fleet School?
    ru:
      answer: "Контр-адмирал Павел Орлов — командующий Северной флотской школой."
      question: "Кто командует Северной флотской школой?"
  - id: orlov-chairs-council
    relation: chairs
    subject: [orlov]
    object: [council, rescue-system]
    answer: Orlov chairs the council of the Joint NLU Rescue System.
    evidence: who also chairs the council of the Joint NLU Rescue System
    question: Which council does Orlov chair?
    ru:
      answer: "Орлов — председатель совета Объединённой системы спасения ССО."
      question: "Каким советом руководит Орлов?"
  - id: orlov-cooperation
    relation: said
    subject: [orlov]
    mentions: [norland]
    answer: Orlov said that scientific-technical cooperation with Norland continues to grow.
    evidence: said that scientific-technical cooperation with Norland continues to grow
    keywords: [scientific-technical cooperation, grow]
    question: What did Orlov say about cooperation with Norland?
    ru:
      answer: "Орлов сказал, что научно-техническое сотрудничество с Норландией продолжает расти."
      question: "Что Орлов сказал о сотрудничестве с Норландией?"
      keywords: ["научно-техническое сотрудничество", "расти", "углубить"]
  - id: belov-heads-agency
    relation: heads
    subject: [belov]
    object: [agency]
    answer: Maxim Belov is the head of the Federal Agency for Scientific-Technical Cooperation.
    evidence: Maxim Belov, the head of the Federal Agency for Scientific-Technical Cooperation
    question: Who heads the Federal Agency for Scientific-Technical Cooperation?
    ru:
      answer: "Максим Белов — глава Федерального агентства по научно-техническому сотрудничеству."
      question: "Кто возглавляет Федеральное агентство по научно-техническому сотрудничеству?"
  - id: belov-boats
    relation: said
    subject: [belov]
    mentions: [westland, rescue-boats]
    answer: Belov said that rescue boats would be sent to Westland.
    evidence: said that rescue boats would be sent to Westland
    question: What did Belov say?
    ru:
      answer: "Белов сказал, что спасательные катера отправят в Вестландию."
      question: "Что сказал Белов?"
  - id: orlov-interview
    relation: gave-interview
    subject: [orlov]
    object: [sea-herald]
    answer: Orlov spoke to the Sea Herald.
    evidence: Orlov spoke to the Sea Herald
    question: Who did Orlov speak to?
    ru:
      answer: "Орлов дал интервью «Морской газете»."
      question: "Кому Орлов дал интервью?"
  - id: courier-report
    relation: reported
    subject: [lake-courier]
    answer: The story is a Lake Courier report.
    evidence: Lake Courier
    question: Who published this report?
    ru:
      answer: "Это материал Lake Courier."
      question: "Кто опубликовал этот материал?"
`;

export function lakesEngine(): Promise<Engine> {
  return engineOf(LAKES_KNOWLEDGE, LAKES_ARTICLE, "lakes");
}
