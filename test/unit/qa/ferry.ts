import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A small made-up article and its knowledge: a ferry company that sells boats to two islands, a
 * harbour master with a rank written short, and work that is still going on.
 */
export const FERRY_ARTICLE = [
  "Photo: Island Post/Mara Lind",
  "Bluewater Lines supplies motorboats to Northholm, and it supplies cargo barges to Southholm.",
  "Capt. Cmdr. Ola Brandt heads the Bluewater Lines fleet office.",
  "Work on the new pier at Northholm continues to make progress, Brandt said.",
  "Bluewater Lines is constructing the new pier so that larger ferries can dock.",
].join("\n");

export const FERRY_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "Bluewater Lines and the islands"
  publisher: Island Post
  abbreviations: [Capt., Cmdr.]
  summary: Bluewater Lines supplies boats to two islands; who runs the fleet office and how the pier is coming on.
synonyms:
  - [article, story, report]
  - [motorboats, speedboats, launches]
  - [barges, lighters]
types:
  - id: island
    title: Islands
    words: [island, islands]
    place: true
  - id: company
    title: Companies
    words: [company, firm]
  - id: person
    title: People
    words: [person, man]
    person: true
  - id: boat
    title: Boats
    words: [boat, boats, vessel, vessels]
  - id: project
    title: Projects
    words: [project, works]
relations:
  - id: supplies
    label: supplies
    verbs: [supply, sell]
    inverseVerbs: [get, receive, buy]
  - id: heads
    label: heads
    verbs: [head, run, lead]
    nouns: [head, chief]
  - id: said
    label: said
    verbs: [say, mention]
    nouns: [statement]
  - id: builds
    label: builds
    verbs: [construct]
  - id: photographed
    label: took the photo
    verbs: [photograph, take]
    nouns: [photo, photographer, credit]
entities:
  - id: bluewater
    type: company
    name: Bluewater Lines
    aliases: [Bluewater]
    description: Bluewater Lines is a ferry company that supplies boats to Northholm and Southholm.
    evidence: Bluewater Lines supplies motorboats to Northholm
  - id: northholm
    type: island
    name: Northholm
    description: Northholm is an island that gets motorboats from Bluewater Lines.
    evidence: Northholm
  - id: southholm
    type: island
    name: Southholm
    description: Southholm is an island that gets cargo barges from Bluewater Lines.
    evidence: Southholm
  - id: motorboats
    type: boat
    name: motorboats
    aliases: [motorboat]
    description: Motorboats are what Bluewater Lines supplies to Northholm.
    evidence: supplies motorboats to Northholm
  - id: barges
    type: boat
    name: cargo barges
    aliases: [barges, barge]
    description: Cargo barges are what Bluewater Lines supplies to Southholm.
    evidence: supplies cargo barges to Southholm
  - id: ola-brandt
    type: person
    name: Capt. Cmdr. Ola Brandt
    aliases: [Ola Brandt, Brandt, Captain Commander Ola Brandt]
    description: Capt. Cmdr. Ola Brandt heads the Bluewater Lines fleet office.
    evidence: Capt. Cmdr. Ola Brandt heads the Bluewater Lines fleet office.
  - id: mara-lind
    type: person
    name: Mara Lind
    aliases: [Lind]
    description: Mara Lind is the photographer credited with the article's photo.
    evidence: Island Post/Mara Lind
  - id: pier
    type: project
    name: the new pier at Northholm
    aliases: [new pier, pier]
    description: The new pier at Northholm is being built, and work on it continues to make progress.
    evidence: Work on the new pier at Northholm continues to make progress
facts:
  - id: motorboats-northholm
    relation: supplies
    subject: [bluewater]
    object: [northholm]
    mentions: [motorboats]
    answer: Bluewater Lines supplies motorboats to Northholm.
    evidence: Bluewater Lines supplies motorboats to Northholm
    question: What does Bluewater Lines supply to Northholm?
  - id: barges-southholm
    relation: supplies
    subject: [bluewater]
    object: [southholm]
    mentions: [barges]
    answer: Bluewater Lines supplies cargo barges to Southholm.
    evidence: it supplies cargo barges to Southholm
    question: What does Bluewater Lines supply to Southholm?
  - id: brandt-heads
    relation: heads
    subject: [ola-brandt]
    answer: Capt. Cmdr. Ola Brandt heads the Bluewater Lines fleet office.
    evidence: Capt. Cmdr. Ola Brandt heads the Bluewater Lines fleet office.
    keywords: [fleet office]
    question: Who heads the fleet office?
  - id: pier-progress
    relation: said
    subject: [ola-brandt]
    mentions: [pier]
    answer: Brandt said work on the new pier at Northholm continues to make progress.
    evidence: Work on the new pier at Northholm continues to make progress, Brandt said.
    keywords: [work, progress, continues, now, status]
    question: How is the work on the new pier going?
  - id: pier-purpose
    relation: builds
    subject: [bluewater]
    object: [pier]
    answer: Bluewater Lines is constructing the new pier so that larger ferries can dock.
    evidence: Bluewater Lines is constructing the new pier so that larger ferries can dock.
    keywords: [constructing]
    why: so that larger ferries can dock
    question: Why is Bluewater Lines constructing the new pier?
  - id: photo-credit
    relation: photographed
    subject: [mara-lind]
    answer: The photo is credited to Island Post/Mara Lind.
    evidence: Island Post/Mara Lind
    keywords: [photo, credit]
    question: Who is the photo credited to?
`;

let engine: Engine | undefined;

/** The engine built from the made-up ferry article's knowledge (once per test file). */
export async function ferryEngine(): Promise<Engine> {
  engine ??= await engineOf(FERRY_KNOWLEDGE, FERRY_ARTICLE, "<ferry>");
  return engine;
}
