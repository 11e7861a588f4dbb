// Server-side sessions. The token carries a random session id (only its SHA-256 is stored); a session
// lives while its row is claimed, not ended, younger than SESSION_MAX_HOURS and seen within
// SESSION_IDLE_MINUTES. lastSeenAt is written at most once a minute, so a busy page costs no extra write.
// Times come from the caller's clock (`now`), so idle expiry is tested with a clock the test controls.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, userSessions, type User } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { env } from "@/lib/env";
import type { Tx } from "@/lib/kernel/transaction";

export const SESSION_MAX_HOURS = 8;
/** next-auth's credentials provider must claim a new session within this time. */
const CLAIM_SECONDS = 60;
const TOUCH_EVERY_MS = 60_000;

export const idleLimitMs = (): number => env.SESSION_IDLE_MINUTES * 60_000;

export const hashSessionId = (sid: string): string => createHash("sha256").update(sid, "utf8").digest("base64url");

export type SignInMethod = "password" | "totp" | "recovery_code";

/**
 * Opens a session for a user who passed every check: the row, the last sign-in time and the audit entry
 * in one transaction. Returns the raw session id, for next-auth to claim (it never leaves the server).
 */
export async function startSession(user: Pick<User, "id" | "email">, from: { ip: string; userAgent: string }, method: SignInMethod, now = new Date()): Promise<string> {
  const sid = randomBytes(32).toString("base64url");
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.insert(userSessions).values({ idHash: hashSessionId(sid), userId: user.id, createdAt: now, lastSeenAt: now, ip: from.ip.slice(0, 100), userAgent: from.userAgent.slice(0, 300) });
    await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
    await writeAudit(tx, { id: user.id, email: user.email, ...from }, { action: "auth.sign_in", entity: "user", entityId: user.id, after: { method } });
  });
  return sid;
}

/** Claims a fresh, unclaimed session once (next-auth's authorize step): its user id, or null. */
export async function claimSession(sid: string, now = new Date()): Promise<number | null> {
  if (!sid || sid.length > 100) return null;
  const db = await getDb();
  const [row] = await db
    .update(userSessions)
    .set({ claimedAt: now })
    .where(and(eq(userSessions.idHash, hashSessionId(sid)), isNull(userSessions.claimedAt), isNull(userSessions.endedAt), gt(userSessions.createdAt, new Date(now.getTime() - CLAIM_SECONDS * 1000))))
    .returning({ userId: userSessions.userId });
  return row?.userId ?? null;
}

/**
 * The user of a live session (claimed, not ended, not too old, not idle), joined in one query; refreshes
 * lastSeenAt when it is more than a minute old. An idle or expired session is ended for good.
 */
export async function findLiveSession(sid: string, userId: number, now = new Date()): Promise<User | null> {
  if (!sid || sid.length > 100) return null;
  const db = await getDb();
  const idHash = hashSessionId(sid);
  const [row] = await db
    .select({ user: users, session: userSessions })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(and(eq(userSessions.idHash, idHash), eq(userSessions.userId, userId)))
    .limit(1);
  if (!row || !row.session.claimedAt || row.session.endedAt) return null;
  const idle = now.getTime() - row.session.lastSeenAt.getTime() > idleLimitMs();
  const tooOld = now.getTime() - row.session.createdAt.getTime() > SESSION_MAX_HOURS * 3_600_000;
  if (idle || tooOld) {
    await db.update(userSessions).set({ endedAt: now }).where(and(eq(userSessions.idHash, idHash), isNull(userSessions.endedAt)));
    return null;
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await db
      .update(userSessions)
      .set({ lastSeenAt: now })
      .where(and(eq(userSessions.idHash, idHash), lt(userSessions.lastSeenAt, now)));
  }
  return row.user;
}

/** Ends every open session row of the user (with the version bump the caller makes, in its transaction). */
export async function endSessionRows(tx: Tx, userId: number, now = new Date()): Promise<void> {
  await tx.update(userSessions).set({ endedAt: now }).where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt)));
}
