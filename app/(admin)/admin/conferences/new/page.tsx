// /admin/conferences/new: a new conference report (its first edition, a draft).
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { listIndicators } from "@/lib/conferences/queries";
import { listMediaForPicker } from "@/lib/media/queries";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { ConferenceForm } from "../_components/conference-form";
import { EMPTY_CONFERENCE } from "../_components/initial";
import { createConferenceAction } from "./actions";

export const metadata: Metadata = { title: "Thêm báo cáo hội nghị" };

export default async function NewConferencePage() {
  const actor = await requirePage("conferences.write");
  const [indicators, media] = await Promise.all([listIndicators(actor), listMediaForPicker()]);
  return (
    <>
      <Breadcrumb items={[{ href: "/admin", label: "Quản trị" }, { href: "/admin/conferences", label: "Hội nghị" }, { label: "Thêm báo cáo" }]} />
      <h1 className="text-2xl font-bold">Thêm báo cáo hội nghị</h1>
      <div className="mt-4">
        <ConferenceForm
          action={createConferenceAction}
          initial={EMPTY_CONFERENCE}
          indicators={indicators.map((i) => ({ id: i.id, label: i.unit ? `${i.name} (${i.unit})` : i.name }))}
          media={media}
          submitLabel="Lưu bản nháp"
        />
      </div>
    </>
  );
}
