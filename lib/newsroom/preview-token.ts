// Preview-link tokens: 32 random bytes (base64url), shown once to the staff member who asked for the link;
// the database keeps only a keyed hash (HMAC under the server secret), so a copy of the table opens nothing.
// What a token grants, and until when, is the stored link's business (lib/newsroom/preview-links.ts).
import "server-only";
import { randomBytes } from "node:crypto";
import { keyedHash } from "@/lib/security/secret";

export const PREVIEW_TTL_SECONDS = 24 * 3600;
const PURPOSE = "article-preview-link";
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function mintPreviewToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: keyedHash(PURPOSE, token) };
}

/** The stored hash a token would have, or null when it cannot be a token at all (nothing to look up). */
export function previewTokenHash(token: string): string | null {
  return TOKEN.test(token) ? keyedHash(PURPOSE, token) : null;
}
