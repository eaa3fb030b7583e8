import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/qa/types.js";
import { bakeryEngine } from "./bakery.js";

let engine: Engine;
beforeAll(async () => {
  engine = await bakeryEngine();
});

describe("a name the article never uses, where the fact has another", () => {
  it("reads words closing the question right after a kind's word as a name of that kind", () => {
    for (const q of [
      "did sokolov give an interview to the newspaper clarion?",
      "did sokolov speak to the newspaper clarion?",
      "соколов дал интервью газете вестник?",
    ]) {
      const a = engine.answer(q);
      expect(a.verdict, q).toBe("no");
      expect(a.text, q).toMatch(/Morning Bell|Утреннему колоколу/);
    }
  });

  it("knows a well-known outlet's name in another case ('известиям', 'коммерсанту')", () => {
    for (const q of ["соколов дал интервью известиям?", "соколов дал интервью коммерсанту, верно?"]) {
      const a = engine.answer(q);
      expect(a.verdict, q).toBe("no");
      expect(a.text, q).toMatch(/^Нет\. .*Утреннему колоколу/);
    }
  });

  it("still says yes of the kind alone, or of the fact's own name", () => {
    expect(engine.answer("соколов дал интервью газете?").verdict).toBe("yes");
    expect(engine.answer("соколов дал интервью утреннему колоколу?").verdict).toBe("yes");
  });
});
