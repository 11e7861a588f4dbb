// The receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả) at /track/receipt/<signed token>: the dossier code,
// procedure, agency, documents received, submission and due dates, and a QR code made here (qrcode, SVG,
// no outside service) that opens /track?code=<code>. Printable (the site's chrome is hidden in print).
// Rendered per request, private and never stored: it names a person's dossier (initials only).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import QRCode from "qrcode";
import { openReceipt } from "@/lib/dossiers/queries-receipt";
import { getCachedSiteSettings } from "@/lib/settings/cached";
import { formatDate, formatDateTime } from "@/lib/time";

// Per request: personal or one-time content, never prerendered or cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Giấy tiếp nhận hồ sơ", robots: { index: false, follow: false } };

export default async function ReceiptPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const r = await openReceipt((await params).token);
  if (!r) notFound();
  const [s, qr] = await Promise.all([getCachedSiteSettings(), QRCode.toString(r.trackUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" })]);
  return (
    <article aria-labelledby="giay-tiep-nhan" className="mx-auto max-w-3xl rounded border border-gray-400 p-6 print:border-0 print:p-0" data-testid="receipt">
      <header className="grid grid-cols-2 gap-4 text-center text-sm">
        <div>
          <p className="uppercase">{s.parentAuthority}</p>
          <p className="font-bold uppercase">{r.agencyName}</p>
        </div>
        <div>
          <p className="font-bold uppercase">Cộng hòa xã hội chủ nghĩa Việt Nam</p>
          <p className="font-semibold">Độc lập – Tự do – Hạnh phúc</p>
        </div>
      </header>
      <h1 id="giay-tiep-nhan" className="mt-6 text-center text-xl font-bold uppercase">
        Giấy tiếp nhận hồ sơ và hẹn trả kết quả
      </h1>
      <p className="mt-1 text-center">
        Mã hồ sơ: <strong data-testid="receipt-code">{r.code}</strong>
      </p>
      <div className="mt-6 grid gap-6 sm:grid-cols-[1fr_auto]">
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Người nộp</dt>
          <dd>{r.applicantName}</dd>
          <dt className="font-semibold">Thủ tục</dt>
          <dd data-testid="receipt-procedure">
            {r.procedureName} <span className="text-muted">(mã {r.procedureCode})</span>
          </dd>
          <dt className="font-semibold">Hình thức nộp</dt>
          <dd>Trực tuyến, trên Cổng thông tin điện tử</dd>
          <dt className="font-semibold">Thời điểm nộp</dt>
          <dd>{formatDateTime(r.submittedAt)}</dd>
          <dt className="font-semibold">Ngày hẹn trả kết quả</dt>
          <dd data-testid="receipt-due">
            <strong>{formatDate(r.dueAt)}</strong>
          </dd>
        </dl>
        <figure className="text-center">
          <div role="img" aria-label={`Mã QR mở trang tra cứu hồ sơ ${r.code}`} className="mx-auto h-36 w-36 [&>svg]:h-full [&>svg]:w-full" data-testid="receipt-qr" dangerouslySetInnerHTML={{ __html: qr }} />
          <figcaption className="mt-1 text-xs">Quét để tra cứu hồ sơ</figcaption>
        </figure>
      </div>
      <section aria-labelledby="giay-to-da-nhan" className="mt-6">
        <h2 id="giay-to-da-nhan" className="font-bold">
          Giấy tờ đã nhận
        </h2>
        {r.documents.length ? (
          <ol className="mt-2 list-decimal space-y-1 pl-6" data-testid="receipt-documents">
            {r.documents.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ol>
        ) : (
          <p className="mt-2 text-muted">Không có tệp đính kèm.</p>
        )}
      </section>
      <p className="mt-6 text-sm">
        Ngày hẹn trả tính theo ngày làm việc (không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ) và có thể lùi lại nếu hồ sơ phải bổ sung giấy tờ.
        Theo dõi hồ sơ tại <a href={r.trackUrl} className="underline">{r.trackUrl.replace(/\?.*$/, "")}</a> với mã hồ sơ và số điện thoại đã khai. Phí, lệ phí (nếu
        có) nộp và kết quả nhận tại bộ phận một cửa của {r.agencyName}.
      </p>
      <p className="no-print mt-6 flex flex-wrap gap-4">
        <span className="text-sm text-muted">In giấy này bằng chức năng In của trình duyệt (Ctrl+P).</span>
        <a href={`/track?code=${encodeURIComponent(r.code)}`} data-testid="receipt-track-link">
          Tra cứu hồ sơ
        </a>
      </p>
    </article>
  );
}
