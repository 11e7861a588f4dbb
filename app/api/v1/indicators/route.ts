// GET /api/v1/indicators: the indicators of published conference reports in code order, each as its series over
// the years (target, result, share reached), by cursor (?limit= ?cursor=).
import { CACHE_TAGS } from "@/lib/cache";
import { conferencesQuery, INDICATORS_LIST, indicatorKeyOf, listOpenIndicatorSeries, serialiseSeries } from "@/lib/open-data/conferences";
import { openDataEndpoint } from "@/lib/open-data/http";
import { pageOf } from "@/lib/open-data/page";
import { parseQuery } from "@/lib/open-data/params";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = openDataEndpoint("indicators", async (req) => {
  const q = parseQuery(new URL(req.url), conferencesQuery);
  return pageOf(req, INDICATORS_LIST, await listOpenIndicatorSeries(q), q.limit, indicatorKeyOf, serialiseSeries);
}, { cacheTag: CACHE_TAGS.news });
