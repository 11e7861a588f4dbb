// User account reads: the users admin page (administrators only, "users.manage": who can sign in, with
// which role and second step, is itself sensitive), the repeated sign-in failures for the admin home, and
// the signed-in user's own account page. Never returns password hashes or keys.
import "server-only";
import { and, asc, count, desc, eq, gte, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { signInFailures, userRecoveryCodes, users, type Role } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { open } from "@/lib/auth/secret-box";
import { formatTotpKey, totpContext, totpQrSvg } from "@/lib/auth/totp";
import { hasSecondStep } from "@/lib/auth/users";

export type UserListItem = {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  secondStep: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
};

/** Every account: active before deactivated, administrators first (enum order staff < admin), then by name.
 * Never returns password hashes. */
export async function listUsers(actor: Actor | null): Promise<UserListItem[]> {
  assertCan(actor, "users.manage");
  const db = await getDb();
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      totpSecret: users.totpSecret,
      totpEnabledAt: users.totpEnabledAt,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(desc(users.active), desc(users.role), asc(users.name), asc(users.id));
  return rows.map(({ totpSecret, totpEnabledAt, ...u }) => ({ ...u, secondStep: hasSecondStep({ totpSecret, totpEnabledAt }) }));
}

/** How many failures make "repeated" on the admin home (one person's typos stay below it). */
export const REPEATED_FAILURES = 5;

export type RepeatedFailures = {
  accounts: { email: string; known: boolean; failures: number; addresses: number; lastAt: Date }[];
  addresses: { address: string; failures: number; accounts: number; lastAt: Date }[];
};

/** Accounts and addresses with at least REPEATED_FAILURES failed sign-ins in the last 24 hours, worst first. */
export async function listRepeatedSignInFailures(actor: Actor | null, limit = 10): Promise<RepeatedFailures> {
  assertCan(actor, "users.manage");
  const db = await getDb();
  const since = sql`now() - interval '24 hours'`;
  const failures = sql<number>`sum(${signInFailures.count})::int`;
  const lastAt = sql<Date>`max(${signInFailures.lastAt})`;
  const [accounts, addresses] = await Promise.all([
    db
      .select({
        email: signInFailures.email,
        // Spelled out: drizzle leaves columns unqualified here, and "email" would be the inner table's.
        known: sql<boolean>`exists (select 1 from "users" u where lower(u."email") = "sign_in_failures"."email")`,
        failures,
        addresses: sql<number>`count(distinct ${signInFailures.address})::int`,
        lastAt,
      })
      .from(signInFailures)
      .where(gte(signInFailures.hourStart, sql`date_trunc('hour', ${since})`))
      .groupBy(signInFailures.email)
      .having(sql`sum(${signInFailures.count}) >= ${REPEATED_FAILURES}`)
      .orderBy(desc(failures))
      .limit(limit),
    db
      .select({ address: signInFailures.address, failures, accounts: sql<number>`count(distinct ${signInFailures.email})::int`, lastAt })
      .from(signInFailures)
      .where(gte(signInFailures.hourStart, sql`date_trunc('hour', ${since})`))
      .groupBy(signInFailures.address)
      .having(sql`sum(${signInFailures.count}) >= ${REPEATED_FAILURES}`)
      .orderBy(desc(failures))
      .limit(limit),
  ]);
  const asDate = (d: Date | string) => (d instanceof Date ? d : new Date(d));
  return {
    accounts: accounts.map((a) => ({ ...a, known: !!a.known, failures: Number(a.failures), addresses: Number(a.addresses), lastAt: asDate(a.lastAt) })),
    addresses: addresses.map((a) => ({ ...a, failures: Number(a.failures), accounts: Number(a.accounts), lastAt: asDate(a.lastAt) })),
  };
}

export type OwnAccount = {
  mustChangePassword: boolean;
  secondStep: { enabled: boolean; enabledAt: Date | null; recoveryCodesLeft: number };
  /** The key being enrolled, as the QR code and as text; null when no enrolment is under way. */
  enrolment: { qrSvg: string; key: string } | null;
};

/** The signed-in user's own account, for /admin/account. */
export async function getOwnAccount(actor: Actor | null): Promise<OwnAccount> {
  assertCan(actor, "account.update");
  const db = await getDb();
  const [me] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!me) throw new Error("signed-in user not found");
  const enabled = hasSecondStep(me);
  const [{ left }] = await db
    .select({ left: count() })
    .from(userRecoveryCodes)
    .where(and(eq(userRecoveryCodes.userId, me.id), isNull(userRecoveryCodes.usedAt)));
  const pending = !enabled && me.totpPendingSecret ? open(me.totpPendingSecret, totpContext(me.id)) : null;
  return {
    mustChangePassword: me.mustChangePassword,
    secondStep: { enabled, enabledAt: me.totpEnabledAt, recoveryCodesLeft: enabled ? Number(left) : 0 },
    enrolment: pending ? { qrSvg: await totpQrSvg(pending, me.email), key: formatTotpKey(pending) } : null,
  };
}
