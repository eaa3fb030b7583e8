import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { productionNodeFlags } from "../e2e/support/bot-process.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const UNIT = `${ROOT}deploy/cis-air-defense-bot.service`;
const text = readFileSync(UNIT, "utf8");
const setting = (name: string) => new RegExp(`^${name}=(.*)$`, "m").exec(text)?.[1];

describe("the systemd unit", () => {
  it("runs the compiled entry with node, restarts on failure, and waits long enough on stop", () => {
    const exec = setting("ExecStart")?.split(" ") ?? [];
    expect(exec[0]).toMatch(/\/node$/);
    // The same node options as `npm start`: source maps, and the young generation kept small.
    expect(exec.filter((word) => word.startsWith("--"))).toEqual(productionNodeFlags(ROOT));
    expect(exec).toContain("--enable-source-maps");
    const script = exec.at(-1) ?? "";
    expect(script).toBe("dist/main.js");
    expect(existsSync(`${ROOT}${script}`)).toBe(true);
    expect(setting("Restart")).toBe("on-failure");
    expect(setting("KillSignal")).toBe("SIGTERM");
    // The bot ends within 5 s of SIGTERM; systemd must not SIGKILL it before.
    expect(Number(setting("TimeoutStopSec"))).toBeGreaterThan(5);
  });

  it.skipIf(spawnSync("systemd-analyze", ["--version"]).status !== 0)(
    "passes systemd-analyze verify (skipped where systemd-analyze is not installed)",
    () => {
      const run = spawnSync("systemd-analyze", ["verify", UNIT], { encoding: "utf8" });
      expect(run.stderr.split("\n").filter((l) => l.includes("cis-air-defense-bot"))).toEqual([]);
      expect(run.status).toBe(0);
    },
  );
});
