// Users and actors for the auth, users, audit and settings tests, written straight into the real schema
// (db.insert + hashPassword), so a test never depends on the mutation it is testing to set itself up.
import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { users, userSessions, type Role, type User } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { hashSessionId } from "@/lib/auth/sessions";
import type { Actor } from "@/lib/auth/permissions";

export const PASSWORD = "Mat-khau-thu-2026";

// argon2id takes ~75 ms: hash once per file and reuse it for every fixture user.
let sharedHash: Promise<string> | undefined;
const passwordHash = () => (sharedHash ??= hashPassword(PASSWORD));

let n = 0;
export async function makeUser(db: Db, role: Role, over: Partial<typeof users.$inferInsert> = {}): Promise<User> {
  n++;
  const [u] = await db
    .insert(users)
    .values({ email: `${role}${n}@example.gov.vn`, name: `Người dùng ${role} ${n}`, role, passwordHash: await passwordHash(), ...over })
    .returning();
  return u!;
}

export function actorOf(u: Pick<User, "id" | "email" | "name" | "role">): Actor {
  return { id: u.id, email: u.email, name: u.name, role: u.role, ip: "127.0.0.1", userAgent: "test" };
}

export type TestToken = { user: { id: string }; sv: number; sid: string };

/**
 * What next-auth's session callback hands to resolveActor for a session opened at `now` (default: now):
 * the session row is written straight into user_sessions, claimed, as sign-in leaves it.
 */
export async function tokenOf(db: Db, u: Pick<User, "id" | "sessionVersion">, now = new Date()): Promise<TestToken> {
  const sid = randomBytes(32).toString("base64url");
  await db.insert(userSessions).values({ idHash: hashSessionId(sid), userId: u.id, createdAt: now, claimedAt: now, lastSeenAt: now });
  return { user: { id: String(u.id) }, sv: u.sessionVersion, sid };
}

/** The same session with the user's current version (as if signed in again, but on the same session row). */
export const withVersion = (t: TestToken, u: Pick<User, "sessionVersion">): TestToken => ({ ...t, sv: u.sessionVersion });

export const FROM = { ip: "127.0.0.1", userAgent: "test" } as const;
