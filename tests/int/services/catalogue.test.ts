// The public catalogue on the demo content: search ignores diacritics and case and ranks the best match first;
// filters by field, level and agency; hidden procedures never appear anywhere public (list, search, page,
// form file, home block, sitemap); a form file opens only under its own procedure's code.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { seedDemoServices, seedSettings } from "@/db/seed";
import { procedures } from "@/db/schema";
import { demoProcedures } from "@/db/seed-data/services";
import { getHomeServices, getPublicFormFile, getPublicProcedure, listCatalogue, listSitemapProcedures, searchProcedures } from "@/lib/services/queries";
import { setProcedurePublished } from "@/lib/services/mutations";
import { catalogueQuery } from "@/lib/services/validation";
import { useTestDb } from "../../helpers/db";
import { actorOf, makeUser } from "../../helpers/users";

const t = useTestDb();
const PRINTING = "Cấp giấy phép hoạt động in (địa phương)";

const query = (q: Record<string, string>) => listCatalogue(catalogueQuery.parse(q));

describe("the public catalogue", () => {
  beforeEach(async () => {
    await seedSettings(t.db);
    await seedDemoServices(t.db);
  });

  it.each(["cap giay phep hoat dong in", "CẤP GIẤY PHÉP HOẠT ĐỘNG IN", "Cấp giấy phép hoạt động in"])('ranks "%s" first for "Cấp giấy phép hoạt động in"', async (q) => {
    const r = await searchProcedures(q, { page: 1 });
    expect(r.items[0]?.name).toBe(PRINTING);
    // The renewal also holds every word; it comes after.
    expect(r.items.map((i) => i.name)).toContain("Cấp lại giấy phép hoạt động in (địa phương)");
  });

  it("finds near misses and exact codes", async () => {
    expect((await searchProcedures("photocopy mau", { page: 1 })).items[0]?.name).toBe("Đăng ký sử dụng máy photocopy màu, máy in có chức năng photocopy màu");
    expect((await searchProcedures("trang thong tin dien tu tong hop", { page: 1 })).items[0]?.name).toBe("Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp");
    expect((await searchProcedures("9.990301", { page: 1 })).items[0]?.name).toBe("Cấp giấy phép bưu chính (phạm vi nội tỉnh)");
    // A typo: no procedure holds every word, so similar names answer, the closest first.
    expect((await searchProcedures("cap giay phep hoat dng in", { page: 1 })).items[0]?.name).toBe(PRINTING);
    expect((await searchProcedures("xyzzyqwerty", { page: 1 })).total).toBe(0);
  });

  it("filters by field, level and agency, alone and together", async () => {
    const all = await query({});
    expect(all.total).toBe(demoProcedures.length);
    const level3 = await query({ level: "3" });
    expect(level3.total).toBe(demoProcedures.filter((p) => p.level === 3).length);
    expect(level3.items.every((p) => p.level === 3)).toBe(true);
    const postal = await query({ field: "buu-chinh" });
    expect(postal.items.map((p) => p.fieldName)).toEqual(Array(5).fill("Bưu chính"));
    const district = await query({ agency: "ubnd-cap-huyen" });
    expect(district.total).toBe(4);
    const combined = await query({ field: "xuat-ban-in-va-phat-hanh", level: "3", agency: "so-thong-tin-va-truyen-thong", q: "giay phep" });
    expect(combined.items.map((p) => p.name)).toEqual(
      expect.arrayContaining(["Cấp giấy phép hoạt động in (địa phương)", "Cấp giấy phép xuất bản tài liệu không kinh doanh (địa phương)"]),
    );
    expect(combined.items.every((p) => p.level === 3 && p.fieldSlug === "xuat-ban-in-va-phat-hanh")).toBe(true);
    // Junk filter values are ignored, not errors.
    expect((await query({ level: "7", field: "../../etc", page: "-3" })).total).toBe(demoProcedures.length);
  });

  it("pages twenty at a time and clamps a page past the end", async () => {
    const p2 = await query({ page: "2" });
    expect(p2.page).toBe(2);
    expect(p2.items).toHaveLength(demoProcedures.length - 20);
    expect((await query({ page: "999" })).page).toBe(2);
  });

  it("shows the whole record of a procedure by its dotted code, with documents and form files", async () => {
    const p = await getPublicProcedure("9.990202");
    expect(p).toMatchObject({ name: PRINTING, level: 3, processingDays: 15, isSample: true, fieldName: "Xuất bản, in và phát hành", nationalUrl: "https://dichvucong.gov.vn/" });
    expect(p!.documents.length).toBeGreaterThanOrEqual(3);
    expect(p!.channels.map((c) => c.name)).toEqual(["Trực tiếp", "Qua dịch vụ bưu chính", "Trực tuyến"]);
    expect(p!.legalBasis[0]).toMatchObject({ number: "60/2014/NĐ-CP", effectiveDate: "2014-08-15" });
    const form = p!.documents.find((d) => d.form)!.form!;
    const file = await getPublicFormFile("9.990202", form.id);
    expect(file?.mimeType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(file?.data.subarray(0, 2).toString()).toBe("PK");
    // Another procedure's code, a malformed id or code: nothing.
    expect(await getPublicFormFile("9.990101", form.id)).toBeNull();
    expect(await getPublicFormFile("9.990202", "not-a-uuid")).toBeNull();
    expect(await getPublicProcedure("khong-ton-tai")).toBeNull();
    expect(await getPublicProcedure("9.990202%")).toBeNull();
  });

  it("never shows a hidden procedure publicly, and shows it again once published", async () => {
    const staff = actorOf(await makeUser(t.db, "staff"));
    const [p] = await t.db.select().from(procedures).where(eq(procedures.code, "9.990202"));
    const formDocId = (await getPublicProcedure("9.990202"))!.documents.find((d) => d.form)!.form!.id;
    expect(await setProcedurePublished(staff, p!.id, false)).toMatchObject({ ok: true });

    expect(await getPublicProcedure("9.990202")).toBeNull();
    expect(await getPublicFormFile("9.990202", formDocId)).toBeNull();
    expect((await searchProcedures("cap giay phep hoat dong in", { page: 1 })).items.map((i) => i.code)).not.toContain("9.990202");
    expect((await query({ level: "3" })).items.map((i) => i.code)).not.toContain("9.990202");
    expect((await query({})).total).toBe(demoProcedures.length - 1);
    expect((await getHomeServices(50)).online.map((i) => i.code)).not.toContain("9.990202");
    expect((await listSitemapProcedures()).map((i) => i.code)).not.toContain("9.990202");

    expect(await setProcedurePublished(staff, p!.id, true)).toMatchObject({ ok: true });
    expect(await getPublicProcedure("9.990202")).not.toBeNull();
  });

  it("the home block lists level-3 procedures and counts per level", async () => {
    const home = await getHomeServices();
    expect(home.online.length).toBe(6);
    expect(home.online.every((p) => p.level === 3)).toBe(true);
    expect(home.counts[3]).toBe(demoProcedures.filter((p) => p.level === 3).length);
    expect(home.total).toBe(demoProcedures.length);
  });

  it("loading the demo catalogue twice adds nothing", async () => {
    expect(await seedDemoServices(t.db)).toEqual({ inserted: 0 });
  });
});
