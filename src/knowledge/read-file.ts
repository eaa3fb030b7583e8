import { isUtf8 } from "node:buffer";
import { constants } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import { basename, isAbsolute, relative, sep } from "node:path";
import { READ_TIMEOUT_MS } from "./limits.js";

export interface ReadOptions {
  /** Refused unread when larger. */
  maxBytes: number;
  /** The folder the file's real path (links resolved) must stay inside, when it must. */
  within?: string;
  /** What to call the file in messages: never an absolute path. Default: its base name. */
  name?: string;
  timeoutMs?: number;
}

/**
 * A file's text, or why it cannot be had: `message` is fit to show anyone (no absolute path, nothing
 * of the file), `detail` is for the log.
 */
export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; message: string; reason: string; detail: string };

/**
 * Reads a UTF-8 text file defensively: the real path (after links) must be a regular file, inside
 * `within` when given; it is refused unread when larger than `maxBytes`; reading gives up after a
 * timeout; UTF-16 and invalid UTF-8 are refused, the latter with the offset of its first bad byte.
 */
export async function readTextFile(path: string, options: ReadOptions): Promise<ReadResult> {
  const name = options.name ?? basename(path);
  const refuse = (reason: string, detail: string): ReadResult => ({
    ok: false,
    message: `${name}: ${reason}`,
    reason,
    detail: `${path}: ${detail}`,
  });
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    return refuse(reasonOf(error), describe(error));
  }
  if (options.within !== undefined) {
    let folder: string;
    try {
      folder = await realpath(options.within);
    } catch (error) {
      return refuse("its folder cannot be read", describe(error));
    }
    const inside = relative(folder, real);
    // "..article.txt" is a name like any other; only ".." itself or "../…" leaves the folder.
    if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      return refuse(
        "must be a file inside the knowledge file's folder (a link out of it does not count)",
        `its real path ${real} is outside ${folder}`,
      );
    }
  }
  let size: number;
  try {
    const info = await stat(real);
    if (!info.isFile()) return refuse("is not a regular file", `${real} is not a regular file`);
    size = info.size;
  } catch (error) {
    return refuse(reasonOf(error), describe(error));
  }
  if (size > options.maxBytes) {
    return refuse(
      `is ${formatBytes(size)}, over the limit of ${formatBytes(options.maxBytes)} (KNOWLEDGE_MAX_BYTES)`,
      `${size} bytes > ${options.maxBytes}`,
    );
  }

  let bytes: Buffer;
  try {
    bytes = await readAtMost(real, options.maxBytes, options.timeoutMs ?? READ_TIMEOUT_MS);
  } catch (error) {
    return refuse(reasonOf(error), describe(error));
  }
  if (bytes.length > options.maxBytes) {
    return refuse(`grew past the limit of ${formatBytes(options.maxBytes)} while being read`, "grew");
  }
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : refuse(decoded.message, decoded.message);
}

/** Up to `maxBytes + 1` bytes (one more says the file grew), giving up after `timeoutMs`. */
async function readAtMost(path: string, maxBytes: number, timeoutMs: number): Promise<Buffer> {
  // Non-blocking, so that a file swapped for a FIFO after the check cannot hang the open itself.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  let timer: NodeJS.Timeout | undefined;
  try {
    const reading = (async () => {
      const chunks: Buffer[] = [];
      let total = 0;
      while (total <= maxBytes) {
        const chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - total));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
      }
      return Buffer.concat(chunks);
    })();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error(`no data within ${timeoutMs} ms`), { code: "ETIMEDOUT" })),
        timeoutMs,
      );
    });
    return await Promise.race([reading, timeout]);
  } finally {
    clearTimeout(timer);
    await handle.close().catch(() => {});
  }
}

type Decoded = { ok: true; text: string } | { ok: false; message: string };

/** UTF-8 text, without a byte order mark; UTF-16 and invalid bytes are named, not replaced. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: "is UTF-16 text; save it as UTF-8" };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // Node's own check is native; the byte-by-byte one, cold in a fresh process, only says where.
  const offset = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes, start);
  if (offset >= 0) {
    // UTF-16 without a byte order mark: every other byte of ASCII text is zero.
    const zeros = bytes.subarray(0, 200).filter((b) => b === 0).length;
    if (zeros > 20) return { ok: false, message: "looks like UTF-16 text; save it as UTF-8" };
    return { ok: false, message: `is not valid UTF-8: bad byte 0x${hex(bytes[offset])} at offset ${offset}` };
  }
  return {
    ok: true,
    text: Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString("utf8"),
  };
}

/** The offset of the first byte that breaks UTF-8 (overlongs and surrogates included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k] as number;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).padStart(2, "0").toUpperCase();
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** A short reason, without the path Node puts in its messages. */
function reasonOf(error: unknown): string {
  const code = error && typeof error === "object" && "code" in error ? String(error.code) : "";
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder, not a file";
    case "ELOOP":
      return "too many symbolic links";
    case "ETIMEDOUT":
      return "could not be read in time";
    default:
      return code ? `cannot be read (${code})` : "cannot be read";
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
