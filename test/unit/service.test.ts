import { describe, expect, it, vi } from "vitest";
import type { LoadResult } from "../../src/knowledge/load.js";
import { openAnswerService } from "../../src/service/answer-service.js";
import {
  captureLogger,
  defaultFacts,
  fact,
  fakeEngine,
  makeKnowledge,
  makeService,
} from "./discord/fixtures.js";

/** A loader whose result the test releases when it wants, to hold a reload in flight. */
function gatedLoader() {
  const calls: { path: string; release: (r: LoadResult) => void }[] = [];
  const load = vi.fn(
    (path: string) =>
      new Promise<LoadResult>((resolve) => {
        calls.push({ path, release: resolve });
      }),
  );
  return { load, calls };
}

const withKyrgyzstan = () =>
  makeKnowledge([
    ...defaultFacts(),
    fact("supply-kyrgyzstan", "Who supplies Kyrgyzstan?", "Russia supplies Kyrgyzstan.", "K"),
  ]);

describe("answer service", () => {
  it("opens with the configured file, and reports its errors when it cannot", async () => {
    const load = vi.fn(async () => ({
      ok: false as const,
      errors: [{ where: "facts[0] (line 9)", message: "bad" }],
    }));
    const result = await openAnswerService({ knowledgeFile: "/srv/k.yaml", load, makeEngine: fakeEngine });
    expect(load).toHaveBeenCalledWith("/srv/k.yaml");
    expect(result).toEqual({ ok: false, errors: [{ where: "facts[0] (line 9)", message: "bad" }] });
  });

  it("reloads only the configured file and swaps in the new knowledge", async () => {
    const load = vi.fn(async () => ({ ok: true as const, knowledge: withKyrgyzstan() }));
    const service = makeService({ load, knowledgeFile: "/srv/k.yaml" });
    expect(service.answer("Kyrgyzstan?").answered).toBe(false);
    const outcome = await service.reload("mod");
    expect(load).toHaveBeenCalledWith("/srv/k.yaml");
    expect(outcome).toMatchObject({
      ok: true,
      diff: { added: ["supply-kyrgyzstan"], removed: [], changed: [] },
    });
    expect(service.answer("Kyrgyzstan?").answered).toBe(true);
    expect(service.about().stats.facts).toBe(5);
  });

  it("answers every question during a reload, from the old knowledge until the swap", async () => {
    const { load, calls } = gatedLoader();
    const service = makeService({ load });
    const pending = service.reload("mod");
    await vi.waitFor(() => expect(calls).toHaveLength(1));

    for (let i = 0; i < 50; i++) {
      expect(service.answer("who supplies Armenia?").text).toBe("Russia supplies Armenia.");
      expect(service.answer("Kyrgyzstan?").answered).toBe(false);
    }
    calls[0]!.release({ ok: true, knowledge: withKyrgyzstan() });
    await pending;
    expect(service.answer("Kyrgyzstan?").answered).toBe(true);
  });

  it("keeps the old knowledge in service when the new file is invalid, the loader throws, or the engine fails", async () => {
    const old = makeService().knowledge;
    const invalid = makeService({
      knowledge: old,
      load: async () => ({ ok: false, errors: [{ where: "(file)", message: "not YAML" }] }),
    });
    expect(await invalid.reload("mod")).toMatchObject({
      ok: false,
      errors: [{ where: "(file)", message: "not YAML" }],
    });
    expect(invalid.knowledge).toBe(old);

    const throwing = makeService({
      load: async () => {
        throw new Error("EACCES");
      },
    });
    const thrown = await throwing.reload("mod");
    expect(thrown.ok).toBe(false);
    // What failed is for the log; what is shown names no path and no system error.
    expect(!thrown.ok && thrown.errors[0]!.message).toMatch(/could not be read \(see the log\)/);
    expect(!thrown.ok && thrown.errors[0]!.detail).toMatch(/EACCES/);
    expect(throwing.answer("Armenia?").answered).toBe(true);

    let builds = 0;
    const badEngine = makeService({
      makeEngine: (k) => {
        if (builds++ > 0) throw new Error("index overflow");
        return fakeEngine(k);
      },
      load: async () => ({ ok: true, knowledge: withKyrgyzstan() }),
    });
    expect((await badEngine.reload("mod")).ok).toBe(false);
    expect(badEngine.answer("Kyrgyzstan?").answered).toBe(false);
    expect(badEngine.answer("Armenia?").answered).toBe(true);
  });

  it("coalesces concurrent reloads: one runs, one more follows it, the rest share that one", async () => {
    const { load, calls } = gatedLoader();
    const { logger, lines } = captureLogger();
    const service = makeService({ load, logger });
    const first = service.reload("a");
    const second = service.reload("b");
    const third = service.reload("c");
    await vi.waitFor(() => expect(calls).toHaveLength(1));

    calls[0]!.release({ ok: true, knowledge: makeKnowledge() });
    await first;
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    calls[1]!.release({ ok: true, knowledge: withKyrgyzstan() });
    const [r2, r3] = await Promise.all([second, third]);
    expect(r2).toBe(r3);
    expect(load).toHaveBeenCalledTimes(2);
    expect(service.answer("Kyrgyzstan?").answered).toBe(true);
    const logged = lines.filter((l) => l.msg === "knowledge reloaded").map((l) => l.requestedBy);
    expect(logged).toEqual([["a"], ["b", "c"]]);
  });

  it("starts afresh after a reload has finished", async () => {
    const load = vi.fn(async () => ({ ok: true as const, knowledge: makeKnowledge() }));
    const service = makeService({ load });
    await service.reload("a");
    await service.reload("b");
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("tells /about the article, counts, load time, version and uptime", () => {
    let now = new Date("2024-05-01T10:00:00Z");
    const service = makeService({ now: () => now, version: "9.9.9" });
    now = new Date("2024-05-01T11:30:00Z");
    expect(service.about()).toMatchObject({
      article: { title: "Test article on air defense", publisher: "Sputnik" },
      stats: { facts: 4, entities: 2, relations: 1 },
      loadedAt: new Date("2024-01-01T00:00:00Z"),
      version: "9.9.9",
      uptimeMs: 90 * 60_000,
    });
  });
});

describe("answer service over the real knowledge file", () => {
  it("reloads edits from disk, reports them, and refuses a broken file while still answering", async () => {
    const { copyFile, mkdtemp, readFile, writeFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { fileURLToPath } = await import("node:url");
    const YAML = await import("yaml");
    const source = fileURLToPath(new URL("../../knowledge/", import.meta.url));
    const dir = await mkdtemp(join(tmpdir(), "knowledge-"));
    const file = join(dir, "k.yaml");
    const original = await readFile(join(source, "cis-air-defense.yaml"), "utf8");
    const doc = YAML.parse(original) as {
      article: { file: string };
      facts: { id: string; answer: string }[];
    };
    await copyFile(join(source, "cis-air-defense.yaml"), file);
    await copyFile(join(source, doc.article.file), join(dir, doc.article.file));

    const opened = await openAnswerService({ knowledgeFile: file });
    if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
    const service = opened.service;
    const question = "What does Russia supply to Kazakhstan?";
    expect(service.answer(question).answered).toBe(true);

    const [first, second] = doc.facts;
    first!.answer = `${first!.answer} (edited)`;
    doc.facts = doc.facts.filter((f) => f !== second);
    await writeFile(file, YAML.stringify(doc));
    const outcome = await service.reload("test");
    expect(outcome).toMatchObject({
      ok: true,
      diff: { added: [], removed: [second!.id], changed: [first!.id] },
    });
    const before = service.answer(question);
    expect(before.answered).toBe(true);

    await writeFile(file, "version: 1\nfacts: [");
    const failed = await service.reload("test");
    if (failed.ok) throw new Error("a file that is not YAML was put in service");
    expect(failed.errors.length).toBeGreaterThan(0);
    expect(failed.errors[0]!.where).toMatch(/line \d+/);
    // The edited knowledge still answers, from the same facts.
    const after = service.answer(question);
    expect(after.answered).toBe(true);
    expect(after.facts).toEqual(before.facts);
    expect(after.text).toBe(before.text);
    expect(service.about().stats.facts).toBe(doc.facts.length);
  });
});
