// Sign-in throttling, counted in Postgres (rate_limits) so it holds across server instances. Failures per
// account slow the next attempt, then lock it for a while; failures per address are capped too. The
// account key is the typed e-mail, whether or not such a user exists, so replies never reveal existence.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { hitRateLimit } from "@/lib/rate-limit";
import { keyedHash } from "@/lib/security/secret";

export const THROTTLE = {
  windowSeconds: 15 * 60,
  slowAfter: 3, // from the 3rd failure on, each attempt waits a little longer
  lockAfter: 5, // the 5th failure locks the account for the rest of the window
  ipLockAfter: 30,
  delayMs: 1000,
} as const;

const accountKey = (email: string) => `login:acct:${keyedHash("login-email", email.toLowerCase())}`;
const addressKey = (ip: string) => `login:ip:${keyedHash("login-ip", ip)}`;

async function failures(key: string): Promise<{ count: number; retryAfterSeconds: number }> {
  const db = await getDb();
  const [row] = await db
    .select({
      count: rateLimits.count,
      retry: sql<number>`greatest(0, ceil(extract(epoch from (${rateLimits.windowStart} + make_interval(secs => ${THROTTLE.windowSeconds}) - now()))))::int`,
    })
    .from(rateLimits)
    .where(eq(rateLimits.key, key));
  if (!row || Number(row.retry) <= 0) return { count: 0, retryAfterSeconds: 0 };
  return { count: row.count, retryAfterSeconds: Number(row.retry) };
}

export type ThrottleState = { locked: boolean; retryAfterSeconds: number; delayMs: number };

export async function checkSignInThrottle(email: string, ip: string): Promise<ThrottleState> {
  const [acct, addr] = await Promise.all([failures(accountKey(email)), failures(addressKey(ip))]);
  if (acct.count >= THROTTLE.lockAfter) return { locked: true, retryAfterSeconds: acct.retryAfterSeconds, delayMs: 0 };
  if (addr.count >= THROTTLE.ipLockAfter) return { locked: true, retryAfterSeconds: addr.retryAfterSeconds, delayMs: 0 };
  const over = acct.count - THROTTLE.slowAfter + 1;
  return { locked: false, retryAfterSeconds: 0, delayMs: over > 0 ? over * THROTTLE.delayMs : 0 };
}

/** One more failure on `key` (the window restarts when it has ended). */
const bump = (key: string) => hitRateLimit(key, Number.MAX_SAFE_INTEGER, THROTTLE.windowSeconds);

export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  await Promise.all([bump(accountKey(email)), bump(addressKey(ip))]);
}

export async function clearSignInFailures(email: string): Promise<void> {
  const db = await getDb();
  await db.delete(rateLimits).where(eq(rateLimits.key, accountKey(email)));
}
