// GET /api/v1/services: published procedures in code order, by cursor (?limit= ?cursor= ?field= ?level= ?agency=).
import { CACHE_TAGS } from "@/lib/cache";
import { openDataEndpoint } from "@/lib/open-data/http";
import { pageOf } from "@/lib/open-data/page";
import { parseQuery } from "@/lib/open-data/params";
import { listOpenServices, serialiseService, SERVICES_LIST, serviceKeyOf, servicesQuery } from "@/lib/open-data/services";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = openDataEndpoint("services", async (req) => {
  const q = parseQuery(new URL(req.url), servicesQuery);
  return pageOf(req, SERVICES_LIST, await listOpenServices(q), q.limit, serviceKeyOf, serialiseService);
}, { cacheTag: CACHE_TAGS.services });
