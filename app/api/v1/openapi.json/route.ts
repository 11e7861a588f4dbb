// GET /api/v1/openapi.json: the OpenAPI 3.1 description of the open data API (lib/open-data/openapi.ts).
import { openDataEndpoint } from "@/lib/open-data/http";
import { openApiDocument } from "@/lib/open-data/openapi";
import { apiUrl } from "@/lib/open-data/page";
import { noQuery, parseQuery } from "@/lib/open-data/params";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = openDataEndpoint("openapi", async (req) => {
  parseQuery(new URL(req.url), noQuery);
  return { payload: openApiDocument(apiUrl("")) };
});
