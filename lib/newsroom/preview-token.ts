// Signed preview links: `<articleId>.<expiresUnix>.<mac>`, an HMAC under the server secret, valid for 24
// hours. Whoever holds a valid link may read that one draft without signing in; a changed or expired link
// is worth nothing (the page answers 404 either way, telling a guesser nothing).
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { keyedHash } from "@/lib/security/secret";

export const PREVIEW_TTL_SECONDS = 24 * 3600;
const PURPOSE = "article-preview";

function mac(articleId: number, expires: number): string {
  return keyedHash(PURPOSE, `${articleId}.${expires}`);
}

export function createPreviewToken(articleId: number, now = Date.now()): { token: string; expiresAt: Date } {
  const expires = Math.floor(now / 1000) + PREVIEW_TTL_SECONDS;
  return { token: `${articleId}.${expires}.${mac(articleId, expires)}`, expiresAt: new Date(expires * 1000) };
}

/** The article id the token grants, or null when it is malformed, tampered with or expired. */
export function verifyPreviewToken(token: string, now = Date.now()): number | null {
  const m = /^([1-9]\d{0,9})\.(\d{10,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const articleId = Number(m[1]);
  const expires = Number(m[2]);
  const given = Buffer.from(m[3]);
  const expected = Buffer.from(mac(articleId, expires));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  // Also refuse expiries further out than we ever issue (a leaked secret aside, this cannot happen).
  const nowSec = Math.floor(now / 1000);
  if (expires <= nowSec || expires > nowSec + PREVIEW_TTL_SECONDS + 60) return null;
  return articleId;
}
