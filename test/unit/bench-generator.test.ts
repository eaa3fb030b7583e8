import { beforeAll, describe, expect, it } from "vitest";
import { generateKnowledge, validateGenerated } from "../../bench/generate-knowledge.js";
import { loadKnowledgeFile } from "../../src/knowledge/load.js";
import type { Knowledge } from "../../src/knowledge/schema.js";
import { DEFAULT_KNOWLEDGE_PATH } from "../../src/paths.js";
import { createEngine } from "../../src/qa/engine.js";

describe("bench knowledge generator", () => {
  let base: Knowledge;
  beforeAll(async () => {
    const loaded = await loadKnowledgeFile(DEFAULT_KNOWLEDGE_PATH);
    if (!loaded.ok) throw new Error(`the knowledge file does not load: ${loaded.errors[0]?.message}`);
    base = loaded.knowledge;
  });

  it("writes knowledge that parseKnowledge accepts, the same for the same seed", async () => {
    const generated = generateKnowledge({ facts: 50, base });
    const knowledge = await validateGenerated(generated);
    expect(knowledge.facts).toHaveLength(50);
    expect(knowledge.facts.map((f) => f.id)).toEqual(generated.facts.map((f) => f.id));
    expect(generateKnowledge({ facts: 50, base }).articleText).toBe(generated.articleText);
  });

  it("gives knowledge the engine answers 'who supplies X' from, with the right supplier", async () => {
    const knowledge = await validateGenerated(generateKnowledge({ facts: 50, base }));
    const name = (id: string) => knowledge.entities.find((e) => e.id === id)?.name ?? id;
    const supplies = knowledge.facts.filter((f) => f.relation === "supplies");
    // A recipient with a single supplier, so there is one right answer.
    const recipient = [...new Set(supplies.flatMap((f) => f.object))].find(
      (id) => new Set(supplies.filter((f) => f.object.includes(id)).flatMap((f) => f.subject)).size === 1,
    );
    if (!recipient) throw new Error("the generated knowledge has no recipient with a single supplier");
    const fact = supplies.find((f) => f.object.includes(recipient));
    const supplier = name(fact?.subject[0] ?? "");

    const answer = createEngine(knowledge).answer(`Who supplies ${name(recipient)}?`);
    expect(answer.answered).toBe(true);
    expect(answer.facts.length).toBeGreaterThan(0);
    for (const id of answer.facts) {
      const used = knowledge.facts.find((f) => f.id === id);
      expect(used?.relation).toBe("supplies");
      expect(used?.object).toContain(recipient);
      expect(used?.subject).toEqual(fact?.subject);
    }
    expect(answer.text).toContain(supplier);
  });
});
