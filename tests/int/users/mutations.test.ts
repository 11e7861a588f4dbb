// User management as an administrator sees it: accounts are created with a hashed password and listed
// without it, e-mails are unique whatever their case, an administrator cannot lock themselves out, every
// change leaves an audit entry without secrets, and guessing one's own password is rate-limited.
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { newUserInput } from "@/lib/auth/validation";
import { changeOwnPassword, changeUserRole, createUser, resetUserPassword, setUserActive } from "@/lib/users/mutations";
import { listUsers } from "@/lib/users/queries";
import { useTestDb } from "../../helpers/db";
import { actorOf, makeUser, PASSWORD } from "../../helpers/users";

const t = useTestDb();
const NEW = { email: "can.bo@example.gov.vn", name: "Nguyễn Văn Cán Bộ", password: "Mat-khau-moi-2026", role: "staff" as const };

async function userRow(id: number) {
  const [u] = await t.db.select().from(users).where(eq(users.id, id));
  return u!;
}

describe("users admin", () => {
  it("creates an account with an argon2id hash, lists it without secrets, and audits it", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    const r = await createUser(admin, NEW);
    expect(r.ok).toBe(true);
    const id = r.ok ? r.value.id : 0;
    const row = await userRow(id);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, NEW.password)).toBe(true);

    const list = await listUsers(admin);
    expect(list.find((u) => u.id === id)).toEqual({ id, email: NEW.email, name: NEW.name, role: "staff", active: true, secondStep: false, lastLoginAt: null, createdAt: expect.any(Date) });
    expect(JSON.stringify(list)).not.toContain("argon2");

    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "user.create"));
    expect(entry).toMatchObject({ actorId: admin.id, actorEmail: admin.email, entity: "user", entityId: String(id), after: { email: NEW.email, role: "staff" } });
    expect(JSON.stringify(entry)).not.toContain("argon2");
    expect(JSON.stringify(entry)).not.toContain(NEW.password);
  });

  it("refuses a second account with the same e-mail in another case", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    expect((await createUser(admin, NEW)).ok).toBe(true);
    const again = newUserInput.parse({ ...NEW, email: "  Can.Bo@Example.GOV.vn " });
    expect(await createUser(admin, again)).toEqual({ ok: false, errors: { email: "Email này đã được dùng cho một tài khoản khác." } });
    expect(await t.db.select().from(users)).toHaveLength(2);
  });

  it("validates new-account input with Vietnamese messages", () => {
    const r = newUserInput.safeParse({ email: "khong-phai-email", name: "", password: "ngan", role: "root" });
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField).toEqual({
      email: "Email không hợp lệ.",
      name: "Vui lòng nhập họ tên.",
      password: "Mật khẩu phải có ít nhất 12 ký tự.",
      role: "Vai trò không hợp lệ.",
    });
  });

  it("does not let an administrator demote or lock themselves", async () => {
    const me = await makeUser(t.db, "admin");
    const admin = actorOf(me);
    expect(await changeUserRole(admin, me.id, "staff")).toMatchObject({ ok: false, errors: { role: expect.any(String) } });
    expect(await setUserActive(admin, me.id, false)).toMatchObject({ ok: false, errors: { userId: expect.any(String) } });
    expect(await userRow(me.id)).toMatchObject({ role: "admin", active: true, sessionVersion: me.sessionVersion });
  });

  it("changes role, locks and resets, each ending the user's sessions and audited with before and after", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    const u = await makeUser(t.db, "staff");
    await changeUserRole(admin, u.id, "admin");
    await setUserActive(admin, u.id, false);
    await resetUserPassword(admin, u.id, "Mat-khau-moi-2026");
    const row = await userRow(u.id);
    expect(row).toMatchObject({ role: "admin", active: false, sessionVersion: u.sessionVersion + 3 });
    expect(await verifyPassword(row.passwordHash, "Mat-khau-moi-2026")).toBe(true);
    expect(await verifyPassword(row.passwordHash, PASSWORD)).toBe(false);

    const entries = await t.db.select().from(auditLog).orderBy(asc(auditLog.id));
    expect(entries.map((e) => [e.action, e.entityId])).toEqual([
      ["user.change_role", String(u.id)],
      ["user.deactivate", String(u.id)],
      ["user.reset_password", String(u.id)],
    ]);
    expect(entries[0]).toMatchObject({ before: { role: "staff" }, after: { role: "admin" } });
    expect(entries[1]).toMatchObject({ before: { active: true }, after: { active: false } });
    expect(JSON.stringify(entries)).not.toContain("argon2");
  });

  it("reports an unknown account instead of failing", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    expect(await setUserActive(admin, 999_999, false)).toEqual({ ok: false, errors: { userId: "Không tìm thấy tài khoản." } });
  });

  it("refuses a common password for a new account, a reset and one's own change, beside the field", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    const u = await makeUser(t.db, "staff");
    const COMMON = { password: "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác." };
    expect(await createUser(admin, { ...NEW, password: "Qwerty123456" })).toEqual({ ok: false, errors: COMMON });
    expect(await resetUserPassword(admin, u.id, "1q2w3e4r5t6y")).toEqual({ ok: false, errors: COMMON });
    expect(await changeOwnPassword(actorOf(u), PASSWORD, "123qweasdzxc")).toEqual({ ok: false, errors: COMMON });
    // Too short for the rule (12) even if it was fine before (10).
    expect(await createUser(admin, { ...NEW, password: "Mat-khau-10" })).toEqual({ ok: false, errors: { password: "Mật khẩu phải có ít nhất 12 ký tự." } });
    expect(await changeOwnPassword(actorOf(u), PASSWORD, u.email)).toEqual({ ok: false, errors: { password: "Mật khẩu không được trùng với email." } });
    expect(await changeOwnPassword(actorOf(u), PASSWORD, PASSWORD)).toEqual({ ok: false, errors: { password: "Mật khẩu mới phải khác mật khẩu hiện tại." } });
    expect(await t.db.select().from(users)).toHaveLength(2);
    expect((await userRow(u.id)).sessionVersion).toBe(u.sessionVersion);
  });

  it("clears the must-change flag of a demo account when its password is changed", async () => {
    const u = await makeUser(t.db, "admin", { mustChangePassword: true });
    expect(await changeOwnPassword(actorOf(u), PASSWORD, "Mot-cum-tu-that-dai-2026")).toEqual({ ok: true, value: undefined });
    expect(await userRow(u.id)).toMatchObject({ mustChangePassword: false, sessionVersion: u.sessionVersion + 1 });
  });

  it("rate-limits guessing the current password on the account page", async () => {
    const u = await makeUser(t.db, "staff");
    const me = actorOf(u);
    for (let i = 0; i < 10; i++) {
      expect(await changeOwnPassword(me, `sai-${i}`, "Mat-khau-moi-2026")).toEqual({ ok: false, errors: { currentPassword: "Mật khẩu hiện tại không đúng." } });
    }
    // Even the right password is refused now, and nothing changes.
    const refused = await changeOwnPassword(me, PASSWORD, "Mat-khau-moi-2026");
    expect(refused).toMatchObject({ ok: false, errors: { currentPassword: expect.stringMatching(/quá nhiều lần/) } });
    expect((await userRow(u.id)).sessionVersion).toBe(u.sessionVersion);
  });
});
