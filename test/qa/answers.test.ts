import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/qa/engine.js";
import type { Engine } from "../../src/qa/types.js";
import { realKnowledge } from "../support/knowledge.js";

let engine: Engine;
beforeAll(async () => {
  engine = createEngine(await realKnowledge());
});

const ask = (q: string) => engine.answer(q);

describe("relations, from both sides", () => {
  it.each([
    ["Who delivers equipment to Kyrgyzstan?", /russia/i, /modern communications systems/i],
    ["Kyrgyzstan receives what from Russia?", /russia/i, /communications/i],
    ["Which supplier does Tajikistan have?", /russia/i, /aircraft and anti-aircraft missile technology/i],
    ["What is sent to Belarus?", /russia/i, /spare parts/i],
  ])("%s", (question, who, what) => {
    const a = ask(question);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(who);
    expect(a.text).toMatch(what);
  });

  it("keeps each recipient's supplies apart", () => {
    expect(ask("What is Kazakhstan given?").text).not.toMatch(/communications/i);
    expect(ask("What is Kyrgyzstan given?").text).not.toMatch(/anti-aircraft missile systems/i);
  });

  it("finds the recipient from what is supplied", () => {
    const a = ask("Who is getting the anti-aircraft missile systems?");
    expect(a.text).toMatch(/kazakhstan/i);
    expect(a.text).not.toMatch(/kyrgyz/i);
  });

  it("answers 'what equipment' with the thing supplied when the recipients are named", () => {
    expect(ask("Which equipment goes to Armenia and Belarus?").text).toMatch(/spare parts/);
  });

  it("lists everything one supplier sends", () => {
    const a = ask("Russia supplies which countries?");
    for (const country of [/kazakhstan/i, /kyrgyz/i, /tajik/i, /armenia/i, /belarus/i])
      expect(a.text).toMatch(country);
  });

  it("answers for each of several names of one kind", () => {
    const a = ask("What do Armenia and Kyrgyzstan get?");
    expect(a.text).toMatch(/spare parts/);
    expect(a.text).toMatch(/communications systems/);
  });

  it("does not turn 'A supplies B' into 'B supplies A'", () => {
    expect(ask("What does Tajikistan supply to Russia?").answered).toBe(false);
    // Both are signatories of one agreement; that says nothing of who supplies whom.
    expect(ask("Does Kazakhstan supply Russia?").answered).toBe(false);
    expect(ask("Who supplies Russia?").answered).toBe(false);
  });
});

describe("lists, descriptions and roles", () => {
  it("names every signatory", () => {
    const a = ask("Who has signed the cooperation agreements?");
    for (const c of [/russia/i, /armenia/i, /belarus/i, /kazakhstan/i]) expect(a.text).toMatch(c);
    expect(a.text).not.toMatch(/kyrgyz/i);
  });

  it("names the countries whose agreements await approval", () => {
    const a = ask("whose agreements are pending inter-departmental approval");
    expect(a.text).toMatch(/kyrgyz/i);
    expect(a.text).toMatch(/tajik/i);
  });

  it("describes a person by any of their names", () => {
    for (const name of ["Col. Gen. Bondarev", "Viktor Bondarev", "general bondarev"]) {
      expect(ask(`Who is ${name}?`).text).toMatch(/Aerospace Forces/);
    }
    expect(ask("who's dmitriy shugayev").text).toMatch(/Military-Technical Cooperation/);
  });

  it("expands abbreviations", () => {
    expect(ask("CSTO stands for?").text).toMatch(/Collective Security Treaty Organization/);
    expect(ask("what's the meaning of CIS").text).toMatch(/Commonwealth of Independent States/);
  });

  it("says who heads and who chairs", () => {
    expect(ask("Who is in charge of the Russian Aerospace Forces?").text).toMatch(/Bondarev/);
    expect(ask("Who is the coordinating committee's chairman?").text).toMatch(/Bondarev/);
    expect(ask("Who leads the FSVTS?").text).toMatch(/Shugaev/);
  });

  it("answers what a name alone is about", () => {
    const a = ask("Tajikistan");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/aircraft/);
    expect(a.facts.length).toBeGreaterThan(1);
  });

  it("gives the time where the article gives one", () => {
    expect(ask("On what day did Dmitri Shugaev speak?").text).toMatch(/sunday/i);
  });
});

describe("what the article does not say", () => {
  it.each([
    "Who supplies Uzbekistan?",
    "What does Russia sell to China?",
    "Is Kazakhstan a NATO member?",
    "How many helicopters does Armenia get?",
    "What is the price of the missile systems?",
    "When did Armenia sign the agreement?",
    "Who is the prime minister of Armenia?",
    "What is the population of Tajikistan?",
    "What did Erdogan say about Belarus?",
    "What is the capital of Kyrgyzstan?",
    "Where is the headquarters of the CSTO?",
    "Tell me a joke",
    "hi there",
    "lorem ipsum dolor sit amet",
    "",
  ])("refuses %j honestly", (question) => {
    const a = ask(question);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/does not|no figures|could not|only answer/i);
    expect(a.facts).toEqual([]);
    expect(a.suggestions.length).toBeGreaterThan(0);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
  });

  it("names what it does not know", () => {
    expect(ask("Who supplies Uzbekistan?").text).toMatch(/does not mention Uzbekistan/);
  });

  it("tells a gap from the knowledge, with the nearest fact: an attribute one person has and another lacks", () => {
    // The knowledge gives Bondarev a rank and Shugaev none.
    const gap = ask("Tell me Shugaev's rank");
    expect(gap.answered).toBe(false);
    expect(gap.text).toMatch(/^The article does not say "Tell me Shugaev's rank"\. What it says: .*Shugaev/);
    expect(gap.echoed).toEqual(["Tell me Shugaev's rank"]);
    expect(gap.facts.length).toBe(1);
    const held = ask("Tell me Bondarev's rank");
    expect(held.answered).toBe(true);
    expect(held.text).toMatch(/Col\. Gen\./);
  });
});

describe("the article itself", () => {
  it("gives its title and summary, from the knowledge file, when asked about the article", () => {
    const about = ask("so what's the piece about?");
    expect(about.answered).toBe(true);
    expect(about.text).toMatch(/^The article is Sputnik's report ".+"\. Col\. Gen\. Viktor Bondarev/);
    const headline = ask("what was the headline of the story");
    expect(headline.answered).toBe(true);
    expect(headline.text).toBe(
      `The article is Sputnik's report "Russian Aerospace Forces chief on strengthening the Joint CIS Air Defense System".`,
    );
  });

  it("still answers a question about something the article says", () => {
    expect(ask("who heads the FSMTC, according to the article").text).toMatch(/Shugaev/);
  });
});

describe("inputs that must not get in the way", () => {
  it("ignores mentions, emoji, casing and punctuation", () => {
    const plain = ask("who supplies armenia");
    for (const noisy of [
      "@everyone WHO SUPPLIES ARMENIA?!",
      "<@123456789012345678> who supplies armenia 🚀🚀",
      "who... supplies... Armenia???",
    ]) {
      expect(ask(noisy).facts).toEqual(plain.facts);
    }
  });

  it("reads look-alike letters from other scripts", () => {
    // Cyrillic а and е in place of the Latin letters.
    expect(ask("who supplies Аrmеnia").facts).toEqual(ask("who supplies Armenia").facts);
  });

  it("corrects typos and knows transliterations", () => {
    for (const q of ["who suplies kazahstan", "what does kirghizia recieve", "Who supplies Tadzhikistan?"]) {
      expect(ask(q).answered).toBe(true);
    }
  });

  it("answers with the evidence sentence from the article", async () => {
    const knowledge = await realKnowledge();
    const a = ask("What does Russia supply to Armenia?");
    expect(a.evidence.length).toBeGreaterThan(0);
    for (const sentence of a.evidence) expect(knowledge.articleText.replace(/\s+/g, " ")).toContain(sentence);
  });
});

describe("sides, kinds and circumstances", () => {
  it("does not answer about two recipients as if one supplied the other", () => {
    expect(ask("What does Belarus send to Armenia?").answered).toBe(false);
    expect(ask("What does Tajikistan give Kazakhstan?").answered).toBe(false);
  });

  it("lists every recipient when the question names a kind, not a country", () => {
    const a = ask("What does Russia deliver to other countries?");
    for (const c of [/kazakhstan/i, /kyrgyz/i, /tajik/i, /armenia/i, /belarus/i]) expect(a.text).toMatch(c);
  });

  it("answers whether a country signed from the relation declared related", () => {
    expect(ask("Has Kyrgyzstan signed the agreement?").text).toMatch(/inter-departmental approval/);
    expect(ask("Has Belarus signed the agreements?").text).toMatch(/signed agreements/);
  });

  it("knows that the agreements are a thing that can be asked about", () => {
    expect(ask("What is the purpose of the agreements?").text).toMatch(/improve cooperation/);
  });

  it("answers where when the article says where, even without a verb it knows", () => {
    expect(ask("Where is the united regional air defense system being created?").text).toMatch(/post-Soviet/);
  });

  it("reads a first name as a question about the person", () => {
    expect(ask("What is Shugaev's first name?").text).toMatch(/Dmitri/);
  });

  it("does not name a model the article never names", () => {
    const a = ask("Which model of armored vehicles will Russia supply?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/type or model/);
  });
});

describe("exclusions, places and qualifying names", () => {
  it("sets aside what follows 'besides', up to the question's own wh-word", () => {
    expect(ask("What else is Bondarev, besides the commander of the Aerospace Forces?").text).toMatch(
      /coordinating committee/,
    );
    expect(ask("Besides aircraft, what does Tajikistan get?").text).toMatch(
      /anti-aircraft missile technology/,
    );
  });

  it("refuses a place on the map, which the article never gives", () => {
    expect(ask("In what city did Bondarev give the interview?").answered).toBe(false);
  });

  it("reads names before another name as qualifying it", () => {
    expect(ask("kyrgyzstan and tajikistan agreements are signed?").text).toMatch(
      /inter-departmental approval/,
    );
  });

  it("reads a fragment as a fragment", () => {
    expect(ask("tajik stuff").text).toMatch(/aircraft/);
  });
});

describe("counting", () => {
  it("counts the names of a kind that the answering facts give", () => {
    expect(ask("How many countries signed the cooperation agreements?").text).toMatch(
      /^The article names four: Russia, Armenia, Belarus and Kazakhstan\./,
    );
    expect(ask("how many countries get supplies from russia").text).toMatch(/names five/);
  });

  it("still refuses a count of things the article does not count", () => {
    expect(ask("How many armored vehicles will Armenia get?").answered).toBe(false);
  });
});

describe("casual wording", () => {
  it("reads ordinary words it does not know as phrasing, not as what is asked", () => {
    expect(ask("so who is shipping stuff to belarus").text).toMatch(/spare parts/);
    expect(ask("could you kindly tell me what Kyrgyzstan receives").text).toMatch(/communications/);
  });

  it("still refuses a name it does not know, and the thing asked of a name", () => {
    expect(ask("what did Tokayev say about the agreements").answered).toBe(false);
    expect(ask("what is the range of the anti-aircraft missiles").answered).toBe(false);
    expect(ask("who is Belarus's foreign minister").answered).toBe(false);
  });

  it("refuses a question whose own verb no fact uses", () => {
    expect(ask("Who will succeed Shugaev?").answered).toBe(false);
    expect(ask("who founded the CSTO").answered).toBe(false);
  });

  it("reads a request to the bot as a request, and agent nouns as nouns", () => {
    expect(ask("can you explain who Shugaev is").text).toMatch(/Military-Technical Cooperation/);
    expect(ask("who is the aerospace forces commander").text).toMatch(/Bondarev/);
  });

  it("joins a first name written another way to the surname it goes with", () => {
    expect(ask("who's dmitriy shugayev").text).toMatch(/head of the Russian Federal Service/);
  });

  it("takes model numbers for names the article never mentions", () => {
    expect(ask("does armenia get the Su-30").answered).toBe(false);
  });
});

describe("suggestions", () => {
  it("lead with what the question named", () => {
    const related = ask("who supplies Tajikistan").suggestions;
    expect(related.some((s) => /Tajikistan/.test(s))).toBe(true);
    // Not the question just answered, in the knowledge's own words.
    expect(related).not.toContain("What is Russia supplying to Tajikistan?");
  });

  it("offer questions about the names of a refused question", () => {
    expect(ask("What is the population of Armenia?").suggestions.some((s) => /Armenia/.test(s))).toBe(true);
  });
});

describe("figures, dates and outside names", () => {
  it("does not take the day of a statement for the day of a delivery", () => {
    expect(ask("When will the helicopters be delivered?").answered).toBe(false);
    expect(ask("When did Shugaev make his remarks?").text).toMatch(/sunday/i);
  });

  it("reads a passive question the right way round", () => {
    expect(ask("The coordinating committee is chaired by whom?").text).toMatch(/Bondarev/);
  });

  it("answers from content words alone when they all point at one fact", () => {
    expect(ask("What work is underway?").facts).toContain("agreements-implementation");
  });

  it("reads a price or a number asked anywhere in the question", () => {
    for (const q of [
      "What is the price of the helicopters?",
      "the number of missile systems for Kazakhstan",
    ]) {
      expect(ask(q).text).toMatch(/no figures/);
    }
  });

  it("names the unknown thing as the question wrote it", () => {
    expect(ask("Who is Vladimir Putin?").text).toMatch(/does not mention "Vladimir Putin"/);
    expect(ask("What does Bondarev think about the USA?").text).toMatch(/does not mention United States/);
  });
});
