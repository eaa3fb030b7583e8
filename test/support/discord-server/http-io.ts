// Turning raw HTTP into what tests assert on, and answers into Discord-shaped responses.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { boundaryOf, parseMultipart, type UploadedFile } from "./multipart.js";

export interface RecordedResponse {
  status: number;
  body: unknown;
}

export interface RecordedRequest {
  /** Order of arrival, from 1. */
  seq: number;
  method: string;
  /** Path with each segment percent-decoded, e.g. `/api/v10/webhooks/1/abc/messages/@original`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON (or the `payload_json` of a multipart upload); `undefined` without a body. */
  body: unknown;
  rawBody: string;
  files: UploadedFile[];
  /** `Date.now()` when the request arrived. */
  receivedAt: number;
  /** What the server answered; set before the request is published to waiting tests. */
  response: RecordedResponse;
}

function decodePath(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join("/");
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Reads the whole request; the response is filled in once the server has decided it. */
export async function readRequest(req: IncomingMessage, seq: number): Promise<RecordedRequest> {
  const receivedAt = Date.now();
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const raw = await readAll(req);
  const contentType = req.headers["content-type"];
  const boundary = boundaryOf(contentType);
  let body: unknown;
  let files: UploadedFile[] = [];
  if (boundary) {
    const parts = parseMultipart(raw, boundary);
    const json = parts.fields.get("payload_json");
    body = json === undefined ? Object.fromEntries(parts.fields) : parseJson(json);
    files = parts.files;
  } else if (raw.length > 0) {
    body = parseJson(raw.toString("utf8"));
  }
  return {
    seq,
    method: (req.method ?? "GET").toUpperCase(),
    path: decodePath(url.pathname),
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    body,
    rawBody: boundary ? `<multipart, ${raw.length} bytes>` : raw.toString("utf8"),
    files,
    receivedAt,
    response: { status: 0, body: undefined },
  };
}

export function writeResponse(
  res: ServerResponse,
  response: RecordedResponse,
  headers: Record<string, string>,
): void {
  if (response.status === 204 || response.body === undefined) {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(response.body);
  res.writeHead(response.status, {
    ...headers,
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text).toString(),
  });
  res.end(text);
}

export function describeRequest(request: RecordedRequest): string {
  const query = new URLSearchParams(request.query).toString();
  return `#${request.seq} ${request.method} ${request.path}${query ? `?${query}` : ""} -> ${request.response.status}`;
}
