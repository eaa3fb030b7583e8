// A knowledge file on a stalled disk or network share must not hang start-up or /reload: the read
// gives up after its timeout with a clear reason. No real file stalls on demand, so the file handle's
// read is made to never finish.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

const stalled = vi.hoisted(() => ({ on: false, closed: 0 }));

vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (!stalled.on) return handle;
      return {
        read: () => new Promise(() => {}),
        close: async () => {
          stalled.closed++;
          await handle.close();
        },
      };
    },
  };
});

const { readTextFile } = await import("../../src/knowledge/read-file.js");
const { READ_TIMEOUT_MS } = await import("../../src/knowledge/limits.js");

const folder = mkdtempSync(join(tmpdir(), "cis-bot-timeout-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("reading a knowledge file that never arrives", () => {
  it("gives up after the timeout, says so, and closes the file", async () => {
    const path = join(folder, "k.yaml");
    writeFileSync(path, "facts: []\n");
    stalled.on = true;
    const started = Date.now();
    const result = await readTextFile(path, { maxBytes: 1024, timeoutMs: 200 });
    const took = Date.now() - started;
    stalled.on = false;
    expect(result).toMatchObject({ ok: false, message: "k.yaml: could not be read in time" });
    expect(result.ok ? "" : result.detail).toMatch(/no data within 200 ms/);
    expect(took).toBeGreaterThanOrEqual(190);
    expect(took).toBeLessThan(5_000);
    expect(stalled.closed).toBe(1);
  });

  it("reads normally otherwise, within the default timeout of 5 s", async () => {
    expect(READ_TIMEOUT_MS).toBe(5_000);
    const path = join(folder, "ok.yaml");
    writeFileSync(path, "facts: []\n");
    expect(await readTextFile(path, { maxBytes: 1024 })).toEqual({ ok: true, text: "facts: []\n" });
  });
});
