// /admin/services/[id]: edit every field of a procedure, hide or show it, and upload each document's form
// file (mẫu đơn, tờ khai; public downloads on the procedure's page). Hidden procedures are edited here too.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/session";
import { getProcedureForEdit, listAgenciesForAdmin, listFieldsForAdmin } from "@/lib/services/queries";
import { formatBytes } from "@/lib/uploads/messages";
import { formatDateTime } from "@/lib/time";
import { Flash } from "@/app/_components/form";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { SampleBadge } from "@/app/_components/ui/sample-badge";
import { LevelBadge, procedureHref } from "@/app/_components/services/procedure-card";
import { ProcedureForm } from "../_components/procedure-form";
import { updateProcedureAction } from "./actions";
import { FormFileForm, VisibilityForm } from "./procedure-actions";

export const metadata: Metadata = { title: "Sửa thủ tục" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const FLASHES: Record<string, string> = {
  "da-tao": "Đã thêm thủ tục.",
  "da-luu": "Đã lưu thủ tục.",
  "da-an": "Đã ẩn thủ tục khỏi cổng.",
  "da-hien": "Thủ tục đã hiện trên cổng.",
  "da-tai-mau": "Đã tải mẫu đơn, tờ khai lên.",
  "da-go-mau": "Đã gỡ mẫu đơn, tờ khai.",
};

export default async function EditProcedurePage({ params, searchParams }: Props) {
  const actor = await requirePage("services.manage");
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const p = await getProcedureForEdit(actor, id);
  if (!p) notFound();
  const [fields, agencies] = await Promise.all([listFieldsForAdmin(actor), listAgenciesForAdmin(actor)]);
  const flashKey = Object.keys(FLASHES).find((k) => sp[k] !== undefined);
  return (
    <>
      <Breadcrumb items={[{ href: "/admin", label: "Quản trị" }, { href: "/admin/services", label: "Dịch vụ công" }, { label: p.code }]} />
      <h1 className="text-2xl font-bold">{p.name}</h1>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
        <LevelBadge level={p.level} />
        <span>Mã {p.code}</span>
        <span aria-hidden="true">·</span>
        <span data-testid="procedure-visibility">{p.published ? "Đang hiện trên cổng" : "Đang ẩn"}</span>
        <span aria-hidden="true">·</span>
        <span>Cập nhật {formatDateTime(p.updatedAt)}</span>
        {p.isSample ? <SampleBadge data /> : null}
        {p.published ? <a href={procedureHref(p.code)}>Xem trên cổng ›</a> : null}
      </p>
      <div className="mt-3">
        <Flash testId="procedure-flash" message={flashKey ? FLASHES[flashKey] : undefined} />
      </div>

      <section aria-labelledby="hien-thi" className="mt-4 rounded border border-gray-300 p-4">
        <h2 id="hien-thi" className="text-lg font-bold">
          Hiển thị
        </h2>
        <p className="mb-2 mt-1 text-sm text-muted">Thủ tục bị ẩn không còn trong danh mục, tìm kiếm và trang công khai; hồ sơ đã nộp vẫn giữ liên kết.</p>
        <VisibilityForm id={p.id} published={p.published} name={p.name} />
      </section>

      <section aria-labelledby="mau-don" className="mt-4 rounded border border-gray-300 p-4">
        <h2 id="mau-don" className="text-lg font-bold">
          Mẫu đơn, tờ khai
        </h2>
        <p className="mt-1 text-sm text-muted">Mỗi giấy tờ có thể kèm một tệp mẫu để công dân tải về. Hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp.</p>
        {p.documents.length === 0 ? <p className="mt-2">Thủ tục chưa có thành phần hồ sơ. Thêm giấy tờ trong biểu mẫu bên dưới rồi lưu.</p> : null}
        <ul className="mt-3 space-y-4">
          {p.documents.map((d) => (
            <li key={`${d.id}-${d.form?.id ?? "none"}`} className="border-b border-gray-200 pb-3" data-testid="document-form-file">
              <p className="font-semibold">{d.name}</p>
              <p className="text-sm text-muted">
                {d.form ? (
                  <>
                    Mẫu hiện tại:{" "}
                    <a href={`${procedureHref(p.code)}/forms/${d.form.id}`} download={d.form.filename}>
                      {d.form.filename}
                    </a>{" "}
                    ({formatBytes(d.form.byteSize)}){p.published ? null : " — chỉ tải được khi thủ tục hiện trên cổng"}
                  </>
                ) : (
                  "Chưa có mẫu."
                )}
              </p>
              <div className="mt-2">
                <FormFileForm documentId={d.id} documentName={d.name} hasFile={!!d.form} />
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="noi-dung-thu-tuc" className="mt-6">
        <h2 id="noi-dung-thu-tuc" className="text-lg font-bold">
          Nội dung thủ tục
        </h2>
        <div className="mt-3">
          {/* A new key after each save: the form shows the saved values rather than an earlier attempt's. */}
          <ProcedureForm key={`${p.id}-${p.version}`} action={updateProcedureAction} fields={fields} agencies={agencies} procedure={p} submitLabel="Lưu thay đổi" />
        </div>
      </section>
    </>
  );
}
