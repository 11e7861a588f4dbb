// /admin/awards/[id]: one award decision. A draft is edited here (fields and recipients), published or deleted;
// a published decision is shown as issued and may be revoked with a reason; a revoked one is shown, marked.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/session";
import { getDecisionForEdit } from "@/lib/awards/queries";
import { AWARD_STATUS_LABELS, countInWords, formWording, RECIPIENT_KIND_LABELS } from "@/lib/awards/validation";
import { listCategoriesForAdmin } from "@/lib/categories/queries";
import { formatDate, formatDateTime } from "@/lib/time";
import { Flash } from "@/app/_components/form";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { SampleBadge } from "@/app/_components/ui/sample-badge";
import { DecisionForm } from "../_components/decision-form";
import { updateDecisionAction } from "./actions";
import { DeleteForm, PublishForm, RevokeForm } from "./step-forms";

export const metadata: Metadata = { title: "Quyết định khen thưởng" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const FLASHES: Record<string, string> = {
  "da-tao": "Đã lưu bản nháp quyết định.",
  "da-luu": "Đã lưu bản nháp quyết định.",
  "da-cong-bo": "Đã công bố quyết định trên cổng.",
  "da-cong-bo-chua-co-tin": "Đã công bố quyết định, nhưng chưa tạo được bản nháp tin bài: hãy viết tin trong mục Tin bài.",
  "da-thu-hoi": "Đã thu hồi quyết định; hồ sơ vẫn được giữ và đánh dấu đã thu hồi.",
};

export default async function DecisionPage({ params, searchParams }: Props) {
  const actor = await requirePage("awards.manage");
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const d = await getDecisionForEdit(actor, id);
  if (!d) notFound();
  const flashKey = Object.keys(FLASHES).find((k) => sp[k] !== undefined);
  const articleId = typeof sp.tin === "string" && /^\d+$/.test(sp.tin) ? sp.tin : null;
  const collectives = d.recipients.filter((r) => r.kind === "collective").length;
  const categories = d.status === "draft" ? await listCategoriesForAdmin(actor) : [];
  return (
    <>
      <Breadcrumb items={[{ href: "/admin", label: "Quản trị" }, { href: "/admin/awards", label: "Thi đua – Khen thưởng" }, { label: `Số ${d.decisionNumber}` }]} />
      <h1 className="text-2xl font-bold">
        {formWording(d)} – Quyết định số {d.decisionNumber}
      </h1>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
        <span data-testid="award-status">{AWARD_STATUS_LABELS[d.status]}</span>
        <span aria-hidden="true">·</span>
        <span>{d.issuer}</span>
        <span aria-hidden="true">·</span>
        <span>{countInWords(collectives, d.recipients.length - collectives)}</span>
        <span aria-hidden="true">·</span>
        <span>Cập nhật {formatDateTime(d.updatedAt)}</span>
        {d.isSample ? <SampleBadge data /> : null}
      </p>
      <Flash message={flashKey ? FLASHES[flashKey] : undefined} testId="award-flash" className="mt-3" />
      {articleId ? (
        <p className="mt-2 text-sm">
          Bản nháp tin bài đã được tạo: <a href={`/admin/news/${articleId}`}>mở bản nháp tin</a> (biên tập viên duyệt rồi đăng).
        </p>
      ) : null}

      {d.status === "draft" ? (
        <>
          <section aria-labelledby="cong-bo" className="mt-4">
            <h2 id="cong-bo" className="mb-2 text-lg font-bold">
              Công bố
            </h2>
            <PublishForm id={d.id} categories={categories.map((c) => ({ id: c.id, name: c.name }))} />
          </section>
          <section aria-labelledby="sua" className="mt-6">
            <h2 id="sua" className="mb-2 text-lg font-bold">
              Sửa bản nháp
            </h2>
            <DecisionForm action={updateDecisionAction} decision={d} submitLabel="Lưu bản nháp" />
          </section>
          <div className="mt-6">
            <DeleteForm id={d.id} />
          </div>
        </>
      ) : (
        <>
          <dl className="mt-4 grid gap-x-6 gap-y-2 md:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Ngày quyết định</dt>
            <dd>{formatDate(d.decisionDate)}</dd>
            <dt className="font-semibold">Năm thành tích</dt>
            <dd>{d.year}</dd>
            <dt className="font-semibold">Người ký</dt>
            <dd>{[d.signerName, d.signerTitle].filter(Boolean).join(", ") || "—"}</dd>
            <dt className="font-semibold">Thành tích</dt>
            <dd>{d.reason || "—"}</dd>
            <dt className="font-semibold">Công bố</dt>
            <dd>{formatDateTime(d.publishedAt)}</dd>
            {d.status === "revoked" ? (
              <>
                <dt className="font-semibold text-accent">Thu hồi</dt>
                <dd data-testid="award-revocation">
                  ngày {formatDate(d.revocationDate)}: {d.revocationReason}
                </dd>
              </>
            ) : null}
          </dl>
          <p className="mt-2 text-sm text-muted">Quyết định đã công bố không sửa được; nếu có sai sót, hãy thu hồi và ban hành quyết định mới.</p>
          {d.status === "published" ? (
            <div className="mt-4">
              <RevokeForm id={d.id} />
            </div>
          ) : null}
          <h2 className="mt-6 text-lg font-bold">Người nhận</h2>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {d.recipients.map((r) => (
              <li key={r.id}>
                <a href={`/awards/recipients/${r.id}`}>{r.name}</a> ({RECIPIENT_KIND_LABELS[r.kind]}
                {r.jobTitle ? `, ${r.jobTitle}` : ""}
                {r.unit ? `, ${r.unit}` : ""})
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
