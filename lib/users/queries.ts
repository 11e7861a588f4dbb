// User account reads for the users admin page. Administrators only ("users.manage"): the list shows who
// can sign in and with which role, which is itself sensitive.
import "server-only";
import { asc, desc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type Role } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";

export type UserListItem = {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
};

/** Every account: active before deactivated, administrators first (enum order staff < admin), then by name.
 * Never returns password hashes. */
export async function listUsers(actor: Actor | null): Promise<UserListItem[]> {
  assertCan(actor, "users.manage");
  const db = await getDb();
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(desc(users.active), desc(users.role), asc(users.name), asc(users.id));
}
