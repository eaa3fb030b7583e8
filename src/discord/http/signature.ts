import { createPublicKey, type KeyObject, verify } from "node:crypto";

/** Discord signs each request when it is sent; one older than this is refused as a possible replay. */
export const MAX_SIGNATURE_AGE_SECONDS = 5 * 60;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/**
 * The application's public key (64 hex characters, as the Developer Portal shows it) as a key node:crypto
 * verifies Ed25519 signatures with: the raw 32 bytes go in as the `x` of an OKP JSON Web Key.
 */
export function ed25519PublicKey(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error("an Ed25519 public key is 64 hexadecimal characters");
  const x = Buffer.from(hex, "hex").toString("base64url");
  return createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x }, format: "jwk" });
}

/**
 * Whether a request to the interactions endpoint comes from Discord: `X-Signature-Ed25519` must be the
 * signature of `X-Signature-Timestamp` followed by the raw body, and the timestamp recent.
 */
export function checkSignature(
  key: KeyObject,
  request: { signature: string | undefined; timestamp: string | undefined; body: Buffer },
  nowSeconds: number = Date.now() / 1000,
): SignatureCheck {
  const { signature, timestamp, body } = request;
  if (!signature || !timestamp) return { ok: false, reason: "missing signature headers" };
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return { ok: false, reason: "malformed signature" };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "malformed timestamp" };
  const signed = Buffer.concat([Buffer.from(timestamp, "utf8"), body]);
  if (!verify(null, signed, key, Buffer.from(signature, "hex")))
    return { ok: false, reason: "bad signature" };
  // Checked after the signature, so the timestamp is known to be Discord's own.
  const age = nowSeconds - Number(timestamp);
  if (age > MAX_SIGNATURE_AGE_SECONDS) return { ok: false, reason: "stale timestamp" };
  if (age < -MAX_SIGNATURE_AGE_SECONDS) return { ok: false, reason: "timestamp in the future" };
  return { ok: true };
}
