import { describe, expect, it } from "vitest";
import { editedKnowledge, type KnowledgeData, parseWithArticle } from "../support/knowledge.js";

async function errorsOf(yamlText: string) {
  const result = await parseWithArticle(yamlText);
  return result.ok ? [] : result.errors;
}

describe("a fact whose lists are examples ('partial')", () => {
  it("is accepted on a fact that lists something", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        const fact = k.facts.find((f: { object: string[] }) => f.object.length > 0);
        fact.partial = true;
        delete fact.quantity;
      }),
    );
    expect(errors).toEqual([]);
  });

  it("is refused beside a quantity, which counts the whole list", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        const fact = k.facts.find((f: { object: string[] }) => f.object.length > 0);
        fact.partial = true;
        fact.quantity = "three";
      }),
    );
    expect(errors.map((e) => e.message).join("\n")).toMatch(/cannot be 'partial'/);
  });
});

describe("a fact that lists every party to its act ('complete')", () => {
  const signed = (k: KnowledgeData): KnowledgeData =>
    k.facts.find((f: { id: string }) => f.id === "agreements-signed");

  it("is accepted where the article names every party", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        signed(k).complete = true;
      }),
    );
    expect(errors).toEqual([]);
  });

  it("is refused beside 'partial' or 'leavesOpen', which leave the list open", async () => {
    for (const field of ["partial", "leavesOpen"]) {
      const errors = await errorsOf(
        editedKnowledge((k) => {
          signed(k).complete = true;
          signed(k)[field] = true;
        }),
      );
      expect(errors.map((e) => e.message).join("\n")).toMatch(/'complete' fact lists every party/);
    }
  });

  it("is refused on a fact with a single party", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        const fact = signed(k);
        fact.complete = true;
        fact.subject = ["russia"];
        fact.object = [];
      }),
    );
    expect(errors.map((e) => e.message).join("\n")).toMatch(/fewer than two/);
  });
});
