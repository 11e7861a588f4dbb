// The open data API as a client meets it, through the route handlers on a real database: only published records
// (no draft, no scheduled or in-review article, no hidden procedure, no draft award; a revoked award only marked
// revoked), cursor pages that neither repeat nor skip while articles are published, ETag/304, CORS for reading,
// and Vietnamese JSON errors for bad parameters without a stack trace.
import { describe, expect, it } from "vitest";
import { GET as getAwards } from "@/app/api/v1/awards/route";
import { GET as getRecipient } from "@/app/api/v1/awards/recipients/[id]/route";
import { GET as getConference } from "@/app/api/v1/conferences/[slug]/route";
import { GET as getConferences } from "@/app/api/v1/conferences/route";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { GET as getNewsItem } from "@/app/api/v1/news/[slug]/route";
import { DELETE as deleteNews, GET as getNews, OPTIONS as optionsNews, POST as postNews } from "@/app/api/v1/news/route";
import { GET as getService } from "@/app/api/v1/services/[code]/route";
import { GET as getServices } from "@/app/api/v1/services/route";
import { DEMO_CONFERENCE_SLUG, seedDemoConference } from "@/db/seed";
import { createConference } from "@/lib/conferences/mutations";
import { conferenceInput } from "../../helpers/conferences";
import { useTestDb } from "../../helpers/db";
import { makeActor } from "../../helpers/newsroom";
import { makeDecision, makePublishedDecision } from "../../helpers/awards";
import { makeArticle, makeCategory } from "../../helpers/fixtures";
import { makeAgency, makeField, makeProcedure } from "../../helpers/services";

const t = useTestDb();

const BASE = "http://localhost:3000/api/v1";
const call = (handler: (req: Request, ctx: never) => Promise<Response>, path: string, init?: RequestInit, params: Record<string, string> = {}) =>
  handler(new Request(`${BASE}${path}`, init), { params: Promise.resolve(params) } as never);
const json = async (res: Response) => JSON.parse(await res.text());

async function seedArticles(n: number, start = Date.parse("2014-01-02T02:00:00Z")) {
  const c = await makeCategory(t.db, "Tin hoạt động");
  const out = [];
  // Two articles share each publish instant, so the order's tie-break (id) is exercised.
  for (let i = 0; i < n; i++) out.push(await makeArticle(t.db, { title: `Tin số ${i + 1}`, categoryId: c.id, publishedAt: new Date(start + Math.floor(i / 2) * 60_000) }));
  return { category: c, articles: out };
}

describe("published records only", () => {
  it("never lists or opens a draft, an article in review, an unpublished or a scheduled one", async () => {
    const { category } = await seedArticles(1);
    const hidden = [
      await makeArticle(t.db, { title: "Bản nháp", categoryId: category.id, status: "draft", publishedAt: null }),
      await makeArticle(t.db, { title: "Chờ duyệt", categoryId: category.id, status: "in_review" }),
      await makeArticle(t.db, { title: "Đã gỡ", categoryId: category.id, status: "unpublished" }),
      await makeArticle(t.db, { title: "Hẹn giờ", categoryId: category.id, status: "scheduled", scheduledAt: new Date(Date.now() + 3600_000), publishedAt: null }),
      await makeArticle(t.db, { title: "Giờ đăng chưa tới", categoryId: category.id, status: "published", publishedAt: new Date(Date.now() + 3600_000) }),
    ];
    const body = await json(await call(getNews, "/news?limit=100"));
    expect(body.data.map((a: { slug: string }) => a.slug)).toEqual(["tin-so-1"]);
    for (const h of hidden) {
      const res = await call(getNewsItem, `/news/${h.slug}`, undefined, { slug: h.slug });
      expect(res.status).toBe(404);
      expect((await json(res)).error.code).toBe("not_found");
    }
    const one = await json(await call(getNewsItem, "/news/tin-so-1", undefined, { slug: "tin-so-1" }));
    expect(one.data).toMatchObject({ slug: "tin-so-1", title: "Tin số 1", bodyHtml: "<p>Tin số 1</p>", rating: { count: 0 } });
  });

  it("never shows a hidden procedure", async () => {
    const field = await makeField(t.db);
    const agency = await makeAgency(t.db);
    const shown = await makeProcedure(t.db, { fieldId: field.id, agencyId: agency.id, level: 3 });
    const hidden = await makeProcedure(t.db, { fieldId: field.id, agencyId: agency.id, published: false });
    const body = await json(await call(getServices, "/services"));
    expect(body.data.map((p: { code: string }) => p.code)).toEqual([shown.code]);
    expect(body.data[0]).toMatchObject({ level: 3, levelName: "Mức độ 3 / Một phần", field: { slug: field.slug }, agency: { code: agency.code } });
    expect((await call(getService, `/services/${hidden.code}`, undefined, { code: hidden.code })).status).toBe(404);
    const record = await json(await call(getService, `/services/${shown.code}`, undefined, { code: shown.code }));
    expect(record.data.documents.map((d: { name: string }) => d.name)).toEqual(["Đơn đề nghị (theo mẫu)", "Bản sao giấy phép"]);
  });

  it("never shows a draft award, and a revoked one only marked revoked, never as valid", async () => {
    const valid = await makePublishedDecision(t.db, { decisionNumber: "1/QĐ-UBND" });
    const revoked = await makePublishedDecision(t.db, {
      decisionNumber: "2/QĐ-UBND",
      status: "revoked",
      revokedAt: new Date("2014-03-05T03:00:00Z"),
      revocationReason: "Sai đối tượng",
      revocationDate: "2014-03-05",
    });
    const draft = await makeDecision(t.db, { decisionNumber: "3/QĐ-UBND" });
    const body = await json(await call(getAwards, "/awards"));
    const byNumber = Object.fromEntries(body.data.map((d: { decisionNumber: string }) => [d.decisionNumber, d]));
    expect(Object.keys(byNumber).sort()).toEqual(["1/QĐ-UBND", "2/QĐ-UBND"]);
    expect(byNumber["1/QĐ-UBND"]).toMatchObject({ status: "in_force", inForce: true, revocation: null });
    expect(byNumber["2/QĐ-UBND"]).toMatchObject({
      status: "revoked",
      inForce: false,
      statusName: "Đã thu hồi",
      revocation: { reason: "Sai đối tượng", date: "2014-03-05" },
    });
    const recipientOf = async (id: number) => call(getRecipient, `/awards/recipients/${id}`, undefined, { id: String(id) });
    expect((await json(await recipientOf(revoked.recipientIds[0]!))).data.decision).toMatchObject({ status: "revoked", inForce: false });
    expect((await json(await recipientOf(valid.recipientIds[0]!))).data.decision).toMatchObject({ status: "in_force", inForce: true });
    expect((await recipientOf(draft.recipientIds[0]!)).status).toBe(404);
  });

  it("never shows a draft conference report; indicator series come from published reports, shares as stated", async () => {
    await seedDemoConference(t.db);
    const staff = await makeActor(t.db, "Biên tập viên");
    const draft = await createConference(staff, conferenceInput({ title: "Hội nghị sơ kết (bản nháp)", heldOn: "01/07/2014" }));
    if (!draft.ok) throw new Error("the draft was not saved");
    const list = await json(await call(getConferences, "/conferences"));
    expect(list.data.map((c: { slug: string }) => c.slug)).toEqual([DEMO_CONFERENCE_SLUG]);
    expect(list.data[0]).toMatchObject({ heldOn: "2014-01-02", apiUrl: `http://localhost:3000/api/v1/conferences/${DEMO_CONFERENCE_SLUG}` });
    const draftSlug = draft.value.slug;
    expect((await call(getConference, `/conferences/${draftSlug}`, undefined, { slug: draftSlug })).status).toBe(404);

    const report = await json(await call(getConference, `/conferences/${DEMO_CONFERENCE_SLUG}`, undefined, { slug: DEMO_CONFERENCE_SLUG }));
    expect(report.data.indicatorRows).toContainEqual(expect.objectContaining({ code: "doanh-thu-bcvt-cntt", year: 2013, kind: "result", value: 4020, statedSharePercent: 102 }));
    const revenue = report.data.series.find((s: { code: string }) => s.code === "doanh-thu-bcvt-cntt");
    expect(revenue.points.find((p: { year: number }) => p.year === 2013)).toMatchObject({ target: null, shareReached: { percent: 102, basis: "stated" } });

    const series: { code: string; points: { shareReached: unknown }[] }[] = [];
    let path = "/indicators?limit=5";
    for (let i = 0; i < 10 && path; i++) {
      const body = await json(await call(getIndicators, path));
      series.push(...body.data);
      path = body.pagination.nextCursor ? `/indicators?limit=5&cursor=${body.pagination.nextCursor}` : "";
    }
    const codes = series.map((s) => s.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toContain("doanh-thu-bcvt-cntt");
    expect(new Set(codes).size).toBe(codes.length);
    // A result without a target and without a stated share has no share reached (none invented).
    const bts = series.find((s) => s.code === "tram-bts")!;
    expect(bts.points).toEqual([{ year: 2013, target: null, result: { value: 3670, note: "" }, shareReached: null }]);
  });
});

describe("pagination", () => {
  it("walks every article once by cursor, even when one is published between two pages", async () => {
    const { category } = await seedArticles(7);
    const seen: string[] = [];
    let path = "/news?limit=3";
    let pages = 0;
    for (;;) {
      const res = await call(getNews, path);
      const body = await json(res);
      seen.push(...body.data.map((a: { slug: string }) => a.slug));
      pages++;
      if (pages === 1) await makeArticle(t.db, { title: "Tin mới đăng", categoryId: category.id });
      if (!body.pagination.nextCursor) {
        expect(res.headers.get("link")).toBeNull();
        break;
      }
      expect(body.pagination.next).toBe(`http://localhost:3000/api/v1/news?limit=3&cursor=${body.pagination.nextCursor}`);
      expect(res.headers.get("link")).toBe(`<${body.pagination.next}>; rel="next"`);
      path = `/news?limit=3&cursor=${body.pagination.nextCursor}`;
    }
    // Newest first; two per instant, the higher id first: nothing repeated, nothing skipped.
    expect(seen).toEqual(["tin-so-7", "tin-so-6", "tin-so-5", "tin-so-4", "tin-so-3", "tin-so-2", "tin-so-1"]);
    expect(pages).toBe(3);
    // The same request gives the same page (and the same ETag).
    const a = await call(getNews, "/news?limit=3");
    const b = await call(getNews, "/news?limit=3");
    expect(a.headers.get("etag")).toBe(b.headers.get("etag"));
  });

  it("keeps rows within one millisecond in order (the cursor holds Postgres's microseconds)", async () => {
    const c = await makeCategory(t.db);
    // Inserted newest-id-first with microsecond-apart instants: a millisecond cursor would skip the second.
    await makeArticle(t.db, { title: "Sau", categoryId: c.id, publishedAt: new Date("2014-01-02T02:00:00.123Z") });
    await t.db.execute(
      (await import("drizzle-orm")).sql`update articles set published_at = '2014-01-02T02:00:00.123456Z' where slug = 'sau'`,
    );
    await makeArticle(t.db, { title: "Trước", categoryId: c.id, publishedAt: new Date("2014-01-02T02:00:00.123Z") });
    const first = await json(await call(getNews, "/news?limit=1"));
    expect(first.data[0].slug).toBe("sau");
    const second = await json(await call(getNews, `/news?limit=1&cursor=${first.pagination.nextCursor}`));
    expect(second.data.map((a: { slug: string }) => a.slug)).toEqual(["truoc"]);
  });

  it("pages the catalogue by code and the awards by year, then date", async () => {
    const field = await makeField(t.db);
    const agency = await makeAgency(t.db);
    for (const code of ["1.000003", "1.000001", "1.000002"]) await makeProcedure(t.db, { code, fieldId: field.id, agencyId: agency.id });
    const p1 = await json(await call(getServices, "/services?limit=2"));
    const p2 = await json(await call(getServices, `/services?limit=2&cursor=${p1.pagination.nextCursor}`));
    expect([...p1.data, ...p2.data].map((p: { code: string }) => p.code)).toEqual(["1.000001", "1.000002", "1.000003"]);
    expect(p2.pagination).toEqual({ limit: 2, nextCursor: null, next: null });

    await makePublishedDecision(t.db, { decisionNumber: "a", year: 2012, decisionDate: "2012-12-01" });
    await makePublishedDecision(t.db, { decisionNumber: "b", year: 2013, decisionDate: "2013-12-25" });
    await makePublishedDecision(t.db, { decisionNumber: "c", year: 2013, decisionDate: "2013-12-20" });
    await makePublishedDecision(t.db, { decisionNumber: "d", year: 2013, decisionDate: "2013-12-25" });
    const numbers: string[] = [];
    let path = "/awards?limit=1";
    for (let i = 0; i < 10 && path; i++) {
      const body = await json(await call(getAwards, path));
      numbers.push(...body.data.map((d: { decisionNumber: string }) => d.decisionNumber));
      path = body.pagination.nextCursor ? `/awards?limit=1&cursor=${body.pagination.nextCursor}` : "";
    }
    expect(numbers).toEqual(["c", "b", "d", "a"]);
    const filtered = await json(await call(getAwards, "/awards?year=2012"));
    expect(filtered.data.map((d: { decisionNumber: string }) => d.decisionNumber)).toEqual(["a"]);
  });
});

describe("HTTP", () => {
  it("answers 304 to a matching If-None-Match, 200 with a new ETag once the data changed", async () => {
    const { category } = await seedArticles(2);
    const first = await call(getNews, "/news");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers.get("cache-control")).toMatch(/^public, max-age=60\b/);
    const again = await call(getNews, "/news", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect((await call(getNews, "/news", { headers: { "If-None-Match": `"other", W/${etag}` } })).status).toBe(304);
    expect((await call(getNews, "/news", { headers: { "If-None-Match": '"other"' } })).status).toBe(200);
    await makeArticle(t.db, { title: "Tin thứ ba", categoryId: category.id });
    const changed = await call(getNews, "/news", { headers: { "If-None-Match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("allows reading from any origin, without credentials, and nothing but GET, HEAD and OPTIONS", async () => {
    const res = await call(getNews, "/news", { headers: { Origin: "https://example.org" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    expect(res.headers.get("access-control-expose-headers")).toContain("ETag");
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const preflight = await optionsNews();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("If-None-Match");
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
    for (const write of [postNews, deleteNews]) {
      const refused = await write();
      expect(refused.status).toBe(405);
      expect(refused.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
      expect((await json(refused)).error.code).toBe("method_not_allowed");
    }
  });

  it("refuses bad parameters with 400, a code and Vietnamese messages, never a stack trace", async () => {
    const cases: [string, string, string][] = [
      ["/news?limit=0", "invalid_parameter", "limit"],
      ["/news?limit=101", "invalid_parameter", "limit"],
      ["/news?limit=abc", "invalid_parameter", "limit"],
      ["/news?page=2", "unknown_parameter", "page"],
      ["/news?limit=2&limit=3", "unknown_parameter", "limit"],
      ["/news?category=Tin%20T%E1%BB%A9c", "invalid_parameter", "category"],
      ["/news?cursor=%27%3Bdrop", "invalid_cursor", "cursor"],
      ["/news?cursor=bm90LWpzb24", "invalid_cursor", "cursor"],
      ["/services?level=4", "invalid_parameter", "level"],
      ["/awards?year=20x3", "invalid_parameter", "year"],
      ["/awards?form=huan_chuong", "invalid_parameter", "form"],
    ];
    for (const [path, code, parameter] of cases) {
      const handler = path.startsWith("/news") ? getNews : path.startsWith("/services") ? getServices : getAwards;
      const res = await call(handler, path);
      const text = await res.text();
      expect(res.status, path).toBe(400);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      const body = JSON.parse(text);
      expect(body.error.code, path).toBe(code);
      expect(body.error.details.map((d: { parameter: string }) => d.parameter), path).toContain(parameter);
      expect(text).not.toMatch(/at .*\.(ts|js):\d+|Error:|ZodError/);
      expect(body.error.message).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i);
    }
    // A cursor of one list is refused by another.
    const { category: _c } = await seedArticles(3);
    const page = await json(await call(getNews, "/news?limit=1"));
    const res = await call(getServices, `/services?cursor=${page.pagination.nextCursor}`);
    expect((await json(res)).error.code).toBe("invalid_cursor");
  });
});
