// discord.js switches to multipart/form-data as soon as a message carries files: the JSON then
// travels in a `payload_json` part and each file in `files[n]`. Tests should see that JSON as
// the request body either way, so this reads just enough of the format to pull the parts out.

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export interface MultipartBody {
  fields: Map<string, string>;
  files: UploadedFile[];
}

export function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /^multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(contentType ?? "");
  return match?.[1];
}

export function parseMultipart(raw: Buffer, boundary: string): MultipartBody {
  const fields = new Map<string, string>();
  const files: UploadedFile[] = [];
  const delimiter = Buffer.from(`--${boundary}`);
  let start = raw.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length;
    // "--" right after a delimiter closes the body.
    if (raw.subarray(partStart, partStart + 2).toString() === "--") break;
    const next = raw.indexOf(delimiter, partStart);
    if (next === -1) break;
    // Each part is CRLF, headers, CRLF CRLF, content, CRLF, then the next delimiter.
    const part = raw.subarray(partStart + 2, next - 2);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      const content = part.subarray(headerEnd + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? "";
      const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
      if (filename === undefined) {
        fields.set(name, content.toString("utf8"));
      } else {
        const contentType = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? "application/octet-stream";
        files.push({ field: name, filename, contentType, size: content.length, data: Buffer.from(content) });
      }
    }
    start = next;
  }
  return { fields, files };
}
