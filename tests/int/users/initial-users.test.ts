// First-start accounts: demo accounts exist only with the demo content and never in production on a
// server database; they must change their published password at first sign-in; the start-up message
// prints their credentials only while those still work; demo accounts nobody took over are deactivated
// where demo accounts are not allowed.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { demoUsers } from "@/db/seed-data/demo-users";
import { hashPassword } from "@/lib/auth/password";
import { demoAccountsAllowed, ensureInitialUsers } from "@/lib/users/initial-users";
import { useTestDb } from "../../helpers/db";

const t = useTestDb();
const byEmail = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0];

describe("demo accounts", () => {
  it("are allowed only with the demo content, never in production on a server database", () => {
    expect(demoAccountsAllowed(true, { NODE_ENV: "development" })).toBe(true);
    expect(demoAccountsAllowed(true, { NODE_ENV: "production" })).toBe(true); // the embedded demo
    expect(demoAccountsAllowed(true, { NODE_ENV: "development", DATABASE_URL: "postgres://x/y" })).toBe(true);
    expect(demoAccountsAllowed(true, { NODE_ENV: "production", DATABASE_URL: "postgres://x/y" })).toBe(false);
    expect(demoAccountsAllowed(false, { NODE_ENV: "development" })).toBe(false);
  });

  it("are created on a first start with demo content, must change their password, and are printed only while it works", async () => {
    const lines = await ensureInitialUsers(t.db, { demoAccounts: true });
    for (const d of demoUsers) {
      expect(await byEmail(d.email)).toMatchObject({ role: d.role, active: true, mustChangePassword: true });
      expect(lines.join("\n")).toContain(`${d.email} / ${d.password}`);
    }
    // The administrator changed the demo password: it is no longer printed.
    const admin = demoUsers.find((d) => d.role === "admin")!;
    await t.db.update(users).set({ passwordHash: await hashPassword("Mot-cum-tu-rieng-2026"), mustChangePassword: false }).where(eq(users.email, admin.email));
    const again = await ensureInitialUsers(t.db, { demoAccounts: true });
    expect(again.join("\n")).not.toContain(admin.password);
    expect(again.join("\n")).toContain(demoUsers.find((d) => d.role === "staff")!.password);
  });

  it("are not created where not allowed; the first administrator comes from SEED_ADMIN_*", async () => {
    const lines = await ensureInitialUsers(t.db, { demoAccounts: false, seedAdmin: { email: "quan.tri@so.gov.vn", password: "Mot-mat-khau-rieng-2026" } });
    expect(await t.db.select({ email: users.email, role: users.role, mustChangePassword: users.mustChangePassword }).from(users)).toEqual([
      { email: "quan.tri@so.gov.vn", role: "admin", mustChangePassword: false },
    ]);
    expect(lines.join("\n")).not.toMatch(/demo/i);
  });

  it("left from an earlier demo start and never taken over, are deactivated where not allowed", async () => {
    await ensureInitialUsers(t.db, { demoAccounts: true });
    const staff = demoUsers.find((d) => d.role === "staff")!;
    // Someone took over the staff account (changed its password): it stays.
    await t.db.update(users).set({ mustChangePassword: false }).where(eq(users.email, staff.email));
    const lines = await ensureInitialUsers(t.db, { demoAccounts: false });
    expect(await byEmail(demoUsers.find((d) => d.role === "admin")!.email)).toMatchObject({ active: false });
    expect(await byEmail(staff.email)).toMatchObject({ active: true });
    expect(lines.join("\n")).not.toContain("/ ");
  });
});
