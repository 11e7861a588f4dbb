// /admin/awards/new: a new award decision (saved as a draft) with its recipients.
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { DecisionForm } from "../_components/decision-form";
import { createDecisionAction } from "./actions";

export const metadata: Metadata = { title: "Thêm quyết định khen thưởng" };

export default async function NewDecisionPage() {
  await requirePage("awards.manage");
  return (
    <>
      <Breadcrumb items={[{ href: "/admin", label: "Quản trị" }, { href: "/admin/awards", label: "Thi đua – Khen thưởng" }, { label: "Thêm quyết định" }]} />
      <h1 className="text-2xl font-bold">Thêm quyết định khen thưởng</h1>
      <p className="mt-1 text-sm text-muted">Quyết định được lưu dưới dạng bản nháp; kiểm tra lại rồi bấm “Công bố” để đưa lên cổng.</p>
      <div className="mt-4">
        <DecisionForm action={createDecisionAction} submitLabel="Lưu bản nháp" />
      </div>
    </>
  );
}
