import type { Engine } from "../../../src/qa/types.js";
import { engineOf } from "../../support/knowledge.js";

/**
 * A small made-up article and its knowledge: a quarry town that ships stone to three towns, deals
 * signed by some towns and still awaiting approval in others, a board chair with a rank written short
 * who gave an interview to a paper, and a trade office head who lists what the quarry will keep
 * shipping.
 */
export const QUARRY_ARTICLE = [
  "Photo: Dale Gazette/Ivo Marsh",
  "Speaking to local press about the work to expand the Portmere quarry, Quarry Board Chair Maj. Gen. Hana Vos said the new rail link is an excellent chance to strengthen trade in the Northern Vale, Dale Gazette reports.",
  "In an interview for the Vale Herald, the official paper of the Portmere council, Vos said Ashby, Brill and Colne have already signed stone supply deals.",
  "Similar deals have been drafted with Dunn and Eske, and they are awaiting approval.",
  "On Monday, Piet Lund, the head of the Stone Trade Office, said Portmere would keep shipping granite, slate and marble to Vale League towns including Ashby, Brill and Colne.",
].join("\n");

export const QUARRY_KNOWLEDGE = `
version: 1
article:
  file: article.txt
  title: "The Portmere quarry and its stone deals"
  publisher: Dale Gazette
  abbreviations: [Maj., Gen.]
  summary: Which towns signed stone supply deals with the Portmere quarry, which still await approval, and what the quarry will keep shipping.
synonyms:
  - [article, story, report]
  - [deal, deals, agreement, agreements]
types:
  - id: town
    title: Towns
    words: [town, towns]
    place: true
  - id: region
    title: Regions
    words: [region, area]
    place: true
  - id: person
    title: People
    words: [person, people, man, woman]
    person: true
  - id: body
    title: Bodies
    words: [board, office, council]
  - id: paper
    title: Papers
    words: [paper, newspaper, outlet]
  - id: stone
    title: Stone
    words: [stone, stones]
  - id: deal
    title: Deals
relations:
  - id: ships
    label: ships
    verbs: [ship, supply, send]
    inverseVerbs: [get, receive]
  - id: signed
    label: signed
    verbs: [sign]
  - id: awaits-approval
    label: awaits approval
    related: [signed]
    contrary: [signed]
    verbs: [await, draft]
    nouns: [approval]
  - id: heads
    label: heads
    verbs: [head, chair, lead]
    nouns: [head, chair]
  - id: said
    label: said
    verbs: [say]
    nouns: [statement]
  - id: gave-interview
    label: gave an interview to
    related: [said]
    verbs: [speak]
    nouns: [interview, press]
  - id: reported
    label: reported
    verbs: [report, publish]
    nouns: [publisher, source, reporter]
  - id: photographed
    label: took the photo
    verbs: [photograph]
    nouns: [photo, credit]
entities:
  - id: portmere
    type: town
    name: Portmere
    description: Portmere is the quarry town that ships stone to Ashby, Brill and Colne.
    evidence: the Portmere quarry
  - id: ashby
    type: town
    name: Ashby
    description: Ashby is a town that has signed a stone supply deal with Portmere.
    evidence: Ashby, Brill and Colne have already signed stone supply deals
  - id: brill
    type: town
    name: Brill
    description: Brill is a town that has signed a stone supply deal with Portmere.
    evidence: Ashby, Brill and Colne have already signed stone supply deals
  - id: colne
    type: town
    name: Colne
    description: Colne is a town that has signed a stone supply deal with Portmere.
    evidence: Ashby, Brill and Colne have already signed stone supply deals
  - id: dunn
    type: town
    name: Dunn
    description: Dunn is a town whose drafted stone deal awaits approval.
    evidence: Similar deals have been drafted with Dunn and Eske
  - id: eske
    type: town
    name: Eske
    description: Eske is a town whose drafted stone deal awaits approval.
    evidence: Similar deals have been drafted with Dunn and Eske
  - id: northern-vale
    type: region
    name: the Northern Vale
    aliases: [Northern Vale]
    description: The Northern Vale is the region whose trade, Vos said, the new rail link can strengthen.
    evidence: an excellent chance to strengthen trade in the Northern Vale
  - id: hana-vos
    type: person
    name: Maj. Gen. Hana Vos
    aliases: [Hana Vos, Vos, Major General Hana Vos, General Vos]
    description: Maj. Gen. Hana Vos is the chair of the Quarry Board.
    evidence: Quarry Board Chair Maj. Gen. Hana Vos
    keywords: [title, rank, role]
  - id: piet-lund
    type: person
    name: Piet Lund
    aliases: [Lund]
    description: Piet Lund is the head of the Stone Trade Office.
    evidence: Piet Lund, the head of the Stone Trade Office
    keywords: [title, role]
  - id: ivo-marsh
    type: person
    name: Ivo Marsh
    aliases: [Marsh]
    description: Ivo Marsh is the photographer credited with the article's photo.
    evidence: Dale Gazette/Ivo Marsh
  - id: quarry-board
    type: body
    name: the Quarry Board
    aliases: [Quarry Board]
    description: The Quarry Board is chaired by Maj. Gen. Hana Vos.
    evidence: Quarry Board Chair Maj. Gen. Hana Vos
  - id: trade-office
    type: body
    name: the Stone Trade Office
    aliases: [Stone Trade Office, Trade Office]
    description: The Stone Trade Office is headed by Piet Lund.
    evidence: the head of the Stone Trade Office
  - id: vale-league
    type: body
    name: the Vale League
    aliases: [Vale League]
    description: The Vale League is a group of towns that Portmere will keep shipping stone to.
    evidence: Vale League towns including Ashby, Brill and Colne
  - id: portmere-council
    type: body
    name: the Portmere council
    aliases: [Portmere council]
    description: The Portmere council's official paper is the Vale Herald.
    evidence: the official paper of the Portmere council
  - id: dale-gazette
    type: paper
    name: Dale Gazette
    description: Dale Gazette is the outlet that reported the story.
    evidence: Dale Gazette reports
  - id: vale-herald
    type: paper
    name: the Vale Herald
    aliases: [Vale Herald]
    description: The Vale Herald is the official paper of the Portmere council, which interviewed Vos.
    evidence: In an interview for the Vale Herald, the official paper of the Portmere council
  - id: granite
    type: stone
    name: granite
    description: Granite is among the stone Portmere will keep shipping.
    evidence: granite, slate and marble
  - id: slate
    type: stone
    name: slate
    description: Slate is among the stone Portmere will keep shipping.
    evidence: granite, slate and marble
  - id: marble
    type: stone
    name: marble
    description: Marble is among the stone Portmere will keep shipping.
    evidence: granite, slate and marble
  - id: supply-deals
    type: deal
    name: the stone supply deals
    aliases: [stone supply deals, supply deals]
    description: The stone supply deals are signed by Ashby, Brill and Colne.
    evidence: Ashby, Brill and Colne have already signed stone supply deals
facts:
  - id: deals-signed
    relation: signed
    subject: [ashby, brill, colne]
    object: [supply-deals]
    mentions: [hana-vos, portmere]
    answer: Ashby, Brill and Colne have already signed stone supply deals with Portmere.
    evidence: Ashby, Brill and Colne have already signed stone supply deals
    keywords: [already]
    question: Which towns have signed the stone supply deals?
    complete: true
  - id: deals-pending
    relation: awaits-approval
    subject: [dunn, eske]
    mentions: [supply-deals, hana-vos]
    answer: Similar deals have been drafted with Dunn and Eske, and they are awaiting approval.
    evidence: Similar deals have been drafted with Dunn and Eske, and they are awaiting approval.
    keywords: [similar, drafted, yet]
    question: Which deals are still awaiting approval?
  - id: vos-chairs
    relation: heads
    subject: [hana-vos]
    object: [quarry-board]
    answer: Maj. Gen. Hana Vos chairs the Quarry Board.
    evidence: Quarry Board Chair Maj. Gen. Hana Vos
    question: Who chairs the Quarry Board?
  - id: lund-heads
    relation: heads
    subject: [piet-lund]
    object: [trade-office]
    answer: Piet Lund is the head of the Stone Trade Office.
    evidence: Piet Lund, the head of the Stone Trade Office
    question: Who heads the Stone Trade Office?
  - id: vos-interview
    relation: gave-interview
    subject: [hana-vos]
    mentions: [vale-herald]
    answer: Vos spoke to local press about the work to expand the Portmere quarry, in an interview for the Vale Herald.
    evidence: Speaking to local press about the work to expand the Portmere quarry
    where: in an interview for the Vale Herald, the official paper of the Portmere council
    keywords: [interview, quarry, expand]
    question: Who did Vos speak to?
  - id: rail-link
    relation: said
    subject: [hana-vos]
    mentions: [northern-vale]
    answer: Vos said the new rail link is an excellent chance to strengthen trade in the Northern Vale.
    evidence: the new rail link is an excellent chance to strengthen trade in the Northern Vale
    keywords: [rail link, chance, trade]
    question: What did Vos say about the rail link?
  - id: lund-statement
    relation: said
    subject: [piet-lund]
    object: [ashby, brill, colne, vale-league]
    mentions: [portmere, granite, slate, marble]
    answer: On Monday, Piet Lund said Portmere would keep shipping granite, slate and marble to Vale League towns including Ashby, Brill and Colne.
    evidence: Portmere would keep shipping granite, slate and marble to Vale League towns including Ashby, Brill and Colne
    keywords: [keep, shipping]
    when: on Monday
    question: What did Piet Lund say?
    partial: true
  - id: reported-by
    relation: reported
    subject: [dale-gazette]
    answer: The story is a Dale Gazette report.
    evidence: Dale Gazette reports
    keywords: [story, published, source]
    question: Who reported the story?
  - id: photo-credit
    relation: photographed
    subject: [ivo-marsh]
    answer: The photo is credited to Dale Gazette/Ivo Marsh.
    evidence: Dale Gazette/Ivo Marsh
    keywords: [photo, credit]
    question: Who is the photo credited to?
`;

let engine: Engine | undefined;

/** The engine built from the made-up quarry article's knowledge (once per test file). */
export async function quarryEngine(): Promise<Engine> {
  engine ??= await engineOf(QUARRY_KNOWLEDGE, QUARRY_ARTICLE, "<quarry>");
  return engine;
}
