// The compiled build as a production install runs it: dist/, data/, knowledge/ and package.json in a folder
// of their own, whose node_modules holds only the production dependencies of the lock file (linked
// from this project's). An import of a development dependency from src/ fails here, as it would
// after `npm ci --omit=dev`.
import { spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { SourceMap } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDiscordServer } from "../support/discord-server/index.js";
import { BOT_TOKEN } from "./support/bot.js";
import { spawnBotProcess } from "./support/bot-process.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let dir: string;

/** Top-level packages the lock file does not mark as development only. */
async function productionPackages(): Promise<string[]> {
  const lock = JSON.parse(await readFile(join(ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, { dev?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path) && !entry.dev)
    .map(([path]) => path);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cis-bot-production-"));
  for (const part of ["dist", "data", "knowledge", "package.json"])
    await cp(join(ROOT, part), join(dir, part), { recursive: true });
  for (const path of await productionPackages()) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await symlink(join(ROOT, path), join(dir, path), "dir");
  }
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function node(args: string[]) {
  return spawnSync(process.execPath, ["--enable-source-maps", ...args], {
    cwd: dir,
    env: { ...process.env, KNOWLEDGE_FILE: "", DISCORD_TOKEN: "", DISCORD_CLIENT_ID: "" },
    encoding: "utf8",
    timeout: 15_000,
  });
}

describe("dist/ with production dependencies only", () => {
  it("leaves out the development tools", async () => {
    const packages = await productionPackages();
    expect(packages).toContain("node_modules/discord.js");
    for (const tool of ["typescript", "tsx", "vitest"])
      expect(packages).not.toContain(`node_modules/${tool}`);
  });

  it("answers with the compiled ask", () => {
    const run = node(["dist/cli/ask.js", "--json", "who supplies Tajikistan"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const answer = JSON.parse(run.stdout) as { answered: boolean; answer: string };
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/Russia/);
  });

  it("checks the knowledge file", () => {
    const run = node(["dist/cli/check-knowledge.js"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/: ok, \d+ facts/);
  });

  it("runs the bot and answers /ask", async () => {
    const server = await startDiscordServer({ heartbeatIntervalMs: 1000, token: BOT_TOKEN });
    const bot = await spawnBotProcess(server, { token: BOT_TOKEN, root: dir });
    try {
      const answer = await server.ask("who supplies Tajikistan?");
      expect(JSON.stringify(answer.body)).toMatch(/aircraft/);
    } finally {
      expect(await bot.stop()).toEqual({ code: 0, signal: null });
      await server.stop();
    }
  });

  it("points stack traces at the TypeScript sources", async () => {
    // What --enable-source-maps reads: the bundled program's map takes a line back to its src/ file.
    const program = join(dir, "dist/cli/deploy-commands.js");
    const lines = (await readFile(program, "utf8")).split("\n");
    const line = lines.findIndex((l) => l.includes("DISCORD_TOKEN and DISCORD_CLIENT_ID are both required"));
    expect(line).toBeGreaterThanOrEqual(0);
    const map = new SourceMap(JSON.parse(await readFile(`${program}.map`, "utf8")));
    const entry = map.findEntry(line, lines[line]?.indexOf("DISCORD_TOKEN") ?? 0);
    expect("originalSource" in entry ? entry.originalSource : "").toMatch(/src[\\/]discord[\\/]deploy\.ts$/);
    // And node uses it: an error thrown by bundled code names the TypeScript file and line.
    const run = node([
      "--input-type=module",
      "-e",
      `const chunk = ${JSON.stringify(program)};
       process.argv = [process.argv[0], chunk, "--unknown-option"];
       const original = console.error;
       console.error = () => { console.log(new Error("where").stack); console.error = original; };
       await import(chunk);`,
    ]);
    expect(run.stdout).toMatch(/src[\\/]cli[\\/](arguments|deploy-commands)\.ts:\d+:\d+/);
  });
});
