// A published conference report in the news stream: one article row per report (articles.conferenceId),
// kept in step with the report's live edition, so the news lists, search and feeds show it with the code
// they already have, linking to /conferences/[slug] (articles.linkPath). The newsroom never edits it
// (lib/newsroom/article-record.ts lockArticle skips such rows); /news/[slug] of it redirects to the report.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { articles, categories, type Conference, type ConferenceEdition } from "@/db/schema";
import type { Tx } from "@/lib/kernel";
import { uniqueSlug } from "@/lib/newsroom/article-record";
import { sanitizeRichText } from "@/lib/content/sanitize";

/** The news category the stream items go in (made on first use; staff may rename it). */
export const CONFERENCE_CATEGORY = { slug: "hoi-nghi", name: "Hội nghị", description: "Báo cáo các hội nghị của Sở." } as const;

export const conferencePath = (slug: string) => `/conferences/${slug}`;

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

async function categoryId(tx: Tx): Promise<number> {
  await tx.insert(categories).values({ ...CONFERENCE_CATEGORY, sortOrder: 90 }).onConflictDoNothing();
  const [c] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.slug, CONFERENCE_CATEGORY.slug));
  return c.id;
}

/** The lead shown in lists: the summary's first paragraph, at most ~400 characters. */
export function streamLead(summary: string): string {
  const first = summary.trim().split(/\n\s*\n|\n/)[0] ?? "";
  return first.length > 400 ? `${first.slice(0, 397).trimEnd()}…` : first;
}

/** After a report went live or changed its live edition: its stream item shows that edition. */
export async function syncNewsItem(tx: Tx, conference: Conference, live: ConferenceEdition, actorId: number | null): Promise<void> {
  const linkPath = conferencePath(conference.slug);
  const bodyHtml = sanitizeRichText(
    `<p>${escapeHtml(live.summary)}</p><p><a href="${linkPath}">Xem toàn văn báo cáo hội nghị, các chỉ tiêu và biểu đồ</a></p>`,
  );
  const fields = {
    title: live.title,
    sapo: streamLead(live.summary),
    bodyHtml,
    bodyText: live.bodyText,
    status: conference.status === "published" ? ("published" as const) : ("unpublished" as const),
    publishedAt: conference.publishedAt,
    isSample: conference.isSample,
    linkPath,
    updatedById: actorId,
  };
  const [existing] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.conferenceId, conference.id)).for("update");
  if (existing) {
    await tx.update(articles).set({ ...fields, updatedAt: sql`now()` }).where(eq(articles.id, existing.id));
    return;
  }
  await tx.insert(articles).values({
    ...fields,
    slug: await uniqueSlug(tx, `hoi-nghi ${live.title}`),
    categoryId: await categoryId(tx),
    author: "",
    source: "",
    conferenceId: conference.id,
    createdById: actorId,
  });
}

/** The report was taken down: so is its stream item. */
export async function hideNewsItem(tx: Tx, conferenceId: number): Promise<void> {
  await tx.update(articles).set({ status: "unpublished", updatedAt: sql`now()` }).where(eq(articles.conferenceId, conferenceId));
}
