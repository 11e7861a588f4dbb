// GET /api/v1/conferences/[slug]: one published report (live edition) with its indicator rows and each
// indicator's series; 404 JSON for a draft, a report taken down or an unknown slug.
import { CACHE_TAGS } from "@/lib/cache";
import { getOpenConference } from "@/lib/open-data/conferences";
import { notFound, openDataEndpoint } from "@/lib/open-data/http";
import { noQuery, parseQuery } from "@/lib/open-data/params";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = openDataEndpoint<{ params: Promise<{ slug: string }> }>("conferences-item", async (req, { params }) => {
  parseQuery(new URL(req.url), noQuery);
  const conference = await getOpenConference((await params).slug);
  if (!conference) throw notFound("Không tìm thấy báo cáo hội nghị đã công bố với địa chỉ này.");
  return { payload: { data: conference } };
}, { cacheTag: CACHE_TAGS.news });
