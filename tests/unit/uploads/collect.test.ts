// Several file inputs of one form in one call: every bad file gets its own field error at once, required
// inputs left empty are named, optional ones come back as null, and the sum of all files is held to the
// form's total (a dossier: 30 MB) even when each file is within its own 10 MB.
import { describe, expect, it } from "vitest";
import { collectUploads, type UploadField } from "@/lib/uploads/collect";
import { FORM_TOTALS, MB } from "@/lib/uploads/kinds";
import { HTML_PAGE, SVG_WITH_SCRIPT, minimalDocx, minimalPdf, windowsExe } from "../../helpers/documents";
import { PNG_1X1 } from "../../helpers/images";

const DOSSIER = [
  { field: "doc_1", kind: "document", required: true, label: "Tờ khai đề nghị" },
  { field: "doc_2", kind: "document", required: true, label: "Bản sao Căn cước công dân" },
  { field: "doc_3", kind: "document", required: true, label: "Giấy xác nhận" },
  { field: "doc_4", kind: "document", label: "Giấy tờ khác (nếu có)" },
] as const satisfies readonly UploadField[];

function form(parts: Record<string, { bytes: Uint8Array; name: string; type?: string } | string | undefined>): FormData {
  const fd = new FormData();
  fd.set("fullName", "Nguyễn Văn A");
  for (const [field, part] of Object.entries(parts)) {
    if (part === undefined) fd.append(field, new File([], "", { type: "application/octet-stream" })); // an unchosen input
    else if (typeof part === "string") fd.append(field, part);
    else fd.append(field, new File([new Uint8Array(part.bytes)], part.name, { type: part.type ?? "application/pdf" }));
  }
  return fd;
}

/** A PDF padded to `mb` megabytes (still a real PDF at the start). */
function pdfOf(mb: number): Uint8Array {
  const b = Buffer.alloc(Math.round(mb * MB));
  minimalPdf().copy(b);
  return b;
}

describe("collectUploads", () => {
  it("returns every file, checked and named, with null for an optional input left empty", async () => {
    const r = await collectUploads(
      form({
        doc_1: { bytes: minimalPdf(), name: "to-khai.pdf" },
        doc_2: { bytes: PNG_1X1, name: "C:\\fakepath\\cccd mặt trước.png", type: "image/png" },
        doc_3: { bytes: minimalDocx(), name: "xac-nhan.docx" },
        doc_4: undefined,
      }),
      DOSSIER,
      { maxTotalBytes: FORM_TOTALS.dossier },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.doc_1).toMatchObject({ filename: "to-khai.pdf", mimeType: "application/pdf" });
    expect(r.value.doc_2).toMatchObject({ filename: "cccd mặt trước.png", mimeType: "image/png" });
    expect(r.value.doc_3).toMatchObject({ filename: "xac-nhan.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
    expect(r.value.doc_4).toBeNull();
  });

  it("reports every bad file at once, each beside its own input", async () => {
    const r = await collectUploads(
      form({
        doc_1: { bytes: HTML_PAGE, name: "to-khai.pdf" },
        doc_2: { bytes: SVG_WITH_SCRIPT, name: "cccd.svg", type: "image/svg+xml" },
        doc_3: { bytes: windowsExe(), name: "xac-nhan.docx" },
        doc_4: { bytes: pdfOf(10.5), name: "khac.pdf" },
      }),
      DOSSIER,
      { maxTotalBytes: FORM_TOTALS.dossier },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(["doc_1", "doc_2", "doc_3", "doc_4"]);
    expect(r.errors.doc_1).toMatch(/^Tệp “to-khai\.pdf” không phải PDF, Word/);
    expect(r.errors.doc_2).toMatch(/^Tệp “cccd\.svg” không phải PDF, Word/);
    expect(r.errors.doc_3).toMatch(/^Tệp “xac-nhan\.docx” không phải PDF, Word/);
    expect(r.errors.doc_4).toBe("Tệp “khac.pdf” quá lớn (10,5 MB). Dung lượng tối đa là 10 MB mỗi tệp.");
  });

  it("names each required input left empty (or posted as text), and takes no extra files", async () => {
    const r = await collectUploads(form({ doc_1: undefined, doc_2: "not-a-file", doc_3: { bytes: minimalPdf(), name: "a.pdf" } }), DOSSIER);
    expect(r).toEqual({
      ok: false,
      errors: { doc_1: "Vui lòng chọn tệp cho mục “Tờ khai đề nghị”.", doc_2: "Vui lòng chọn tệp cho mục “Bản sao Căn cước công dân”." },
    });
  });

  it("refuses two files posted under one input", async () => {
    const fd = form({ doc_1: { bytes: minimalPdf(), name: "a.pdf" }, doc_2: { bytes: minimalPdf(), name: "b.pdf" }, doc_3: { bytes: minimalPdf(), name: "c.pdf" } });
    fd.append("doc_3", new File([new Uint8Array(minimalPdf())], "d.pdf"));
    const r = await collectUploads(fd, DOSSIER);
    expect(r).toEqual({ ok: false, errors: { doc_3: "Mục “Giấy xác nhận” chỉ nhận một tệp." } });
  });

  it("holds the sum of the files to the form's total, with the total in Vietnamese", async () => {
    const r = await collectUploads(
      form({
        doc_1: { bytes: pdfOf(9.5), name: "a.pdf" },
        doc_2: { bytes: pdfOf(9.5), name: "b.pdf" },
        doc_3: { bytes: pdfOf(9.5), name: "c.pdf" },
        doc_4: { bytes: pdfOf(2), name: "d.pdf" },
      }),
      DOSSIER,
      { maxTotalBytes: FORM_TOTALS.dossier },
    );
    expect(r).toEqual({
      ok: false,
      errors: {
        _form: "Tổng dung lượng các tệp (30,5 MB) vượt quá mức cho phép 30 MB cho một lần gửi. Vui lòng giảm dung lượng tệp (ví dụ quét với độ phân giải thấp hơn) rồi gửi lại.",
      },
    });
    // Just under the total: accepted.
    const fits = await collectUploads(
      form({ doc_1: { bytes: pdfOf(9.9), name: "a.pdf" }, doc_2: { bytes: pdfOf(9.9), name: "b.pdf" }, doc_3: { bytes: pdfOf(9.9), name: "c.pdf" } }),
      DOSSIER,
      { maxTotalBytes: FORM_TOTALS.dossier },
    );
    expect(fits.ok).toBe(true);
  });

  it("reports the total together with the bad files", async () => {
    const r = await collectUploads(
      form({ doc_1: { bytes: pdfOf(12), name: "a.pdf" }, doc_2: { bytes: pdfOf(12), name: "b.pdf" }, doc_3: { bytes: pdfOf(9), name: "c.pdf" } }),
      DOSSIER,
      { maxTotalBytes: FORM_TOTALS.dossier },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(["_form", "doc_1", "doc_2"]);
  });
});

describe("sizeErrors (the browser's check before sending)", () => {
  it("says what the server would say about each file and the total, without reading any bytes", async () => {
    const { sizeErrors } = await import("@/lib/uploads/precheck");
    const file = (name: string, mb: number) => ({ name, size: Math.round(mb * MB) });
    expect(
      sizeErrors(
        [
          { field: "doc_1", kind: "document", file: file("a.pdf", 9.5) },
          { field: "doc_2", kind: "document", file: file("C:\\x\\b.pdf", 12) },
          { field: "doc_3", kind: "document", file: file("c.pdf", 9.5) },
          { field: "doc_4", kind: "document", file: null },
        ],
        FORM_TOTALS.dossier,
      ),
    ).toEqual({
      doc_2: "Tệp “b.pdf” quá lớn (12 MB). Dung lượng tối đa là 10 MB mỗi tệp.",
      _form: expect.stringMatching(/^Tổng dung lượng các tệp \(31 MB\)/),
    });
    expect(sizeErrors([{ field: "doc_1", kind: "document", file: file("a.pdf", 9) }], FORM_TOTALS.dossier)).toEqual({});
  });
});
