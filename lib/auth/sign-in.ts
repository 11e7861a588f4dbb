// The sign-in flow, free of next-auth and of the request so it is tested directly: step 1 checks the
// e-mail and password, step 2 (when the account has a second step) a TOTP or recovery code. Each attempt
// is counted (lib/auth/throttle.ts) before the expensive check; replies never say whether the e-mail
// exists. Only when every check has passed is a session opened (lib/auth/sessions.ts), and next-auth then
// claims it: its credentials provider accepts nothing else.
import "server-only";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { userRecoveryCodes, users, type User } from "@/db/schema";
import { burnPasswordCheck, verifyPassword } from "./password";
import { issuePendingSignIn, pendingMatches, readPendingSignIn } from "./pending-sign-in";
import { looksLikeRecoveryCode, recoveryCodeHash } from "./recovery-codes";
import { open } from "./secret-box";
import { startSession, type SignInMethod } from "./sessions";
import { countCodeAttempt, countSignInAttempt, settleCodeFailure, settleCodeSuccess, settleSignInFailure, settleSignInSuccess, recordSignInFailure } from "./throttle";
import { matchTotp, totpContext } from "./totp";
import { findUserByEmail, findUserById, hasSecondStep } from "./users";
import { secondStepInput, signInInput } from "./validation";

export const WRONG_CREDENTIALS = "Email hoặc mật khẩu không đúng.";
export const WRONG_CODE = "Mã xác thực không đúng.";
const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
export const throttledMessage = (seconds: number) => `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes(seconds)} phút.`;
export const codeThrottledMessage = (seconds: number) => `Nhập sai mã xác thực quá nhiều lần. Vui lòng thử lại sau ${minutes(seconds)} phút.`;

export type From = { ip: string; userAgent: string };
export type PasswordStep = { kind: "refused"; message: string } | { kind: "second_step"; pending: string } | { kind: "signed_in"; sid: string };
export type CodeStep = { kind: "refused"; message: string } | { kind: "expired" } | { kind: "signed_in"; sid: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Step 1: e-mail and password. */
export async function signInWithPassword(input: { email: string; password: string }, from: From, now = new Date()): Promise<PasswordStep> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) return { kind: "refused", message: WRONG_CREDENTIALS };
  const { email, password } = parsed.data;

  const attempt = await countSignInAttempt(email, from.ip);
  if (!attempt.allowed) {
    await recordSignInFailure(email, from.ip);
    return { kind: "refused", message: throttledMessage(attempt.retryAfterSeconds) };
  }
  if (attempt.delayMs) await sleep(attempt.delayMs);

  const user = await findUserByEmail(email);
  // An unknown or locked account costs the same argon2 work as a wrong password: timing says nothing.
  const ok = user?.active ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !ok) {
    await settleSignInFailure(attempt, email, from.ip);
    return { kind: "refused", message: WRONG_CREDENTIALS };
  }
  await settleSignInSuccess(attempt.keys);
  if (hasSecondStep(user)) return { kind: "second_step", pending: issuePendingSignIn(user, now) };
  return { kind: "signed_in", sid: await startSession(user, from, "password", now) };
}

/** The user a pending sign-in token stands for, if it still holds (for the step-2 page). */
export async function pendingSignInUser(token: string | undefined, now = new Date()): Promise<User | null> {
  const pending = readPendingSignIn(token, now);
  if (!pending) return null;
  const user = await findUserById(pending.userId);
  return user && pendingMatches(pending, user) && hasSecondStep(user) ? user : null;
}

async function acceptTotp(user: User, code: string, now: Date): Promise<boolean> {
  const secret = open(user.totpSecret!, totpContext(user.id));
  if (!secret) return false;
  const step = await matchTotp(secret, code, now, user.totpLastStep);
  if (step === null) return false;
  // Only one request may use a step: the write succeeds for the first, the rest find a later step stored.
  const db = await getDb();
  const [row] = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return !!row;
}

async function acceptRecoveryCode(user: User, code: string, now: Date): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .update(userRecoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(userRecoveryCodes.userId, user.id), eq(userRecoveryCodes.codeHash, recoveryCodeHash(user.id, code)), isNull(userRecoveryCodes.usedAt)))
    .returning({ id: userRecoveryCodes.id });
  return !!row;
}

/** Step 2: the code from the authenticator app, or one of the recovery codes (each works once). */
export async function signInWithCode(pendingToken: string | undefined, input: { code: string }, from: From, now = new Date()): Promise<CodeStep> {
  const user = await pendingSignInUser(pendingToken, now);
  if (!user) return { kind: "expired" };
  const parsed = secondStepInput.safeParse(input);
  if (!parsed.success) return { kind: "refused", message: parsed.error.issues[0]?.message ?? WRONG_CODE };
  const code = parsed.data.code;

  const attempt = await countCodeAttempt(user.id, from.ip);
  if (!attempt.allowed) return { kind: "refused", message: codeThrottledMessage(attempt.retryAfterSeconds) };

  let method: SignInMethod | null = null;
  if (/^\d{6}$/.test(code)) method = (await acceptTotp(user, code, now)) ? "totp" : null;
  else if (looksLikeRecoveryCode(code)) method = (await acceptRecoveryCode(user, code, now)) ? "recovery_code" : null;
  if (!method) {
    await settleCodeFailure(attempt);
    return { kind: "refused", message: WRONG_CODE };
  }
  await settleCodeSuccess(attempt.keys);
  return { kind: "signed_in", sid: await startSession(user, from, method, now) };
}
