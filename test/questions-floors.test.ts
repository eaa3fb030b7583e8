import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadKnowledgeFile } from "../src/knowledge/load.js";
import { createEngine } from "../src/qa/engine.js";
import type { Answer, Engine, Turn } from "../src/qa/types.js";
import { KNOWLEDGE_FILE } from "./support/knowledge.js";

/**
 * Every question set of test/questions/ scored against its floor, as `../shared/eval/score.mjs` scores
 * `ask --json`: a regression shows up in `npm test`, not only in CI. Held-out sets (frozen-*) are never
 * run here or anywhere else.
 */
const root = fileURLToPath(new URL("..", import.meta.url));
const folder = `${root}test/questions/`;

interface Floor {
  min: number;
  /** A knowledge file other than the project's, relative to the project. */
  knowledge?: string;
  /** The set is one conversation: each question follows the one before it. */
  session?: boolean;
}

interface Case {
  id: string;
  q: string;
  expect: "answer" | "unknown";
  must?: string[];
  mustNot?: string[];
}

const floors = JSON.parse(readFileSync(`${folder}floors.json`, "utf8")) as Record<string, Floor>;
const sets = readdirSync(folder).filter((f) => f.endsWith(".jsonl") && !f.startsWith("frozen-"));

/** Why a reply fails its case, as the scorer judges it; empty when it passes. */
function failures(c: Case, a: Answer): string[] {
  const why: string[] = [];
  if (c.expect === "unknown") return a.answered ? ["expected answered=false"] : [];
  if (!a.answered) why.push("expected an answer");
  for (const m of c.must ?? []) if (!new RegExp(m, "i").test(a.text)) why.push(`missing /${m}/`);
  for (const m of c.mustNot ?? []) if (new RegExp(m, "i").test(a.text)) why.push(`should not say /${m}/`);
  return why;
}

const engines = new Map<string, Promise<Engine>>();
function engineFor(file: string): Promise<Engine> {
  let engine = engines.get(file);
  if (!engine) {
    engine = loadKnowledgeFile(file).then((loaded) => {
      if (!loaded.ok) throw new Error(`${file}: ${loaded.errors[0]?.message}`);
      return createEngine(loaded.knowledge);
    });
    engines.set(file, engine);
  }
  return engine;
}

describe("question sets", () => {
  it("every set has a floor", () => {
    expect(sets.filter((s) => floors[s] === undefined)).toEqual([]);
  });

  it.each(sets.filter((s) => floors[s] !== undefined))("%s holds its floor", async (set) => {
    const floor = floors[set] as Floor;
    const engine = await engineFor(floor.knowledge ? `${root}${floor.knowledge}` : KNOWLEDGE_FILE);
    const cases = readFileSync(`${folder}${set}`, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Case);
    let turn: Turn | undefined;
    const failed: string[] = [];
    for (const c of cases) {
      let answer: Answer;
      if (floor.session) {
        const next = engine.converse(c.q, turn);
        turn = next.turn;
        answer = next.answer;
      } else answer = engine.answer(c.q);
      const why = failures(c, answer);
      if (why.length > 0) failed.push(`${c.id} "${c.q}": ${why.join("; ")}`);
    }
    const share = (cases.length - failed.length) / cases.length;
    // The failing cases are listed when the floor is not held, so the regression can be read at once.
    expect({ share, failed: share >= floor.min ? [] : failed }).toEqual({
      share: expect.any(Number),
      failed: [],
    });
    expect(share).toBeGreaterThanOrEqual(floor.min);
  });
});
