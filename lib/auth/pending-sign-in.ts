// The pending sign-in between the password and the second step: a short-lived token, HMAC-signed with the
// server secret, kept in an HttpOnly cookie so the password is never sent again. It is bound to the user,
// their session version and their password hash (a changed password or ended sessions void it) and lasts
// five minutes. It proves the password only: the second step still has to be passed.
import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { User } from "@/db/schema";
import { getServerSecret, keyedHash } from "@/lib/security/secret";

export const PENDING_COOKIE = "portal-pending-sign-in";
export const PENDING_SECONDS = 5 * 60;

const fingerprint = (passwordHash: string) => keyedHash("pending-password", passwordHash).slice(0, 22);
const sign = (payload: string) => createHmac("sha256", getServerSecret()).update(`pending-sign-in:${payload}`).digest("base64url");

export function issuePendingSignIn(user: Pick<User, "id" | "sessionVersion" | "passwordHash">, now = new Date()): string {
  const payload = [user.id, user.sessionVersion, Math.floor(now.getTime() / 1000), randomBytes(12).toString("base64url"), fingerprint(user.passwordHash)].join(".");
  return `${payload}.${sign(payload)}`;
}

export type PendingSignIn = { userId: number; sessionVersion: number; passwordFingerprint: string };

/** The pending sign-in a token stands for, if its signature holds and it is not expired; else null. */
export function readPendingSignIn(token: string | undefined, now = new Date()): PendingSignIn | null {
  if (!token || token.length > 300) return null;
  const parts = token.split(".");
  if (parts.length !== 6) return null;
  const payload = parts.slice(0, 5).join(".");
  const given = Buffer.from(parts[5]!, "utf8");
  const expected = Buffer.from(sign(payload), "utf8");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [id, sv, issued] = parts.map(Number);
  const age = Math.floor(now.getTime() / 1000) - issued!;
  if (!Number.isSafeInteger(id) || !Number.isSafeInteger(sv) || !(age >= -60 && age <= PENDING_SECONDS)) return null;
  return { userId: id!, sessionVersion: sv!, passwordFingerprint: parts[4]! };
}

/** The pending sign-in still matches the account as it is now. */
export function pendingMatches(pending: PendingSignIn, user: Pick<User, "id" | "sessionVersion" | "passwordHash" | "active">): boolean {
  return user.active && user.id === pending.userId && user.sessionVersion === pending.sessionVersion && fingerprint(user.passwordHash) === pending.passwordFingerprint;
}
