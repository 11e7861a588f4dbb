// Siblings of hitRateLimit for limits that count an attempt before knowing its outcome (sign-in): give
// back a hit that turned out to be a success, forget a key, or restart a key's window (a lock that lasts a
// full window from the moment it starts). Each is one atomic statement.
import "server-only";
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";

/** Takes one hit back from each key (never below zero); a key whose window has passed is left alone. */
export async function releaseRateLimitHit(keys: readonly string[]): Promise<void> {
  if (!keys.length) return;
  const db = await getDb();
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(and(inArray(rateLimits.key, [...keys]), gt(rateLimits.count, 0)));
}

/** Forgets the keys' counts. */
export async function clearRateLimit(keys: readonly string[]): Promise<void> {
  if (!keys.length) return;
  const db = await getDb();
  await db.delete(rateLimits).where(inArray(rateLimits.key, [...keys]));
}

/** Starts the key's window again now, keeping its count: what is over the limit stays over it a full window
 * (the row's expiry moves with it, so pruning never forgets a lock early). */
export async function restartRateLimitWindow(key: string, windowSeconds: number): Promise<void> {
  const db = await getDb();
  await db
    .update(rateLimits)
    .set({ windowStart: sql`now()`, expiresAt: sql`now() + make_interval(secs => ${windowSeconds})` })
    .where(eq(rateLimits.key, key));
}
