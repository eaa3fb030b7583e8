import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { STAMP_FILE, staleReason } from "../../scripts/stale.mjs";

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A project folder with one source file and, unless told otherwise, a build stamp made after it. */
function project(stamp: string | null = process.version): string {
  root = mkdtempSync(join(tmpdir(), "cis-bot-stale-"));
  mkdirSync(join(root, "src"));
  mkdirSync(join(root, "dist"));
  writeFileSync(join(root, "src", "a.ts"), "");
  utimesSync(join(root, "src", "a.ts"), 1_000, 1_000);
  if (stamp !== null) writeFileSync(join(root, STAMP_FILE), `${stamp}\n`);
  writeFileSync(join(root, "dist", "ask.blob"), "");
  return root;
}

describe("whether dist/ is older than its sources", () => {
  it("is up to date after a build by this Node.js", () => {
    expect(staleReason(project())).toBeUndefined();
  });

  it("is stale before any build", () => {
    expect(staleReason(project(null))).toBe("dist/ has not been built");
  });

  it("is stale when another Node.js built it, whose start-up snapshot this one cannot load", () => {
    expect(staleReason(project("v0.0.1"))).toBe("Node.js changed since the last build");
  });

  it("is stale without the ask start-up snapshot, which `npm run ask` starts from", () => {
    const folder = project();
    rmSync(join(folder, "dist", "ask.blob"));
    expect(staleReason(folder)).toBe("dist/ask.blob is missing");
  });

  it("is stale when a source changed after the build", () => {
    const folder = project();
    mkdirSync(join(folder, "src", "deep"));
    writeFileSync(join(folder, "src", "deep", "b.ts"), "");
    utimesSync(join(folder, STAMP_FILE), 2_000, 2_000);
    utimesSync(join(folder, "src", "deep", "b.ts"), 3_000, 3_000);
    expect(staleReason(folder)).toBe("src/ changed since the last build");
  });

  it("is up to date in an installed build, which has no src/", () => {
    const folder = project();
    rmSync(join(folder, "src"), { recursive: true });
    expect(staleReason(folder)).toBeUndefined();
  });
});
