// Recipients files for an award decision: CSV and XLSX read by their bytes (lib/uploads), columns by header in
// Vietnamese or English, every bad row named as the spreadsheet shows it (header = row 1), nothing half-saved.
import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { awardDecisions, awardRecipients } from "@/db/schema";
import { readRecipientsFile } from "@/lib/awards/import";
import { createAwardDecision } from "@/lib/awards/mutations";
import { useTestDb } from "../../helpers/db";
import { csvOf, decisionForm, xlsxOf } from "../../helpers/awards";
import { PNG_1X1 } from "../../helpers/images";
import { actorOf, makeUser } from "../../helpers/users";

const t = useTestDb();

describe("reading a recipients file", () => {
  it("reads an XLSX workbook's first sheet, kinds given or inferred", async () => {
    const bytes = await xlsxOf([
      ["Tên", "Chức vụ", "Đơn vị", "Loại"],
      ["Phòng Bưu chính, Viễn thông", "", "", "Tập thể"],
      ["Nguyễn Văn An", "Chuyên viên", "Văn phòng Sở", ""],
      ["", "", "", ""],
      ["Trần Thị Bình", "", "", "cá nhân"],
    ]);
    const read = await readRecipientsFile({ filename: "danh-sach.xlsx", bytes });
    expect(read).toEqual({
      ok: true,
      format: "xlsx",
      rows: [
        { kind: "collective", name: "Phòng Bưu chính, Viễn thông", jobTitle: "", unit: "" },
        { kind: "individual", name: "Nguyễn Văn An", jobTitle: "Chuyên viên", unit: "Văn phòng Sở" },
        { kind: "individual", name: "Trần Thị Bình", jobTitle: "", unit: "" },
      ],
    });
  });

  it("reads a semicolon CSV with a BOM and English headers", async () => {
    const read = await readRecipientsFile({ filename: "x.csv", bytes: csvOf("\uFEFFname;position;unit\n\"Lê Văn Cường\";Kỹ sư;\"Trung tâm CNTT; Sở TT&TT\"\n") });
    expect(read).toMatchObject({ ok: true, format: "csv", rows: [{ kind: "individual", name: "Lê Văn Cường", jobTitle: "Kỹ sư", unit: "Trung tâm CNTT; Sở TT&TT" }] });
  });

  it("names each bad row as the spreadsheet numbers it", async () => {
    const bytes = await xlsxOf([
      ["tên", "chức vụ", "đơn vị", "loại"],
      ["Văn phòng Sở", "", "", ""],
      ["", "Kỹ sư", "Phòng CNTT", ""],
      ["Phòng Báo chí", "", "", "nhóm"],
      ["Thanh tra Sở", "Chánh Thanh tra", "", "tập thể"],
    ]);
    const read = await readRecipientsFile({ filename: "loi.xlsx", bytes });
    expect(read).toEqual({
      ok: false,
      fileErrors: [],
      rowErrors: [
        { row: 3, message: "thiếu tên người hoặc tập thể được khen thưởng." },
        { row: 4, message: "loại “nhóm” không hợp lệ: ghi “tập thể” hoặc “cá nhân”." },
        { row: 5, message: "tập thể không có chức vụ, đơn vị." },
      ],
    });
  });

  it("refuses unknown columns, a missing name column, an unclosed quote and files that are not tables", async () => {
    expect(await readRecipientsFile({ filename: "a.csv", bytes: csvOf("tên,email\nA,a@b.vn\n") })).toMatchObject({ ok: false, fileErrors: [expect.stringContaining("Dòng 1: cột không dùng được: “email”")] });
    expect(await readRecipientsFile({ filename: "a.csv", bytes: csvOf("chức vụ,đơn vị\nA,B\n") })).toMatchObject({ ok: false, fileErrors: [expect.stringContaining("thiếu cột “tên”")] });
    expect(await readRecipientsFile({ filename: "a.csv", bytes: csvOf('tên\n"Văn phòng Sở\n') })).toMatchObject({ ok: false, fileErrors: [expect.stringContaining("dấu ngoặc kép mở mà không đóng")] });
    // A PNG named .csv: the bytes decide.
    expect(await readRecipientsFile({ filename: "danh-sach.csv", bytes: PNG_1X1 })).toMatchObject({ ok: false, fileErrors: [expect.stringContaining("CSV (UTF-8) hoặc Excel (XLSX)")] });
    expect(await readRecipientsFile({ filename: "a.csv", bytes: csvOf("tên\n\n") })).toMatchObject({ ok: false, fileErrors: ["Tệp không có dòng người nhận nào dưới dòng tiêu đề."] });
  });
});

describe("a decision saved from a bad file", () => {
  it("saves nothing and reports the rows beside the file field", async () => {
    const admin = actorOf(await makeUser(t.db, "admin"));
    const file = { filename: "danh-sach.csv", bytes: csvOf("tên,chức vụ,đơn vị\nVăn phòng Sở,,\n,Kỹ sư,Phòng CNTT\n") };
    const result = await createAwardDecision(admin, decisionForm(), file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.recipientsFile).toContain("Tệp, Dòng 3: thiếu tên");
    expect((await t.db.select({ n: count() }).from(awardDecisions))[0]!.n).toBe(0);
    expect((await t.db.select({ n: count() }).from(awardRecipients))[0]!.n).toBe(0);
  });
});
