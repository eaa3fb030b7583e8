import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { type LoadResult, loadKnowledgeFile, parseKnowledge } from "../../src/knowledge/load.js";
import type { Knowledge } from "../../src/knowledge/schema.js";
import { createEngine } from "../../src/qa/engine.js";
import type { Engine } from "../../src/qa/types.js";

export const KNOWLEDGE_FILE = fileURLToPath(new URL("../../knowledge/cis-air-defense.yaml", import.meta.url));
export const ARTICLE_FILE = fileURLToPath(
  new URL("../../knowledge/cis-air-defense-article.txt", import.meta.url),
);
export const KNOWLEDGE_TEXT = readFileSync(KNOWLEDGE_FILE, "utf8");
export const ARTICLE_TEXT = readFileSync(ARTICLE_FILE, "utf8");

/** Parses a knowledge text against the real article, as the loader does from disk. */
export function parseWithArticle(yamlText: string, article = ARTICLE_TEXT): Promise<LoadResult> {
  return parseKnowledge(yamlText, async () => article, "<test>");
}

/**
 * The engine of a made-up article: its knowledge text parsed against its text, every problem thrown
 * (`label` names the article in them).
 */
export async function engineOf(yamlText: string, article: string, label: string): Promise<Engine> {
  const result = await parseKnowledge(yamlText, async () => article, label);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.where}: ${e.message}`).join("\n"));
  return createEngine(result.knowledge);
}

/** The real knowledge file, changed by `edit` on its parsed form, written back as YAML. */
export function editedKnowledge(edit: (data: KnowledgeData) => void): string {
  const data = parse(KNOWLEDGE_TEXT) as KnowledgeData;
  edit(data);
  return stringify(data);
}

// biome-ignore lint/suspicious/noExplicitAny: the tests break the file on purpose, in shapes no type allows.
export type KnowledgeData = Record<string, any>;

let cached: Knowledge | undefined;
/** The project's knowledge, loaded once per test file. */
export async function realKnowledge(): Promise<Knowledge> {
  if (!cached) {
    const result = await loadKnowledgeFile(KNOWLEDGE_FILE);
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.where}: ${e.message}`).join("\n"));
    cached = result.knowledge;
  }
  return cached;
}
