// GET /api/v1/awards: public award decisions with their recipients (revoked ones marked), by cursor
// (?limit= ?cursor= ?year= ?issuer= ?form=).
import { CACHE_TAGS } from "@/lib/cache";
import { AWARDS_LIST, awardKeyOf, awardsApiQuery, listOpenAwards, serialiseAward } from "@/lib/open-data/awards";
import { openDataEndpoint } from "@/lib/open-data/http";
import { pageOf } from "@/lib/open-data/page";
import { parseQuery } from "@/lib/open-data/params";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = openDataEndpoint("awards", async (req) => {
  const q = parseQuery(new URL(req.url), awardsApiQuery);
  return pageOf(req, AWARDS_LIST, await listOpenAwards(q), q.limit, awardKeyOf, serialiseAward);
}, { cacheTag: CACHE_TAGS.awards });
