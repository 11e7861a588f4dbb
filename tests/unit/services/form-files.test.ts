// The demo form templates made in code are real files of the types they claim: the upload checks (type read
// from the bytes) accept them as a staff member's upload would be accepted.
import { describe, expect, it } from "vitest";
import { formDocx, formPdf } from "@/db/seed-data/form-files";
import { checkUpload } from "@/lib/uploads/inspect";

describe("demo form files", () => {
  it("a generated DOCX is a Word document", async () => {
    const r = await checkUpload("document", formDocx("Đơn đề nghị cấp giấy phép", ["Kính gửi: Sở Thông tin và Truyền thông"]), "don.docx");
    expect(r.ok && r.file.mimeType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  });

  it("a generated PDF is a PDF", async () => {
    const r = await checkUpload("document", formPdf(["Tờ khai đăng ký", "Họ tên: ..."]), "to-khai.pdf");
    expect(r.ok && r.file.mimeType).toBe("application/pdf");
  });
});
