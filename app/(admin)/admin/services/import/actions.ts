"use server";
// The import page's two steps. Preview: read the uploaded file and answer with every bad row or the plan.
// Apply: import exactly the previewed bytes, refused if the catalogue changed since the preview. Both check the
// session and "services.import" (administrators) themselves (runAction); lib/services checks again and audits.
import { redirect } from "next/navigation";
import { revalidatePublicServices } from "@/lib/cache";
import { formFile, formText } from "@/lib/form/form-data";
import { runAction } from "@/lib/form/run-action";
import { formatBytes } from "@/lib/uploads/messages";
import { describeRowError } from "@/lib/services/import-format";
import { previewImport, type ImportReport } from "@/lib/services/import";
import { importProcedures } from "@/lib/services/mutations";
import { SHOWN_ROWS, WEB_IMPORT_MAX_BYTES, type ImportReportView, type ImportState } from "./state";

const REFUSED = "Tệp có lỗi, chưa có gì được nhập. Sửa các dòng dưới đây rồi tải tệp lên lại.";

const reportView = (r: ImportReport): ImportReportView => ({ fileErrors: r.fileErrors, rowErrors: r.rowErrors.map(describeRowError), rowCount: r.rowCount });

export async function previewImportAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  return runAction("services.import", async (actor) => {
    const file = formFile(formData, "file");
    if (!file) return { ok: false, errors: { file: "Vui lòng chọn tệp CSV hoặc JSON." }, message: "Vui lòng chọn tệp để nhập." };
    if (file.size > WEB_IMPORT_MAX_BYTES) {
      return { ok: false, errors: { file: `Tệp ${formatBytes(file.size)}, lớn hơn ${formatBytes(WEB_IMPORT_MAX_BYTES)}: hãy chia nhỏ tệp hoặc dùng lệnh npm run services:import.` }, message: "Tệp quá lớn." };
    }
    const bytes = Buffer.from(await file.arrayBuffer());
    const preview = await previewImport(actor, { filename: file.name, bytes });
    if (!preview.ok) return { ok: false, message: REFUSED, report: reportView(preview.report) };
    const { plan } = preview;
    const interesting = [...plan.rows.filter((r) => r.action !== "unchanged"), ...plan.rows.filter((r) => r.action === "unchanged")];
    return {
      ok: true,
      message: "Tệp hợp lệ. Xem lại những gì sẽ thay đổi rồi bấm “Nhập vào danh mục”.",
      preview: {
        filename: file.name.slice(0, 200),
        content: bytes.toString("base64"),
        digest: plan.digest,
        format: preview.format,
        counts: plan.counts,
        newFields: plan.newFields,
        newAgencies: plan.newAgencies,
        rows: interesting.slice(0, SHOWN_ROWS),
        total: plan.rows.length,
      },
    };
  });
}

export async function applyImportAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  return runAction("services.import", async (actor) => {
    const content = formText(formData, "content", Math.ceil((WEB_IMPORT_MAX_BYTES * 4) / 3) + 8);
    const filename = formText(formData, "filename", 200) || "danh-muc.csv";
    const digest = formText(formData, "digest", 100);
    if (!content || !digest) return { ok: false, message: "Thiếu tệp đã xem trước. Vui lòng tải tệp lên và xem trước lại." };
    const result = await importProcedures(actor, { filename, bytes: Buffer.from(content, "base64") }, { expectedDigest: digest });
    if (!result.ok) return { ok: false, message: result.errors._form ?? REFUSED, report: result.report ? reportView(result.report) : undefined };
    revalidatePublicServices();
    const v = result.value;
    redirect(`/admin/services/import?da-nhap=${v.sha256.slice(0, 12)}&moi=${v.created}&sua=${v.updated}&giu=${v.unchanged}`);
  });
}
