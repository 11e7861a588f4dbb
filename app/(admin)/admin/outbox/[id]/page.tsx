// /admin/outbox/[id]: one message in full, as the applicant receives it (staff and administrators,
// "outbox.read"). Opening it writes an "outbox.open" audit entry (lib/mail/queries.ts). The text version is
// shown; an HTML version is never rendered here (it is not sanitised for this page).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/session";
import { MAIL_STATUS_LABELS, mailKindLabel, mailRelatedLabel } from "@/lib/mail/kinds";
import { openOutboxMessage } from "@/lib/mail/queries";
import { formatDateThenTime } from "@/lib/time";

export const metadata: Metadata = { title: "Thư trong hộp thư đi" };

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-gray-200 py-2 md:grid-cols-[12rem_1fr]">
      <dt className="font-semibold">{label}</dt>
      <dd className="[overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("outbox.read");
  const { id } = await params;
  const m = await openOutboxMessage(actor, id);
  if (!m) notFound();
  return (
    <>
      <p>
        <a href="/admin/outbox">‹ Hộp thư đi</a>
      </p>
      <h1 className="mt-2 text-2xl font-bold" data-testid="outbox-subject">
        {m.subject}
      </h1>
      <dl className="mt-4 max-w-3xl text-sm">
        <Row label="Người nhận">{m.recipient}</Row>
        <Row label="Loại thư">{mailKindLabel(m.kind)}</Row>
        {m.relatedEntity ? <Row label="Liên quan">{`${mailRelatedLabel(m.relatedEntity)} #${m.relatedId}`}</Row> : null}
        <Row label="Tạo lúc">{formatDateThenTime(m.createdAt)}</Row>
        <Row label="Trạng thái">
          <span data-testid="outbox-status">{MAIL_STATUS_LABELS[m.status]}</span>
          {m.sentAt ? ` (gửi lúc ${formatDateThenTime(m.sentAt)})` : null}
        </Row>
        {m.attempts > 0 ? <Row label="Số lần gửi">{m.attempts}</Row> : null}
        {m.lastError ? <Row label="Lỗi lần gửi gần nhất">{m.lastError}</Row> : null}
        {m.messageId ? <Row label="Mã thư (Message-ID)">{m.messageId}</Row> : null}
      </dl>
      <h2 className="mt-6 text-lg font-bold">Nội dung</h2>
      {m.htmlBody ? <p className="mt-1 text-sm text-muted">Thư có thêm bản định dạng HTML; dưới đây là bản văn bản người nhận cũng nhận được.</p> : null}
      <pre className="mt-2 max-w-3xl whitespace-pre-wrap rounded border border-gray-300 bg-gray-50 p-4 font-sans text-base" data-testid="outbox-text">
        {m.textBody}
      </pre>
    </>
  );
}
