import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A small made-up article and its knowledge, for verdicts on what a question states otherwise: a
 * statement dated by its weekday, a start dated by month and day, a year, counts given exactly and as
 * a bound, work that goes on, where the director came from, whose the photo is, whom the director reports
 * to (which it leaves open), what she enjoys and whom she spoke to.
 */
export const MUSEUM_ARTICLE = [
  "On Tuesday, Clara Voss, the director of the Harbor Museum, said the new wing would open in spring.",
  "Voss started her position on March 3, 2021.",
  "Her predecessor Tom Hale retired in 2020.",
  "Voss joins the museum from the Coastal Gallery, where she served as curator.",
  "The museum has 14 galleries and several reading rooms.",
  "Voss has more than 15 years of experience in museum work.",
  "Building work on the new wing continues.",
  "The museum's partners include Delta Library and Westport College.",
  "In her free time, Voss enjoys sailing and gardening.",
  "Voss spoke about the wing to Harbor Radio and the Bay Herald.",
  "For its design contest, the museum shortlisted Norra Studio and Vale Works.",
  "Who will design the new wing is not yet chosen.",
  "Photo: Lens Agency.",
].join("\n");

export const MUSEUM_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "The Harbor Museum gets a new wing"
  publisher: Bay Herald
  summary: The director of a museum speaks about its new wing.
types:
  - id: person
    title: People
    words: [person, woman, man]
    person: true
  - id: body
    title: Bodies
    words: [museum, gallery, agency, organisation]
  - id: thing
    title: Things
relations:
  - id: said
    label: said
    verbs: [say, speak, announce]
    nouns: [statement]
  - id: interviewed
    label: gave an interview to
    related: [said]
    verbs: [talk]
    nouns: [interview]
  - id: started
    label: started
    verbs: [start, begin, join]
  - id: retired
    label: retired
    verbs: [retire, leave]
  - id: has
    label: has
    verbs: [have, hold, own]
  - id: photographed
    label: took the photo
    verbs: [photograph]
    nouns: [photo, picture, photographer]
  - id: supervises
    label: supervises
    verbs: [supervise]
    nouns: [boss, supervisor]
  - id: enjoys
    label: enjoys
    verbs: [enjoy, like, love]
  - id: picks
    label: picks
    verbs: [pick, choose, shortlist]
  - id: partners
    label: partners with
    nouns: [partner, partners]
entities:
  - id: clara-voss
    type: person
    name: Clara Voss
    aliases: [Voss, Clara]
    description: Clara Voss is the director of the Harbor Museum.
    evidence: Clara Voss, the director of the Harbor Museum
  - id: tom-hale
    type: person
    name: Tom Hale
    aliases: [Hale]
    description: Tom Hale was the director of the Harbor Museum before Clara Voss.
    evidence: Her predecessor Tom Hale retired in 2020.
  - id: museum
    type: body
    name: Harbor Museum
    aliases: [the museum]
    description: The Harbor Museum is opening a new wing.
    evidence: the Harbor Museum
  - id: coastal-gallery
    type: body
    name: Coastal Gallery
    description: The Coastal Gallery is where Clara Voss served as curator.
    evidence: the Coastal Gallery, where she served as curator
  - id: lens-agency
    type: body
    name: Lens Agency
    description: Lens Agency is credited with the article's photo.
    evidence: "Photo: Lens Agency."
  - id: delta-library
    type: body
    name: Delta Library
    description: Delta Library is one of the museum's partners.
    evidence: Delta Library
  - id: westport-college
    type: body
    name: Westport College
    description: Westport College is one of the museum's partners.
    evidence: Westport College
  - id: harbor-radio
    type: body
    name: Harbor Radio
    description: Harbor Radio is a station Clara Voss spoke to about the wing.
    evidence: Harbor Radio
  - id: bay-herald
    type: body
    name: Bay Herald
    description: The Bay Herald is a paper Clara Voss spoke to about the wing.
    evidence: the Bay Herald
  - id: norra-studio
    type: body
    name: Norra Studio
    description: Norra Studio is on the museum's shortlist for its design contest.
    evidence: Norra Studio
  - id: vale-works
    type: body
    name: Vale Works
    description: Vale Works is on the museum's shortlist for its design contest.
    evidence: Vale Works
  - id: design-contest
    type: thing
    name: design contest
    description: The museum's design contest, for which it shortlisted two studios.
    evidence: For its design contest
  - id: new-wing
    type: thing
    name: new wing
    description: The Harbor Museum's new wing, still being built, will open in spring.
    evidence: the new wing would open in spring
  - id: galleries
    type: thing
    name: galleries
    description: The Harbor Museum has 14 galleries.
    evidence: The museum has 14 galleries
facts:
  - id: voss-statement
    relation: said
    subject: [clara-voss]
    mentions: [museum]
    answer: On Tuesday, Clara Voss said the new wing of the Harbor Museum would open in spring.
    evidence: On Tuesday, Clara Voss, the director of the Harbor Museum, said the new wing would open in spring.
    when: on Tuesday
    question: What did Clara Voss say?
  - id: voss-started
    relation: started
    subject: [clara-voss]
    mentions: [museum]
    answer: Clara Voss started her position on March 3, 2021.
    evidence: Voss started her position on March 3, 2021.
    when: on March 3, 2021
    question: When did Voss start?
  - id: hale-retired
    relation: retired
    subject: [tom-hale]
    answer: Tom Hale retired in 2020.
    evidence: Her predecessor Tom Hale retired in 2020.
    when: in 2020
    question: When did Hale retire?
  - id: voss-from-gallery
    relation: started
    subject: [clara-voss]
    object: [museum]
    mentions: [coastal-gallery]
    answer: Clara Voss joins the museum from the Coastal Gallery, where she served as curator.
    evidence: Voss joins the museum from the Coastal Gallery, where she served as curator.
    keywords: [came, before, previously]
    question: Where did Voss come from?
  - id: museum-galleries
    relation: has
    subject: [museum]
    object: [galleries]
    answer: The Harbor Museum has 14 galleries.
    evidence: The museum has 14 galleries
    quantity: 14 galleries
    question: How many galleries does the museum have?
  - id: voss-experience
    relation: has
    subject: [clara-voss]
    answer: Clara Voss has more than 15 years of experience in museum work.
    evidence: Voss has more than 15 years of experience in museum work.
    quantity: more than 15 years
    keywords: [experience]
    question: How much experience does Voss have?
  - id: wing-work
    relation: has
    subject: [museum]
    object: [new-wing]
    answer: Building work on the Harbor Museum's new wing continues.
    evidence: Building work on the new wing continues.
    keywords: [building, construction, work]
    question: How is the building of the new wing going?
  - id: museum-partners
    relation: partners
    subject: [museum]
    object: [delta-library, westport-college]
    answer: The Harbor Museum's partners include Delta Library and Westport College.
    evidence: The museum's partners include Delta Library and Westport College.
    where: in the region
    partial: true
    question: Who are the museum's partners?
  - id: voss-boss-unknown
    relation: supervises
    subject: [museum]
    object: [clara-voss]
    answer: The article does not say whom Clara Voss reports to at the Harbor Museum.
    evidence: Clara Voss, the director of the Harbor Museum
    leavesOpen: true
    question: Whom does Voss report to?
  - id: voss-hobbies
    relation: enjoys
    subject: [clara-voss]
    detail: sailing and gardening
    answer: In her free time, Clara Voss enjoys sailing and gardening.
    evidence: In her free time, Voss enjoys sailing and gardening.
    keywords: [sailing, sail, gardening, garden, hobbies, free, time]
    question: What does Voss do in her free time?
  - id: voss-interviews
    relation: interviewed
    subject: [clara-voss]
    object: [harbor-radio, bay-herald]
    answer: Clara Voss spoke about the wing to Harbor Radio and the Bay Herald.
    evidence: Voss spoke about the wing to Harbor Radio and the Bay Herald.
    question: Whom did Voss talk to about the wing?
  - id: contest-shortlist
    relation: picks
    subject: [museum]
    object: [norra-studio, vale-works]
    mentions: [design-contest]
    answer: For its design contest, the Harbor Museum shortlisted Norra Studio and Vale Works.
    evidence: For its design contest, the museum shortlisted Norra Studio and Vale Works.
    question: Whom did the museum shortlist?
  - id: wing-designer-open
    relation: picks
    subject: [museum]
    mentions: [new-wing]
    answer: Who will design the Harbor Museum's new wing is not yet chosen.
    evidence: Who will design the new wing is not yet chosen.
    leavesOpen: true
    question: Who will design the new wing?
  - id: photo-credit
    relation: photographed
    subject: [lens-agency]
    answer: The photo is credited to Lens Agency.
    evidence: "Photo: Lens Agency."
    question: Who took the photo?
`;

let engine: Engine | undefined;

/** The engine built from the made-up museum article's knowledge (once per test file). */
export async function museumEngine(): Promise<Engine> {
  engine ??= await engineOf(MUSEUM_KNOWLEDGE, MUSEUM_ARTICLE, "<museum>");
  return engine;
}
