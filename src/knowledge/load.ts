import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, normalize, resolve } from "node:path";
import type { z } from "zod";
import type { KnowledgeIssue } from "./issues.js";
import { type Knowledge, knowledgeFileSchema } from "./schema.js";
import { validateKnowledge } from "./validate.js";
import { knowledgeWarnings } from "./warnings.js";
import { type PathKey, parseYaml } from "./yaml-source.js";

export type { KnowledgeIssue } from "./issues.js";

export type LoadResult =
  | { ok: true; knowledge: Knowledge; warnings?: KnowledgeIssue[] }
  | { ok: false; errors: KnowledgeIssue[] };

/** Reads the article a knowledge file cites, given the path written in the file. */
export type ArticleReader = (relativePath: string) => Promise<string>;

/**
 * Validates a knowledge file completely, all or nothing: YAML, schema, then the checks across the file
 * and against the article. Never throws; every problem comes back with where it is.
 */
export async function parseKnowledge(
  yamlText: string,
  readArticle: ArticleReader,
  source: string,
): Promise<LoadResult> {
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) return parsed;
  const { data, where } = parsed.source;

  const checked = knowledgeFileSchema.safeParse(data);
  if (!checked.success) return { ok: false, errors: schemaIssues(checked.error, where) };
  const file = checked.data;

  const articlePath = file.article.file;
  if (isAbsolute(articlePath) || normalize(articlePath).startsWith("..")) {
    return fail(where(["article", "file"]), "the article must be a path inside the knowledge file's folder");
  }
  let articleText: string;
  try {
    articleText = await readArticle(articlePath);
  } catch (error) {
    return fail(where(["article", "file"]), `cannot read the article '${articlePath}': ${reason(error)}`);
  }

  const errors = validateKnowledge(file, articleText, where);
  if (errors.length > 0) return { ok: false, errors };
  const warnings = knowledgeWarnings(file, where);
  return { ok: true, knowledge: { ...file, articleText, source, loadedAt: new Date() }, warnings };
}

/** Reads a knowledge file and the article beside it from disk. */
export async function loadKnowledgeFile(path: string): Promise<LoadResult> {
  let yamlText: string;
  try {
    yamlText = await readFile(path, "utf8");
  } catch (error) {
    return fail(path, `cannot read the knowledge file: ${reason(error)}`);
  }
  const folder = dirname(resolve(path));
  return parseKnowledge(yamlText, (file) => readFile(resolve(folder, file), "utf8"), path);
}

function schemaIssues(error: z.ZodError, where: (path: readonly PathKey[]) => string): KnowledgeIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((k): k is PathKey => typeof k !== "symbol");
    return { where: where(path), message: issue.message };
  });
}

function fail(where: string, message: string): LoadResult {
  return { ok: false, errors: [{ where, message }] };
}

function reason(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && error.code === "ENOENT") return "no such file";
  return error instanceof Error ? error.message : String(error);
}
