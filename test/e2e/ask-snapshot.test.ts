// `npm run ask` starts from a V8 start-up snapshot that holds the shipped knowledge file's engine
// (dist/ask.blob, made by the build). It must answer exactly as the ordinary program does, read a
// changed or other knowledge file rather than the one built in, and hand over to the ordinary program
// where it was not built.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ARTICLE_TEXT, editedKnowledge } from "../support/knowledge.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BLOB = join(ROOT, "dist", "ask.blob");
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "cis-bot-snapshot-"));
  folders.push(folder);
  return folder;
}

function run(args: string[], input = "", env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    input,
    env: { ...process.env, KNOWLEDGE_FILE: "", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fromSnapshot = (args: string[], input?: string, env?: Record<string, string>) =>
  run(["--snapshot-blob", BLOB, join(ROOT, "dist/cli/ask.js"), ...args], input, env);
const ordinary = (args: string[], input?: string, env?: Record<string, string>) =>
  run([join(ROOT, "dist/cli/ask.js"), ...args], input, env);

/** Every question of a set of ours, one a line. */
function questions(set: string): string {
  return readFileSync(join(ROOT, "test/questions", set), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { q: string }).q)
    .join("\n");
}

describe("ask from its start-up snapshot", () => {
  it("is what npm run ask starts", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(manifest.scripts.ask).toContain("--snapshot-blob dist/ask.blob");
  });

  it("answers English and Russian sets, one conversation too, exactly as the ordinary program", () => {
    const input = [questions("paraphrases.jsonl"), questions("ru.jsonl")].join("\n");
    const snapshot = fromSnapshot(["--json"], input);
    expect(snapshot.status).toBe(0);
    expect(snapshot.stdout.split("\n").length).toBeGreaterThan(150);
    expect(snapshot.stdout).toBe(ordinary(["--json"], input).stdout);
    const followUps = questions("followups-en.jsonl");
    const args = ["--json", "--session", "s"];
    expect(fromSnapshot(args, followUps).stdout).toBe(ordinary(args, followUps).stdout);
  });

  it("reads the knowledge file as it is now, not as it was built in", async () => {
    const folder = tempFolder();
    let question = "";
    const text = editedKnowledge((data) => {
      const fact = data.facts.find((f: { question?: string }) => f.question);
      if (!fact) throw new Error("the knowledge file has no fact with a question");
      fact.answer = "An answer written after the build.";
      question = fact.question;
    });
    await writeFile(join(folder, "k.yaml"), text);
    await writeFile(join(folder, "cis-air-defense-article.txt"), ARTICLE_TEXT);
    const byOption = fromSnapshot(["--knowledge", join(folder, "k.yaml"), question]);
    expect(byOption.stdout).toContain("An answer written after the build.");
    const bySetting = fromSnapshot([question], "", { KNOWLEDGE_FILE: join(folder, "k.yaml") });
    expect(bySetting.stdout).toContain("An answer written after the build.");
    // And the one built in still answers as it did.
    expect(fromSnapshot([question]).stdout).not.toContain("An answer written after the build.");
  });

  it("refuses a knowledge file that no longer loads, as the ordinary program does", async () => {
    const folder = tempFolder();
    await writeFile(join(folder, "k.yaml"), "facts: [\n");
    const snapshot = fromSnapshot(["--knowledge", join(folder, "k.yaml"), "who?"]);
    expect(snapshot.status).toBe(1);
    expect(snapshot.stderr).toBe(ordinary(["--knowledge", join(folder, "k.yaml"), "who?"]).stderr);
  });

  it("hands over to the ordinary program of a folder it was not built in", async () => {
    const folder = tempFolder();
    await mkdir(join(folder, "dist/cli"), { recursive: true });
    writeFileSync(join(folder, "package.json"), "{}");
    await writeFile(
      join(folder, "dist/cli/ask.js"),
      'console.log("ordinary program:", process.argv.slice(2).join(" "));\n',
    );
    const handed = run(["--snapshot-blob", BLOB, join(folder, "dist/cli/ask.js"), "--json", "who?"]);
    expect(handed.status).toBe(0);
    expect(handed.stdout).toBe("ordinary program: --json who?\n");
  });
});

describe("ask reading questions as they are typed", () => {
  it("answers each line as it arrives, before the input ends", async () => {
    const { spawn } = await import("node:child_process");
    const child = spawn(
      process.execPath,
      ["--snapshot-blob", BLOB, join(ROOT, "dist/cli/ask.js"), "--json"],
      {
        cwd: ROOT,
        env: { ...process.env, KNOWLEDGE_FILE: "" },
      },
    );
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
    });
    const lineCount = () => out.split("\n").filter((l) => l.startsWith("{")).length;
    const waitForLines = async (n: number) => {
      const deadline = Date.now() + 20_000;
      while (lineCount() < n) {
        if (Date.now() > deadline) throw new Error(`no answer to line ${n} while input stayed open`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    try {
      child.stdin.write("who supplies tajikistan\n");
      await waitForLines(1);
      child.stdin.write("who commands the aerospace forces\n");
      await waitForLines(2);
    } finally {
      child.stdin.end();
    }
    await new Promise((resolve) => child.once("exit", resolve));
    const answers = out
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { question: string });
    expect(answers.map((a) => a.question)).toEqual([
      "who supplies tajikistan",
      "who commands the aerospace forces",
    ]);
  });
});
