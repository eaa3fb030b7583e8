import { describe, expect, it } from "vitest";
import { editedKnowledge, parseWithArticle } from "../support/knowledge.js";

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
