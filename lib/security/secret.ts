// The server's signing secret: AUTH_SECRET, or for the embedded database one generated once and kept
// under DATA_DIR (mode 0600). Production on a server database must set AUTH_SECRET.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

let cached: string | undefined;

export function getServerSecret(): string {
  if (cached) return cached;
  if (env.AUTH_SECRET) return (cached = env.AUTH_SECRET);
  if (env.DATABASE_URL && env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is required in production when DATABASE_URL is set.");
  }
  const file = path.resolve(env.DATA_DIR, "auth-secret");
  try {
    cached = fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fresh = randomBytes(48).toString("base64url");
    try {
      fs.writeFileSync(file, fresh, { mode: 0o600, flag: "wx" });
      cached = fresh;
    } catch {
      cached = fs.readFileSync(file, "utf8").trim();
    }
  }
  return cached!;
}

/** Keyed hash for identifiers we must compare but should not store raw (visitor ids, addresses). */
export function keyedHash(purpose: string, value: string): string {
  return createHmac("sha256", getServerSecret()).update(`${purpose}:${value}`).digest("base64url");
}
