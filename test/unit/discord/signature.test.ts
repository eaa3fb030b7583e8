import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkSignature, ed25519PublicKey } from "../../../src/discord/http/signature.js";

const { publicKey, privateKey } = generateKeyPairSync("ed25519");
const hex = Buffer.from(publicKey.export({ format: "jwk" }).x ?? "", "base64url").toString("hex");
const key = ed25519PublicKey(hex);
const NOW = 1_800_000_000;

function signed(body: string, timestamp: number) {
  return {
    signature: sign(null, Buffer.from(`${timestamp}${body}`), privateKey).toString("hex"),
    timestamp: String(timestamp),
    body: Buffer.from(body),
  };
}

describe("checkSignature", () => {
  it("accepts Discord's signature of timestamp + body", () => {
    expect(checkSignature(key, signed('{"type":1}', NOW), NOW)).toEqual({ ok: true });
  });

  it("refuses a changed body, a changed timestamp, and missing or malformed headers", () => {
    const good = signed('{"type":1}', NOW);
    expect(checkSignature(key, { ...good, body: Buffer.from('{"type":2}') }, NOW)).toMatchObject({
      ok: false,
      reason: "bad signature",
    });
    expect(checkSignature(key, { ...good, timestamp: String(NOW - 1) }, NOW)).toMatchObject({ ok: false });
    expect(checkSignature(key, { ...good, signature: undefined }, NOW)).toMatchObject({
      reason: "missing signature headers",
    });
    expect(checkSignature(key, { ...good, signature: "zz" }, NOW)).toMatchObject({
      reason: "malformed signature",
    });
    expect(checkSignature(key, { ...good, timestamp: "soon" }, NOW)).toMatchObject({
      reason: "malformed timestamp",
    });
  });

  it("refuses a signature older than 5 minutes, even a valid one", () => {
    expect(checkSignature(key, signed("{}", NOW - 300), NOW)).toEqual({ ok: true });
    expect(checkSignature(key, signed("{}", NOW - 301), NOW)).toMatchObject({ reason: "stale timestamp" });
    expect(checkSignature(key, signed("{}", NOW + 301), NOW)).toMatchObject({
      reason: "timestamp in the future",
    });
  });

  it("builds the key from the 64 hex characters the Developer Portal shows", () => {
    expect(ed25519PublicKey(hex.toUpperCase()).asymmetricKeyType).toBe("ed25519");
    expect(() => ed25519PublicKey("abc")).toThrow(/64 hexadecimal/);
  });
});
