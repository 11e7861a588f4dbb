// /awards/recipients/[id]: one recipient's award, a citable and verifiable page (an employer checking a CV): who,
// what, by which decision, a revocation shown plainly, and a QR code (drawn by the portal, SVG) that opens this
// page. ISR: rendered on first visit, cached until a decision is published or revoked; drafts are a 404.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import QRCode from "qrcode";
import { getPublicRecipient } from "@/lib/awards/queries";
import { AWARD_STATUS_LABELS, awardsHref, formWording, RECIPIENT_KIND_LABELS } from "@/lib/awards/validation";
import { siteUrl } from "@/lib/env";
import { formatDate } from "@/lib/time";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { SampleBadge } from "@/app/_components/ui/sample-badge";
import { recipientHref, RevokedNotice, SAMPLE_AWARD_TEXT } from "@/app/_components/awards/decision-card";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string }> };

const loadRecipient = cache((id: string) => getPublicRecipient(id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const r = await loadRecipient((await params).id);
  if (!r) return { title: "Không tìm thấy trang" };
  const d = r.decision;
  return {
    title: `${r.name} – ${formWording(d)} năm ${d.year}`,
    description: `${r.name} được ${d.issuer} tặng ${formWording(d)} (Quyết định số ${d.decisionNumber} ngày ${formatDate(d.decisionDate)}).`,
    alternates: { canonical: recipientHref(r.id) },
  };
}

export default async function RecipientPage({ params }: Props) {
  const r = await loadRecipient((await params).id);
  if (!r) notFound();
  const d = r.decision;
  const url = `${siteUrl()}${recipientHref(r.id)}`;
  const qr = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  const revoked = d.status === "revoked";
  return (
    <article aria-labelledby="nguoi-nhan">
      <Breadcrumb items={[{ href: "/", label: "Trang chủ" }, { href: "/awards", label: "Thi đua – Khen thưởng" }, { href: awardsHref({ year: d.year }), label: `Năm ${d.year}` }, { label: r.name }]} />
      <h1 id="nguoi-nhan" className="text-2xl font-bold text-brand">
        {r.name}
      </h1>
      <p className="mt-1 text-muted">
        {RECIPIENT_KIND_LABELS[r.kind]}
        {r.jobTitle ? `, ${r.jobTitle}` : ""}
        {r.unit ? `, ${r.unit}` : ""}
      </p>
      {d.isSample ? (
        <p className="mt-2">
          <SampleBadge text={SAMPLE_AWARD_TEXT} />
        </p>
      ) : null}
      {revoked ? <RevokedNotice date={d.revocationDate} reason={d.revocationReason} /> : null}
      <div className="mt-4 flex flex-col gap-6 md:flex-row">
        <dl className="grid flex-1 gap-x-6 gap-y-2 md:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Hình thức khen thưởng</dt>
          <dd>{formWording(d)}</dd>
          <dt className="font-semibold">Cơ quan ban hành</dt>
          <dd>{d.issuer}</dd>
          <dt className="font-semibold">Quyết định</dt>
          <dd>
            Số {d.decisionNumber} ngày {formatDate(d.decisionDate)}
          </dd>
          {d.signerName ? (
            <>
              <dt className="font-semibold">Người ký</dt>
              <dd>{[d.signerTitle, d.signerName].filter(Boolean).join(" ")}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Năm thành tích</dt>
          <dd>{d.year}</dd>
          {d.reason ? (
            <>
              <dt className="font-semibold">Thành tích</dt>
              <dd>{d.reason}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Tình trạng</dt>
          <dd data-testid="recipient-status">{revoked ? `${AWARD_STATUS_LABELS.revoked} ngày ${formatDate(d.revocationDate)}` : "Còn hiệu lực"}</dd>
        </dl>
        <figure className="w-44 shrink-0">
          <div role="img" aria-label={`Mã QR mở trang này: ${url}`} className="h-44 w-44" dangerouslySetInnerHTML={{ __html: qr }} />
          <figcaption className="mt-1 text-xs text-muted">Quét mã để mở và xác minh trang này.</figcaption>
        </figure>
      </div>
      <section aria-labelledby="trich-dan" className="mt-6">
        <h2 id="trich-dan" className="text-lg font-bold">
          Trích dẫn
        </h2>
        <p className="mt-1 break-words rounded bg-gray-100 px-3 py-2 text-sm">
          {r.name}, {formWording(d)}, {d.issuer}, Quyết định số {d.decisionNumber} ngày {formatDate(d.decisionDate)}
          {revoked ? ` (đã thu hồi ngày ${formatDate(d.revocationDate)})` : ""}. {url}
        </p>
      </section>
    </article>
  );
}
