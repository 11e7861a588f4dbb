// Supplement links: /track/bo-sung/<request id>.<token>. The token is an HMAC, under the server secret, of a
// 256-bit random nonce stored with the request: unguessable (≥ 128 bits), bound to that one request (hence one
// dossier), and not recoverable from a database dump alone. One use and an expiry are enforced in the
// database when it is spent (lib/dossiers/workflow.ts).
import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { keyedHash } from "@/lib/security/secret";

export const SUPPLEMENT_TTL_DAYS = 7;
const PURPOSE = "dossier-supplement";

export function newSupplementNonce(): string {
  return randomBytes(32).toString("base64url");
}

export function supplementToken(requestId: number, nonce: string): string {
  return keyedHash(PURPOSE, `${requestId}.${nonce}`);
}

export function supplementPath(requestId: number, nonce: string): string {
  return `/track/bo-sung/${requestId}.${supplementToken(requestId, nonce)}`;
}

/** The request id a link names and its token, or null for anything malformed. */
export function parseSupplementLink(value: string): { requestId: number; token: string } | null {
  const m = /^([1-9]\d{0,9})\.([A-Za-z0-9_-]{43})$/.exec(value);
  return m ? { requestId: Number(m[1]), token: m[2]! } : null;
}

export function tokenMatches(requestId: number, nonce: string, token: string): boolean {
  const expected = Buffer.from(supplementToken(requestId, nonce));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
