// User management. Administrators create users, change roles, deactivate, reset passwords and reset a
// user's second step; everyone changes their own password and enrols their own second step (TOTP). Each
// change bumps the session version where it must end sessions, runs in one transaction and writes its
// audit entry. Input is parsed here (lib/kernel/parse.ts), whoever calls; every new password passes the
// password policy (lib/auth/password-policy.ts).
import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { userRecoveryCodes, users, type User } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import type { AuditEvent } from "@/lib/audit/vocabulary";
import { assertCan, SYSTEM_ACTOR, type Actor } from "@/lib/auth/permissions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { withPasswordPolicy } from "@/lib/auth/password-policy";
import { newRecoveryCodes, recoveryCodeHash } from "@/lib/auth/recovery-codes";
import { resolveActor, type SessionToken } from "@/lib/auth/resolve-actor";
import { open, seal } from "@/lib/auth/secret-box";
import { endSessionRows } from "@/lib/auth/sessions";
import { matchTotp, newTotpSecret, totpContext } from "@/lib/auth/totp";
import { hasSecondStep } from "@/lib/auth/users";
import { changeOwnPasswordInput, changeRoleInput, newUserInput, resetPasswordInput, totpCodeInput, userIdInput } from "@/lib/auth/validation";
import type { Tx } from "@/lib/kernel/transaction";
import { fail, parseInput, refuse, runInTransaction, type Result } from "@/lib/kernel";
import { hitRateLimit } from "@/lib/rate-limit";

export type { Result as MutationResult } from "@/lib/kernel";

const EMAIL_TAKEN = { email: "Email này đã được dùng cho một tài khoản khác." };
const NOT_FOUND = { userId: "Không tìm thấy tài khoản." };

const publicUser = (u: User) => ({ id: u.id, email: u.email, name: u.name, role: u.role, active: u.active, secondStep: hasSecondStep(u) });

export async function createUser(actor: Actor | null, input: { email: string; name: string; password: string; role: string }): Promise<Result<{ id: number }>> {
  assertCan(actor, "users.manage");
  const parsed = parseInput(withPasswordPolicy(newUserInput), input);
  if (!parsed.ok) return parsed;
  const { email, name, role, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  return runInTransaction(
    async (tx) => {
      const [u] = await tx.insert(users).values({ email, name, role, passwordHash }).returning();
      await writeAudit(tx, actor, { action: "user.create", entity: "user", entityId: u.id, after: publicUser(u) });
      return { id: u.id };
    },
    { violations: { users_email_lower_unique: EMAIL_TAKEN } },
  );
}

async function updateUser(
  actor: Actor,
  userId: number,
  action: AuditEvent,
  change: (u: User) => Partial<typeof users.$inferInsert>,
  /** More writes of the same change (in its transaction), e.g. ending session rows. */
  also?: (tx: Tx, before: User) => Promise<void>,
): Promise<Result> {
  return runInTransaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!before) refuse(NOT_FOUND);
    await also?.(tx, before);
    const [after] = await tx
      .update(users)
      .set({ ...change(before), updatedAt: sql`now()` })
      .where(eq(users.id, userId))
      .returning();
    await writeAudit(tx, actor, { action, entity: "user", entityId: userId, before: publicUser(before), after: publicUser(after) });
  });
}

export async function changeUserRole(actor: Actor | null, userId: number | string, role: string): Promise<Result> {
  assertCan(actor, "users.manage");
  const parsed = parseInput(changeRoleInput, { userId, role });
  if (!parsed.ok) return parsed;
  const { userId: id, role: next } = parsed.data;
  if (id === actor.id && next !== "admin") return fail({ role: "Bạn không thể tự bỏ quyền quản trị của mình." });
  return updateUser(actor, id, "user.change_role", (u) => ({ role: next, sessionVersion: u.sessionVersion + 1 }));
}

export async function setUserActive(actor: Actor | null, userId: number | string, active: boolean): Promise<Result> {
  assertCan(actor, "users.manage");
  const parsed = parseInput(userIdInput, { userId });
  if (!parsed.ok) return fail(NOT_FOUND);
  const id = parsed.data.userId;
  if (id === actor.id && !active) return fail({ userId: "Bạn không thể tự khóa tài khoản của mình." });
  return updateUser(actor, id, active ? "user.activate" : "user.deactivate", (u) => ({ active, sessionVersion: u.sessionVersion + 1 }));
}

export async function resetUserPassword(actor: Actor | null, userId: number | string, password: string): Promise<Result> {
  assertCan(actor, "users.manage");
  const parsed = parseInput(withPasswordPolicy(resetPasswordInput), { userId, password });
  if (!parsed.ok) return parsed;
  const passwordHash = await hashPassword(parsed.data.password);
  return updateUser(actor, parsed.data.userId, "user.reset_password", (u) => ({ passwordHash, sessionVersion: u.sessionVersion + 1 }));
}

// A stolen session must not become a way to guess the account's password through this form.
const OWN_PASSWORD_ATTEMPTS = { limit: 10, windowSeconds: 15 * 60 } as const;

export async function changeOwnPassword(actor: Actor | null, currentPassword: string, password: string, confirm: string = password): Promise<Result> {
  assertCan(actor, "account.update");
  const parsed = parseInput(withPasswordPolicy(changeOwnPasswordInput, "password", actor.email), { currentPassword, password, confirm });
  if (!parsed.ok) return parsed;
  if (parsed.data.password === parsed.data.currentPassword) return fail({ password: "Mật khẩu mới phải khác mật khẩu hiện tại." });
  const attempt = await hitRateLimit(`account:password:${actor.id}`, OWN_PASSWORD_ATTEMPTS.limit, OWN_PASSWORD_ATTEMPTS.windowSeconds);
  if (!attempt.allowed) {
    const minutes = Math.max(1, Math.ceil(attempt.retryAfterSeconds / 60));
    return fail({ currentPassword: `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.` });
  }
  const db = await getDb();
  const [me] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!me || !(await verifyPassword(me.passwordHash, parsed.data.currentPassword))) {
    return fail({ currentPassword: "Mật khẩu hiện tại không đúng." });
  }
  const passwordHash = await hashPassword(parsed.data.password);
  // A known (demo) password stops being an obligation once it is changed.
  return updateUser(actor, actor.id, "user.change_own_password", (u) => ({ passwordHash, mustChangePassword: false, sessionVersion: u.sessionVersion + 1 }));
}

/** Ends every session of the actor (every sign-out path: a copied token dies with it). */
export async function endAllSessions(actor: Actor | null): Promise<void> {
  if (!actor) return;
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, actor.id));
    await endSessionRows(tx, actor.id);
    await writeAudit(tx, actor, { action: "auth.sign_out", entity: "user", entityId: actor.id });
  });
}

/**
 * next-auth's own POST /api/auth/signout hands over the decoded token: if it is still a live session, every
 * session of its user ends. A dead token (already signed out, idle, revoked) changes nothing.
 */
export async function endSessionsOfToken(token: SessionToken, from: { ip: string; userAgent: string }): Promise<void> {
  await endAllSessions(await resolveActor(token, from));
}

/** First start: the first administrator (from SEED_ADMIN_*) or the demo accounts, recorded as a system entry.
 * Demo accounts have a published password: they must change it at first sign-in. */
export async function createInitialUser(input: { email: string; name: string; password: string; role: "staff" | "admin"; mustChangePassword?: boolean }): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [u] = await tx
      .insert(users)
      .values({ email: input.email.toLowerCase(), name: input.name, role: input.role, passwordHash, mustChangePassword: input.mustChangePassword ?? false })
      .onConflictDoNothing()
      .returning();
    if (u) await writeAudit(tx, SYSTEM_ACTOR, { action: "user.create", entity: "user", entityId: u.id, after: publicUser(u) });
  });
}

// Guessing the enrolment code is as bounded as guessing a password on the account page.
const ENROL_ATTEMPTS = { limit: 10, windowSeconds: 15 * 60 } as const;

/** Starts (or restarts) enrolment of the actor's own second step: a new TOTP key, kept sealed until confirmed. */
export async function startTwoStepEnrolment(actor: Actor | null): Promise<Result> {
  assertCan(actor, "account.update");
  const pending = seal(newTotpSecret(), totpContext(actor.id));
  return runInTransaction(async (tx) => {
    const [me] = await tx.select().from(users).where(eq(users.id, actor.id)).for("update");
    if (!me) refuse(NOT_FOUND);
    if (hasSecondStep(me)) refuse("Xác thực hai bước đã được bật cho tài khoản này.");
    await tx.update(users).set({ totpPendingSecret: pending, updatedAt: sql`now()` }).where(eq(users.id, actor.id));
  });
}

/**
 * Confirms enrolment with a code from the app for the pending key: the key becomes the account's second
 * step and ten new recovery codes are made. The codes are returned once; only their keyed hashes are kept.
 */
export async function confirmTwoStepEnrolment(actor: Actor | null, code: string, now = new Date()): Promise<Result<{ recoveryCodes: string[] }>> {
  assertCan(actor, "account.update");
  const parsed = parseInput(totpCodeInput, { code });
  if (!parsed.ok) return parsed;
  const attempt = await hitRateLimit(`account:totp-enrol:${actor.id}`, ENROL_ATTEMPTS.limit, ENROL_ATTEMPTS.windowSeconds);
  if (!attempt.allowed) return fail({ code: `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${Math.max(1, Math.ceil(attempt.retryAfterSeconds / 60))} phút.` });
  const recoveryCodes = newRecoveryCodes();
  return runInTransaction(async (tx) => {
    const [me] = await tx.select().from(users).where(eq(users.id, actor.id)).for("update");
    if (!me) refuse(NOT_FOUND);
    if (hasSecondStep(me)) refuse("Xác thực hai bước đã được bật cho tài khoản này.");
    const secret = me.totpPendingSecret ? open(me.totpPendingSecret, totpContext(me.id)) : null;
    if (!secret) refuse("Phiên thiết lập đã hết hạn. Vui lòng bắt đầu lại.");
    const step = await matchTotp(secret, parsed.data.code, now, null);
    if (step === null) refuse({ code: "Mã không đúng. Hãy nhập mã đang hiển thị trong ứng dụng xác thực." });
    await tx
      .update(users)
      .set({ totpSecret: me.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step, updatedAt: sql`now()` })
      .where(eq(users.id, me.id));
    await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, me.id));
    await tx.insert(userRecoveryCodes).values(recoveryCodes.map((c) => ({ userId: me.id, codeHash: recoveryCodeHash(me.id, c) })));
    await writeAudit(tx, actor, { action: "user.enable_second_factor", entity: "user", entityId: me.id, after: { secondStep: true, recoveryCodes: recoveryCodes.length } });
    return { recoveryCodes };
  });
}

/**
 * An administrator resets another user's second step (a lost phone): key and recovery codes are removed
 * and every session of the user ends. An administrator then has to enrol again at the next sign-in.
 */
export async function resetSecondStep(actor: Actor | null, userId: number | string): Promise<Result> {
  assertCan(actor, "users.manage");
  const parsed = parseInput(userIdInput, { userId });
  if (!parsed.ok) return fail(NOT_FOUND);
  const id = parsed.data.userId;
  if (id === actor.id) return fail({ userId: "Bạn không thể tự đặt lại xác thực hai bước của mình." });
  return updateUser(
    actor,
    id,
    "user.reset_second_factor",
    (u) => ({ totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: u.sessionVersion + 1 }),
    async (tx) => {
      await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, id));
      await endSessionRows(tx, id);
    },
  );
}
