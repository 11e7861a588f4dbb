// /admin/settings: the department's name and contacts (administrators only, "settings.manage").
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { getSiteSettings } from "@/lib/settings/queries";
import { SETTINGS_FIELDS, type SettingsField } from "@/lib/settings/validation";
import { formatDateTime } from "@/lib/time";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Cài đặt cổng" };

export default async function SettingsPage() {
  await requirePage("settings.manage");
  // The uncached read: an administrator edits what is stored, not what a cache last saw.
  const settings = await getSiteSettings();
  const current = Object.fromEntries(SETTINGS_FIELDS.map((k) => [k, settings[k]])) as Record<SettingsField, string>;
  return (
    <>
      <h1 className="text-2xl font-bold">Cài đặt cổng</h1>
      <p className="mt-2 text-muted">
        Tên cơ quan và thông tin liên hệ hiển thị ở đầu và chân mọi trang của cổng. Mỗi lần lưu được ghi vào nhật ký (giá trị trước và sau).
        {settings.updatedAt.getTime() > 0 ? ` Cập nhật lần cuối: ${formatDateTime(settings.updatedAt)}.` : null}
      </p>
      <div className="mt-6">
        <SettingsForm current={current} />
      </div>
    </>
  );
}
