// Site settings writes (administrators only, "settings.manage"): one transaction that updates the single
// settings row and records before/after in the audit log. The caller revalidates the cached pages.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { siteSettings } from "@/db/schema";
import { defaultSettings } from "@/db/seed-data/settings";
import { writeAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { parseInput, runInTransaction, type Result } from "@/lib/kernel";
import { SETTINGS_FIELDS, siteSettingsInput, type SettingsField, type SiteSettingsInput } from "./validation";

// Only the editable fields go into the audit entry (not updatedAt), so the diff shows what the admin changed.
const pick = (row: Record<SettingsField, string>) =>
  Object.fromEntries(SETTINGS_FIELDS.map((k) => [k, row[k]])) as Record<SettingsField, string>;

/** Saves the settings; `changed` is false (and nothing is written) when the input equals what is stored. */
export async function updateSiteSettings(actor: Actor | null, input: SiteSettingsInput | Record<string, string>): Promise<Result<{ changed: boolean; saved: Record<SettingsField, string> }>> {
  assertCan(actor, "settings.manage");
  const parsed = parseInput(siteSettingsInput, input);
  if (!parsed.ok) return parsed;
  const next = pick(parsed.data);
  return runInTransaction(async (tx) => {
    // The row exists after the first start (db/seed.ts); create it from the defaults if someone removed it.
    await tx.insert(siteSettings).values({ id: 1, ...defaultSettings }).onConflictDoNothing();
    const [row] = await tx.select().from(siteSettings).where(eq(siteSettings.id, 1)).for("update");
    const before = pick(row!);
    if (SETTINGS_FIELDS.every((k) => before[k] === next[k])) return { changed: false, saved: next };
    await tx.update(siteSettings).set({ ...next, updatedAt: sql`now()` }).where(eq(siteSettings.id, 1));
    await writeAudit(tx, actor, { action: "settings.update", entity: "site_settings", entityId: 1, before, after: next });
    return { changed: true, saved: next };
  });
}
