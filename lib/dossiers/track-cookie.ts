// The proof a tracking lookup leaves in the applicant's browser: after a matching code and phone were posted
// (POST /track/lookup, rate-limited there), the pair is sealed (AES-256-GCM under a key derived from the
// server secret) in an httpOnly cookie scoped to /track for 30 minutes, and the tracking page reads it back.
// So the phone number never travels in a URL (history, logs, Referer), a refresh never posts again, and the
// rating form needs no hidden copy of the phone. A cookie that is forged, altered or old reads as none.
import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { getServerSecret } from "@/lib/security/secret";

export const TRACK_COOKIE = "tra-cuu-ho-so";
export const TRACK_COOKIE_SECONDS = 30 * 60;

const key = () => createHash("sha256").update(`dossier-track-cookie:${getServerSecret()}`).digest();

export function sealTrackPair(pair: { code: string; phone: string }, now = new Date()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify({ c: pair.code, p: pair.phone, e: now.getTime() + TRACK_COOKIE_SECONDS * 1000 }), "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

export function openTrackPair(value: string | undefined, now = new Date()): { code: string; phone: string } | null {
  if (!value || value.length > 600) return null;
  const parts = value.split(".");
  if (parts.length !== 3) return null;
  try {
    const [iv, tag, body] = parts.map((p) => Buffer.from(p, "base64url"));
    if (iv!.length !== 12 || tag!.length !== 16) return null;
    const decipher = createDecipheriv("aes-256-gcm", key(), iv!);
    decipher.setAuthTag(tag!);
    const data = JSON.parse(Buffer.concat([decipher.update(body!), decipher.final()]).toString("utf8")) as { c?: unknown; p?: unknown; e?: unknown };
    if (typeof data.c !== "string" || typeof data.p !== "string" || typeof data.e !== "number" || data.e <= now.getTime()) return null;
    return { code: data.c, phone: data.p };
  } catch {
    return null;
  }
}
