// One award decision as citizens read it: who issued what to whom ("3 tập thể và 3 cá nhân"), number, date,
// signer and reason, a revocation clearly marked, sample data marked, and each recipient linking to its page.
import { countInWords, formWording, RECIPIENT_KIND_LABELS, type AwardForm, type AwardStatus, type RecipientKind } from "@/lib/awards/validation";
import { formatDate } from "@/lib/time";
import { SampleBadge } from "@/app/_components/ui/sample-badge";

export const SAMPLE_AWARD_TEXT = "Dữ liệu mẫu – người nhận và số quyết định chỉ để minh họa";

export type DecisionView = {
  id: number;
  form: AwardForm;
  title: string;
  issuer: string;
  decisionNumber: string;
  decisionDate: string;
  year: number;
  reason: string;
  signerName: string;
  signerTitle: string;
  status: AwardStatus;
  revocationReason: string | null;
  revocationDate: string | null;
  isSample: boolean;
  recipients: { id: number; kind: RecipientKind; name: string; jobTitle: string; unit: string }[];
};

export const recipientHref = (id: number) => `/awards/recipients/${id}`;

export function RevokedNotice({ date, reason }: { date: string | null; reason: string | null }) {
  return (
    <p className="mt-2 rounded border-2 border-red-700 bg-red-50 px-3 py-2 font-semibold text-red-900" data-testid="revoked-notice">
      Đã thu hồi ngày {formatDate(date)}. Lý do: {reason}
    </p>
  );
}

export function DecisionCard({ d, headingLevel = 3 }: { d: DecisionView; headingLevel?: 2 | 3 }) {
  const collectives = d.recipients.filter((r) => r.kind === "collective").length;
  const H = headingLevel === 2 ? "h2" : "h3";
  const revoked = d.status === "revoked";
  return (
    <article className={`mt-4 rounded border p-4 ${revoked ? "border-red-700" : "border-gray-300"}`} aria-labelledby={`qd-${d.id}`} data-testid="award-decision">
      <H id={`qd-${d.id}`} className="text-lg font-bold">
        {revoked ? <span className="mr-2 rounded bg-red-800 px-1.5 py-0.5 text-sm text-white">Đã thu hồi</span> : null}
        {d.issuer} tặng {formWording(d)} cho {countInWords(collectives, d.recipients.length - collectives)}
      </H>
      <p className="mt-1 text-sm text-muted">
        Quyết định số {d.decisionNumber} ngày {formatDate(d.decisionDate)}
        {d.signerName ? `, ${[d.signerTitle, d.signerName].filter(Boolean).join(" ")} ký` : ""}. Năm thành tích {d.year}.
      </p>
      {d.isSample ? (
        <p className="mt-1">
          <SampleBadge text={SAMPLE_AWARD_TEXT} />
        </p>
      ) : null}
      {d.reason ? <p className="mt-2">Thành tích: {d.reason}</p> : null}
      {revoked ? <RevokedNotice date={d.revocationDate} reason={d.revocationReason} /> : null}
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {d.recipients.map((r) => (
          <li key={r.id}>
            <a href={recipientHref(r.id)} className="underline">{r.name}</a>
            <span className="text-muted">
              {" "}
              ({RECIPIENT_KIND_LABELS[r.kind]}
              {r.jobTitle ? `, ${r.jobTitle}` : ""}
              {r.unit ? `, ${r.unit}` : ""})
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}
