import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/qa/engine.js";
import type { Answer, Engine } from "../../src/qa/types.js";
import { converseAll } from "../support/conversation.js";
import { realKnowledge } from "../support/knowledge.js";

let engine: Engine;
beforeAll(async () => {
  engine = createEngine(await realKnowledge());
});

const ask = (q: string) => engine.answer(q);

const conversation = (...questions: string[]): Answer[] => converseAll(engine, ...questions);

describe("yes/no questions", () => {
  it("say yes first when one fact joins every name on its side", () => {
    const a = ask("Did Belarus sign the agreements?");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/^Yes\. /);
    expect(a.answered).toBe(true);
  });

  it("say no when the fact names another thing where the question names one", () => {
    const a = ask("Is Russia sending spare parts to Tajikistan?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\. .*aircraft and anti-aircraft missile technology/);
  });

  it("do not say no where a list of examples ('including') names the thing for other countries", () => {
    const a = ask("Is Russia sending helicopters to Tajikistan?");
    expect(a.verdict).toBeNull();
    expect(a.answered).toBe(false);
  });

  it("say no when a contrary relation holds", () => {
    const a = ask("Did Kyrgyzstan already sign?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/approval/);
  });

  it("do not decide what a list merely leaves out", () => {
    const a = ask("Is Tajikistan one of the CSTO members?");
    expect(a.verdict).toBeNull();
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^The article does not say\. What it says: .*Kazakhstan/);
  });

  it("leave wh-questions without a verdict", () => {
    expect(ask("Who supplies Armenia?").verdict).toBeNull();
  });
});

describe("choice questions", () => {
  it("name the alternative the facts bear out", () => {
    const a = ask("Does Armenia or Kyrgyzstan receive communications systems?");
    expect(a.text).toMatch(/^Kyrgyzstan\./);
  });

  it("name the speaker the facts bear out", () => {
    const a = ask("Who talked about helicopters, Shugaev or Bondarev?");
    expect(a.text).toMatch(/^Dmitri Shugaev\./);
  });
});

describe("several questions in one message", () => {
  it("answers each part in order, a pronoun standing for the name before it", () => {
    const a = ask("who is shugaev and what does he head?");
    expect(a.answered).toBe(true);
    const [first, second] = a.text.split("\n\n");
    expect(first).toMatch(/Shugaev/);
    expect(second).toMatch(/Federal Service for Military-Technical Cooperation/);
  });

  it('reads a Discord mention\'s "!" as no end of a question', () => {
    const a = ask("<@!123456789012345678> who heads the FSMTC and what did he say");
    expect(a.answered).toBe(true);
    const [first, second] = a.text.split("\n\n");
    expect(first).toMatch(/Shugaev/);
    expect(second).toMatch(/helicopters/);
  });

  it("is answered only when every part is, a part that asks something unknown included", () => {
    const a = ask("who heads the FSMTC, whats the spokesperson's name");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/Shugaev/);
  });

  it("keeps a verdict first when the message opens with a yes/no question", () => {
    const a = ask("has belarus signed, and what does it receive?");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/^Yes\./);
    expect(a.text).toMatch(/spare parts/);
  });

  it("keeps two names joined by 'and' in one question", () => {
    expect(ask("what do armenia and belarus get?").text).not.toMatch(/\n\n/);
  });
});

describe("follow-ups", () => {
  it("reads 'and X?' as the previous question about X", () => {
    const [, second] = conversation("what does tajikistan receive?", "and kyrgyzstan?");
    expect(second?.text).toMatch(/communications systems/);
  });

  it("reads a pronoun as the name the previous answer gave", () => {
    const [, second] = conversation(
      "who is in charge of the aerospace forces?",
      "which committee does he chair?",
    );
    expect(second?.text).toMatch(/coordinating committee/);
  });

  it("reads 'it' as the thing the previous question named", () => {
    const [, second] = conversation("what is the FSMTC?", "who is the head of it?");
    expect(second?.text).toMatch(/Shugaev/);
  });

  it("without a previous turn, a follow-up stands on its own", () => {
    const { answer } = engine.converse("and kyrgyzstan?", undefined);
    expect(answer.text).toMatch(/^Kyrgyzstan is/);
    expect(answer.facts).not.toContain("supply-tajikistan");
  });
});

describe("descriptions instead of names", () => {
  it("answers about the one entity a description picks out", () => {
    expect(ask("who is the head of the body that manages military-technical cooperation?").text).toMatch(
      /Shugaev/,
    );
    expect(ask("what does the man who commands the aerospace forces chair?").text).toMatch(
      /coordinating committee/,
    );
  });
});

describe("short forms made from the knowledge", () => {
  it("reads ISO country codes", () => {
    expect(ask("what does KAZ get").text).toMatch(/anti-aircraft missile systems to Kazakhstan/);
  });

  it("reads a code that is an ordinary word only in capitals", () => {
    expect(ask("does BY receive spare parts?").text).toMatch(/Belarus/);
    expect(ask("what is BY?").text).toMatch(/^Belarus/);
    expect(ask("what is by?").text).not.toMatch(/Belarus/);
  });
});
