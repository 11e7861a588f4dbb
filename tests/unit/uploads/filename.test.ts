// Names a browser sends are never trusted: the stored name has no folders, no control or direction-
// override characters, a bounded length, and the extension of the detected type; the download header
// carries the Vietnamese name by RFC 5987 and an ASCII fallback.
import { describe, expect, it } from "vitest";
import { MAX_NAME_LENGTH, attachmentDisposition, cleanUploadName, safeDisplayName } from "@/lib/uploads/filename";

describe("safeDisplayName", () => {
  it.each([
    ["C:\\Users\\dan\\Desktop\\to-khai.doc", "pdf", "to-khai.pdf"],
    ["../../etc/passwd", "pdf", "passwd.pdf"],
    ["hồ sơ\u0000\u0007 xin việc.docx", "docx", "hồ sơ xin việc.docx"],
    ["anh\u202egpj.exe", "png", "anhgpj.png"],
    ["ba\u0309n sao.pdf", "pdf", "bản sao.pdf"], // decomposed (macOS) becomes composed
    ["bao<cao>:2024?.xlsx", "xlsx", "bao_cao__2024_.xlsx"],
    ["", "pdf", "tai-lieu.pdf"],
    [".pdf", "pdf", "tai-lieu.pdf"],
    ["   ...   ", "jpg", "tai-lieu.jpg"],
    ["report.tar.gz", "pdf", "report.tar.pdf"],
  ])("%j → %s", (name, ext, expected) => {
    expect(safeDisplayName(name, ext, "tai-lieu")).toBe(expected);
  });

  it("caps the length without splitting a letter", () => {
    const name = `${"Đơn đề nghị cấp giấy phép ".repeat(20)}.pdf`;
    const out = safeDisplayName(name, "pdf", "x");
    expect(Array.from(out).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(out.endsWith(".pdf")).toBe(true);
    expect(out).toBe(out.normalize("NFC"));
    expect(cleanUploadName("😀".repeat(200))).toBe("😀".repeat(MAX_NAME_LENGTH));
  });
});

describe("attachmentDisposition", () => {
  it("gives the UTF-8 name by RFC 5987 (attr-chars only) and an ASCII fallback without quotes", () => {
    const name = "Tờ khai đăng ký (bản 2)'*.pdf";
    const header = attachmentDisposition(name);
    const [head, encoded] = header.split("; filename*=UTF-8''");
    expect(head).toBe('attachment; filename="To khai dang ky (ban 2)\'*.pdf"');
    expect(encoded).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(decodeURIComponent(encoded)).toBe(name);
    expect(attachmentDisposition('a"b\\c.pdf')).toBe("attachment; filename=\"a_b_c.pdf\"; filename*=UTF-8''a%22b%5Cc.pdf");
  });
});
