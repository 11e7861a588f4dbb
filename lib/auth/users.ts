// User reads needed by sign-in and the session check (server-only; no authorisation: callers are the
// sign-in flow and the guards themselves).
import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type User } from "@/db/schema";

export async function findUserByEmail(email: string) {
  const db = await getDb();
  const [u] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`).limit(1);
  return u ?? null;
}

export async function findUserById(id: number) {
  const db = await getDb();
  const [u] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return u ?? null;
}

/** The TOTP key is the account's second step once enrolment was confirmed. */
export const hasSecondStep = (u: Pick<User, "totpSecret" | "totpEnabledAt">): boolean => !!u.totpSecret && !!u.totpEnabledAt;
