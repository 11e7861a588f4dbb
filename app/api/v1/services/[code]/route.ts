// GET /api/v1/services/[code]: one published procedure, the whole record; 404 JSON when unknown or hidden.
import { CACHE_TAGS } from "@/lib/cache";
import { notFound, openDataEndpoint } from "@/lib/open-data/http";
import { noQuery, parseQuery } from "@/lib/open-data/params";
import { getOpenService } from "@/lib/open-data/services";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = openDataEndpoint<{ params: Promise<{ code: string }> }>("services-item", async (req, { params }) => {
  parseQuery(new URL(req.url), noQuery);
  const procedure = await getOpenService((await params).code);
  if (!procedure) throw notFound("Không tìm thấy thủ tục đang công khai với mã này.");
  return { payload: { data: procedure } };
}, { cacheTag: CACHE_TAGS.services });
