// Dossier tracking (/track; the receipt's QR code opens /track?code=…). The form posts code and phone to
// /track, which proxy.ts hands to /track/lookup (rate-limited; the pair comes back as a sealed cookie, never
// in the URL); this page then shows the dossier: status in words, the timeline notes meant for the applicant, the due date and an overdue mark,
// an open supplement request with its upload link, the apology letter with its new date, the result date, and
// after the result the rating form (5 levels). A wrong pair says only that nothing matched. Rendered per
// request and never cached (it reads a cookie: private, no-store).
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { DossierStatusBadge, OverdueMark } from "@/app/_components/dossiers/status";
import { DossierTimeline } from "@/app/_components/dossiers/timeline";
import { RadioGroup, SubmitButton, TextField, Flash } from "@/app/_components/form";
import { trackDossier, type TrackedDossier } from "@/lib/dossiers/queries";
import { openTrackPair, TRACK_COOKIE } from "@/lib/dossiers/track-cookie";
import { RATING_LABELS } from "@/lib/dossiers/validation";
import type { ActionState } from "@/lib/form/action-state";
import { formatDate, formatDateTime } from "@/lib/time";

// Per request: personal or one-time content, never prerendered or cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Tra cứu hồ sơ", robots: { index: false, follow: false } };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

const NOT_FOUND = "Không tìm thấy hồ sơ nào khớp với mã hồ sơ và số điện thoại đã nhập.";
const FIELD_ERRORS = {
  code: { trong: "Vui lòng nhập mã hồ sơ.", "dinh-dang": "Mã hồ sơ có dạng 000.00.06.H42-231027-0361." },
  phone: { trong: "Vui lòng nhập số điện thoại.", "dinh-dang": "Số điện thoại không hợp lệ (ví dụ: 0912 345 678)." },
} as const;
const RATING_OUTCOMES: Record<string, string> = {
  "cam-on": "Cảm ơn bạn đã đánh giá việc giải quyết hồ sơ.",
  "chua-chon": "Vui lòng chọn một mức độ hài lòng rồi gửi lại.",
  "khong-duoc": "Không ghi nhận được đánh giá: hồ sơ chưa có kết quả hoặc đã được đánh giá.",
  "het-phien": "Phiên tra cứu đã hết hạn. Vui lòng tra cứu lại rồi gửi đánh giá.",
};

export default async function TrackPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const sp = await searchParams;
  const askedCode = one(sp.code).trim().toUpperCase().slice(0, 60);
  const pair = openTrackPair((await cookies()).get(TRACK_COOKIE)?.value);
  // A QR code or link naming another dossier shows the form for that one, never the remembered dossier.
  const tracked = pair && (!askedCode || askedCode === pair.code) ? await trackDossier(pair.code, pair.phone) : null;

  const codeProblem = one(sp["loi-ma"]) as keyof (typeof FIELD_ERRORS)["code"];
  const phoneProblem = one(sp["loi-dien-thoai"]) as keyof (typeof FIELD_ERRORS)["phone"];
  const state: ActionState = {
    errors: {
      ...(FIELD_ERRORS.code[codeProblem] ? { code: FIELD_ERRORS.code[codeProblem] } : {}),
      ...(FIELD_ERRORS.phone[phoneProblem] ? { phone: FIELD_ERRORS.phone[phoneProblem] } : {}),
    },
  };
  const notFound = one(sp["ket-qua"]) === "khong-tim-thay";
  const supplemented = one(sp["bo-sung"]) === "da-nhan";
  const rated = RATING_OUTCOMES[one(sp["danh-gia"])];

  return (
    <>
      <h1 className="text-2xl font-bold">Tra cứu hồ sơ</h1>
      <p className="mt-2 max-w-3xl">Nhập mã hồ sơ (in trên giấy tiếp nhận) và số điện thoại đã khai khi nộp hồ sơ.</p>
      <Flash message={supplemented ? "Đã nhận giấy tờ bổ sung. Hồ sơ tiếp tục được giải quyết." : rated} testId="track-flash" className="mt-3" />

      <form method="post" action="/track" noValidate className="no-print mt-4 grid max-w-3xl gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start" data-testid="track-form">
        <TextField name="code" label="Mã hồ sơ" required autoComplete="off" maxLength={60} defaultValue={tracked?.code ?? askedCode} placeholder="000.00.14.H42-261201-0001" state={state} />
        <TextField name="phone" type="tel" label="Số điện thoại" required autoComplete="tel" maxLength={20} state={state} />
        <SubmitButton className="sm:mt-7">Tra cứu</SubmitButton>
      </form>

      {notFound ? (
        <p className="mt-6 rounded border-l-4 border-red-800 bg-red-50 p-3 font-semibold text-red-900" data-testid="track-not-found">
          {NOT_FOUND}
        </p>
      ) : null}
      {tracked ? <TrackedView d={tracked} /> : null}
    </>
  );
}

function TrackedView({ d }: { d: TrackedDossier }) {
  const resultAt = d.returnedAt ?? d.resultAt;
  return (
    <section aria-labelledby="ket-qua-tra-cuu" className="mt-8" data-testid="track-result">
      <h2 id="ket-qua-tra-cuu" className="text-xl font-bold">
        Hồ sơ {d.code}
      </h2>
      <dl className="mt-3 grid gap-x-4 gap-y-2 rounded border border-gray-300 p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Thủ tục</dt>
        <dd>
          <a href={`/services/${d.procedureCode}`}>{d.procedureName}</a>
        </dd>
        <dt className="font-semibold">Cơ quan giải quyết</dt>
        <dd>{d.agencyName}</dd>
        <dt className="font-semibold">Trạng thái</dt>
        <dd>
          <DossierStatusBadge status={d.status} />
          <OverdueMark overdue={d.overdue} />
        </dd>
        <dt className="font-semibold">Ngày nộp</dt>
        <dd>{formatDateTime(d.submittedAt)}</dd>
        <dt className="font-semibold">Ngày hẹn trả kết quả</dt>
        <dd data-testid="track-due">
          {d.apologyDueAt ? (
            <>
              {formatDate(d.apologyDueAt)} <span className="text-muted">(hẹn lại; hẹn ban đầu {formatDate(d.dueAt)})</span>
            </>
          ) : (
            formatDate(d.dueAt)
          )}
          {d.pausedAt ? <span className="block text-sm text-muted">Thời hạn tạm dừng từ {formatDate(d.pausedAt)} trong khi chờ bổ sung giấy tờ.</span> : null}
        </dd>
        {resultAt ? (
          <>
            <dt className="font-semibold">{d.returnedAt ? "Ngày trả kết quả" : "Ngày có kết quả"}</dt>
            <dd data-testid="track-result-date">{formatDate(resultAt)}</dd>
          </>
        ) : null}
      </dl>

      {d.supplement ? (
        <section aria-labelledby="yeu-cau-bo-sung" className="mt-6 rounded border-2 border-amber-700 p-4" data-testid="track-supplement">
          <h3 id="yeu-cau-bo-sung" className="font-bold">
            Yêu cầu bổ sung giấy tờ
          </h3>
          <p className="mt-2 whitespace-pre-line">{d.supplement.request}</p>
          <p className="mt-3">
            <a href={d.supplement.path} className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white no-underline" data-testid="supplement-link">
              Nộp giấy tờ bổ sung
            </a>
          </p>
          <p className="mt-2 text-sm text-muted">Đường dẫn dùng được một lần, đến hết ngày {formatDateTime(d.supplement.expiresAt)}.</p>
        </section>
      ) : null}

      {d.apologyText ? (
        <section aria-labelledby="thu-xin-loi" className="mt-6 rounded border border-gray-400 p-4" data-testid="track-apology">
          <h3 id="thu-xin-loi" className="font-bold">
            Phiếu xin lỗi và hẹn lại ngày trả kết quả
          </h3>
          {d.apologyDueAt ? <p className="mt-1">Ngày hẹn trả mới: <strong>{formatDate(d.apologyDueAt)}</strong></p> : null}
          <p className="mt-2 whitespace-pre-line">{d.apologyText}</p>
        </section>
      ) : null}

      <section aria-labelledby="qua-trinh" className="mt-6">
        <h3 id="qua-trinh" className="font-bold">
          Quá trình giải quyết
        </h3>
        <div className="mt-2">
          <DossierTimeline entries={d.timeline} />
        </div>
      </section>

      {d.canRate ? (
        <form method="post" action="/track/rate" className="no-print mt-6 max-w-xl rounded border border-gray-300 p-4" data-testid="dossier-rating-form">
          <RadioGroup
            name="rating"
            legend="Bạn có hài lòng với việc giải quyết hồ sơ này?"
            required
            options={([5, 4, 3, 2, 1] as const).map((n) => ({ value: String(n), label: RATING_LABELS[n] }))}
          />
          <SubmitButton className="mt-3">Gửi đánh giá</SubmitButton>
        </form>
      ) : d.rating ? (
        <p className="mt-6" data-testid="dossier-rated">
          Bạn đã đánh giá: <strong>{RATING_LABELS[d.rating as 1 | 2 | 3 | 4 | 5]}</strong>.
        </p>
      ) : null}
    </section>
  );
}
