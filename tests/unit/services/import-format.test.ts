// Reading import files: spreadsheet line numbers ("Dòng N", header = 1; JSON index + 2), every bad row with
// every reason, unknown columns refused, duplicate codes refused, the line formats of documents, channels and
// legal basis, and the files Excel actually writes (BOM, ";" in a Vietnamese locale, quoted multi-line cells).
import { describe, expect, it } from "vitest";
import { describeRowError, parseImportFile } from "@/lib/services/import-format";
import { importCsv, importJson, importRecord } from "../../helpers/services";

const csv = (...a: Parameters<typeof importCsv>) => parseImportFile("danh-muc.csv", importCsv(...a));

describe("parseImportFile (CSV)", () => {
  it("reads quoted multi-line cells into items", () => {
    const r = csv([importRecord({ code: "1.000948", documents: "Tờ khai | 2 | 1\nBản sao CCCD||1\nẢnh 4x6" })]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const row = r.rows[0]!;
    expect(row.line).toBe(2);
    expect(row.code).toBe("1.000948");
    expect(row.steps).toEqual(["Nộp hồ sơ tại Bộ phận một cửa", "Thẩm định hồ sơ", "Trả kết quả"]);
    expect(row.documents).toEqual([
      { name: "Tờ khai", originals: 2, copies: 1, required: true },
      { name: "Bản sao CCCD", originals: 1, copies: 1, required: true },
      { name: "Ảnh 4x6", originals: 1, copies: 0, required: true },
    ]);
    expect(row.channels[0]).toEqual({ name: "Trực tiếp", time: "10 ngày làm việc", fee: "Không" });
    expect(row.legalBasis).toEqual([{ number: "49/2010/QH12", title: "Luật Bưu chính", effectiveDate: "2011-01-01" }]);
    expect(row.agency).toEqual({ name: "Sở Thông tin và Truyền thông", code: "000.00.14.H42" });
    expect(row.nationalUrl).toBeUndefined();
  });

  it("names exactly the 3 bad rows of a 10-row file, with their spreadsheet lines and reasons", () => {
    const records = Array.from({ length: 10 }, () => importRecord());
    records[1] = importRecord({ level: "4" }); // line 3
    records[4] = importRecord({ name: "", processing_days: "mười" }); // line 6
    records[8] = importRecord({ documents: "Tờ khai | một | 0" }); // line 10
    const r = csv(records);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.rowErrors.map((e) => e.line)).toEqual([3, 6, 10]);
    expect(r.rowCount).toBe(10);
    const text = r.rowErrors.map(describeRowError);
    expect(text[0]).toMatch(/^Dòng 3 .*cột “level”: mức độ phải là 1, 2 hoặc 3/);
    expect(text[1]).toContain("cột “name”: vui lòng nhập tên thủ tục");
    expect(text[1]).toContain("cột “processing_days”");
    expect(text[2]).toContain("cột “documents”, giấy tờ thứ 1: số bản chính phải là số nguyên");
  });

  it("counts lines as a spreadsheet shows them: multi-line cells are one row, blank rows still count", () => {
    const good = importRecord();
    const bad = importRecord({ level: "x" });
    const file = Buffer.from(importCsv([good]).toString("utf8") + "\r\n" + importCsv([bad]).toString("utf8").split("\r\n").slice(1).join("\r\n"));
    const r = parseImportFile("a.csv", file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rowErrors.map((e) => e.line)).toEqual([4]);
  });

  it("refuses unknown and missing columns on line 1, importing nothing", () => {
    const r = csv([importRecord()], { columns: ["code", "name", "field", "level", "agency", "subjects", "steps", "channels", "documents", "processing_days", "fees", "result", "conditions", "legal_basis", "ghi_chu"] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fileErrors.join(" ")).toMatch(/^Dòng 1: cột không được hỗ trợ: “ghi_chu”/);
    const missing = csv([importRecord()], { columns: ["code", "name"] });
    expect(!missing.ok && missing.fileErrors.join(" ")).toContain("thiếu cột: field, level, agency");
  });

  it("refuses a code that appears twice, naming the first line", () => {
    const r = csv([importRecord({ code: "1.000948" }), importRecord(), importRecord({ code: "1.000948" })]);
    expect(!r.ok && r.rowErrors.map(describeRowError)).toEqual(["Dòng 4 (mã 1.000948): mã thủ tục 1.000948 trùng với dòng 2"]);
  });

  it("reads what Excel writes: a BOM, and ';' as delimiter in a Vietnamese locale", () => {
    const r = csv([importRecord({ fees: "Lệ phí: 50.000 đồng, nộp khi nhận kết quả" })], { delimiter: ";", bom: true });
    expect(r.ok && r.rows[0]!.fees).toBe("Lệ phí: 50.000 đồng, nộp khi nhận kết quả");
  });

  it("refuses a file that is not UTF-8, and an unclosed quote", () => {
    const latin = Buffer.from("code,name\n1.000948,C\xe1p gi\xe1y ph\xe9p\n", "latin1");
    const r = parseImportFile("a.csv", latin);
    expect(!r.ok && r.fileErrors[0]).toContain("UTF-8");
    const broken = parseImportFile("a.csv", Buffer.from(importCsv([importRecord()]).toString() + '1.000001,"Tên chưa đóng ngoặc\n'));
    expect(!broken.ok && broken.fileErrors[0]).toMatch(/^Dòng 3: dấu ngoặc kép/);
  });

  it("takes national_url when the column is there, and only https links on .gov.vn", () => {
    const columns = ["code", "name", "field", "level", "agency", "subjects", "steps", "channels", "documents", "processing_days", "fees", "result", "conditions", "legal_basis", "national_url"];
    const ok = csv([importRecord({ national_url: "https://dichvucong.gov.vn/p/home/dvc-tthc.html" })], { columns });
    expect(ok.ok && ok.rows[0]!.nationalUrl).toBe("https://dichvucong.gov.vn/p/home/dvc-tthc.html");
    const bad = csv([importRecord({ national_url: "http://example.com/x" })], { columns });
    expect(!bad.ok && describeRowError(bad.rowErrors[0]!)).toContain("cột “national_url”");
  });
});

describe("parseImportFile (JSON)", () => {
  it("names rows by array index + 2 and accepts arrays for list cells", () => {
    const rows = [importRecord(), { ...importRecord(), steps: ["Bước một", "Bước hai"] }, importRecord({ level: "0" }), { ...importRecord(), ghi_chu: "x" }];
    const r = parseImportFile("danh-muc.json", importJson(rows));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.rowErrors.map((e) => e.line)).toEqual([4, 5]);
    expect(describeRowError(r.rowErrors[1]!)).toContain("khóa không được hỗ trợ: ghi_chu");
    const fixed = parseImportFile("danh-muc.json", importJson(rows.slice(0, 2)));
    expect(fixed.ok && fixed.rows[1]!.steps).toEqual(["Bước một", "Bước hai"]);
  });

  it("refuses something that is not an array of objects", () => {
    const r = parseImportFile("x.json", Buffer.from('{"code":"1.000948"}'));
    expect(!r.ok && r.fileErrors[0]).toContain("mảng");
  });
});
