// /admin/conferences/[id]: one report: its status, the steps this person may take now (from the workflow's
// availableTransitions, never decided here), the form (editing the open edition, or opening a new one once
// published) and the editions history.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/session";
import { getConferenceForEdit, listIndicators } from "@/lib/conferences/queries";
import { conferenceEditionWorkflow, conferenceWorkflow } from "@/lib/conferences/workflow";
import { CONFERENCE_STATUS_LABELS, EDITION_STATUS_LABELS } from "@/lib/conferences/validation";
import { listMediaForPicker } from "@/lib/media/queries";
import { formatDateTime } from "@/lib/time";
import { availableTransitions, blockedTransitions } from "@/lib/workflow/engine";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { Flash } from "@/app/_components/form";
import { StepForms } from "../../news/_components/step-forms";
import { ConferenceForm } from "../_components/conference-form";
import { DONE_MESSAGES } from "../_components/form-data";
import { initialFrom } from "../_components/initial";
import { conferenceEditionStepAction, conferenceStepAction, saveConferenceAction } from "./actions";

export const metadata: Metadata = { title: "Sửa báo cáo hội nghị" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditConferencePage({ params, searchParams }: Props) {
  const actor = await requirePage("conferences.write");
  const r = await getConferenceForEdit(actor, (await params).id);
  if (!r) notFound();
  const ok = (await searchParams).ok;
  const [indicators, media] = await Promise.all([listIndicators(actor), listMediaForPicker()]);
  const { conference: c, edition } = r;
  const editionRecord = { ...edition, conference: c };
  const editionSteps = r.open ? availableTransitions(conferenceEditionWorkflow, editionRecord, actor) : [];
  const blocked = r.open ? blockedTransitions(conferenceEditionWorkflow, editionRecord, actor) : [];
  const reportSteps = availableTransitions(conferenceWorkflow, c, actor);
  return (
    <>
      <Breadcrumb items={[{ href: "/admin", label: "Quản trị" }, { href: "/admin/conferences", label: "Hội nghị" }, { label: edition.title || "Báo cáo" }]} />
      <h1 className="text-2xl font-bold">{edition.title || "Báo cáo hội nghị"}</h1>
      <Flash message={typeof ok === "string" ? DONE_MESSAGES[ok] : undefined} testId="conference-flash" />
      <div className="mt-4 grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <ConferenceForm
            action={saveConferenceAction}
            initial={initialFrom(r)}
            indicators={indicators.map((i) => ({ id: i.id, label: i.unit ? `${i.name} (${i.unit})` : i.name }))}
            media={media}
            submitLabel={r.open ? "Lưu" : "Lưu thành ấn bản mới"}
          />
        </div>
        <aside className="space-y-4" aria-label="Trạng thái và thao tác">
          <section className="space-y-2 rounded border border-gray-300 p-3" aria-labelledby="trang-thai">
            <h2 id="trang-thai" className="font-bold">
              Trạng thái
            </h2>
            <p data-testid="conference-status">{CONFERENCE_STATUS_LABELS[c.status]}</p>
            {c.status === "published" ? (
              <p>
                <a href={`/conferences/${c.slug}`}>Xem trên cổng</a>
              </p>
            ) : null}
            {r.open ? (
              <p data-testid="edition-status">
                Ấn bản {edition.number}: {EDITION_STATUS_LABELS[edition.status]}
                {c.liveEditionId ? " (bạn đọc vẫn thấy bản đang đăng cho đến khi ấn bản này được đăng)" : ""}
              </p>
            ) : (
              <p className="text-sm text-muted">Lưu biểu mẫu sẽ tạo một ấn bản mới; bản đang đăng giữ nguyên cho đến khi ấn bản mới được duyệt.</p>
            )}
            {blocked.map((b) => (
              <p key={b.name} className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="author-cannot-approve">
                {b.reason}
              </p>
            ))}
            <StepForms steps={editionSteps} id={edition.id} actionFor={(step) => conferenceEditionStepAction.bind(null, step)} scheduleDefault="" />
            <StepForms steps={reportSteps} id={c.id} actionFor={(step) => conferenceStepAction.bind(null, step)} scheduleDefault="" />
          </section>
          <section className="rounded border border-gray-300 p-3" aria-labelledby="an-ban">
            <h2 id="an-ban" className="font-bold">
              Các ấn bản
            </h2>
            <ol className="mt-2 space-y-2 text-sm" data-testid="edition-history">
              {r.history.map((h) => (
                <li key={h.id}>
                  <span className="font-semibold">Ấn bản {h.number}</span>: {EDITION_STATUS_LABELS[h.status]}
                  {h.authorName ? ` · soạn: ${h.authorName}` : ""}
                  {h.publishedAt ? ` · đăng ${formatDateTime(h.publishedAt)}` : ` · tạo ${formatDateTime(h.createdAt)}`}
                  {h.skipReviewReason ? <span className="block text-muted">Đăng không qua duyệt: {h.skipReviewReason}</span> : null}
                  {h.closedReason ? <span className="block text-muted">{h.closedReason}</span> : null}
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </>
  );
}
