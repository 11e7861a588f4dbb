// Idempotent first-start data: the settings row always; demo content (the reference article, sample news)
// when enabled. Runs in one transaction, keyed by slugs, so a second run adds nothing.
import { createHash } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "./client";
import { articles, awardDecisions, awardRecipients, categories, conferenceEditions, conferences, indicators, media, procedureDocuments, procedureFiles, procedures, serviceAgencies, serviceFields, siteSettings } from "./schema";
import { sanitizeRichText, htmlToText } from "@/lib/content/sanitize";
import { slugify } from "@/lib/text/slug";
import { referenceArticle } from "./seed-data/reference-article";
import { demoAwardDecisions } from "./seed-data/awards";
import { demoConference, demoConferenceRows, demoIndicators } from "./seed-data/conference-2014";
import { conferencePath, syncNewsItem } from "@/lib/conferences/news-item";
import { writeEditionParts } from "@/lib/conferences/record";
import { demoCategories, sampleArticles } from "./seed-data/sample-news";
import { placeholderSvg } from "./seed-data/placeholder";
import { defaultSettings } from "./seed-data/settings";
import { formDocx, formPdf } from "./seed-data/form-files";
import { DEMO_PUBLISHING_DECISION, demoChannels, demoLaws, demoProcedures, demoServiceAgencies, demoServiceFields, demoSteps, SAMPLE_SUBJECTS } from "./seed-data/services";

export { defaultSettings };

export const REFERENCE_SLUG = slugify(referenceArticle.title);


function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function svgMedia(label: string, caption: string, alt: string, tone: number) {
  const svg = Buffer.from(placeholderSvg(label, tone), "utf8");
  return {
    filename: `${slugify(caption).slice(0, 40)}.svg`,
    mimeType: "image/svg+xml",
    byteSize: svg.length,
    width: 800,
    height: 450,
    sha256: createHash("sha256").update(svg).digest("hex"),
    data: svg,
    altText: alt,
    caption,
    credit: "Ảnh thay thế (bài gốc không kèm ảnh)",
    isPlaceholder: true,
  };
}

function figureHtml(id: string, alt: string, caption: string): string {
  return `<figure><img src="/media/${id}" alt="${escapeHtml(alt)}" width="800" height="450"><figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}

export async function seedSettings(db: Db): Promise<void> {
  await db.insert(siteSettings).values({ id: 1, ...defaultSettings }).onConflictDoNothing();
}

export async function seedDemoContent(db: Db): Promise<{ inserted: number }> {
  return db.transaction(async (tx) => {
    await tx.insert(categories).values([...demoCategories]).onConflictDoNothing();
    const cats = await tx.select().from(categories);
    const catId = (slug: string) => {
      const c = cats.find((x) => x.slug === slug);
      if (!c) throw new Error(`missing category ${slug}`);
      return c.id;
    };

    const wanted = [REFERENCE_SLUG, ...sampleArticles.map((a) => slugify(a.title))];
    const existing = new Set(
      (await tx.select({ slug: articles.slug }).from(articles).where(inArray(articles.slug, wanted))).map((r) => r.slug),
    );
    let inserted = 0;

    if (!existing.has(REFERENCE_SLUG)) {
      const alts = [
        "Ảnh thay thế: Phó Chủ tịch UBND tỉnh Huỳnh Thanh Điền phát biểu chỉ đạo tại hội nghị",
        "Ảnh thay thế: Giám đốc Sở Hồ Quang Thành phát biểu tổng kết hội nghị",
        "Ảnh thay thế: trao Cờ thi đua của Bộ Thông tin và Truyền thông cho lãnh đạo Sở",
      ];
      const photos = await tx
        .insert(media)
        .values(referenceArticle.captions.map((c, i) => svgMedia(`Ảnh ${i + 1}: ảnh thay thế`, c, alts[i], i)))
        .returning({ id: media.id });
      const body = referenceArticle.blocks
        .map((b) =>
          "figure" in b
            ? figureHtml(photos[b.figure].id, alts[b.figure], referenceArticle.captions[b.figure])
            : `<p>${escapeHtml(b.p)}</p>`,
        )
        .join("\n");
      const bodyHtml = sanitizeRichText(body);
      await tx.insert(articles).values({
        slug: REFERENCE_SLUG,
        title: referenceArticle.title,
        sapo: referenceArticle.sapo,
        bodyHtml,
        bodyText: htmlToText(bodyHtml),
        categoryId: catId("tin-hoat-dong"),
        author: referenceArticle.author,
        source: "Mic.gov.vn",
        status: "published",
        publishedAt: new Date("2014-01-02T09:00:00+07:00"),
        featured: true,
        coverMediaId: photos[0].id,
        isSample: false,
      });
      inserted++;
    }

    const fresh = sampleArticles.filter((a) => !existing.has(slugify(a.title)));
    if (fresh.length) {
      await tx.insert(articles).values(
        fresh.map((a) => {
          const bodyHtml = sanitizeRichText(a.paragraphs.map((x) => `<p>${escapeHtml(x)}</p>`).join("\n"));
          return {
            slug: slugify(a.title),
            title: a.title,
            sapo: a.sapo,
            bodyHtml,
            bodyText: htmlToText(bodyHtml),
            categoryId: catId(a.category),
            author: "Ban biên tập (bài mẫu)",
            source: "Bài viết mẫu",
            status: "published" as const,
            publishedAt: new Date(a.date),
            isSample: true,
          };
        }),
      );
      inserted += fresh.length;
    }
    return { inserted };
  });
}

export async function hasDemoContent(db: Db): Promise<boolean> {
  const rows = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, REFERENCE_SLUG));
  return rows.length > 0;
}

export async function countArticles(db: Db): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(articles);
  return r.n;
}

/** Whether the demo catalogue was loaded once (any sample procedure, even hidden, counts: never reloaded). */
export async function hasDemoServices(db: Db): Promise<boolean> {
  const rows = await db.select({ id: procedures.id }).from(procedures).where(eq(procedures.isSample, true)).limit(1);
  return rows.length > 0;
}

/**
 * The demo catalogue (db/seed-data/services.ts): five fields, two agencies and the department's procedures,
 * all marked as sample, with small generated form files (DOCX, PDF). Keyed by slugs and codes: a second run
 * adds only what is missing.
 */
export async function seedDemoServices(db: Db): Promise<{ inserted: number }> {
  return db.transaction(async (tx) => {
    await tx.insert(serviceFields).values([...demoServiceFields]).onConflictDoNothing();
    await tx.insert(serviceAgencies).values([...demoServiceAgencies]).onConflictDoNothing();
    const fields = await tx.select().from(serviceFields);
    const agencies = await tx.select().from(serviceAgencies);
    const existing = new Set(
      (await tx.select({ code: procedures.code }).from(procedures).where(inArray(procedures.code, demoProcedures.map((p) => p.code)))).map((r) => r.code),
    );
    let inserted = 0;
    for (const p of demoProcedures.filter((x) => !existing.has(x.code))) {
      const field = fields.find((f) => f.slug === p.field);
      const agency = agencies.find((a) => a.slug === p.agency);
      if (!field || !agency) continue; // renamed by staff since: leave the catalogue as they made it
      const [created] = await tx
        .insert(procedures)
        .values({
          code: p.code,
          name: p.name,
          kind: "Thủ tục hành chính",
          fieldId: field.id,
          agencyId: agency.id,
          level: p.level,
          subjects: SAMPLE_SUBJECTS,
          steps: demoSteps(p.level, agency.name),
          channels: demoChannels(p.level, p.days, p.fee),
          processingDays: p.days,
          fees: p.fee,
          result: p.result,
          conditions: p.conditions ?? "",
          legalBasis: p.legal.map((k) => ({ ...demoLaws[k] })),
          publishingDecision: DEMO_PUBLISHING_DECISION,
          nationalUrl: p.nationalUrl ?? null,
          isSample: true,
        })
        .returning({ id: procedures.id });
      for (const [position, [name, originals, copies, form]] of p.docs.entries()) {
        let formFileId: string | null = null;
        if (form) {
          const data = form === "docx" ? formDocx(name.replace(/ \(theo mẫu\)$/, ""), ["Kính gửi: " + agency.name, "Tên tổ chức, cá nhân: ....................", "Địa chỉ: ....................", "Nội dung đề nghị: ....................", "Ngày ... tháng ... năm ...."]) : formPdf([name, "Mau minh hoa (du lieu mau)", "Ho ten: ....................", "Dia chi: ...................."]);
          const [f] = await tx
            .insert(procedureFiles)
            .values({
              filename: `${slugify(name, 80)}.${form}`,
              mimeType: form === "docx" ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf",
              byteSize: data.length,
              sha256: createHash("sha256").update(data).digest("hex"),
              data,
            })
            .returning({ id: procedureFiles.id });
          formFileId = f.id;
        }
        await tx.insert(procedureDocuments).values({ procedureId: created.id, position, name, originals, copies, required: true, formFileId });
      }
      inserted++;
    }
    return { inserted };
  });
}

export const DEMO_CONFERENCE_SLUG = slugify(demoConference.title);

export async function hasDemoConference(db: Db): Promise<boolean> {
  const rows = await db.select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, DEMO_CONFERENCE_SLUG));
  return rows.length > 0;
}

/**
 * The reference conference (db/seed-data/conference-2014.ts): the indicator list, the report published as on
 * 02/01/2014 with its 2013 results and 2014 targets, its news stream item, the reference article's photos,
 * and a link to it at the end of the reference article. Keyed by slugs and codes: a second run adds nothing.
 */
export async function seedDemoConference(db: Db): Promise<{ inserted: number }> {
  return db.transaction(async (tx) => {
    await tx.insert(indicators).values([...demoIndicators]).onConflictDoNothing();
    const [exists] = await tx.select({ id: conferences.id }).from(conferences).where(eq(conferences.slug, DEMO_CONFERENCE_SLUG));
    if (exists) return { inserted: 0 };
    const byCode = new Map((await tx.select().from(indicators)).map((i) => [i.code, i.id]));
    const publishedAt = new Date(demoConference.publishedAt);
    const para = (xs: readonly string[]) => sanitizeRichText(xs.map((x) => `<p>${escapeHtml(x)}</p>`).join("\n"));
    const [c] = await tx.insert(conferences).values({ slug: DEMO_CONFERENCE_SLUG, status: "draft", publishedAt, createdAt: publishedAt }).returning();
    const speechesHtml = para(demoConference.speeches);
    const directionsHtml = para(demoConference.directions);
    const [e] = await tx
      .insert(conferenceEditions)
      .values({
        conferenceId: c.id,
        number: 1,
        status: "published",
        title: demoConference.title,
        heldOn: demoConference.heldOn,
        timeOfDay: demoConference.timeOfDay,
        place: demoConference.place,
        chairs: demoConference.chairs,
        attendees: demoConference.attendees,
        summary: demoConference.summary,
        speechesHtml,
        directionsHtml,
        bodyText: [demoConference.summary, demoConference.chairs, demoConference.attendees, htmlToText(speechesHtml), htmlToText(directionsHtml)].join("\n"),
        skipReviewReason: "Dữ liệu ban đầu: báo cáo đã đăng trên Mic.gov.vn ngày 02/01/2014.",
        publishedAt,
        createdAt: publishedAt,
      })
      .returning();
    const photos = await tx.select({ id: media.id, caption: media.caption }).from(media).where(inArray(media.caption, [...referenceArticle.captions]));
    await writeEditionParts(tx, e.id, {
      photos: referenceArticle.captions.flatMap((caption) => {
        const m = photos.find((p) => p.caption === caption);
        return m ? [{ mediaId: m.id, caption }] : [];
      }),
      rows: demoConferenceRows.flatMap((r) => {
        const indicatorId = byCode.get(r.code);
        return indicatorId ? [{ indicatorId, year: r.year, kind: r.kind, value: r.value, statedShare: r.statedSharePercent ?? null, note: r.note ?? "" }] : [];
      }),
    });
    const [live] = await tx.update(conferences).set({ status: "published", liveEditionId: e.id }).where(eq(conferences.id, c.id)).returning();
    await syncNewsItem(tx, live, e, null);
    // The reference article links to the report (once).
    const [ref] = await tx.select().from(articles).where(eq(articles.slug, REFERENCE_SLUG));
    const path = conferencePath(DEMO_CONFERENCE_SLUG);
    if (ref && !ref.bodyHtml.includes(path)) {
      const bodyHtml = sanitizeRichText(`${ref.bodyHtml}\n<p>Xem báo cáo hội nghị với các chỉ tiêu và biểu đồ: <a href="${path}">${escapeHtml(demoConference.title)}</a></p>`);
      await tx.update(articles).set({ bodyHtml, bodyText: htmlToText(bodyHtml) }).where(eq(articles.id, ref.id));
    }
    return { inserted: 1 };
  });
}

/** Whether the demo awards were loaded once (any sample decision counts: never reloaded after edits). */
export async function hasDemoAwards(db: Db): Promise<boolean> {
  const rows = await db.select({ id: awardDecisions.id }).from(awardDecisions).where(eq(awardDecisions.isSample, true)).limit(1);
  return rows.length > 0;
}

/**
 * The reference article's three award decisions of 2013 (db/seed-data/awards.ts), published, with sample
 * recipients marked "(mẫu)". Keyed by issuer and number: a second run adds only what is missing.
 */
export async function seedDemoAwards(db: Db): Promise<{ inserted: number }> {
  return db.transaction(async (tx) => {
    let inserted = 0;
    for (const d of demoAwardDecisions) {
      const [created] = await tx
        .insert(awardDecisions)
        .values({
          form: d.form,
          title: d.title,
          issuer: d.issuer,
          issuerSlug: slugify(d.issuer, 100),
          decisionNumber: d.decisionNumber,
          decisionDate: d.decisionDate,
          year: 2013,
          reason: d.reason,
          conferenceSlug: DEMO_CONFERENCE_SLUG,
          status: "published",
          publishedAt: new Date("2014-01-02T02:00:00Z"),
          isSample: true,
        })
        .onConflictDoNothing()
        .returning({ id: awardDecisions.id });
      if (!created) continue;
      await tx.insert(awardRecipients).values(d.recipients.map((r, position) => ({ decisionId: created.id, position, kind: r.kind, name: r.name, jobTitle: r.jobTitle ?? "", unit: r.unit ?? "" })));
      inserted++;
    }
    return { inserted };
  });
}
