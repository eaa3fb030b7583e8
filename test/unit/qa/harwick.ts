import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A made-up release naming a museum's new director: one person the title names, a figure held in a
 * fact, places the article counts without naming and names without counting, and chat-typed questions.
 */
export const MUSEUM_ARTICLE = [
  "The Harwick Trust has selected Elena Voss as the new director of the Harwick City Museum.",
  "Voss replaces Peter Grall, who retired in 2021.",
  "Voss has more than 18 years of experience in city and state government.",
  "She worked for the city of Alder, the city of Brook and the city of Fenn.",
  "The museum has nine galleries and several reading rooms.",
  "On Monday, trust chair Ian Moss said Voss was a fine choice.",
  "Voss holds a degree in history from Northgate University and a degree in art conservation from Eastmoor College.",
  "Speaking to the Harwick Gazette, Voss said the museum would open on Sundays.",
  "The museum covers 40,000 square feet, and its garden is the largest rose garden in the county.",
  "Photo by Lena Marsh.",
  "Ian Moss said the museum, based in Harwick, would take its shows to Alder, Brook and Fenn.",
].join("\n");

export const MUSEUM_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Harwick Trust selects Elena Voss as the new museum director"
  publisher: Harwick Trust
  summary: The Harwick Trust names Elena Voss director of the Harwick City Museum.
outside:
  - Arts Board
types:
  - id: person
    title: People
    words: [person, people, official, officials]
    person: true
  - id: organisation
    title: Organisations
    words: [organisation, organisations]
  - id: school
    title: Universities
    words: [university, universities, college, colleges, school, schools]
  - id: publication
    title: Publications
    words: [newspaper, paper]
  - id: place
    title: Places
    words: [place, city, cities, garden, gardens]
relations:
  - id: selects
    label: selects
    verbs: [select, pick, choose]
  - id: succeeds
    label: succeeds
    verbs: [replace, succeed]
  - id: experienced
    label: has experience
    nouns: [experience]
  - id: worked-for
    label: worked for
    verbs: [work]
  - id: directs
    label: directs
    verbs: [direct, run]
    nouns: [director]
  - id: includes
    label: includes
    verbs: [include, contain]
  - id: said
    label: said
    verbs: [say]
  - id: photographed
    label: photographed
    verbs: [photograph, shoot]
    nouns: [photo, picture, photographer]
  - id: studied
    label: studied at
    verbs: [study, graduate]
    nouns: [degree, degrees]
  - id: gave-interview
    label: gave an interview to
    related: [said]
    verbs: [speak, talk]
    inverseVerbs: [interview]
    nouns: [interview]
  - id: interviewed
    label: was interviewed by
    related: [gave-interview]
    nouns: [journalist]
entities:
  - id: elena-voss
    type: person
    name: Elena Voss
    aliases: [Voss]
    description: Elena Voss is the new director of the Harwick City Museum.
    evidence: Elena Voss as the new director of the Harwick City Museum.
  - id: peter-grall
    type: person
    name: Peter Grall
    aliases: [Grall]
    description: Peter Grall was the museum's director until he retired in 2021.
    evidence: Voss replaces Peter Grall, who retired in 2021.
  - id: ian-moss
    type: person
    name: Ian Moss
    aliases: [Moss]
    description: Ian Moss is the chair of the Harwick Trust.
    evidence: trust chair Ian Moss
  - id: trust
    type: organisation
    name: the Harwick Trust
    aliases: [Harwick Trust]
    description: The Harwick Trust runs the Harwick City Museum.
    evidence: The Harwick Trust has selected Elena Voss
  - id: museum
    type: organisation
    name: the Harwick City Museum
    aliases: [Harwick City Museum, the museum, museum]
    description: The Harwick City Museum is the museum Elena Voss now directs.
    evidence: the Harwick City Museum.
  - id: galleries
    type: place
    name: galleries
    aliases: [gallery]
    description: The Harwick City Museum has nine galleries; the article does not name them.
    evidence: The museum has nine galleries
  - id: reading-rooms
    type: place
    name: reading rooms
    aliases: [reading room]
    description: The Harwick City Museum has several reading rooms; the article does not say how many.
    evidence: several reading rooms.
  - id: northgate
    type: school
    name: Northgate University
    aliases: [Northgate]
    description: Northgate University is where Elena Voss earned her degree in history.
    evidence: a degree in history from Northgate University
  - id: eastmoor
    type: school
    name: Eastmoor College
    aliases: [Eastmoor]
    description: Eastmoor College is where Elena Voss earned her degree in art conservation.
    evidence: a degree in art conservation from Eastmoor College.
  - id: gazette
    type: publication
    name: the Harwick Gazette
    aliases: [Harwick Gazette, the Gazette]
    description: The Harwick Gazette is the newspaper Elena Voss spoke to.
    evidence: Speaking to the Harwick Gazette
  - id: garden
    type: place
    name: the museum's rose garden
    aliases: [rose garden, the garden, garden]
    description: The museum's rose garden is the largest rose garden in the county.
    evidence: its garden is the largest rose garden in the county.
  - id: lena-marsh
    type: person
    name: Lena Marsh
    aliases: [Marsh]
    description: Lena Marsh took the photo that goes with the release.
    evidence: Photo by Lena Marsh.
  - id: harwick
    type: place
    name: Harwick
    description: Harwick is the city the museum is based in.
    evidence: based in Harwick
  - id: alder
    type: place
    name: Alder
    description: Alder is one of the cities the museum will take its shows to.
    evidence: Alder, Brook and Fenn.
  - id: brook
    type: place
    name: Brook
    description: Brook is one of the cities the museum will take its shows to.
    evidence: Alder, Brook and Fenn.
  - id: fenn
    type: place
    name: Fenn
    description: Fenn is one of the cities the museum will take its shows to.
    evidence: Alder, Brook and Fenn.
facts:
  - id: voss-directs
    relation: directs
    subject: [elena-voss]
    object: [museum]
    answer: Elena Voss is the new director of the Harwick City Museum.
    evidence: Elena Voss as the new director of the Harwick City Museum.
    question: Who directs the museum?
  - id: grall-directed
    relation: directs
    subject: [peter-grall]
    object: [museum]
    answer: Peter Grall directed the museum until he retired in 2021.
    evidence: Voss replaces Peter Grall, who retired in 2021.
    question: Who directed the museum before Voss?
  - id: moss-tour
    relation: said
    subject: [ian-moss]
    object: [alder, brook, fenn]
    mentions: [museum, harwick]
    answer: Ian Moss said the museum, based in Harwick, would take its shows to Alder, Brook and Fenn.
    evidence: Ian Moss said the museum, based in Harwick, would take its shows to Alder, Brook and Fenn.
    keywords: [shows, tour]
    question: Where will the museum take its shows?
  - id: museum-size
    relation: includes
    subject: [museum]
    answer: The Harwick City Museum covers 40,000 square feet.
    evidence: The museum covers 40,000 square feet
    quantity: 40,000 square feet
    keywords: [size, big, large, area, square, feet]
    question: How big is the museum?
  - id: garden-largest
    relation: includes
    subject: [museum]
    object: [garden]
    detail: the largest rose garden in the county
    answer: The museum's rose garden is the largest rose garden in the county.
    evidence: its garden is the largest rose garden in the county.
    keywords: [largest, biggest, big, size]
    question: What is the largest rose garden in the county?
  - id: photo-credit
    relation: photographed
    subject: [lena-marsh]
    answer: The photo is credited to Lena Marsh.
    evidence: Photo by Lena Marsh.
    question: Who took the photo?
  - id: voss-history-degree
    relation: studied
    subject: [elena-voss]
    object: [northgate]
    answer: Elena Voss holds a degree in history from Northgate University.
    evidence: Voss holds a degree in history from Northgate University
    question: Where did Elena Voss study history?
  - id: voss-conservation-degree
    relation: studied
    subject: [elena-voss]
    object: [eastmoor]
    answer: Elena Voss holds a degree in art conservation from Eastmoor College.
    evidence: a degree in art conservation from Eastmoor College.
    question: Where did Elena Voss study art conservation?
  - id: voss-gazette
    relation: gave-interview
    subject: [elena-voss]
    object: [gazette]
    answer: Elena Voss spoke to the Harwick Gazette and said the museum would open on Sundays.
    evidence: Speaking to the Harwick Gazette, Voss said the museum would open on Sundays.
    when: on Sundays
    question: Who did Elena Voss speak to?
  - id: interviewer-unnamed
    relation: interviewed
    subject: [elena-voss]
    answer: The article does not name who interviewed Voss; she spoke to the Harwick Gazette.
    evidence: Speaking to the Harwick Gazette
    question: Who interviewed Elena Voss?
    leavesOpen: true
  - id: trust-selects-voss
    relation: selects
    subject: [trust]
    object: [elena-voss]
    mentions: [museum]
    answer: The Harwick Trust has selected Elena Voss as the new director of the Harwick City Museum.
    evidence: The Harwick Trust has selected Elena Voss as the new director of the Harwick City Museum.
    question: Who did the Harwick Trust select?
  - id: voss-replaces-grall
    relation: succeeds
    subject: [elena-voss]
    object: [peter-grall]
    answer: Elena Voss replaces Peter Grall, who retired in 2021.
    evidence: Voss replaces Peter Grall, who retired in 2021.
    question: Who does Elena Voss replace?
  - id: voss-experience
    relation: experienced
    subject: [elena-voss]
    answer: Elena Voss has more than 18 years of experience in city and state government.
    evidence: Voss has more than 18 years of experience in city and state government.
    quantity: more than 18 years
    keywords: [years, government, levels, city, state]
    question: How much experience does Elena Voss have?
  - id: voss-cities
    relation: worked-for
    subject: [elena-voss]
    answer: Elena Voss worked for the city of Alder, the city of Brook and the city of Fenn.
    evidence: She worked for the city of Alder, the city of Brook and the city of Fenn.
    keywords: [cities, city, before, previously]
    question: Which cities did Elena Voss work for?
  - id: museum-galleries
    relation: includes
    subject: [museum]
    object: [galleries]
    detail: nine galleries
    answer: The Harwick City Museum has nine galleries.
    evidence: The museum has nine galleries
    quantity: nine galleries
    question: How many galleries does the museum have?
  - id: museum-reading-rooms
    relation: includes
    subject: [museum]
    object: [reading-rooms]
    detail: several reading rooms
    answer: The Harwick City Museum also has several reading rooms; the article does not say how many.
    evidence: several reading rooms.
    quantity: several
    question: Does the museum have reading rooms?
  - id: moss-said
    relation: said
    subject: [ian-moss]
    mentions: [elena-voss]
    answer: On Monday, Ian Moss said Voss was a fine choice.
    evidence: On Monday, trust chair Ian Moss said Voss was a fine choice.
    when: on Monday
    question: What did Ian Moss say about Elena Voss?
`;

let engine: Engine | undefined;

/** The engine built from the made-up museum release's knowledge (once per test file). */
export async function museumEngine(): Promise<Engine> {
  engine ??= await engineOf(MUSEUM_KNOWLEDGE, MUSEUM_ARTICLE, "<museum>");
  return engine;
}
