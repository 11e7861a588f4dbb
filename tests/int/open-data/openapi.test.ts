// /api/v1/openapi.json is a valid OpenAPI 3.1 document (checked against the official schema by
// @seriousme/openapi-schema-validator), and every path it describes answers 200 on the demo content with a body
// its response schema accepts (ajv, JSON Schema 2020-12, unknown properties refused), and 404 or 400 as described.
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as getAwards } from "@/app/api/v1/awards/route";
import { GET as getRecipient } from "@/app/api/v1/awards/recipients/[id]/route";
import { GET as getNewsItem } from "@/app/api/v1/news/[slug]/route";
import { GET as getNews } from "@/app/api/v1/news/route";
import { GET as getConference } from "@/app/api/v1/conferences/[slug]/route";
import { GET as getConferences } from "@/app/api/v1/conferences/route";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getService } from "@/app/api/v1/services/[code]/route";
import { GET as getServices } from "@/app/api/v1/services/route";
import { DEMO_CONFERENCE_SLUG, REFERENCE_SLUG, seedDemoAwards, seedDemoConference, seedDemoContent, seedDemoServices } from "@/db/seed";
import { listPublicDecisions } from "@/lib/awards/queries";
import { OPEN_DATA_PATHS } from "@/lib/open-data/openapi";
import { useTestDb } from "../../helpers/db";
import { makePublishedDecision } from "../../helpers/awards";

const t = useTestDb();

type Handler = (req: Request, ctx: never) => Promise<Response>;
const HANDLERS: Record<string, Handler> = {
  "/news": getNews,
  "/news/{slug}": getNewsItem,
  "/services": getServices,
  "/services/{code}": getService,
  "/awards": getAwards,
  "/awards/recipients/{id}": getRecipient,
  "/conferences": getConferences,
  "/conferences/{slug}": getConference,
  "/indicators": getIndicators,
  "/openapi.json": getOpenApi,
};

async function call(template: string, params: Record<string, string>, query = ""): Promise<Response> {
  // Both slugs are called "slug" in their paths: the conference's comes from its own key.
  const own = template.startsWith("/conferences/") ? { ...params, slug: params.conferenceSlug! } : params;
  const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(own[name]!));
  return HANDLERS[template]!(new Request(`http://localhost:3000/api/v1${path}${query}`), { params: Promise.resolve(own) } as never);
}

async function loadDocument() {
  const res = await call("/openapi.json", {});
  expect(res.status).toBe(200);
  return (await res.json()) as { paths: Record<string, { get: { responses: Record<string, unknown>; parameters: { $ref: string }[] } }> };
}

function validatorFor(doc: object) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: "openapi.json" });
  const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
  return (path: string, status: string) => {
    const response = (doc as { paths: Record<string, { get: { responses: Record<string, { $ref?: string }> } }> }).paths[path]!.get.responses[status]!;
    // A response given by reference (#/components/responses/…) is followed to its place in the document.
    const at = response.$ref ? response.$ref.slice(1) : `/${pointer("paths", path, "get", "responses", status)}`;
    return ajv.compile({ $ref: `openapi.json#${at}/content/application~1json/schema` });
  };
}

describe("the OpenAPI document", () => {
  beforeEach(async () => {
    await seedDemoContent(t.db);
    await seedDemoServices(t.db);
    await seedDemoAwards(t.db);
    await seedDemoConference(t.db);
    // A revoked decision too, so its shape is checked against the schema.
    await makePublishedDecision(t.db, { status: "revoked", revokedAt: new Date(), revocationReason: "Sai đối tượng", revocationDate: "2014-03-05", year: 2012 });
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    const doc = await loadDocument();
    const validator = new Validator();
    const result = await validator.validate(doc as Record<string, unknown>);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    // Every $ref resolves.
    expect(() => validator.resolveRefs()).not.toThrow();
    // The check is not vacuous: a document missing its info, or with a path not starting with "/", fails.
    const { info: _info, ...noInfo } = doc as Record<string, unknown>;
    expect((await new Validator().validate(noInfo)).valid).toBe(false);
    expect((await new Validator().validate({ ...doc, paths: { news: doc.paths["/news"] } })).valid).toBe(false);
  });

  it("describes exactly the paths the API serves, and each answers 200 with a body matching its schema", async () => {
    const doc = await loadDocument();
    expect(Object.keys(doc.paths).sort()).toEqual(Object.keys(HANDLERS).sort());
    expect(OPEN_DATA_PATHS.sort()).toEqual(Object.keys(HANDLERS).sort());
    const schemaOf = validatorFor(doc);
    const [decision] = await listPublicDecisions({ year: 2013 });
    const params = { slug: REFERENCE_SLUG, conferenceSlug: DEMO_CONFERENCE_SLUG, code: "", id: String(decision!.recipients[0]!.id) };
    const services = await (await call("/services", {}, "?limit=1")).json();
    params.code = services.data[0].code;

    for (const path of Object.keys(doc.paths)) {
      const res = await call(path, params);
      const body = await res.json();
      expect(res.status, path).toBe(200);
      const validate = schemaOf(path, "200");
      expect(validate(body) ? null : { path, errors: validate.errors }).toBeNull();
      if (Array.isArray(body.data)) expect(body.data.length, path).toBeGreaterThan(0);
    }
    // A field the document does not describe is refused (the schemas are closed).
    const news = await (await call("/news", {})).json();
    expect(schemaOf("/news", "200")({ ...news, data: [{ ...news.data[0], status: "draft" }] })).toBe(false);
    // The revoked decision's shape is covered too.
    const awards = await (await call("/awards", {}, "?year=2012")).json();
    expect(awards.data[0].status).toBe("revoked");
    expect(schemaOf("/awards", "200")(awards)).toBe(true);
  });

  it("describes the refusals: 404 for an unknown item, 400 for a bad parameter, both as its Error schema", async () => {
    const doc = await loadDocument();
    const schemaOf = validatorFor(doc);
    for (const path of Object.keys(doc.paths).filter((p) => p.includes("{"))) {
      const res = await call(path, { slug: "khong-co-bai-nay", conferenceSlug: "khong-co-hoi-nghi-nay", code: "9.999999.X", id: "999999" });
      expect(res.status, path).toBe(404);
      expect(schemaOf(path, "404")(await res.json()), path).toBe(true);
    }
    for (const path of Object.keys(doc.paths)) {
      const res = await call(path, { slug: REFERENCE_SLUG, conferenceSlug: DEMO_CONFERENCE_SLUG, code: "1.0", id: "1" }, "?khong_ho_tro=1");
      expect(res.status, path).toBe(400);
      expect(schemaOf(path, "400")(await res.json()), path).toBe(true);
    }
  });
});
