// What citizens get from the registry: /awards.csv escapes commas, quotes, line breaks and formula-leading
// characters (= + - @ tab), is UTF-8 with a BOM; revoked decisions are marked in it; the demo content holds the
// reference article's three decisions with counts in words as the article gives them, samples marked.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { seedDemoAwards } from "@/db/seed";
import { awardsCsv, csvCell } from "@/lib/awards/csv";
import { listConferenceDecisions, listPublicDecisions } from "@/lib/awards/queries";
import { DEMO_CONFERENCE_SLUG } from "@/db/seed";
import { countInWords, parseRecipientLines } from "@/lib/awards/validation";
import { useTestDb } from "../../helpers/db";
import { makePublishedDecision } from "../../helpers/awards";

const t = useTestDb();

describe("the CSV export", () => {
  it("escapes commas, quotes, line breaks and formula-leading characters, and marks revoked decisions", async () => {
    const tricky = [
      { kind: "individual" as const, name: "=HYPERLINK(\"http://x\")", jobTitle: "+84 238", unit: "-1" },
      { kind: "individual" as const, name: "@SUM(A1)", jobTitle: "\tTab", unit: "Phòng \"Báo chí\", Xuất bản\nTầng 2" },
      { kind: "collective" as const, name: "Văn phòng Sở, Nghệ An" },
    ];
    await makePublishedDecision(t.db, { reason: "Thành tích: \"xuất sắc\", nổi bật" }, tricky);
    await makePublishedDecision(t.db, { status: "revoked", revokedAt: new Date(), revocationReason: "Sai đối tượng", revocationDate: "2014-03-05", year: 2012 });
    const csv = awardsCsv(await listPublicDecisions({}), "https://stttt.example.gov.vn");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows[0]![9]).toBe("Tên");
    const body = rows.slice(1);
    expect(body.map((r) => r[9])).toEqual(["'=HYPERLINK(\"http://x\")", "'@SUM(A1)", "Văn phòng Sở, Nghệ An", "Văn phòng Sở"]);
    expect(body[0]![10]).toBe("'+84 238");
    expect(body[0]![11]).toBe("'-1");
    expect(body[1]![10]).toBe("'\tTab");
    expect(body[1]![11]).toBe('Phòng "Báo chí", Xuất bản\nTầng 2');
    expect(body[0]![7]).toBe('Thành tích: "xuất sắc", nổi bật');
    expect(body[3]!.slice(12, 15)).toEqual(["Đã thu hồi", "Sai đối tượng", "05/03/2014"]);
    expect(body[0]![12]).toBe("Đã công bố");
    expect(body[0]![16]).toMatch(/^https:\/\/stttt\.example\.gov\.vn\/awards\/recipients\/\d+$/);
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell("\rx")).toBe(`"'\rx"`);
  });
});

describe("the demo content", () => {
  it("holds the article's three 2013 decisions, counted as the article counts them, samples marked", async () => {
    expect(await seedDemoAwards(t.db)).toEqual({ inserted: 3 });
    expect(await seedDemoAwards(t.db)).toEqual({ inserted: 0 });
    const decisions = await listPublicDecisions({ year: 2013 });
    const counts = decisions.map((d) => {
      const c = d.recipients.filter((r) => r.kind === "collective").length;
      return [d.issuer, d.form, countInWords(c, d.recipients.length - c)];
    });
    expect(counts).toEqual([
      ["Bộ Thông tin và Truyền thông", "co_thi_dua", "1 tập thể"],
      ["UBND tỉnh Nghệ An", "bang_khen", "3 tập thể và 3 cá nhân"],
      ["Sở Thông tin và Truyền thông Nghệ An", "bang_khen", "7 tập thể và 11 cá nhân"],
    ]);
    expect(decisions.every((d) => d.isSample && d.decisionNumber.includes("(mẫu)"))).toBe(true);
    // Only the department, named by the article, is not a sample name.
    const names = decisions.flatMap((d) => d.recipients.map((r) => r.name));
    expect(names.filter((n) => !n.endsWith("(mẫu)"))).toEqual(["Sở Thông tin và Truyền thông Nghệ An"]);
    // All three were given at the reference conference, whose page lists them.
    expect((await listConferenceDecisions(DEMO_CONFERENCE_SLUG)).map((d) => d.issuer)).toEqual(counts.map((c) => c[0]));
    expect(await listConferenceDecisions("hoi-nghi-khac")).toEqual([]);
  });
});

describe("the paste format", () => {
  it("counts lines as the administrator sees them, blank ones included", () => {
    expect(parseRecipientLines("\n\nA; b\n")).toEqual({ rows: [], errors: [{ row: 3, message: expect.stringContaining("cá nhân cần đủ 3 phần") }] });
    expect(countInWords(0, 0)).toBe("chưa có người nhận");
    expect(countInWords(0, 1)).toBe("1 cá nhân");
  });
});
