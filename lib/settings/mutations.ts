// Site settings writes (administrators only, "settings.manage"): one transaction that updates the single
// settings row and records before/after in the audit log. The caller revalidates the cached pages.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { siteSettings } from "@/db/schema";
import { defaultSettings } from "@/db/seed-data/settings";
import { writeAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { SETTINGS_FIELDS, siteSettingsInput, type SettingsField, type SiteSettingsInput } from "./validation";

export type SettingsResult = { ok: true; changed: boolean } | { ok: false; errors: Record<string, string> };

// Only the editable fields go into the audit entry (not updatedAt), so the diff shows what the admin changed.
const pick = (row: Record<SettingsField, string>) =>
  Object.fromEntries(SETTINGS_FIELDS.map((k) => [k, row[k]])) as Record<SettingsField, string>;

export async function updateSiteSettings(actor: Actor | null, input: SiteSettingsInput): Promise<SettingsResult> {
  assertCan(actor, "settings.manage");
  // Parsed again here: a script or another caller must not store what the form would refuse.
  const parsed = siteSettingsInput.safeParse(input);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const i of parsed.error.issues) errors[String(i.path[0] ?? "_form")] ??= i.message;
    return { ok: false, errors };
  }
  const next = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    // The row exists after the first start (db/seed.ts); create it from the defaults if someone removed it.
    await tx.insert(siteSettings).values({ id: 1, ...defaultSettings }).onConflictDoNothing();
    const [row] = await tx.select().from(siteSettings).where(eq(siteSettings.id, 1)).for("update");
    const before = pick(row!);
    if (SETTINGS_FIELDS.every((k) => before[k] === next[k])) return { ok: true as const, changed: false };
    await tx.update(siteSettings).set({ ...next, updatedAt: sql`now()` }).where(eq(siteSettings.id, 1));
    await writeAudit(tx, actor, { action: "settings.update", entity: "site_settings", entityId: 1, before, after: pick(next) });
    return { ok: true as const, changed: true };
  });
}
