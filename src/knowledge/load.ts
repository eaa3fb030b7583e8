import { basename, dirname, isAbsolute, normalize, resolve, sep } from "node:path";
import type { z } from "zod";
import type { KnowledgeIssue } from "./issues.js";
import { DEFAULT_KNOWLEDGE_MAX_BYTES, KNOWLEDGE_LIMITS } from "./limits.js";
import { readTextFile } from "./read-file.js";
import { type Knowledge, knowledgeFileSchema, REQUIRED_FIELDS } from "./schema.js";
import { validateKnowledge } from "./validate.js";
import { knowledgeWarnings } from "./warnings.js";
import { formatPath, type PathKey, parseYaml } from "./yaml-source.js";

export type { KnowledgeIssue } from "./issues.js";

export type LoadResult =
  | {
      ok: true;
      knowledge: Knowledge;
      /** What loads but may misread questions; worked out on request, as only check-knowledge shows it. */
      warnings?(): KnowledgeIssue[];
    }
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
  // Counted before the schema and the engine see it: their cost grows with every entry.
  const tooMany = countIssues(data, where);
  if (tooMany.length > 0) return { ok: false, errors: tooMany };

  const checked = knowledgeFileSchema.safeParse(data);
  if (!checked.success) return { ok: false, errors: schemaIssues(checked.error, data, where) };
  const file = checked.data;

  const articlePath = file.article.file;
  // The text is checked here; the disk reader checks the real path, links resolved, as well.
  if (isAbsolute(articlePath) || leavesFolder(normalize(articlePath))) {
    return fail(where(["article", "file"]), "the article must be a path inside the knowledge file's folder");
  }
  let articleText: string;
  try {
    articleText = await readArticle(articlePath);
  } catch (error) {
    const refused = error instanceof ReadRefused ? error : undefined;
    return {
      ok: false,
      errors: [
        {
          where: where(["article", "file"]),
          message: `cannot read the article '${articlePath}': ${refused ? refused.reason : reason(error)}`,
          detail: refused ? refused.detail : String(error),
        },
      ],
    };
  }

  const errors = validateKnowledge(file, articleText, where, parsed.source.commaJoined);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    knowledge: { ...file, articleText, source, loadedAt: new Date() },
    // The lines of warnings need the file parsed a second time, with positions: not on every start.
    warnings: () => knowledgeWarnings(file, where, { articleText, commaJoined: parsed.source.commaJoined }),
  };
}

/** The article could not be read: `reason` is fit to show, `detail` is for the log. */
export class ReadRefused extends Error {
  constructor(
    readonly reason: string,
    readonly detail: string,
  ) {
    super(reason);
    this.name = "ReadRefused";
  }
}

export interface LoadOptions {
  /** The knowledge file and the article are each refused unread past this size. */
  maxBytes?: number;
  /** An earlier load of the same path, returned as it is while both files still read the same. */
  kept?: KeptLoad;
}

/** A loaded knowledge file with the text it was parsed from (the article's is in the knowledge). */
export interface KeptLoad {
  /** The absolute path it was read from. */
  path: string;
  text: string;
  knowledge: Knowledge;
}

/** Loads a knowledge file and keeps the text it came from, for `LoadOptions.kept`. */
export async function keepLoad(
  path: string,
  options: LoadOptions = {},
): Promise<KeptLoad | KnowledgeIssue[]> {
  const { result, text } = await readAndLoad(path, options);
  if (!result.ok) return result.errors;
  return { path: resolve(path), text, knowledge: result.knowledge };
}

/**
 * Reads a knowledge file and the article beside it from disk: regular files only, each within the
 * size limit and read with a timeout, the article's real path inside the knowledge file's folder.
 * Messages name the file by its base name; the absolute path goes in each problem's `detail`.
 */
export async function loadKnowledgeFile(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  return (await readAndLoad(path, options)).result;
}

/** A load, with the knowledge file's text (empty when it could not be read). */
async function readAndLoad(
  path: string,
  options: LoadOptions,
): Promise<{ result: LoadResult; text: string }> {
  const maxBytes = options.maxBytes ?? DEFAULT_KNOWLEDGE_MAX_BYTES;
  const absolute = resolve(path);
  const read = await readTextFile(absolute, { maxBytes });
  if (!read.ok) {
    const error = { where: basename(absolute), message: `cannot read the knowledge file: ${read.reason}` };
    return { result: { ok: false, errors: [{ ...error, detail: read.detail }] }, text: "" };
  }
  const folder = dirname(absolute);
  const readArticle = async (file: string) => {
    const article = await readTextFile(resolve(folder, file), { maxBytes, within: folder, name: file });
    if (!article.ok) throw new ReadRefused(article.reason, article.detail);
    return article.text;
  };
  const kept = options.kept;
  // Both files are read, with every check, as for any load; only the parsing and validation are saved.
  if (kept && kept.path === absolute && kept.text === read.text) {
    const article = await readArticle(kept.knowledge.article.file).catch(() => undefined);
    if (article === kept.knowledge.articleText)
      return { result: { ok: true, knowledge: kept.knowledge }, text: read.text };
  }
  return { result: await parseKnowledge(read.text, readArticle, path), text: read.text };
}

/** ".." or "../…": the path leaves its folder ("..article.txt" does not). */
function leavesFolder(path: string): boolean {
  return path === ".." || path.startsWith(`..${sep}`) || path.startsWith("../");
}

/** Entities, relations and facts past the limits, and lists past theirs: refused before any work. */
function countIssues(data: unknown, where: (path: readonly PathKey[]) => string): KnowledgeIssue[] {
  if (!data || typeof data !== "object") return [];
  const issues: KnowledgeIssue[] = [];
  const record = data as Record<string, unknown>;
  for (const key of ["entities", "relations", "facts"] as const) {
    const list = record[key];
    const limit = KNOWLEDGE_LIMITS[key];
    if (Array.isArray(list) && list.length > limit) {
      issues.push({ where: where([key]), message: `${list.length} ${key}, over the limit of ${limit}` });
    }
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      if (!entry || typeof entry !== "object") return;
      for (const [field, value] of Object.entries(entry)) {
        if (Array.isArray(value) && value.length > KNOWLEDGE_LIMITS.listItems) {
          issues.push({
            where: where([key, i, field]),
            message: `${value.length} items, over the limit of ${KNOWLEDGE_LIMITS.listItems}`,
          });
        }
      }
    });
  }
  return issues;
}

function schemaIssues(
  error: z.ZodError,
  data: unknown,
  where: (path: readonly PathKey[]) => string,
): KnowledgeIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((k): k is PathKey => typeof k !== "symbol");
    return { where: where(path), message: missingField(path, data) ?? issue.message };
  });
}

/**
 * "article.publisher is missing: the publisher's name, …": a required field left out of an object that
 * is there, told with what it is for, rather than as a value of the wrong type.
 */
function missingField(path: readonly PathKey[], data: unknown): string | undefined {
  const key = path.at(-1);
  if (typeof key !== "string") return undefined;
  let parent: unknown = data;
  for (const part of path.slice(0, -1)) {
    if (!parent || typeof parent !== "object") return undefined;
    parent = (parent as Record<PathKey, unknown>)[part];
  }
  if (!parent || typeof parent !== "object" || Array.isArray(parent)) return undefined;
  if ((parent as Record<string, unknown>)[key] !== undefined) return undefined;
  const purpose =
    REQUIRED_FIELDS[
      path
        .map((k) => (typeof k === "number" ? "[]" : k))
        .join(".")
        .replaceAll(".[]", "[]")
    ];
  return purpose === undefined
    ? `${formatPath(path)} is missing`
    : `${formatPath(path)} is missing: ${purpose}`;
}

function fail(where: string, message: string): LoadResult {
  return { ok: false, errors: [{ where, message }] };
}

function reason(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && error.code === "ENOENT") return "no such file";
  return error instanceof Error ? error.message : String(error);
}
