// Sign-in throttling, counted in Postgres (rate_limits, one atomic upsert per key) BEFORE any password or
// code check, so parallel attempts cannot all slip through between a read and a write. Failures slow the
// next attempts by account and by address; the (account, address) pair is locked for 15 minutes at its 5th
// failure, never the account for every address, so a stranger cannot lock out the administrator. The
// account key is the typed e-mail, whether or not such a user exists: replies never reveal existence.
import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { signInFailures } from "@/db/schema";
import { hitRateLimit } from "@/lib/rate-limit";
import { clearRateLimit, releaseRateLimitHit, restartRateLimitWindow } from "@/lib/rate-limit/adjust";
import { keyedHash } from "@/lib/security/secret";

export const THROTTLE = {
  windowSeconds: 15 * 60,
  /** From the 3rd failure (by account, by address) each attempt waits a little longer. */
  slowAfter: 3,
  delayStepMs: 1000,
  maxDelayMs: 5000,
  /** The 5th failure of one (account, address) pair locks that pair for the window. */
  lockAfter: 5,
  /** Failures from one address across every account (password spraying). */
  addressLockAfter: 30,
  /** Second-step codes: per (user, address) pair, and per user from anywhere. */
  codeLockAfter: 5,
  codeUserLockAfter: 20,
} as const;

const NO_LIMIT = Number.MAX_SAFE_INTEGER;

export type SignInKeys = { pair: string; account: string; address: string };

export function signInKeys(email: string, ip: string): SignInKeys {
  const e = email.trim().toLowerCase();
  return {
    pair: `login:pair:${keyedHash("login-pair", `${e}\n${ip}`)}`,
    account: `login:acct:${keyedHash("login-email", e)}`,
    address: `login:ip:${keyedHash("login-ip", ip)}`,
  };
}

/** What one counted attempt may do: go on (after `delayMs`), or nothing at all until `retryAfterSeconds`. */
export type Attempt = { keys: SignInKeys; pairCount: number } & ({ allowed: true; delayMs: number } | { allowed: false; retryAfterSeconds: number });

function delayFor(previousFailures: number): number {
  if (previousFailures < THROTTLE.slowAfter) return 0;
  return Math.min((previousFailures - THROTTLE.slowAfter + 1) * THROTTLE.delayStepMs, THROTTLE.maxDelayMs);
}

/**
 * Counts a sign-in attempt for the typed e-mail from `ip`, before anything is checked. Successes give their
 * hit back (settleSignInSuccess), so earlier hits still counted are failures (or attempts in flight).
 */
export async function countSignInAttempt(email: string, ip: string): Promise<Attempt> {
  const keys = signInKeys(email, ip);
  const [pair, account, address] = await Promise.all([
    hitRateLimit(keys.pair, THROTTLE.lockAfter, THROTTLE.windowSeconds),
    hitRateLimit(keys.account, NO_LIMIT, THROTTLE.windowSeconds),
    hitRateLimit(keys.address, THROTTLE.addressLockAfter, THROTTLE.windowSeconds),
  ]);
  if (!pair.allowed) return { keys, pairCount: pair.count, allowed: false, retryAfterSeconds: pair.retryAfterSeconds };
  if (!address.allowed) return { keys, pairCount: pair.count, allowed: false, retryAfterSeconds: address.retryAfterSeconds };
  return { keys, pairCount: pair.count, allowed: true, delayMs: delayFor(Math.max(account.count, address.count) - 1) };
}

/** After a failed check: at the pair's 5th failure its lock starts, for a full window from now. */
export async function settleSignInFailure(attempt: Attempt, email: string, ip: string): Promise<void> {
  if (attempt.allowed && attempt.pairCount === THROTTLE.lockAfter) await restartRateLimitWindow(attempt.keys.pair, THROTTLE.windowSeconds);
  await recordSignInFailure(email, ip);
}

/** After the right password: the pair starts afresh; the account and the address get this attempt back. */
export async function settleSignInSuccess(keys: SignInKeys): Promise<void> {
  await Promise.all([clearRateLimit([keys.pair]), releaseRateLimitHit([keys.account, keys.address])]);
}

export type CodeKeys = { pair: string; user: string };
export type CodeAttempt = { keys: CodeKeys; pairCount: number } & ({ allowed: true } | { allowed: false; retryAfterSeconds: number });

/** Counts a second-step code attempt (TOTP or recovery code) for the user from `ip`, before it is checked. */
export async function countCodeAttempt(userId: number, ip: string): Promise<CodeAttempt> {
  const keys = { pair: `login:code:${keyedHash("login-code-pair", `${userId}\n${ip}`)}`, user: `login:code-user:${userId}` };
  const [pair, user] = await Promise.all([
    hitRateLimit(keys.pair, THROTTLE.codeLockAfter, THROTTLE.windowSeconds),
    hitRateLimit(keys.user, THROTTLE.codeUserLockAfter, THROTTLE.windowSeconds),
  ]);
  if (!pair.allowed) return { keys, pairCount: pair.count, allowed: false, retryAfterSeconds: pair.retryAfterSeconds };
  if (!user.allowed) return { keys, pairCount: pair.count, allowed: false, retryAfterSeconds: user.retryAfterSeconds };
  return { keys, pairCount: pair.count, allowed: true };
}

export async function settleCodeFailure(attempt: CodeAttempt): Promise<void> {
  if (attempt.allowed && attempt.pairCount === THROTTLE.codeLockAfter) await restartRateLimitWindow(attempt.keys.pair, THROTTLE.windowSeconds);
}

export async function settleCodeSuccess(keys: CodeKeys): Promise<void> {
  await Promise.all([clearRateLimit([keys.pair]), releaseRateLimitHit([keys.user])]);
}

const FAILURE_RETENTION_HOURS = 48;

/**
 * One more failure for (typed e-mail, address) in this hour: one row per pair and hour, however many
 * attempts. Now and then rows past the retention are purged, so the table stays small under attack.
 */
export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  const db = await getDb();
  await db
    .insert(signInFailures)
    .values({ email: email.trim().toLowerCase().slice(0, 254), address: ip.slice(0, 100), hourStart: sql`date_trunc('hour', now())`, count: 1, lastAt: sql`now()` })
    .onConflictDoUpdate({
      target: [signInFailures.email, signInFailures.address, signInFailures.hourStart],
      set: { count: sql`${signInFailures.count} + 1`, lastAt: sql`now()` },
    });
  if (Math.random() < 0.05) {
    await db.delete(signInFailures).where(sql`${signInFailures.hourStart} < now() - make_interval(hours => ${FAILURE_RETENTION_HOURS})`);
  }
}
