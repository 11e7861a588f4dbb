// The level-3 online dossier form (/services/1.000948/apply): the applicant's details, consent (Decree
// 13/2023), one upload per document of the procedure. Rendered per request (each form carries its own
// submission key, so a post repeated by refresh, double click or back-and-resubmit makes one dossier).
// Other levels get a clear message and the way back. Works without JavaScript: a plain multipart post.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { SampleBadge } from "@/app/_components/ui/sample-badge";
import { LevelBadge, procedureHref } from "@/app/_components/services/procedure-card";
import { newSubmissionKey } from "@/lib/dossiers/mutations";
import { formatNumber } from "@/lib/format";
import { getPublicProcedure } from "@/lib/services/queries";
import { acceptAttribute, FORM_TOTALS, uploadKind } from "@/lib/uploads/kinds";
import { formatBytes } from "@/lib/uploads/messages";
import { submitDossierAction } from "./actions";
import { ApplyForm } from "./apply-form";

// Per request: personal or one-time content, never prerendered or cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Nộp hồ sơ trực tuyến", robots: { index: false, follow: false } };

type Props = { params: Promise<{ code: string }> };

export default async function ApplyPage({ params }: Props) {
  await connection();
  const p = await getPublicProcedure((await params).code);
  if (!p) notFound();
  const href = procedureHref(p.code);
  const crumbs = [
    { href: "/", label: "Trang chủ" },
    { href: "/services", label: "Dịch vụ công" },
    { href, label: p.name },
  ];
  if (p.level !== 3) {
    return (
      <>
        <Breadcrumb items={crumbs} />
        <h1 className="text-2xl font-bold">Thủ tục này không nộp hồ sơ trực tuyến</h1>
        <p className="mt-3" data-testid="not-online">
          Thủ tục “{p.name}” là <LevelBadge level={p.level} />: hồ sơ nộp trực tiếp hoặc qua dịch vụ bưu chính tại {p.agencyName}. Chỉ các thủ
          tục mức độ 3 (một phần) mới nhận hồ sơ trực tuyến trên cổng này.
        </p>
        <p className="mt-4">
          <a href={href}>‹ Xem thông tin thủ tục và tải mẫu đơn</a>
        </p>
      </>
    );
  }
  const spec = uploadKind("document");
  return (
    <>
      <Breadcrumb items={crumbs} />
      <h1 className="text-2xl font-bold leading-snug">Nộp hồ sơ trực tuyến</h1>
      <p className="mt-2 text-lg">{p.name}</p>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <LevelBadge level={p.level} />
        <span className="text-muted">Mã thủ tục: {p.code}</span>
        <span className="text-muted">Thời hạn giải quyết: {formatNumber(p.processingDays)} ngày làm việc</span>
      </p>
      {p.isSample ? (
        <p className="mt-2">
          <SampleBadge data long />
        </p>
      ) : null}
      <p className="mt-4 max-w-3xl">
        Điền thông tin người nộp, tải lên từng giấy tờ của hồ sơ rồi bấm “Nộp hồ sơ”. Sau khi nộp, bạn nhận được mã hồ sơ và giấy tiếp nhận
        có ngày hẹn trả kết quả; dùng mã hồ sơ và số điện thoại để tra cứu tại <a href="/track" className="underline">trang tra cứu hồ sơ</a>. Các mục có dấu * là
        bắt buộc.
      </p>
      <ApplyForm
        action={submitDossierAction.bind(null, p.code)}
        submissionKey={newSubmissionKey()}
        documents={p.documents.map((d) => ({ id: d.id, name: d.name, required: d.required, originals: d.originals, copies: d.copies }))}
        accept={acceptAttribute("document")}
        allowed={spec.typesText}
        maxFile={formatBytes(spec.maxFileBytes)}
        maxTotal={formatBytes(FORM_TOTALS.dossier)}
      />
    </>
  );
}
