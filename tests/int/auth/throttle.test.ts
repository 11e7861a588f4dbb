// Sign-in throttling: failures for one account slow the next attempts, then lock the account for the
// window; an unknown e-mail behaves exactly like a known one (no account enumeration); one address is
// capped across accounts; and everything is allowed again once the window has passed.
import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";

// The throttle keys are HMACs under the server secret: give the test one, rather than the secret file in
// DATA_DIR that the embedded default would create.
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "throttle-test-secret-0123456789abcdefghijklmnop";
});

import { rateLimits } from "@/db/schema";
import { checkSignInThrottle, clearSignInFailures, recordSignInFailure, THROTTLE, type ThrottleState } from "@/lib/auth/throttle";
import { useTestDb } from "../../helpers/db";
import { makeUser } from "../../helpers/users";

const t = useTestDb();

/** Records `n` failures for the account and returns the state seen before each further attempt. */
async function failTimes(email: string, ip: string, n: number): Promise<ThrottleState[]> {
  const states: ThrottleState[] = [];
  for (let i = 0; i < n; i++) {
    await recordSignInFailure(email, ip);
    states.push(await checkSignInThrottle(email, ip));
  }
  return states;
}

describe("sign-in throttle", () => {
  it("allows a fresh account at full speed", async () => {
    expect(await checkSignInThrottle("ai-do@example.gov.vn", "10.0.0.1")).toEqual({ locked: false, retryAfterSeconds: 0, delayMs: 0 });
  });

  it("slows after 3 failures and locks after 5, for one account only", async () => {
    const user = await makeUser(t.db, "staff");
    const [s1, s2, s3, s4, s5] = await failTimes(user.email, "10.0.0.2", 5);
    expect(s1).toEqual({ locked: false, retryAfterSeconds: 0, delayMs: 0 });
    expect(s2).toEqual({ locked: false, retryAfterSeconds: 0, delayMs: 0 });
    expect(s3!.locked).toBe(false);
    expect(s3!.delayMs).toBeGreaterThan(0);
    expect(s4!.locked).toBe(false);
    expect(s4!.delayMs).toBeGreaterThan(s3!.delayMs);
    expect(s5!.locked).toBe(true);
    expect(s5!.retryAfterSeconds).toBeGreaterThan(THROTTLE.windowSeconds - 60);
    expect(s5!.retryAfterSeconds).toBeLessThanOrEqual(THROTTLE.windowSeconds);

    // The e-mail is matched case-insensitively, so changing case does not get around the lock.
    expect((await checkSignInThrottle(user.email.toUpperCase(), "10.0.0.3")).locked).toBe(true);
    // Another account, even from the same address, is not affected.
    expect(await checkSignInThrottle("nguoi-khac@example.gov.vn", "10.0.0.2")).toEqual({ locked: false, retryAfterSeconds: 0, delayMs: 0 });
  });

  it("treats an unknown e-mail exactly like an existing account", async () => {
    const user = await makeUser(t.db, "staff");
    const known = await failTimes(user.email, "10.0.1.1", 6);
    const unknown = await failTimes("khong-ton-tai@example.gov.vn", "10.0.1.2", 6);
    const shape = (s: ThrottleState) => ({ locked: s.locked, delayMs: s.delayMs, waits: s.retryAfterSeconds > 0 });
    expect(unknown.map(shape)).toEqual(known.map(shape));
    expect(unknown.at(-1)!.locked).toBe(true);
  });

  it("clears an account's failures after a successful sign-in", async () => {
    const user = await makeUser(t.db, "staff");
    await failTimes(user.email, "10.0.2.1", 4);
    await clearSignInFailures(user.email);
    expect(await checkSignInThrottle(user.email, "10.0.2.1")).toEqual({ locked: false, retryAfterSeconds: 0, delayMs: 0 });
  });

  it("caps failures per address across many accounts", async () => {
    const ip = "203.0.113.7";
    for (let i = 0; i < THROTTLE.ipLockAfter; i++) await recordSignInFailure(`thu-${i}@example.gov.vn`, ip);
    const fresh = await checkSignInThrottle("chua-thu@example.gov.vn", ip);
    expect(fresh.locked).toBe(true);
    expect(fresh.retryAfterSeconds).toBeGreaterThan(0);
    // The same fresh account from another address is fine: the cap is on the address.
    expect((await checkSignInThrottle("chua-thu@example.gov.vn", "203.0.113.8")).locked).toBe(false);
  });

  it("allows again once the window has passed, counting afresh", async () => {
    const user = await makeUser(t.db, "staff");
    const ip = "10.0.3.1";
    await failTimes(user.email, ip, THROTTLE.lockAfter);
    for (let i = 0; i < THROTTLE.ipLockAfter; i++) await recordSignInFailure(`nhieu-${i}@example.gov.vn`, ip);
    expect((await checkSignInThrottle(user.email, ip)).locked).toBe(true);

    // As if the window had passed: move every counter's start into the past.
    await t.db.update(rateLimits).set({ windowStart: sql`now() - make_interval(secs => ${THROTTLE.windowSeconds + 1})` });
    expect(await checkSignInThrottle(user.email, ip)).toEqual({ locked: false, retryAfterSeconds: 0, delayMs: 0 });
    // A new failure starts a new window at 1, not on top of the old count.
    const [next] = await failTimes(user.email, ip, 1);
    expect(next).toEqual({ locked: false, retryAfterSeconds: 0, delayMs: 0 });
  });
});
