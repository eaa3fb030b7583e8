import { createRequire } from "node:module";
import { load as loadYaml } from "js-yaml";
import type { KnowledgeIssue } from "./issues.js";
import { KNOWLEDGE_LIMITS } from "./limits.js";

export type PathKey = string | number;

/** A parsed YAML file that can say on which line any path of it stands. */
export interface YamlSource {
  data: unknown;
  /** "facts[3].evidence (line 120)": the path, and the line of the deepest part of it that exists. */
  where(path: readonly PathKey[]): string;
  /**
   * For an unquoted item of a `[…]` list, the names it makes with the item before or after it where
   * only a comma on the same line parts them ("California State University, Chico" written unquoted is
   * two items): what the author may have meant as one.
   */
  commaJoined(path: readonly PathKey[]): string[];
}

export type YamlResult = { ok: true; source: YamlSource } | { ok: false; errors: KnowledgeIssue[] };

export function formatPath(path: readonly PathKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out ? `.${key}` : key;
  return out || "(top level)";
}

/**
 * Parses a knowledge file. A valid file, the usual case, is read by js-yaml, several times faster and
 * lighter than the `yaml` package; `yaml` is loaded only to say where a problem is: for a file
 * js-yaml refuses (its errors, with their lines, are the ones reported) and for the lines of problems
 * found later in a file that parsed.
 */
export function parseYaml(text: string): YamlResult {
  // Anchors and aliases (a "billion laughs" file among them) go where their expansion is limited.
  if (ANCHOR_OR_ALIAS.test(text)) return parseWithPositions(text);
  let data: unknown;
  try {
    data = loadYaml(text);
  } catch {
    return parseWithPositions(text);
  }
  let positions: YamlSource | undefined;
  return {
    ok: true,
    source: {
      data,
      where(path) {
        positions ??= withPositions(text);
        return positions ? positions.where(path) : formatPath(path);
      },
      commaJoined(path) {
        positions ??= withPositions(text);
        return positions ? positions.commaJoined(path) : [];
      },
    },
  };
}

function withPositions(text: string): YamlSource | undefined {
  const parsed = parseWithPositions(text);
  return parsed.ok ? parsed.source : undefined;
}

/** `&name` or `*name` where YAML reads one; text that merely looks like it only takes the slower path. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:?-])[&*][^\s,[\]{}]/m;

/** The `yaml` package, loaded on first need: a file with no problem never needs it. */
let yamlPackage: typeof import("yaml") | undefined;

function parseWithPositions(text: string): YamlResult {
  yamlPackage ??= createRequire(import.meta.url)("yaml") as typeof import("yaml");
  const { isNode, isScalar, isSeq, LineCounter, parseDocument } = yamlPackage;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return { where: `line ${line}, column ${col}`, message: `not valid YAML: ${firstLine(e.message)}` };
      }),
    };
  }
  const lineOf = (path: readonly PathKey[]): number | undefined => {
    // The deepest node that exists: a missing field is reported at the object that lacks it.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  let data: unknown;
  try {
    // A "billion laughs" file expands without end through aliases; past a few, it is refused.
    data = doc.toJS({ maxAliasCount: KNOWLEDGE_LIMITS.yamlAliases });
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          where: "(whole file)",
          message: `not usable YAML: ${firstLine(String((error as Error)?.message ?? error))}`,
        },
      ],
    };
  }
  return {
    ok: true,
    source: {
      data,
      where(path) {
        const line = lineOf(path);
        return line === undefined ? formatPath(path) : `${formatPath(path)} (line ${line})`;
      },
      commaJoined(path) {
        const index = path.at(-1);
        const list = doc.getIn(path.slice(0, -1), true);
        if (typeof index !== "number" || !isSeq(list) || !list.flow) return [];
        const plain = (k: number) => {
          const item = list.items[k];
          return isScalar(item) && item.type === "PLAIN" && item.range ? item.range : undefined;
        };
        const joined: string[] = [];
        for (const [a, b] of [
          [index - 1, index],
          [index, index + 1],
        ] as const) {
          const first = plain(a);
          const second = plain(b);
          if (!first || !second) continue;
          if (!/^[ \t]*,[ \t]*$/.test(text.slice(first[1], second[0]))) continue;
          joined.push(`${text.slice(first[0], first[1])}, ${text.slice(second[0], second[1])}`);
        }
        return joined;
      },
    },
  };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
