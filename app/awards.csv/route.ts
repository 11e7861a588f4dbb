// GET /awards.csv: the public awards registry as CSV, with the same filters as /awards (?year= ?issuer= ?form=):
// one row per recipient, revoked decisions marked. UTF-8 with BOM for Excel, sent as an attachment.
import { connection } from "next/server";
import { awardsCsv } from "@/lib/awards/csv";
import { listCachedPublicDecisions } from "@/lib/awards/cached";
import { awardsQuery } from "@/lib/awards/validation";
import { siteUrl } from "@/lib/env";

export async function GET(req: Request): Promise<Response> {
  await connection();
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const q = awardsQuery.parse(params);
  const decisions = await listCachedPublicDecisions(q);
  const name = ["khen-thuong", q.year, q.issuer, q.form].filter(Boolean).join("-");
  return new Response(awardsCsv(decisions, siteUrl()), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}.csv"`,
      "Cache-Control": "public, max-age=60",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
