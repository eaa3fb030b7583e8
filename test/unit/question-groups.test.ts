import { describe, expect, it } from "vitest";
import { groupKey, guessLanguage, synonymStems } from "../../src/service/question-groups.js";

describe("groupKey", () => {
  const synonyms = synonymStems([
    ["defense", "defence"],
    ["aircraft", "plane", "jets"],
  ]);

  it("gives rewordings of one question one key: case, punctuation, inflection, order, small words", () => {
    const key = groupKey("Who supplies Tajikistan?", "en");
    expect(groupKey("who supplied tajikistan", "en")).toBe(key);
    expect(groupKey("Tajikistan: who is supplying it??", "en")).toBe(key);
    expect(key).toBe("suppli tajikistan");
  });

  it("treats the knowledge's synonyms as one word", () => {
    expect(groupKey("the air defence budget", "en", synonyms)).toBe(
      groupKey("air defense budget", "en", synonyms),
    );
    expect(groupKey("who sells jets", "en", synonyms)).toBe(groupKey("who sold planes", "en", synonyms));
  });

  it("keeps different questions apart", () => {
    expect(groupKey("who supplies Armenia", "en")).not.toBe(groupKey("who supplies Tajikistan", "en"));
  });

  it("keeps a question of small words only as its own group", () => {
    expect(groupKey("what is it?", "en")).not.toBe("");
    expect(groupKey("   ", "en")).toBe("");
  });

  it("stems Russian with the Russian module", () => {
    expect(groupKey("Кто поставляет технику?", "ru")).toBe(groupKey("кто поставлял технику", "ru"));
  });

  it("groups a language it has no stemmer for by its folded words", () => {
    expect(groupKey("Кто поставляет?", "xx")).toBe(groupKey("поставляет   кто", "xx"));
  });
});

describe("guessLanguage", () => {
  it("tells Cyrillic from Latin questions", () => {
    expect(guessLanguage("Кто поставляет технику в Таджикистан?")).toBe("ru");
    expect(guessLanguage("who supplies Tajikistan")).toBe("en");
  });
});
