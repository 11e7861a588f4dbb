// One file against its kind, on real bytes: documents are recognised from their content (PDF, DOCX, XLSX,
// ODT, ODS, DOC, XLS, JPEG, PNG) whatever they are called, and impostors are refused with a Vietnamese
// message naming the file and what is allowed: HTML named .pdf, an SVG with a script, a program named
// .docx, macro-bearing or password-protected Office files, other compound files, oversized and empty files.
import { describe, expect, it } from "vitest";
import { checkUpload, detectType } from "@/lib/uploads/inspect";
import { UPLOAD_KINDS } from "@/lib/uploads/kinds";
import {
  HTML_PAGE,
  SVG_WITH_SCRIPT,
  encryptedOoxml,
  minimalDoc,
  minimalDocm,
  minimalDocx,
  minimalOpenDocument,
  minimalPdf,
  minimalXls,
  minimalXlsx,
  otherCompoundFile,
  windowsExe,
} from "../../helpers/documents";
import { GIF_1X1, PNG_1X1 } from "../../helpers/images";

/** A 1×1 baseline JPEG: SOI, JFIF, a frame header with the size, EOI. */
const JPEG_1X1 = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
  0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00, 0xff, 0xd9,
]);

describe("document kind: accepted from the bytes", () => {
  it.each([
    ["a minimal PDF", minimalPdf(), "to-khai.pdf", "application/pdf", "to-khai.pdf"],
    ["a DOCX", minimalDocx(), "don-de-nghi.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "don-de-nghi.docx"],
    ["an XLSX", minimalXlsx(), "bang-ke.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "bang-ke.xlsx"],
    ["an ODT", minimalOpenDocument("application/vnd.oasis.opendocument.text"), "don.odt", "application/vnd.oasis.opendocument.text", "don.odt"],
    ["an ODS", minimalOpenDocument("application/vnd.oasis.opendocument.spreadsheet"), "bang.ods", "application/vnd.oasis.opendocument.spreadsheet", "bang.ods"],
    ["a DOC (WordDocument in the mini stream)", minimalDoc(), "don-cu.doc", "application/msword", "don-cu.doc"],
    ["a DOC (WordDocument in regular sectors)", minimalDoc({ big: true }), "don-cu.doc", "application/msword", "don-cu.doc"],
    ["a DOC in a version 4 compound file (4 KB sectors)", minimalDoc({ version: 4 }), "don-v4.doc", "application/msword", "don-v4.doc"],
    ["a big DOC in a version 4 compound file", minimalDoc({ version: 4, big: true }), "don-v4.doc", "application/msword", "don-v4.doc"],
    ["an 8 MB DOC whose FAT needs DIFAT sectors", minimalDoc({ big: true, paddingBytes: 8 * 1024 * 1024 }), "don-8mb.doc", "application/msword", "don-8mb.doc"],
    ["an XLS", minimalXls(), "bang-cu.xls", "application/vnd.ms-excel", "bang-cu.xls"],
    ["a PNG scan", PNG_1X1, "cccd.png", "image/png", "cccd.png"],
    ["a JPEG photo", JPEG_1X1, "anh-chup.jpeg", "image/jpeg", "anh-chup.jpg"],
    ["a PDF named .docx", minimalPdf(), "hop-dong.docx", "application/pdf", "hop-dong.pdf"],
  ])("accepts %s", async (_label, bytes, name, mime, storedName) => {
    const r = await checkUpload("document", bytes, name);
    expect(r).toMatchObject({ ok: true, file: { kind: "document", mimeType: mime, filename: storedName, byteSize: bytes.length } });
    if (r.ok) {
      expect(r.file.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(Buffer.compare(r.file.bytes, bytes)).toBe(0);
    }
  });

  it("reads an image's size", async () => {
    const r = await checkUpload("document", JPEG_1X1, "a.jpg");
    expect(r).toMatchObject({ ok: true, file: { width: 1, height: 1 } });
  });
});

describe("document kind: refused", () => {
  const NOT_A_DOCUMENT = /^Tệp “.+” không phải PDF, Word \(DOC, DOCX\), Excel \(XLS, XLSX\), OpenDocument \(ODT, ODS\) hoặc ảnh JPEG, PNG\. Hệ thống kiểm tra nội dung tệp/;

  it.each([
    ["a .pdf that is really HTML", HTML_PAGE, "to-khai.pdf"],
    ["an SVG with a script", SVG_WITH_SCRIPT, "chu-ky.svg"],
    ["a Windows program renamed .docx", windowsExe(), "don-de-nghi.docx"],
    ["a macro-enabled Word file (.docm) named .docx", minimalDocm(), "don.docx"],
    ["a compound file that is neither Word nor Excel (an installer)", otherCompoundFile(), "setup.doc"],
    ["a truncated compound file", minimalDoc().subarray(0, 700), "hong.doc"],
    ["a GIF (not taken for papers)", GIF_1X1, "anh.gif"],
    ["plain text", Buffer.from("Họ và tên: Nguyễn Văn A\n"), "ghi-chu.txt"],
  ])("refuses %s, naming the file and the allowed types", async (_label, bytes, name) => {
    const r = await checkUpload("document", bytes, name);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(NOT_A_DOCUMENT);
      expect(r.error).toContain(`“${name}”`);
    }
  });

  it("refuses Word and Excel files with macros, saying why", async () => {
    for (const [bytes, name] of [
      [minimalDoc({ macros: true }), "co-macro.doc"],
      [minimalXls({ macros: true }), "co-macro.xls"],
    ] as const) {
      const r = await checkUpload("document", bytes, name);
      expect(r).toEqual({ ok: false, error: expect.stringContaining(`Tệp “${name}” có chứa macro`) });
    }
  });

  it("refuses password-protected DOCX and DOC files, saying staff could not open them", async () => {
    for (const bytes of [encryptedOoxml(), minimalDoc({ encrypted: true })]) {
      const r = await checkUpload("document", bytes, "mat-khau.docx");
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/được đặt mật khẩu/);
    }
  });

  it("refuses a file over 10 MB by its size alone, with the size in Vietnamese", async () => {
    const big = Buffer.alloc(UPLOAD_KINDS.document.maxFileBytes + 1);
    minimalPdf().copy(big);
    const r = await checkUpload("document", big, "ban-quet.pdf");
    expect(r).toEqual({ ok: false, error: "Tệp “ban-quet.pdf” quá lớn (10 MB). Dung lượng tối đa là 10 MB mỗi tệp." });
    const bigger = Buffer.alloc(Math.round(12.46 * 1024 * 1024));
    expect(await checkUpload("document", bigger, "x.pdf")).toMatchObject({ error: expect.stringContaining("(12,5 MB)") });
  });

  it("accepts exactly 10 MB", async () => {
    const exact = Buffer.alloc(UPLOAD_KINDS.document.maxFileBytes);
    minimalPdf().copy(exact);
    expect((await checkUpload("document", exact, "du-10mb.pdf")).ok).toBe(true);
  });

  it("refuses an empty file", async () => {
    expect(await checkUpload("document", new Uint8Array(0), "rong.pdf")).toEqual({ ok: false, error: expect.stringMatching(/“rong\.pdf” rỗng/) });
  });
});

describe("image kind (the media library)", () => {
  it("takes JPEG, PNG, WebP and GIF only, with the library's own words", async () => {
    expect((await checkUpload("image", PNG_1X1, "a.png")).ok).toBe(true);
    expect((await checkUpload("image", GIF_1X1, "a.gif")).ok).toBe(true);
    for (const bytes of [minimalPdf(), SVG_WITH_SCRIPT, minimalDocx()]) {
      const r = await checkUpload("image", bytes, "anh.png");
      expect(r).toMatchObject({ ok: false, error: expect.stringContaining("không phải ảnh JPEG, PNG, WebP hoặc GIF") });
    }
  });

  it("refuses an image wider than 12 000 px", async () => {
    const wide = Buffer.from(PNG_1X1);
    wide.writeUInt32BE(12_001, 16); // IHDR width
    const r = await checkUpload("image", wide, "rong.png");
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/12001×1 điểm ảnh.*tối đa 12000/) });
  });

  it("says what to do when nothing was chosen", async () => {
    expect(await checkUpload("image", new Uint8Array(0))).toEqual({ ok: false, error: "Vui lòng chọn một tệp ảnh để tải lên." });
  });
});

describe("detectType", () => {
  it("resolves compound files to Word or Excel, the reason to refuse, or nothing the portal takes", async () => {
    expect(await detectType(minimalDoc())).toEqual({ mime: "application/msword" });
    expect(await detectType(minimalXls())).toEqual({ mime: "application/vnd.ms-excel" });
    expect(await detectType(minimalXls({ macros: true }))).toEqual({ mime: null, problem: "macros" });
    expect(await detectType(encryptedOoxml())).toEqual({ mime: null, problem: "encrypted" });
    expect(await detectType(otherCompoundFile())).toEqual({ mime: null });
    expect(await detectType(windowsExe())).toEqual({ mime: "application/x-msdownload" });
  });
});
