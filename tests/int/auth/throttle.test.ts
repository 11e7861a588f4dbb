// Sign-in throttling, as an attacker would try it: each attempt is counted before the password check, so
// 40 parallel wrong passwords reach argon2 at most 5 times; the (account, address) pair is locked at its
// 5th failure while the right password from another address still signs in (a stranger cannot lock out
// the administrator); failures slow the next attempts by account and by address; an unknown e-mail
// behaves exactly like a known one; administrators see the repeated failures.
import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";

// The throttle keys are HMACs under the server secret: give the test one, rather than the secret file in
// DATA_DIR that the embedded default would create.
const calls = vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "throttle-test-secret-0123456789abcdefghijklmnop";
  return { verify: 0, burn: 0 };
});

// The real argon2 checks, counted: how many attempts reached the expensive work.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...real,
    verifyPassword: async (stored: string, password: string) => {
      calls.verify++;
      return real.verifyPassword(stored, password);
    },
    burnPasswordCheck: async (password: string) => {
      calls.burn++;
      return real.burnPasswordCheck(password);
    },
  };
});

import { rateLimits } from "@/db/schema";
import { signInWithPassword, WRONG_CREDENTIALS } from "@/lib/auth/sign-in";
import { countSignInAttempt, settleSignInFailure, settleSignInSuccess, THROTTLE } from "@/lib/auth/throttle";
import { listRepeatedSignInFailures } from "@/lib/users/queries";
import { useTestDb } from "../../helpers/db";
import { actorOf, makeUser, PASSWORD } from "../../helpers/users";

const t = useTestDb();
const from = (ip: string) => ({ ip, userAgent: "test" });
const LOCKED = /^Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ phút\.$/;

/** Fails `n` times in a row from `ip` without the delays (counting and settling as sign-in does). */
async function failTimes(email: string, ip: string, n: number) {
  for (let i = 0; i < n; i++) {
    const attempt = await countSignInAttempt(email, ip);
    await settleSignInFailure(attempt, email, ip);
  }
}

function resetCalls() {
  calls.verify = 0;
  calls.burn = 0;
}

describe("sign-in throttle", () => {
  it("lets at most 5 of 40 parallel wrong passwords for one account from one address reach the password check", async () => {
    const user = await makeUser(t.db, "admin");
    resetCalls();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => signInWithPassword({ email: user.email, password: `sai-mat-khau-${i}` }, from("198.51.100.7"))));
    expect(calls.verify + calls.burn).toBeLessThanOrEqual(THROTTLE.lockAfter);
    expect(calls.verify).toBeGreaterThan(0);
    expect(results.every((r) => r.kind === "refused")).toBe(true);
    const messages = results.map((r) => (r.kind === "refused" ? r.message : ""));
    expect(messages.filter((m) => m === WRONG_CREDENTIALS)).toHaveLength(calls.verify);
    expect(messages.filter((m) => LOCKED.test(m))).toHaveLength(40 - calls.verify);

    // The pair stays locked, the right password included, and no check runs for it.
    resetCalls();
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, from("198.51.100.7"))).toMatchObject({ kind: "refused", message: expect.stringMatching(LOCKED) });
    expect(calls.verify).toBe(0);
  }, 60_000);

  it("after 5 failures from one address, the right password from another address still signs in", async () => {
    const user = await makeUser(t.db, "admin");
    const attacker = from("203.0.113.66");
    for (let i = 0; i < THROTTLE.lockAfter; i++) {
      expect(await signInWithPassword({ email: user.email, password: `doan-thu-${i}` }, attacker)).toEqual({ kind: "refused", message: WRONG_CREDENTIALS });
    }
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, attacker)).toMatchObject({ kind: "refused", message: expect.stringMatching(LOCKED) });
    // The administrator, elsewhere, is slowed (the account has failures) but not locked out.
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, from("192.0.2.10"))).toMatchObject({ kind: "signed_in", sid: expect.any(String) });
    // The e-mail's case is the same account: no way around the pair lock.
    expect(await signInWithPassword({ email: user.email.toUpperCase(), password: PASSWORD }, attacker)).toMatchObject({ kind: "refused", message: expect.stringMatching(LOCKED) });
  }, 60_000);

  it("locks the pair for 15 minutes from its 5th failure, then counts afresh", async () => {
    const email = "ai-do@example.gov.vn";
    const ip = "10.0.3.1";
    await failTimes(email, ip, 4);
    // Age the window: the lock must last a full window from the 5th failure, not end with the first's window.
    await t.db.update(rateLimits).set({ windowStart: sql`now() - make_interval(secs => ${THROTTLE.windowSeconds - 30})` });
    await failTimes(email, ip, 1);
    const locked = await countSignInAttempt(email, ip);
    expect(locked.allowed).toBe(false);
    if (!locked.allowed) expect(locked.retryAfterSeconds).toBeGreaterThan(THROTTLE.windowSeconds - 60);

    await t.db.update(rateLimits).set({ windowStart: sql`now() - make_interval(secs => ${THROTTLE.windowSeconds + 1})` });
    expect(await countSignInAttempt(email, ip)).toMatchObject({ allowed: true, pairCount: 1, delayMs: 0 });
  });

  it("slows from the 3rd failure by account and by address, up to a ceiling", async () => {
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      // A different address each time: only the account's failures count.
      const attempt = await countSignInAttempt("cham-dan@example.gov.vn", `10.1.0.${i}`);
      delays.push(attempt.allowed ? attempt.delayMs : -1);
      await settleSignInFailure(attempt, "cham-dan@example.gov.vn", `10.1.0.${i}`);
    }
    expect(delays.slice(0, 3)).toEqual([0, 0, 0]);
    expect(delays[3]).toBeGreaterThan(0);
    expect(delays[4]).toBeGreaterThan(delays[3]!);

    // By address: failures for many accounts from one address slow a fresh account there, not elsewhere.
    for (let i = 0; i < 3; i++) await failTimes(`thu-${i}@example.gov.vn`, "10.2.0.1", 1);
    expect(await countSignInAttempt("chua-thu@example.gov.vn", "10.2.0.1")).toMatchObject({ allowed: true, delayMs: THROTTLE.delayStepMs });
    expect(await countSignInAttempt("chua-thu@example.gov.vn", "10.2.0.2")).toMatchObject({ allowed: true, delayMs: 0 });

    for (let i = 0; i < 20; i++) await failTimes("rat-nhieu@example.gov.vn", `10.3.0.${i}`, 1);
    expect(await countSignInAttempt("rat-nhieu@example.gov.vn", "10.3.1.1")).toMatchObject({ allowed: true, delayMs: THROTTLE.maxDelayMs });
  });

  it("does not count successful sign-ins as failures", async () => {
    const user = await makeUser(t.db, "staff");
    for (let i = 0; i < 6; i++) {
      const attempt = await countSignInAttempt(user.email, "10.4.0.1");
      expect(attempt).toMatchObject({ allowed: true, delayMs: 0 });
      await settleSignInSuccess(attempt.keys);
    }
  });

  it("caps failures from one address across many accounts (password spraying)", async () => {
    const ip = "203.0.113.7";
    for (let i = 0; i < THROTTLE.addressLockAfter; i++) await failTimes(`phun-${i}@example.gov.vn`, ip, 1);
    expect(await countSignInAttempt("chua-thu@example.gov.vn", ip)).toMatchObject({ allowed: false });
    expect(await countSignInAttempt("chua-thu@example.gov.vn", "203.0.113.8")).toMatchObject({ allowed: true });
  });

  it("treats an unknown e-mail exactly like an existing account, argon2 work included", async () => {
    const user = await makeUser(t.db, "staff");
    const run = async (email: string, ip: string) => {
      resetCalls();
      const out: string[] = [];
      for (let i = 0; i < 6; i++) {
        const r = await signInWithPassword({ email, password: `sai-${i}` }, from(ip));
        out.push(r.kind === "refused" ? r.message.replace(/\d+ phút/, "N phút") : r.kind);
      }
      return { out, checks: calls.verify + calls.burn };
    };
    const known = await run(user.email, "10.5.0.1");
    const unknown = await run("khong-ton-tai@example.gov.vn", "10.5.0.2");
    expect(unknown).toEqual(known);
    expect(known.checks).toBe(THROTTLE.lockAfter);
    expect(known.out.at(-1)).toBe("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau N phút.");
  }, 60_000);

  it("shows administrators the accounts and addresses with repeated failures in the last 24 hours", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    const victim = await makeUser(t.db, "staff");
    for (let i = 0; i < 3; i++) await failTimes(victim.email, `10.6.0.${i}`, 2);
    await failTimes("khong-ton-tai@example.gov.vn", "10.6.9.9", 5);
    await failTimes("mot-lan@example.gov.vn", "10.6.8.8", 1);

    const report = await listRepeatedSignInFailures(admin);
    expect(report.accounts).toEqual([
      { email: victim.email, known: true, failures: 6, addresses: 3, lastAt: expect.any(Date) },
      { email: "khong-ton-tai@example.gov.vn", known: false, failures: 5, addresses: 1, lastAt: expect.any(Date) },
    ]);
    expect(report.addresses).toEqual([{ address: "10.6.9.9", failures: 5, accounts: 1, lastAt: expect.any(Date) }]);
  });
});
