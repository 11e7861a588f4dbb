// /admin/services/new: a new procedure, every field of the record.
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { listAgenciesForAdmin, listFieldsForAdmin } from "@/lib/services/queries";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { ProcedureForm } from "../_components/procedure-form";
import { createProcedureAction } from "./actions";

export const metadata: Metadata = { title: "Thêm thủ tục" };

export default async function NewProcedurePage() {
  const actor = await requirePage("services.manage");
  const [fields, agencies] = await Promise.all([listFieldsForAdmin(actor), listAgenciesForAdmin(actor)]);
  return (
    <>
      <Breadcrumb items={[{ href: "/admin", label: "Quản trị" }, { href: "/admin/services", label: "Dịch vụ công" }, { label: "Thêm thủ tục" }]} />
      <h1 className="text-2xl font-bold">Thêm thủ tục hành chính</h1>
      {fields.length === 0 || agencies.length === 0 ? (
        <p className="mt-2 text-accent">
          Cần có ít nhất một lĩnh vực và một cơ quan thực hiện: <a href="/admin/services/catalog">thêm ở trang Lĩnh vực và cơ quan</a>.
        </p>
      ) : null}
      <div className="mt-4">
        <ProcedureForm action={createProcedureAction} fields={fields} agencies={agencies} submitLabel="Lưu thủ tục" />
      </div>
    </>
  );
}
