// Site settings: an administrator's edit is validated (Vietnamese messages), saved in one transaction and
// audited with before and after; saving without a change writes nothing.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, siteSettings } from "@/db/schema";
import { defaultSettings } from "@/db/seed-data/settings";
import { seedSettings } from "@/db/seed";
import { updateSiteSettings } from "@/lib/settings/mutations";
import { getSiteSettings } from "@/lib/settings/queries";
import { siteSettingsInput } from "@/lib/settings/validation";
import { useTestDb } from "../../helpers/db";
import { actorOf, makeUser } from "../../helpers/users";

const t = useTestDb();
const EDIT = {
  ...defaultSettings,
  address: "Số 75 đường Nguyễn Thị Minh Khai, TP. Vinh, tỉnh Nghệ An",
  phone: "(0238) 3844 123",
  email: "STTTT@NGHEAN.GOV.VN",
};

describe("updateSiteSettings", () => {
  it("saves the edit and audits exactly what changed, before and after", async () => {
    await seedSettings(t.db);
    const admin = actorOf(await makeUser(t.db, "admin"));
    const input = siteSettingsInput.parse(EDIT);
    expect(await updateSiteSettings(admin, input)).toMatchObject({ ok: true, value: { changed: true } });

    const saved = await getSiteSettings();
    expect(saved).toMatchObject({ address: EDIT.address, phone: EDIT.phone, email: "stttt@nghean.gov.vn", departmentName: defaultSettings.departmentName });

    const entries = await t.db.select().from(auditLog);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "settings.update",
      entity: "site_settings",
      entityId: "1",
      actorEmail: admin.email,
      before: { address: defaultSettings.address, phone: defaultSettings.phone, email: defaultSettings.email },
      after: { address: EDIT.address, phone: EDIT.phone, email: "stttt@nghean.gov.vn" },
    });
  });

  it("writes nothing when nothing changed", async () => {
    await seedSettings(t.db);
    const admin = actorOf(await makeUser(t.db, "admin"));
    expect(await updateSiteSettings(admin, siteSettingsInput.parse(defaultSettings))).toMatchObject({ ok: true, value: { changed: false } });
    expect(await t.db.select().from(auditLog)).toHaveLength(0);
  });

  it("creates the settings row if it is missing", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    expect(await updateSiteSettings(admin, siteSettingsInput.parse(EDIT))).toMatchObject({ ok: true, value: { changed: true } });
    const [row] = await t.db.select().from(siteSettings).where(eq(siteSettings.id, 1));
    expect(row!.phone).toBe(EDIT.phone);
  });

  it("refuses bad input with Vietnamese messages beside the fields and saves nothing", async () => {
    await seedSettings(t.db);
    const admin = actorOf(await makeUser(t.db, "admin"));
    const bad = { ...defaultSettings, departmentName: "   ", phone: "12-34", fax: "abc", email: "khong-hop-le", licence: "x".repeat(501) };
    const parsed = siteSettingsInput.safeParse(bad);
    expect(parsed.success).toBe(false);
    const byField = Object.fromEntries(parsed.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField).toEqual({
      departmentName: "Vui lòng nhập tên cơ quan.",
      phone: "Số điện thoại phải có từ 8 đến 15 chữ số.",
      fax: "Số fax phải có từ 8 đến 15 chữ số.",
      email: "Email không hợp lệ.",
      licence: "Giấy phép quá dài (tối đa 500 ký tự).",
    });
    // The data layer checks again, whoever calls it.
    const r = await updateSiteSettings(admin, bad);
    expect(r).toMatchObject({ ok: false, errors: { departmentName: expect.any(String), email: "Email không hợp lệ." } });
    expect(await getSiteSettings()).toMatchObject(defaultSettings);
    expect(await t.db.select().from(auditLog)).toHaveLength(0);
  });
});
