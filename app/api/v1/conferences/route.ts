// GET /api/v1/conferences: published conference reports, newest meeting first, by cursor (?limit= ?cursor=).
import { CACHE_TAGS } from "@/lib/cache";
import { CONFERENCES_LIST, conferenceKeyOf, conferencesQuery, listOpenConferences, serialiseConference } from "@/lib/open-data/conferences";
import { openDataEndpoint } from "@/lib/open-data/http";
import { pageOf } from "@/lib/open-data/page";
import { parseQuery } from "@/lib/open-data/params";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = openDataEndpoint("conferences", async (req) => {
  const q = parseQuery(new URL(req.url), conferencesQuery);
  return pageOf(req, CONFERENCES_LIST, await listOpenConferences(q), q.limit, conferenceKeyOf, serialiseConference);
}, { cacheTag: CACHE_TAGS.news });
