// Placeholder: the real engine lands shortly with the same signature.
import type { Knowledge } from "../knowledge/schema.js";
import type { Engine } from "./types.js";

export function createEngine(knowledge: Knowledge): Engine {
  return {
    answer: (question) => ({
      question,
      answered: false,
      text: "The article does not say.",
      facts: [],
      evidence: [],
      confidence: 0,
      suggestions: [],
    }),
    suggest: () => [],
    topics: () => [],
    stats: { facts: knowledge.facts.length, entities: knowledge.entities.length, relations: knowledge.relations.length },
  };
}
