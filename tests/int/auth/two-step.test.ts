// Two-step sign-in (TOTP, RFC 6238), as a user and an attacker meet it: enrolment with a key the portal
// shows as a QR code and as text, confirmed by a code, giving ten recovery codes shown once and stored
// only as keyed hashes; the key sealed in the database; sign-in then needs the code after the password
// (never re-sent: a signed pending token), a wrong code is refused, a code works once, a recovery code
// works once, the code step is throttled, and an administrator can reset another user's second step.
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "two-step-test-secret-0123456789abcdefghijklmnop";
});

import { auditLog, userRecoveryCodes, users } from "@/db/schema";
import { issuePendingSignIn, PENDING_SECONDS } from "@/lib/auth/pending-sign-in";
import { open, seal } from "@/lib/auth/secret-box";
import { signInWithCode, signInWithPassword, WRONG_CODE } from "@/lib/auth/sign-in";
import { THROTTLE } from "@/lib/auth/throttle";
import { currentTotp, totpContext, TOTP_PERIOD } from "@/lib/auth/totp";
import { AuthorizationError } from "@/lib/auth/permissions";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { changeOwnPassword, confirmTwoStepEnrolment, resetSecondStep, startTwoStepEnrolment } from "@/lib/users/mutations";
import { getOwnAccount } from "@/lib/users/queries";
import { useTestDb } from "../../helpers/db";
import { actorOf, FROM, makeUser, PASSWORD, tokenOf } from "../../helpers/users";

const t = useTestDb();

async function row(id: number) {
  const [u] = await t.db.select().from(users).where(eq(users.id, id));
  return u!;
}

/** The key being enrolled, as the account page shows it in text (spaces removed, as apps accept it). */
async function shownKey(actor: ReturnType<typeof actorOf>): Promise<string> {
  const account = await getOwnAccount(actor);
  return account.enrolment!.key.replace(/ /g, "");
}

/** An account with its second step enrolled through the real flow; returns its key and recovery codes. */
async function enrolled(role: "staff" | "admin" = "admin") {
  const user = await makeUser(t.db, role);
  const me = actorOf(user);
  expect(await startTwoStepEnrolment(me)).toEqual({ ok: true, value: undefined });
  const key = await shownKey(me);
  const earlier = new Date(Date.now() - TOTP_PERIOD * 1000); // leaves the current step free for sign-in
  const done = await confirmTwoStepEnrolment(me, await currentTotp(key, earlier), earlier);
  if (!done.ok) throw new Error(JSON.stringify(done.errors));
  return { user, me, key, codes: done.value.recoveryCodes };
}

async function pendingFor(email: string, ip = "10.9.0.1") {
  const step = await signInWithPassword({ email, password: PASSWORD }, { ip, userAgent: "test" });
  if (step.kind !== "second_step") throw new Error(`expected the second step, got ${step.kind}`);
  return step.pending;
}

describe("sealed TOTP keys", () => {
  it("open only with the same context, and not once altered", () => {
    const sealed = seal("JBSWY3DPEHPK3PXP", totpContext(1));
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(open(sealed, totpContext(1))).toBe("JBSWY3DPEHPK3PXP");
    expect(open(sealed, totpContext(2))).toBeNull();
    const flipped = sealed.slice(0, -2) + (sealed.endsWith("A") ? "BB" : "AA");
    expect(open(flipped, totpContext(1))).toBeNull();
    expect(open("v1:abc", totpContext(1))).toBeNull();
  });
});

describe("enrolment", () => {
  it("shows a QR code and the key as text, refuses a wrong code, then gives ten recovery codes once", async () => {
    const user = await makeUser(t.db, "admin");
    const me = actorOf(user);
    await startTwoStepEnrolment(me);
    const account = await getOwnAccount(me);
    expect(account.secondStep.enabled).toBe(false);
    expect(account.enrolment!.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(account.enrolment!.key).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    const key = account.enrolment!.key.replace(/ /g, "");
    // The database holds the key sealed, not as it was shown.
    expect((await row(user.id)).totpPendingSecret).not.toContain(key);

    const wrong = (Number(await currentTotp(key)) + 500_000) % 1_000_000;
    expect(await confirmTwoStepEnrolment(me, String(wrong).padStart(6, "0"))).toMatchObject({ ok: false, errors: { code: expect.stringMatching(/^Mã không đúng/) } });
    expect(await confirmTwoStepEnrolment(me, "12ab")).toMatchObject({ ok: false, errors: { code: expect.any(String) } });
    expect((await row(user.id)).totpEnabledAt).toBeNull();

    const done = await confirmTwoStepEnrolment(me, await currentTotp(key));
    expect(done.ok).toBe(true);
    const codes = done.ok ? done.value.recoveryCodes : [];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const after = await row(user.id);
    expect(after.totpEnabledAt).not.toBeNull();
    expect(after.totpPendingSecret).toBeNull();
    expect(after.totpSecret).not.toContain(key);
    // Only keyed hashes are stored: no code appears in the table.
    const stored = JSON.stringify(await t.db.select().from(userRecoveryCodes));
    for (const c of codes) expect(stored).not.toContain(c.replace("-", ""));
    expect(await t.db.select().from(userRecoveryCodes).where(eq(userRecoveryCodes.userId, user.id))).toHaveLength(10);
    expect(await getOwnAccount(me)).toMatchObject({ secondStep: { enabled: true, recoveryCodesLeft: 10 }, enrolment: null });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "user.enable_second_factor"));
    expect(entry).toMatchObject({ actorId: user.id, entityId: String(user.id) });
    expect(JSON.stringify(entry)).not.toContain(key);

    // Once enabled, enrolment cannot be restarted over it (that would be a way around the second step).
    expect(await startTwoStepEnrolment(me)).toMatchObject({ ok: false });
  });
});

describe("signing in with a second step", () => {
  it("asks for the code after the password, refuses a wrong code, accepts the right one once", async () => {
    const { user, key } = await enrolled();
    const pending = await pendingFor(user.email);
    // The pending token is not a session and names no password.
    expect(pending).not.toContain(PASSWORD);

    const code = await currentTotp(key);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    expect(await signInWithCode(pending, { code: wrong }, FROM)).toEqual({ kind: "refused", message: WRONG_CODE });
    const ok = await signInWithCode(pending, { code }, FROM);
    expect(ok).toMatchObject({ kind: "signed_in", sid: expect.any(String) });

    // The same code again (a replay, even with a fresh password step) is refused.
    expect(await signInWithCode(await pendingFor(user.email), { code }, FROM)).toEqual({ kind: "refused", message: WRONG_CODE });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "auth.sign_in"));
    expect(entry).toMatchObject({ actorId: user.id, after: { method: "totp" } });
  });

  it("accepts each recovery code once, whatever its case and spacing", async () => {
    const { user, codes } = await enrolled("staff");
    const [first, second] = codes;
    expect(await signInWithCode(await pendingFor(user.email), { code: ` ${first!.toUpperCase()} ` }, FROM)).toMatchObject({ kind: "signed_in" });
    expect(await signInWithCode(await pendingFor(user.email), { code: first! }, FROM)).toEqual({ kind: "refused", message: WRONG_CODE });
    expect(await signInWithCode(await pendingFor(user.email), { code: second!.replace("-", "") }, FROM)).toMatchObject({ kind: "signed_in" });
    expect((await getOwnAccount(actorOf(user))).secondStep.recoveryCodesLeft).toBe(8);
  });

  it("refuses a pending token that is forged, expired, or outlived a password change", async () => {
    const { user, key, me } = await enrolled();
    const code = await currentTotp(key);
    const pending = await pendingFor(user.email);
    const forged = pending.replace(/^\d+/, String(user.id + 1));
    expect(await signInWithCode(forged, { code }, FROM)).toEqual({ kind: "expired" });
    expect(await signInWithCode(undefined, { code }, FROM)).toEqual({ kind: "expired" });
    const old = issuePendingSignIn(await row(user.id), new Date(Date.now() - (PENDING_SECONDS + 5) * 1000));
    expect(await signInWithCode(old, { code }, FROM)).toEqual({ kind: "expired" });

    expect((await changeOwnPassword(me, PASSWORD, "Mot-mat-khau-moi-that-dai")).ok).toBe(true);
    expect(await signInWithCode(pending, { code }, FROM)).toEqual({ kind: "expired" });
  });

  it("throttles the code step: after 5 wrong codes from one address even the right one is refused", async () => {
    const { user, key } = await enrolled();
    const pending = await pendingFor(user.email, "10.9.1.1");
    for (let i = 0; i < THROTTLE.codeLockAfter; i++) {
      expect(await signInWithCode(pending, { code: String(100000 + i) }, { ip: "10.9.1.1", userAgent: "t" })).toEqual({ kind: "refused", message: WRONG_CODE });
    }
    expect(await signInWithCode(pending, { code: await currentTotp(key) }, { ip: "10.9.1.1", userAgent: "t" })).toMatchObject({
      kind: "refused",
      message: expect.stringMatching(/^Nhập sai mã xác thực quá nhiều lần\. Vui lòng thử lại sau \d+ phút\.$/),
    });
  });
});

describe("an administrator resets another user's second step", () => {
  it("removes the key and the recovery codes, ends the user's sessions, and is audited", async () => {
    const admin = actorOf(await makeUser(t.db, "admin", { totpSecret: "v1:x", totpEnabledAt: new Date() }));
    const { user } = await enrolled("staff");
    const token = await tokenOf(t.db, await row(user.id));
    expect(await resolveActor(token, FROM)).not.toBeNull();

    expect(await resetSecondStep(admin, user.id)).toEqual({ ok: true, value: undefined });
    expect(await row(user.id)).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpPendingSecret: null });
    expect(await t.db.select().from(userRecoveryCodes).where(eq(userRecoveryCodes.userId, user.id))).toHaveLength(0);
    expect(await resolveActor(token, FROM)).toBeNull();
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "user.reset_second_factor"));
    expect(entry).toMatchObject({ actorId: admin.id, entityId: String(user.id), before: { secondStep: true }, after: { secondStep: false } });
    // Signing in is by password alone again (staff: the second step is optional).
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, FROM)).toMatchObject({ kind: "signed_in" });

    expect(await resetSecondStep(admin, admin.id)).toMatchObject({ ok: false, errors: { userId: expect.any(String) } });
    await expect(resetSecondStep(actorOf(await makeUser(t.db, "staff")), user.id)).rejects.toBeInstanceOf(AuthorizationError);
  });
});
