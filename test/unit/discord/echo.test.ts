import { describe, expect, it } from "vitest";
import { QuestionButtons } from "../../../src/discord/question-buttons.js";
import { renderAnswer } from "../../../src/discord/render/answer.js";
import { inlineCode, markEchoes } from "../../../src/discord/text.js";
import type { Answer } from "../../../src/qa/types.js";
import { makeKnowledge } from "./fixtures.js";

function refusal(text: string, echoed: string[], question = "q"): Answer {
  return {
    question,
    answered: false,
    text,
    facts: [],
    evidence: [],
    confidence: 0,
    suggestions: [],
    verdict: null,
    language: "en",
    echoed,
  };
}

const article = makeKnowledge().article;

describe("user text repeated in a reply", () => {
  it("is inline code, so a link is not a link and a mention is not a mention", () => {
    const fragment = "https://evil.example/login @everyone";
    const reply = renderAnswer(
      refusal(`The article does not mention "${fragment}". The article is a report.`, [fragment]),
      article,
      new QuestionButtons(),
    );
    const description = reply.embeds?.[0]?.description ?? "";
    expect(description).toContain("`https://evil.example/login @everyone`");
    expect(description).not.toContain(`"${fragment}"`);
  });

  it("loses bidi overrides and zero-width characters, and cannot close its own code span", () => {
    expect(inlineCode("Vla\u202Edimir\u200B Pu\u2066tin`")).toBe("`Vladimir Putinˋ`");
    expect(inlineCode("\u200B\u202E")).toBe("");
  });

  it("is marked wherever the text quotes it, in any of the quote styles the languages use", () => {
    expect(markEchoes("Статья не упоминает «Путин».", ["Путин"])).toBe("Статья не упоминает `Путин`.");
    expect(markEchoes("Nothing quoted here.", ["Putin"])).toBe("Nothing quoted here.");
  });

  it("leaves no invisible character in an answered question's title", () => {
    const answered: Answer = {
      ...refusal("Russia supplies Tajikistan.", []),
      answered: true,
      question: "who supplies \u202ETajikistan\u200B?",
      evidence: ["the supply of aircraft to Tajikistan"],
    };
    const reply = renderAnswer(answered, article, new QuestionButtons());
    expect(reply.embeds?.[0]?.title).toBe("who supplies Tajikistan?");
  });
});

describe("a yes/no answer", () => {
  it("shows its verdict in a field of its own, in the answer's language, and nothing of the kind otherwise", () => {
    const base: Answer = {
      ...refusal("No. Russia provides modern communications systems to Kyrgyzstan.", []),
      answered: true,
      verdict: "no",
      evidence: ["modern communications systems to Kyrgyzstan"],
    };
    expect(renderAnswer(base, article, new QuestionButtons()).embeds?.[0]?.fields).toEqual([
      { name: "Verdict", value: "**No**", inline: true },
    ]);
    const russian = renderAnswer({ ...base, verdict: "yes", language: "ru" }, article, new QuestionButtons());
    expect(russian.embeds?.[0]?.fields?.[0]?.value).toBe("**Да**");
    const plain = renderAnswer({ ...base, verdict: null }, article, new QuestionButtons());
    expect(plain.embeds?.[0]?.fields).toBeUndefined();
  });
});
