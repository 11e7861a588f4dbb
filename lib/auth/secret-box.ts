// Encryption of secrets the portal must read back (TOTP keys): AES-256-GCM under a key derived (HKDF) from
// the server secret, which lives outside the database, so a database dump alone reveals nothing. The
// context (e.g. the user id) is bound as associated data: a sealed value moved to another row fails to open.
import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getServerSecret } from "@/lib/security/secret";

const VERSION = "v1";
let cachedKey: Buffer | undefined;

function key(): Buffer {
  cachedKey ??= Buffer.from(hkdfSync("sha256", getServerSecret(), "portal-secret-box", "totp-secret-v1", 32));
  return cachedKey;
}

export function seal(plain: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The plain text, or null when the value was altered, sealed for another context or under another key. */
export function open(sealed: string, context: string): string | null {
  const [version, data] = sealed.split(":");
  if (version !== VERSION || !data) return null;
  const raw = Buffer.from(data, "base64url");
  if (raw.length < 29) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
