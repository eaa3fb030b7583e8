// Knowledge files an unlucky operator (or an attacker with write access to one folder) might hand the
// bot: too big, too many entries, links out of the folder, special files, bad encodings, alias bombs.
import { isUtf8 } from "node:buffer";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtemp, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatIssues } from "../../src/knowledge/issues.js";
import { KNOWLEDGE_LIMITS } from "../../src/knowledge/limits.js";
import { type LoadResult, loadKnowledgeFile } from "../../src/knowledge/load.js";
import { firstInvalidUtf8 } from "../../src/knowledge/read-file.js";
import { createAnswerService } from "../../src/service/answer-service.js";
import { ARTICLE_TEXT, editedKnowledge, KNOWLEDGE_TEXT, realKnowledge } from "../support/knowledge.js";

const PROJECT = fileURLToPath(new URL("../../", import.meta.url));
const ARTICLE = "cis-air-defense-article.txt";

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "hostile-knowledge-"));
  await writeFile(join(folder, ARTICLE), ARTICLE_TEXT);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function load(text: string | Buffer, maxBytes?: number): Promise<LoadResult> {
  await writeFile(join(folder, "k.yaml"), text);
  return loadKnowledgeFile(join(folder, "k.yaml"), maxBytes === undefined ? {} : { maxBytes });
}

function messages(result: LoadResult): string {
  return result.ok ? "" : result.errors.map((e) => `${e.where}: ${e.message}`).join("\n");
}

const withArticle = (file: string) =>
  editedKnowledge((k) => {
    k.article.file = file;
  });

describe("size and counts", () => {
  it("refuses a file over KNOWLEDGE_MAX_BYTES before reading it", async () => {
    const result = await load(KNOWLEDGE_TEXT, 10_000);
    expect(result.ok).toBe(false);
    expect(messages(result)).toMatch(
      /k\.yaml: cannot read the knowledge file: is .* KB, over the limit of 9\.8 KB \(KNOWLEDGE_MAX_BYTES\)/,
    );
  });

  it("refuses an article over the limit too", async () => {
    const limit = Buffer.byteLength(KNOWLEDGE_TEXT) + 10_000;
    await writeFile(join(folder, "big.txt"), "x".repeat(limit + 1));
    const result = await load(withArticle("big.txt"), limit);
    expect(messages(result)).toMatch(/cannot read the article 'big\.txt': is .* over the limit/);
  });

  it("refuses more facts than the limit, before the schema looks at them", async () => {
    const facts = `facts:\n${"  - {}\n".repeat(KNOWLEDGE_LIMITS.facts + 1)}`;
    const result = await load(KNOWLEDGE_TEXT.replace(/^facts:/m, "old_facts:").concat(`\n${facts}`));
    expect(messages(result)).toMatch(new RegExp(`${KNOWLEDGE_LIMITS.facts + 1} facts, over the limit`));
  });

  it("refuses an entity with more aliases than the limit", async () => {
    const result = await load(
      editedKnowledge((k) => {
        k.entities[0].aliases = Array.from(
          { length: KNOWLEDGE_LIMITS.listItems + 1 },
          (_, i) => `alias ${i}`,
        );
      }),
    );
    expect(messages(result)).toMatch(/entities\[0\]\.aliases .*items, over the limit/);
  });

  it("keeps the old knowledge answering when the new file is over a limit", async () => {
    await writeFile(join(folder, "k.yaml"), KNOWLEDGE_TEXT);
    const service = createAnswerService(await realKnowledge(), {
      knowledgeFile: join(folder, "k.yaml"),
      maxBytes: 10_000,
    });
    const outcome = await service.reload("test");
    expect(outcome.ok).toBe(false);
    expect(service.answer("who supplies Tajikistan?").answered).toBe(true);
  });
});

describe("the problems listed", () => {
  it("are capped, with a count of the rest", () => {
    const issues = Array.from({ length: 980 }, (_, i) => ({ where: `facts[${i}]`, message: "bad" }));
    const lines = formatIssues(issues, { limit: 20 });
    expect(lines).toHaveLength(21);
    expect(lines.at(-1)).toBe("… and 960 more");
  });
});

describe("where the article may be", () => {
  it("refuses a link named like an article that points out of the folder", async () => {
    await symlink("/etc/passwd", join(folder, "passwd-article.txt"));
    const result = await load(withArticle("passwd-article.txt"));
    expect(messages(result)).toMatch(/must be a file inside the knowledge file's folder/);
    expect(messages(result)).not.toContain("root:");
  });

  it("refuses a special file: /dev/zero through a link, and a FIFO, at once", async () => {
    await symlink("/dev/zero", join(folder, "zero.txt"));
    expect(messages(await load(withArticle("zero.txt")))).toMatch(
      /zero\.txt'?: .*(not a regular file|inside the knowledge)/,
    );
    execFileSync("mkfifo", [join(folder, "fifo.txt")]);
    expect(messages(await load(withArticle("fifo.txt")))).toMatch(/not a regular file/);
  });

  it("accepts '..article.txt', a name that only starts with two dots", async () => {
    await writeFile(join(folder, "..article.txt"), ARTICLE_TEXT);
    const result = await load(withArticle("..article.txt"));
    expect(messages(result)).toBe("");
    expect(result.ok).toBe(true);
  });

  it("still refuses '../' paths by their text", async () => {
    expect(messages(await load(withArticle("../elsewhere.txt")))).toMatch(
      /inside the knowledge file's folder/,
    );
  });
});

describe("encodings and YAML", () => {
  it("refuses invalid UTF-8, naming the offset of the first bad byte", async () => {
    const text = Buffer.from(
      KNOWLEDGE_TEXT.replace("publisher: Sputnik", "publisher: Sputnik\u00e9"),
      "utf8",
    );
    const at = text.indexOf(Buffer.from("\u00e9", "utf8"));
    text[at] = 0xff;
    expect(messages(await load(text))).toMatch(new RegExp(`not valid UTF-8: bad byte 0xFF at offset ${at}`));
  });

  it("finds overlong forms and surrogates too", () => {
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from("Ünïcödé ✓ 𝔘", "utf8"))).toBe(-1);
  });

  it("agrees with Node's own check, which decides first, on any bytes", () => {
    const bytes = fc.uint8Array({ maxLength: 12 }).map((b) => Buffer.from(b));
    const mostlyText = fc
      .string({ unit: "binary", maxLength: 8 })
      .chain((s) => fc.nat(12).map((cut) => Buffer.from(s, "utf8").subarray(0, cut)));
    fc.assert(
      fc.property(fc.oneof(bytes, mostlyText), (b) => {
        expect(firstInvalidUtf8(b) === -1).toBe(isUtf8(b));
      }),
      { numRuns: 5_000 },
    );
  });

  it("says a UTF-16 file is UTF-16", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(KNOWLEDGE_TEXT, "utf16le")]);
    expect(messages(await load(utf16))).toMatch(/is UTF-16 text; save it as UTF-8/);
  });

  it("refuses an alias bomb in one line", async () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...Array.from({ length: 9 }, (_, i) => {
        const name = String.fromCharCode(98 + i);
        const prev = String.fromCharCode(97 + i);
        return `${name}: &${name} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
    ].join("\n");
    const result = await load(bomb);
    expect(result.ok).toBe(false);
    expect(messages(result)).toMatch(/not usable YAML: .*alias/i);
  });
});

describe("the command-line tools", () => {
  function run(script: string, args: string[], cwd: string) {
    // The loader by its path: the command runs in another folder, where "tsx" would not resolve.
    const tsx = pathToFileURL(join(PROJECT, "node_modules/tsx/dist/loader.mjs")).href;
    return spawnSync(process.execPath, ["--import", tsx, join(PROJECT, script), ...args], {
      cwd,
      env: { ...process.env, INIT_CWD: cwd, KNOWLEDGE_FILE: "", KNOWLEDGE_MAX_BYTES: "" },
      encoding: "utf8",
      timeout: 30_000,
    });
  }

  it("read a relative FILE from the folder they were run in, and report an alias bomb in one clear line", async () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => {
      const n = String.fromCharCode(98 + i);
      const p = String.fromCharCode(97 + i);
      return `${n}: &${n} [*${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}]`;
    }).join("\n")}\n`;
    await writeFile(join(folder, "bomb.yaml"), bomb);
    const checked = run("src/cli/check-knowledge.ts", ["bomb.yaml"], folder);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain(join(folder, "bomb.yaml"));
    expect(checked.stderr).toMatch(/not usable YAML/);
    expect(checked.stderr).not.toMatch(/^\s+at /m);

    await writeFile(join(folder, "k.yaml"), Buffer.from([0x76, 0x65, 0x72, 0xfe, 0x0a]));
    const asked = run("src/cli/ask.ts", ["--knowledge", "k.yaml", "who?"], folder);
    expect(asked.status).toBe(1);
    expect(asked.stderr).toMatch(/not valid UTF-8: bad byte 0xFE at offset 3/);
    expect(asked.stderr).not.toMatch(/^\s+at /m);
  });

  it("refuse a file over KNOWLEDGE_MAX_BYTES in one line, without reading it", async () => {
    // 6 MB of nothing on disk: a sparse file, over the default limit of 5 MB.
    await writeFile(join(folder, "huge.yaml"), "");
    await truncate(join(folder, "huge.yaml"), 6 * 1024 * 1024);
    const checked = run("src/cli/check-knowledge.ts", ["huge.yaml"], folder);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toMatch(/huge\.yaml.*6\.0 MB, over the limit of 5\.0 MB \(KNOWLEDGE_MAX_BYTES\)/);
    expect(checked.stderr).not.toMatch(/^\s+at /m);
  });
});
