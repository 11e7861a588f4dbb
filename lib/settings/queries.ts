// Site settings reads (department name and contacts for header and footer).
import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { siteSettings } from "@/db/schema";
import { defaultSettings } from "@/db/seed-data/settings";

export async function getSiteSettings() {
  const db = await getDb();
  const [row] = await db.select().from(siteSettings).where(eq(siteSettings.id, 1));
  return row ?? { id: 1, ...defaultSettings, updatedAt: new Date(0) };
}
