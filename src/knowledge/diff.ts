import { isDeepStrictEqual } from "node:util";
import type { Fact, KnowledgeFile } from "./schema.js";

export interface KnowledgeDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

/** Fact ids added, removed and changed (same id, different content) between two knowledge files. */
export function diffKnowledge(
  before: Pick<KnowledgeFile, "facts">,
  after: Pick<KnowledgeFile, "facts">,
): KnowledgeDiff {
  const old = new Map<string, Fact>(before.facts.map((f) => [f.id, f]));
  const now = new Map<string, Fact>(after.facts.map((f) => [f.id, f]));
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  for (const [id, fact] of now) {
    const previous = old.get(id);
    if (!previous) added.push(id);
    // Field order is not compared: moving a field in the YAML changes nothing.
    else if (!isDeepStrictEqual(previous, fact)) changed.push(id);
  }
  for (const id of old.keys()) if (!now.has(id)) removed.push(id);
  return { added, removed, changed };
}
