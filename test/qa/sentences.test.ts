import { describe, expect, it } from "vitest";
import { sentenceLocator, splitSentences } from "../../src/qa/sentences.js";
import { createTextFinder } from "../../src/text/finder.js";
import { ARTICLE_TEXT, realKnowledge } from "../support/knowledge.js";

describe("the article's sentences", () => {
  it("do not end at the full stops of the knowledge's abbreviations", async () => {
    const { article } = await realKnowledge();
    expect(splitSentences("Col. Gen. Smith spoke.")).toEqual(["Col.", "Gen.", "Smith spoke."]);
    const sentences = splitSentences(ARTICLE_TEXT, article.abbreviations);
    expect(sentences.some((s) => s.endsWith("Col.") || s.endsWith("Gen."))).toBe(false);
    expect(sentences.find((s) => s.includes("Col. Gen. Viktor Bondarev"))).toMatch(
      /^Speaking to Russian media/,
    );
  });

  it("give the whole sentence a piece of evidence stands in", () => {
    const sentenceOf = sentenceLocator(ARTICLE_TEXT);
    expect(sentenceOf("Sputnik/Grigory Sisoev")).toBe("Photo: Sputnik/Grigory Sisoev");
    expect(sentenceOf("the provision of modern communications systems to Kyrgyzstan")).toMatch(
      /^Specifically, Bondarev explained that “the main of these measures/,
    );
  });

  it("give the evidence itself when it spans two sentences or is not there", () => {
    const sentenceOf = sentenceLocator("One two three. Four five six.");
    expect(sentenceOf("two three. Four")).toBe("two three. Four");
    expect(sentenceOf("seven eight")).toBe("seven eight");
  });
});

describe("finding fragments", () => {
  it("finds them at word starts, inside words, and not at all", () => {
    const text = "alpha beta gamma delta alpha beta gamma epsilon";
    const finder = createTextFinder(text);
    expect(finder.indexOf("alpha beta gamma epsilon")).toBe(text.indexOf("alpha beta gamma epsilon"));
    expect(finder.indexOf("pha beta gamma")).toBe(2);
    expect(finder.indexOf("beta")).toBe(6);
    expect(finder.indexOf("gamma alpha beta")).toBe(-1);
  });
});
