// Placeholder: the real loader lands shortly with the same signatures.
import type { Knowledge } from "./schema.js";

/** One problem with a knowledge file: where it is (a path in the file, with its line) and what is wrong. */
export interface KnowledgeIssue {
  where: string;
  message: string;
}

export type LoadResult = { ok: true; knowledge: Knowledge } | { ok: false; errors: KnowledgeIssue[] };

/** Reads a knowledge file and the article it cites, and validates both completely. Never throws. */
export async function loadKnowledgeFile(_path: string): Promise<LoadResult> {
  return { ok: false, errors: [{ where: "(file)", message: "not implemented yet" }] };
}
