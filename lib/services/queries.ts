// Reads of the public-services catalogue: the public catalogue, one procedure and its form files (only what
// isPublicProcedure allows: hidden procedures never reach a citizen), the home block and the sitemap; and the
// back office's lists, which authorise first. Search ignores diacritics and case and ranks the best match
// first (text-search rank plus trigram word similarity, both on GIN indexes).
import "server-only";
import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { getDb, rowsOf, type Db } from "@/db/client";
import { procedureDocuments, procedureFiles, procedures, serviceAgencies, serviceFields, type LegalBasisItem, type ProcedureChannel } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/kernel";
import { paginate } from "@/lib/pagination";
import { FILE_ID_PATTERN } from "@/lib/uploads/private-files";
import { ADMIN_PAGE_SIZE, CODE_MAX, CODE_PATTERN, normalizeCode, PUBLIC_PAGE_SIZE, type AdminServicesFilter, type CatalogueQuery, type Level } from "./validation";

/** The one rule for what citizens may see of the catalogue. */
export const isPublicProcedure = (): SQL => eq(procedures.published, true);

export type ProcedureSummary = {
  id: number;
  code: string;
  name: string;
  level: Level;
  fieldName: string;
  fieldSlug: string;
  agencyName: string;
  agencySlug: string;
  processingDays: number;
  nationalUrl: string | null;
  published: boolean;
  isSample: boolean;
  isGenerated: boolean;
  updatedAt: Date;
};

const summaryColumns = {
  id: procedures.id,
  code: procedures.code,
  name: procedures.name,
  level: sql<Level>`${procedures.level}`.mapWith((v) => Number(v) as Level),
  fieldName: serviceFields.name,
  fieldSlug: serviceFields.slug,
  agencyName: serviceAgencies.name,
  agencySlug: serviceAgencies.slug,
  processingDays: procedures.processingDays,
  nationalUrl: procedures.nationalUrl,
  published: procedures.published,
  isSample: procedures.isSample,
  isGenerated: procedures.isGenerated,
  updatedAt: procedures.updatedAt,
};

export type Paged<T> = { items: T[]; total: number; page: number; pageCount: number; pageSize: number };

type Filters = { field?: string; level?: number; agency?: string };

function filterConditions(f: Filters): SQL[] {
  const out: SQL[] = [];
  if (f.field) out.push(eq(serviceFields.slug, f.field));
  if (f.level) out.push(eq(procedures.level, f.level));
  if (f.agency) out.push(eq(serviceAgencies.slug, f.agency));
  return out;
}

/** Names sort as Vietnamese readers expect only once folded ("Đăng" among the D's, not after Z). */
const nameOrder = sql`portal_unaccent(lower(${procedures.name}))`;

/**
 * How a query matches: "text" by text search (name and code weigh most, then who may apply and the result) or
 * the exact code; "similar", tried only when text search finds nothing, by trigram word similarity to the
 * unaccented name (typos, near misses). Text search first keeps broad queries fast on 15.000 procedures: the
 * trigram index alone matches thousands of names that share a few words.
 */
type MatchMode = "text" | "similar";

function searchTerms(q: string, mode: MatchMode) {
  const query = sql`websearch_to_tsquery('portal_vi', ${q})`;
  const folded = sql`portal_unaccent(lower(${q}))`;
  const nameFolded = sql`portal_unaccent(lower(${procedures.name}))`;
  const code = normalizeCode(q);
  const codeMatch = mode === "text" && code.length <= CODE_MAX && CODE_PATTERN.test(code) ? sql`${procedures.code} = ${code}` : null;
  // Rank normalisation 1 divides by the log of the document length: the shorter of two names holding every
  // word ("Cấp giấy phép hoạt động in" before "Cấp lại giấy phép hoạt động in") wins a tie; word similarity
  // to the name breaks the rest.
  const score = sql<number>`(ts_rank_cd(${procedures.searchVector}, ${query}, 1 | 32) + 0.5 * word_similarity(${folded}, ${nameFolded}))`;
  // Each alternative uses an index: the tsvector's GIN, the code's unique btree, the trigram GIN (`<%`).
  const matches =
    mode === "text" ? sql`(${procedures.searchVector} @@ ${query}${codeMatch ? sql` or ${codeMatch}` : sql``})` : sql`${folded} <% ${nameFolded}`;
  return { matches, score, codeMatch };
}

/** The page's query, not yet run (a drizzle builder is a thenable: awaiting it runs it). */
function pageQuery(db: Db | Tx, visible: SQL | undefined, q: string, mode: MatchMode, filters: Filters, page: number, pageSize: number) {
  const terms = q ? searchTerms(q, mode) : null;
  const where = and(...(visible ? [visible] : []), ...filterConditions(filters), ...(terms ? [terms.matches] : []));
  const order = terms
    ? [...(terms.codeMatch ? [desc(terms.codeMatch)] : []), desc(terms.score), asc(sql`length(${procedures.name})`), asc(procedures.id)]
    : [asc(nameOrder), asc(procedures.id)];
  return db
    .select({ ...summaryColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(procedures)
    .innerJoin(serviceFields, eq(serviceFields.id, procedures.fieldId))
    .innerJoin(serviceAgencies, eq(serviceAgencies.id, procedures.agencyId))
    .where(where)
    .orderBy(...order)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

/**
 * Search and filters over procedures that `visible` allows: an exact code first, then the best score (text
 * search, or similar names when nothing matches the words). Without a query, rows come in name order. One
 * statement returns the page and the total.
 */
async function findProcedures(visible: SQL | undefined, q: string, filters: Filters, opts: { page: number; pageSize: number }): Promise<Paged<ProcedureSummary>> {
  const db = await getDb();
  return q ? db.transaction(async (tx) => findWith(await indexOnly(tx), visible, q, filters, opts)) : findWith(db, visible, q, filters, opts);
}

/**
 * A search always reads the text-search or trigram index. The planner prices a GIN scan for an AND of very
 * common words (every generated name holds "tự động") above reading the whole table, which it then does:
 * measured on 15.000 procedures the index is as fast or faster (10.7 vs 10.3 ms, 7.8 vs 15.8 ms on the
 * server; 7.5 vs 116 ms on PGlite) and, unlike the table scan, does not grow with the catalogue. SET LOCAL
 * lasts until the end of this read-only transaction only.
 */
async function indexOnly(tx: Tx): Promise<Tx> {
  await tx.execute(sql`set local enable_seqscan = off`);
  return tx;
}

async function findWith(db: Db | Tx, visible: SQL | undefined, q: string, filters: Filters, opts: { page: number; pageSize: number }): Promise<Paged<ProcedureSummary>> {
  const run = async (mode: MatchMode) => {
    const fetchPage = async (page: number): Promise<(ProcedureSummary & { total: number })[]> => pageQuery(db, visible, q, mode, filters, page, opts.pageSize);
    let page = opts.page;
    let rows = await fetchPage(page);
    if (!rows.length && page > 1) {
      // Past the end: answer with the last page rather than an empty one.
      const total = await countProcedures(db, visible, q, mode, filters);
      page = paginate(total, page, opts.pageSize).page;
      rows = total ? await fetchPage(page) : [];
    }
    return { rows, page, total: rows[0]?.total ?? 0 };
  };
  let found = await run("text");
  if (q && found.total === 0) found = await run("similar");
  return {
    items: found.rows.map(({ total: _t, ...r }) => r),
    total: found.total,
    page: found.page,
    pageCount: paginate(found.total, found.page, opts.pageSize).pageCount,
    pageSize: opts.pageSize,
  };
}

/** EXPLAIN (ANALYZE, BUFFERS) of the public catalogue's first page for a query: for the search benchmark. */
export async function explainCatalogueSearch(q: string, mode: MatchMode = "text", filters: Filters = {}): Promise<string[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const result = await (await indexOnly(tx)).execute(sql`explain (analyze, buffers) ${pageQuery(tx, isPublicProcedure(), q, mode, filters, 1, PUBLIC_PAGE_SIZE)}`);
    return rowsOf<Record<string, string>>(result).map((r) => Object.values(r)[0]!);
  });
}

async function countProcedures(db: Db | Tx, visible: SQL | undefined, q: string, mode: MatchMode, filters: Filters): Promise<number> {
  const conditions = [...(visible ? [visible] : []), ...filterConditions(filters)];
  if (q) conditions.push(searchTerms(q, mode).matches);
  const [{ n }] = await db
    .select({ n: count() })
    .from(procedures)
    .innerJoin(serviceFields, eq(serviceFields.id, procedures.fieldId))
    .innerJoin(serviceAgencies, eq(serviceAgencies.id, procedures.agencyId))
    .where(and(...conditions));
  return n;
}

/** The public catalogue: published procedures, searched and filtered. */
export function listCatalogue(query: Omit<CatalogueQuery, "page"> & { page: number }, pageSize = PUBLIC_PAGE_SIZE) {
  return findProcedures(isPublicProcedure(), query.q, query, { page: query.page, pageSize });
}

/** Public search (the catalogue with ?q=, and /search): published procedures only. */
export function searchProcedures(q: string, opts: { page: number; pageSize?: number } & Filters = { page: 1 }) {
  return findProcedures(isPublicProcedure(), q, opts, { page: opts.page, pageSize: opts.pageSize ?? PUBLIC_PAGE_SIZE });
}

export type FacetOption = { slug: string; name: string };

/** Fields and agencies for the catalogue's filters (every one, so a filter never disappears from a bookmark). */
export async function listCatalogueFacets(): Promise<{ fields: FacetOption[]; agencies: FacetOption[] }> {
  const db = await getDb();
  const [fields, agencies] = await Promise.all([
    db.select({ slug: serviceFields.slug, name: serviceFields.name }).from(serviceFields).orderBy(asc(serviceFields.sortOrder), asc(serviceFields.name)),
    db.select({ slug: serviceAgencies.slug, name: serviceAgencies.name }).from(serviceAgencies).orderBy(asc(serviceAgencies.name)),
  ]);
  return { fields, agencies };
}

export type ProcedureDocumentView = {
  id: number;
  position: number;
  name: string;
  originals: number;
  copies: number;
  required: boolean;
  form: { id: string; filename: string; mimeType: string; byteSize: number } | null;
};

export type ProcedureRecord = ProcedureSummary & {
  kind: string;
  fieldId: number;
  agencyId: number;
  agencyCode: string;
  agencyAddress: string;
  agencyPhone: string;
  subjects: string;
  steps: string[];
  channels: ProcedureChannel[];
  processingDays: number;
  fees: string;
  result: string;
  conditions: string;
  legalBasis: LegalBasisItem[];
  publishingDecision: string;
  version: number;
  createdAt: Date;
  documents: ProcedureDocumentView[];
};

async function loadRecord(where: SQL): Promise<ProcedureRecord | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      ...summaryColumns,
      kind: procedures.kind,
      fieldId: procedures.fieldId,
      agencyId: procedures.agencyId,
      agencyCode: serviceAgencies.code,
      agencyAddress: serviceAgencies.address,
      agencyPhone: serviceAgencies.phone,
      subjects: procedures.subjects,
      steps: procedures.steps,
      channels: procedures.channels,
      fees: procedures.fees,
      result: procedures.result,
      conditions: procedures.conditions,
      legalBasis: procedures.legalBasis,
      publishingDecision: procedures.publishingDecision,
      version: procedures.version,
      createdAt: procedures.createdAt,
    })
    .from(procedures)
    .innerJoin(serviceFields, eq(serviceFields.id, procedures.fieldId))
    .innerJoin(serviceAgencies, eq(serviceAgencies.id, procedures.agencyId))
    .where(where)
    .limit(1);
  if (!row) return null;
  const docs = await db
    .select({
      id: procedureDocuments.id,
      position: procedureDocuments.position,
      name: procedureDocuments.name,
      originals: procedureDocuments.originals,
      copies: procedureDocuments.copies,
      required: procedureDocuments.required,
      formId: procedureFiles.id,
      formFilename: procedureFiles.filename,
      formMimeType: procedureFiles.mimeType,
      formByteSize: procedureFiles.byteSize,
    })
    .from(procedureDocuments)
    .leftJoin(procedureFiles, eq(procedureFiles.id, procedureDocuments.formFileId))
    .where(eq(procedureDocuments.procedureId, row.id))
    .orderBy(asc(procedureDocuments.position));
  return {
    ...row,
    documents: docs.map((d) => ({
      id: d.id,
      position: d.position,
      name: d.name,
      originals: d.originals,
      copies: d.copies,
      required: d.required,
      form: d.formId ? { id: d.formId, filename: d.formFilename!, mimeType: d.formMimeType!, byteSize: d.formByteSize! } : null,
    })),
  };
}

/** A code as it may appear in an address: anything else is no procedure (and never reaches the database). */
export function parseCodeParam(raw: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const code = normalizeCode(decoded);
  return code.length <= CODE_MAX && CODE_PATTERN.test(code) ? code : null;
}

/** One published procedure by its code, with its documents and form files; null when unknown or hidden. */
export async function getPublicProcedure(rawCode: string): Promise<ProcedureRecord | null> {
  const code = parseCodeParam(rawCode);
  if (!code) return null;
  return loadRecord(and(isPublicProcedure(), eq(procedures.code, code))!);
}

export type FormFile = { id: string; filename: string; mimeType: string; byteSize: number; sha256: string; data: Buffer };

/**
 * A form file of a published procedure, only when it belongs to one of that procedure's documents: a file id
 * alone (or another procedure's code) never opens anything.
 */
export async function getPublicFormFile(rawCode: string, fileId: string): Promise<FormFile | null> {
  const code = parseCodeParam(rawCode);
  if (!code || !FILE_ID_PATTERN.test(fileId)) return null;
  const db = await getDb();
  // Read as base64 text: both drivers decode a large bytea result far more slowly.
  const [row] = await db
    .select({
      id: procedureFiles.id,
      filename: procedureFiles.filename,
      mimeType: procedureFiles.mimeType,
      byteSize: procedureFiles.byteSize,
      sha256: procedureFiles.sha256,
      base64: sql<string>`encode(${procedureFiles.data}, 'base64')`,
    })
    .from(procedureFiles)
    .innerJoin(procedureDocuments, eq(procedureDocuments.formFileId, procedureFiles.id))
    .innerJoin(procedures, eq(procedures.id, procedureDocuments.procedureId))
    .where(and(isPublicProcedure(), eq(procedures.code, code), eq(procedureFiles.id, fileId.toLowerCase())))
    .limit(1);
  if (!row) return null;
  const { base64, ...meta } = row;
  return { ...meta, data: Buffer.from(base64, "base64") };
}

/** The home page's block: level-3 procedures first (online submission), and how many there are per level. */
export async function getHomeServices(limit = 6) {
  const db = await getDb();
  const [online, byLevel] = await Promise.all([
    db
      .select(summaryColumns)
      .from(procedures)
      .innerJoin(serviceFields, eq(serviceFields.id, procedures.fieldId))
      .innerJoin(serviceAgencies, eq(serviceAgencies.id, procedures.agencyId))
      .where(and(isPublicProcedure(), eq(procedures.level, 3), eq(procedures.isGenerated, false)))
      .orderBy(asc(serviceFields.sortOrder), asc(nameOrder))
      .limit(limit),
    db
      .select({ level: procedures.level, n: count() })
      .from(procedures)
      .where(isPublicProcedure())
      .groupBy(procedures.level),
  ]);
  const counts = { 1: 0, 2: 0, 3: 0 } as Record<Level, number>;
  for (const r of byLevel) counts[r.level as Level] = r.n;
  return { online, counts, total: counts[1] + counts[2] + counts[3] };
}

/** Published procedures for sitemap.xml (generated load data is left out: crawlers should not index it). */
export async function listSitemapProcedures() {
  const db = await getDb();
  return db
    .select({ code: procedures.code, updatedAt: procedures.updatedAt })
    .from(procedures)
    .where(and(isPublicProcedure(), eq(procedures.isGenerated, false)))
    .orderBy(asc(procedures.code));
}

// --- Back office ---

/** Every procedure, hidden ones included, with the public filters plus visibility. */
export async function listAdminProcedures(actor: Actor | null, filter: AdminServicesFilter): Promise<Paged<ProcedureSummary>> {
  assertCan(actor, "services.manage");
  const visible = filter.visibility === "published" ? eq(procedures.published, true) : filter.visibility === "hidden" ? eq(procedures.published, false) : undefined;
  return findProcedures(visible, filter.q, filter, { page: filter.page, pageSize: ADMIN_PAGE_SIZE });
}

/** One procedure for its edit page (hidden or not), or null. */
export async function getProcedureForEdit(actor: Actor | null, id: number | string): Promise<ProcedureRecord | null> {
  assertCan(actor, "services.manage");
  const n = typeof id === "number" ? id : /^[1-9]\d{0,9}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(n)) return null;
  return loadRecord(eq(procedures.id, n));
}

export type AdminField = { id: number; slug: string; name: string; sortOrder: number; procedureCount: number };
export type AdminAgency = { id: number; slug: string; name: string; code: string; address: string; phone: string; isSample: boolean; procedureCount: number };

export async function listFieldsForAdmin(actor: Actor | null): Promise<AdminField[]> {
  assertCan(actor, "services.manage");
  const db = await getDb();
  const rows = await db
    .select({ id: serviceFields.id, slug: serviceFields.slug, name: serviceFields.name, sortOrder: serviceFields.sortOrder, procedureCount: count(procedures.id) })
    .from(serviceFields)
    .leftJoin(procedures, eq(procedures.fieldId, serviceFields.id))
    .groupBy(serviceFields.id)
    .orderBy(asc(serviceFields.sortOrder), asc(serviceFields.name));
  return rows.map((r) => ({ ...r, procedureCount: Number(r.procedureCount) }));
}

export async function listAgenciesForAdmin(actor: Actor | null): Promise<AdminAgency[]> {
  assertCan(actor, "services.manage");
  const db = await getDb();
  const rows = await db
    .select({
      id: serviceAgencies.id,
      slug: serviceAgencies.slug,
      name: serviceAgencies.name,
      code: serviceAgencies.code,
      address: serviceAgencies.address,
      phone: serviceAgencies.phone,
      isSample: serviceAgencies.isSample,
      procedureCount: count(procedures.id),
    })
    .from(serviceAgencies)
    .leftJoin(procedures, eq(procedures.agencyId, serviceAgencies.id))
    .groupBy(serviceAgencies.id)
    .orderBy(asc(serviceAgencies.name));
  return rows.map((r) => ({ ...r, procedureCount: Number(r.procedureCount) }));
}
