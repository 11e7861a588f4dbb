// The OpenAPI 3.1 description of the open data API, served at /api/v1/openapi.json. Written by hand beside the
// serialisers in lib/open-data (schemas use JSON Schema 2020-12, additionalProperties false), and held to them
// by tests/int/open-data/openapi.test.ts: the document validates, and every path answers with a body its schema
// accepts. Pure data: no server imports.
import { AWARD_FORMS } from "@/lib/awards/validation";
import { DEFAULT_LIMIT, MAX_AGE_SECONDS, MAX_LIMIT } from "./params";

type Schema = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = (description?: string): Schema => ({ type: "string", ...(description ? { description } : {}) });
const nullable = (s: Schema): Schema => ({ ...s, type: [s.type as string, "null"] });
const int = (description?: string): Schema => ({ type: "integer", ...(description ? { description } : {}) });
const obj = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: "object",
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});
const uri: Schema = { type: "string", format: "uri" };
const dateTime: Schema = { type: "string", format: "date-time" };
const date: Schema = { type: "string", format: "date" };
const arrayOf = (items: Schema): Schema => ({ type: "array", items });

const slugAndName = obj({ slug: str(), name: str() });

const schemas: Record<string, Schema> = {
  Error: obj({
    error: {
      ...obj({
        code: { type: "string", enum: ["invalid_parameter", "unknown_parameter", "invalid_cursor", "not_found", "method_not_allowed", "server_error"] },
        message: str("Thông báo bằng tiếng Việt"),
        details: arrayOf(obj({ parameter: str(), message: str() })),
      }),
      required: ["code", "message"],
    },
  }),
  Pagination: obj(
    {
      limit: int("Số mục tối đa của trang này"),
      nextCursor: nullable(str("Giá trị cursor của trang sau; null khi đây là trang cuối")),
      next: nullable({ ...uri, description: "Địa chỉ đầy đủ của trang sau; null khi đây là trang cuối" }),
    },
    "Phân trang bằng con trỏ (cursor): gọi lại với ?cursor=nextCursor (giữ nguyên các tham số lọc) cho tới khi nextCursor là null.",
  ),
  Image: nullable(obj({ url: uri, alt: str("Văn bản thay thế") })),
  NewsItem: obj({
    id: int(),
    slug: str(),
    title: str(),
    summary: str("Sapo"),
    category: slugAndName,
    author: str(),
    source: str(),
    publishedAt: dateTime,
    updatedAt: dateTime,
    image: ref("Image"),
    isSample: { type: "boolean", description: "Dữ liệu mẫu (không phải tin thật)" },
    url: uri,
  }),
  Service: obj({
    code: str("Mã thủ tục, ví dụ 1.000948"),
    name: str(),
    level: { type: "integer", enum: [1, 2, 3], description: "Mức độ theo Nghị định 43/2011/NĐ-CP" },
    levelName: str(),
    field: slugAndName,
    agency: obj({ slug: str(), name: str(), code: str() }),
    processingDays: int("Thời hạn giải quyết (ngày làm việc)"),
    nationalUrl: nullable({ ...uri, description: "Liên kết trên Cổng dịch vụ công quốc gia" }),
    onlineSubmissionUrl: nullable({ ...uri, description: "Nộp hồ sơ trực tuyến (mức độ 3)" }),
    updatedAt: dateTime,
    isSample: { type: "boolean" },
    isGenerated: { type: "boolean", description: "Dữ liệu tạo tự động để đo tải" },
    url: uri,
  }),
  AwardRecipient: obj({
    id: int(),
    kind: { type: "string", enum: ["collective", "individual"] },
    kindName: str("Tập thể / Cá nhân"),
    name: str(),
    jobTitle: str("Chức vụ (cá nhân)"),
    unit: str("Đơn vị (cá nhân)"),
    url: { ...uri, description: "Trang trích dẫn, kiểm chứng được" },
  }),
  AwardDecision: obj({
    id: int(),
    status: { type: "string", enum: ["in_force", "revoked"], description: "revoked: quyết định đã bị thu hồi, không còn giá trị" },
    inForce: { type: "boolean" },
    statusName: str(),
    revocation: nullable(obj({ reason: str(), date: nullable(date), revokedAt: nullable(dateTime) })),
    form: { type: "string", enum: [...AWARD_FORMS] },
    formName: str(),
    title: str(),
    issuer: slugAndName,
    decisionNumber: str(),
    decisionDate: date,
    year: int(),
    reason: str("Thành tích"),
    signer: obj({ name: str(), title: str() }),
    conferenceSlug: nullable(str()),
    publishedAt: nullable(dateTime),
    updatedAt: dateTime,
    isSample: { type: "boolean" },
  }),
};

const seriesValue = nullable(obj({ value: nullable({ type: "number" }), note: str() }));
schemas.Conference = obj({
  slug: str(),
  title: str(),
  heldOn: { ...date, description: "Ngày họp" },
  timeOfDay: str("Buổi (sáng, chiều…)"),
  place: str(),
  summary: str(),
  publishedAt: nullable(dateTime),
  updatedAt: dateTime,
  isSample: { type: "boolean" },
  url: uri,
  apiUrl: uri,
});
schemas.IndicatorSeries = obj(
  {
    code: str("Mã chỉ tiêu"),
    name: str(),
    unit: str(),
    points: arrayOf(
      obj({
        year: int(),
        target: seriesValue,
        result: seriesValue,
        shareReached: nullable(
          obj(
            { percent: { type: "number" }, basis: { type: "string", enum: ["computed", "stated"], description: "computed: kết quả / kế hoạch × 100; stated: tỷ lệ nguồn nêu" } },
            "Tỷ lệ đạt so với kế hoạch; null khi không có kế hoạch và nguồn không nêu tỷ lệ",
          ),
        ),
      }),
    ),
  },
  "Một chỉ tiêu qua các năm, từ mọi báo cáo hội nghị đã công bố",
);

// Composite schemas: repeat the parts rather than allOf, so additionalProperties false holds on the whole object.
const newsItem = schemas.NewsItem as { properties: Record<string, Schema> };
schemas.NewsArticle = obj({
  ...newsItem.properties,
  bodyHtml: str("Nội dung (HTML đã làm sạch; liên kết tuyệt đối)"),
  rating: obj({ count: int(), average: { type: "number", minimum: 0, maximum: 5 } }),
});
const service = schemas.Service as { properties: Record<string, Schema> };
schemas.ServiceRecord = obj({
  ...service.properties,
  agency: obj({ slug: str(), name: str(), code: str(), address: str(), phone: str() }),
  kind: str(),
  subjects: str("Đối tượng thực hiện"),
  steps: arrayOf(str()),
  channels: arrayOf(obj({ name: str(), time: str(), fee: str() })),
  documents: arrayOf(
    obj({
      name: str(),
      originals: int("Số bản chính"),
      copies: int("Số bản sao"),
      required: { type: "boolean" },
      form: nullable(obj({ filename: str(), mimeType: str(), byteSize: int(), url: uri })),
    }),
  ),
  fees: str(),
  result: str(),
  conditions: str(),
  legalBasis: arrayOf(obj({ number: str(), title: str(), effectiveDate: nullable(str()) })),
  publishingDecision: str(),
});
const decision = schemas.AwardDecision as { properties: Record<string, Schema> };
schemas.Award = obj({ ...decision.properties, recipients: arrayOf(ref("AwardRecipient")) });
const recipient = schemas.AwardRecipient as { properties: Record<string, Schema> };
schemas.RecipientAward = obj({ ...recipient.properties, decision: ref("AwardDecision") });

const conference = schemas.Conference as { properties: Record<string, Schema> };
schemas.ConferenceRecord = obj({
  ...conference.properties,
  chairs: str("Chủ trì"),
  attendees: str("Thành phần tham dự"),
  speechesHtml: str("Phát biểu (HTML đã làm sạch)"),
  directionsHtml: str("Chỉ đạo (HTML đã làm sạch)"),
  photos: arrayOf(obj({ url: uri, caption: str(), alt: str(), width: nullable(int()), height: nullable(int()) })),
  indicatorRows: arrayOf(
    obj({
      code: str(),
      name: str(),
      unit: str(),
      year: int(),
      kind: { type: "string", enum: ["result", "target"], description: "result: kết quả; target: kế hoạch / chỉ tiêu" },
      value: nullable({ type: "number" }),
      statedSharePercent: nullable({ type: "number", description: "Tỷ lệ % kế hoạch do nguồn nêu" }),
      note: str(),
    }),
  ),
  series: arrayOf(ref("IndicatorSeries")),
});

const listOf = (item: string) => obj({ data: arrayOf(ref(item)), pagination: ref("Pagination") });
const one = (item: string) => obj({ data: ref(item) });
schemas.NewsList = listOf("NewsItem");
schemas.ServiceList = listOf("Service");
schemas.AwardList = listOf("Award");
schemas.ConferenceList = listOf("Conference");
schemas.IndicatorSeriesList = listOf("IndicatorSeries");
schemas.ConferenceRecordResponse = one("ConferenceRecord");
schemas.NewsArticleResponse = one("NewsArticle");
schemas.ServiceRecordResponse = one("ServiceRecord");
schemas.RecipientAwardResponse = one("RecipientAward");
schemas.OpenApiDocument = { type: "object", description: "Tài liệu OpenAPI 3.1 này", required: ["openapi", "info", "paths"] };

const query = (name: string, description: string, schema: Schema) => ({ name, in: "query", required: false, description, schema });
const parameters: Record<string, Schema> = {
  limit: query("limit", `Số mục mỗi trang (1–${MAX_LIMIT}, mặc định ${DEFAULT_LIMIT})`, { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT }),
  cursor: query("cursor", "Con trỏ trang sau (pagination.nextCursor của trang trước)", { type: "string", pattern: "^[A-Za-z0-9_-]{1,400}$" }),
  category: query("category", "Chuyên mục (slug)", { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }),
  field: query("field", "Lĩnh vực (slug)", { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }),
  agency: query("agency", "Cơ quan thực hiện (slug)", { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }),
  level: query("level", "Mức độ", { type: "integer", enum: [1, 2, 3] }),
  year: query("year", "Năm khen thưởng", { type: "integer", minimum: 1945, maximum: 2100 }),
  issuer: query("issuer", "Cơ quan ban hành (slug)", { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }),
  form: query("form", "Hình thức khen thưởng", { type: "string", enum: [...AWARD_FORMS] }),
  slug: { name: "slug", in: "path", required: true, description: "Địa chỉ (slug) của bài viết", schema: { type: "string", pattern: "^[a-z0-9-]{1,200}$" } },
  conferenceSlug: { name: "slug", in: "path", required: true, description: "Địa chỉ (slug) của báo cáo hội nghị", schema: { type: "string", pattern: "^[a-z0-9-]{1,140}$" } },
  code: { name: "code", in: "path", required: true, description: "Mã thủ tục", schema: { type: "string" } },
  id: { name: "id", in: "path", required: true, description: "Mã người nhận", schema: { type: "string", pattern: "^[1-9][0-9]{0,9}$" } },
};
const p = (name: string) => ({ $ref: `#/components/parameters/${name}` });

const okHeaders = {
  ETag: { description: "Mã băm SHA-256 của nội dung; gửi lại trong If-None-Match để nhận 304", schema: { type: "string" } },
  "Cache-Control": { description: `public, max-age=${MAX_AGE_SECONDS}`, schema: { type: "string" } },
  "Access-Control-Allow-Origin": { description: "*", schema: { type: "string" } },
};
const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });
const responses: Record<string, Schema> = {
  NotModified: { description: "Không thay đổi so với ETag trong If-None-Match", headers: okHeaders },
  BadRequest: errorResponse("Tham số không hợp lệ hoặc không được hỗ trợ"),
  NotFound: errorResponse("Không tìm thấy (hoặc chưa công bố)"),
  ServerError: errorResponse("Lỗi máy chủ"),
};
const r = (name: string) => ({ $ref: `#/components/responses/${name}` });

function get(o: { operationId: string; summary: string; description: string; params: string[]; schema: string; list: boolean }) {
  return {
    get: {
      operationId: o.operationId,
      summary: o.summary,
      description: o.description,
      parameters: o.params.map(p),
      responses: {
        "200": {
          description: "Thành công",
          headers: o.list ? { ...okHeaders, Link: { description: 'Trang sau: <…>; rel="next"', schema: { type: "string" } } } : okHeaders,
          content: { "application/json": { schema: ref(o.schema) } },
        },
        "304": r("NotModified"),
        "400": r("BadRequest"),
        ...(o.list ? {} : { "404": r("NotFound") }),
        "500": r("ServerError"),
      },
    },
  };
}

const paths: Record<string, unknown> = {
  "/news": get({
    operationId: "listNews",
    summary: "Tin bài đã công bố",
    description: "Chỉ tin đã xuất bản và đã đến giờ đăng; mới nhất trước (thời điểm đăng, rồi id).",
    params: ["limit", "cursor", "category"],
    schema: "NewsList",
    list: true,
  }),
  "/news/{slug}": get({ operationId: "getNews", summary: "Một tin bài", description: "Nội dung đầy đủ và đánh giá của một tin đã công bố.", params: ["slug"], schema: "NewsArticleResponse", list: false }),
  "/services": get({
    operationId: "listServices",
    summary: "Thủ tục hành chính",
    description: "Các thủ tục đang công khai, theo mã thủ tục.",
    params: ["limit", "cursor", "field", "level", "agency"],
    schema: "ServiceList",
    list: true,
  }),
  "/services/{code}": get({ operationId: "getService", summary: "Một thủ tục", description: "Toàn bộ thông tin một thủ tục đang công khai.", params: ["code"], schema: "ServiceRecordResponse", list: false }),
  "/awards": get({
    operationId: "listAwards",
    summary: "Quyết định khen thưởng",
    description: "Quyết định đã công bố, kể cả quyết định đã thu hồi (status = revoked, inForce = false); không có bản nháp. Năm mới nhất trước, rồi ngày quyết định.",
    params: ["limit", "cursor", "year", "issuer", "form"],
    schema: "AwardList",
    list: true,
  }),
  "/awards/recipients/{id}": get({
    operationId: "getAwardRecipient",
    summary: "Một người nhận khen thưởng",
    description: "Khen thưởng của một tập thể hoặc cá nhân, kèm quyết định (và việc thu hồi nếu có).",
    params: ["id"],
    schema: "RecipientAwardResponse",
    list: false,
  }),
  "/conferences": get({
    operationId: "listConferences",
    summary: "Báo cáo hội nghị",
    description: "Báo cáo hội nghị đã công bố (bản đang hiệu lực), cuộc họp mới nhất trước.",
    params: ["limit", "cursor"],
    schema: "ConferenceList",
    list: true,
  }),
  "/conferences/{slug}": get({
    operationId: "getConference",
    summary: "Một báo cáo hội nghị",
    description: "Toàn bộ báo cáo: chủ trì, thành phần, phát biểu, chỉ đạo, ảnh, các dòng chỉ tiêu (kết quả, kế hoạch) và chuỗi số liệu của từng chỉ tiêu.",
    params: ["conferenceSlug"],
    schema: "ConferenceRecordResponse",
    list: false,
  }),
  "/indicators": get({
    operationId: "listIndicatorSeries",
    summary: "Chuỗi số liệu chỉ tiêu",
    description: "Các chỉ tiêu có trong báo cáo hội nghị đã công bố, theo mã; mỗi chỉ tiêu là chuỗi số liệu theo năm (kế hoạch, kết quả, tỷ lệ đạt).",
    params: ["limit", "cursor"],
    schema: "IndicatorSeriesList",
    list: true,
  }),
  "/openapi.json": get({ operationId: "getOpenApi", summary: "Tài liệu OpenAPI", description: "Mô tả OpenAPI 3.1 của các địa chỉ trên.", params: [], schema: "OpenApiDocument", list: false }),
};

/** The document, with the server's public address. */
export function openApiDocument(apiBase: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Dữ liệu mở – Cổng thông tin điện tử Sở Thông tin và Truyền thông",
      version: "1.0.0",
      description:
        "Dữ liệu công khai, chỉ đọc, định dạng JSON: tin bài, thủ tục hành chính, khen thưởng, báo cáo hội nghị và chuỗi số liệu chỉ tiêu. Chỉ dữ liệu đã công bố. " +
        `Phân trang bằng con trỏ (limit tối đa ${MAX_LIMIT}); ETag và If-None-Match (304); Cache-Control public, max-age=${MAX_AGE_SECONDS}; ` +
        "CORS cho mọi nguồn (GET, HEAD, OPTIONS; không gửi thông tin đăng nhập). Lỗi trả về JSON có mã (code) và thông báo tiếng Việt.",
    },
    servers: [{ url: apiBase }],
    paths,
    components: { schemas, parameters, responses },
  };
}

/** Every path the document describes (the tests call each one). */
export const OPEN_DATA_PATHS = Object.keys(paths);
