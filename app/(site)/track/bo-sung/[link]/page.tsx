// The supplement upload page (/track/bo-sung/<request id>.<token>, the link on the tracking page and in the
// e-mail): what staff asked for, one file input per requested document (or one "supplement" input when none
// was named), an optional note. The link works once, for one dossier, until it expires; anything else gets
// one message that says so. Rendered per request, never cached; works without JavaScript.
import type { Metadata } from "next";
import { connection } from "next/server";
import { findSupplementRequest } from "@/lib/dossiers/queries-receipt";
import { formatDateTime } from "@/lib/time";
import { acceptAttribute, FORM_TOTALS, uploadKind } from "@/lib/uploads/kinds";
import { formatBytes } from "@/lib/uploads/messages";
import { submitSupplementAction } from "./actions";
import { SupplementForm } from "./supplement-form";

// Per request: personal or one-time content, never prerendered or cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Nộp bổ sung giấy tờ", robots: { index: false, follow: false } };

export default async function SupplementPage({ params }: { params: Promise<{ link: string }> }) {
  await connection();
  const link = decodeURIComponent((await params).link).slice(0, 200);
  const req = await findSupplementRequest(link);
  if (!req) {
    return (
      <>
        <h1 className="text-2xl font-bold">Nộp bổ sung giấy tờ</h1>
        <p className="mt-4 rounded border-l-4 border-red-800 bg-red-50 p-3" data-testid="supplement-invalid">
          Đường dẫn bổ sung không hợp lệ, đã được dùng hoặc đã hết hạn. Vui lòng <a href="/track" className="underline">tra cứu hồ sơ</a> để xem yêu cầu mới nhất, hoặc
          liên hệ cơ quan giải quyết.
        </p>
      </>
    );
  }
  const spec = uploadKind("document");
  return (
    <>
      <h1 className="text-2xl font-bold">Nộp bổ sung giấy tờ</h1>
      <p className="mt-2">
        Hồ sơ <strong data-testid="supplement-code">{req.code}</strong>. Đường dẫn dùng được một lần, đến {formatDateTime(req.expiresAt)}.
      </p>
      <section aria-labelledby="noi-dung-yeu-cau" className="mt-4 max-w-3xl rounded border-2 border-amber-700 p-4">
        <h2 id="noi-dung-yeu-cau" className="font-bold">
          Cơ quan giải quyết yêu cầu bổ sung
        </h2>
        <p className="mt-2 whitespace-pre-line" data-testid="supplement-request">
          {req.request}
        </p>
      </section>
      <SupplementForm
        action={submitSupplementAction.bind(null, link)}
        documents={req.documents}
        accept={acceptAttribute("document")}
        allowed={spec.typesText}
        maxFile={formatBytes(spec.maxFileBytes)}
        maxTotal={formatBytes(FORM_TOTALS.dossier)}
      />
    </>
  );
}
