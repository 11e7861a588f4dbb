// GET /api/v1/awards/recipients/[id]: one recipient's award with its decision (a revocation shown); 404 JSON
// for an unknown id or a draft decision's recipient.
import { CACHE_TAGS } from "@/lib/cache";
import { getOpenRecipient } from "@/lib/open-data/awards";
import { notFound, openDataEndpoint } from "@/lib/open-data/http";
import { noQuery, parseQuery } from "@/lib/open-data/params";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = openDataEndpoint<{ params: Promise<{ id: string }> }>("awards-recipient", async (req, { params }) => {
  parseQuery(new URL(req.url), noQuery);
  const recipient = await getOpenRecipient((await params).id);
  if (!recipient) throw notFound("Không tìm thấy người nhận khen thưởng đã công bố với mã này.");
  return { payload: { data: recipient } };
}, { cacheTag: CACHE_TAGS.awards });
