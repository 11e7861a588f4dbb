// Open data reads of the public-services catalogue: only procedures isPublicProcedure allows (a hidden one never
// appears), in code order (unique, so the order is total), read by keyset on the code.
import "server-only";
import { and, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { procedures, serviceAgencies, serviceFields } from "@/db/schema";
import { getPublicProcedure, isPublicProcedure, type ProcedureRecord } from "@/lib/services/queries";
import { CODE_MAX, levelLabel } from "@/lib/services/validation";
import { cursorParam, decodeCursor, limitParam, slugParam } from "./params";
import { siteHref } from "./page";

export const SERVICES_LIST = "services";

export const servicesQuery = z.object({
  limit: limitParam,
  cursor: cursorParam,
  field: slugParam("field"),
  agency: slugParam("agency"),
  level: z.enum(["1", "2", "3"], { error: "Tham số level phải là 1, 2 hoặc 3." }).transform(Number).optional(),
});
export type ServicesQuery = z.output<typeof servicesQuery>;

const servicesKey = z.tuple([z.string().min(1).max(CODE_MAX)]);

export type ServiceRow = Awaited<ReturnType<typeof listOpenServices>>[number];

/** Up to limit + 1 published procedures after the cursor's code. */
export async function listOpenServices(q: ServicesQuery) {
  const after = decodeCursor(SERVICES_LIST, q.cursor, servicesKey);
  const where: SQL[] = [isPublicProcedure()];
  if (q.field) where.push(eq(serviceFields.slug, q.field));
  if (q.agency) where.push(eq(serviceAgencies.slug, q.agency));
  if (q.level) where.push(eq(procedures.level, q.level));
  if (after) where.push(gt(procedures.code, after[0]));
  const db = await getDb();
  return db
    .select({
      code: procedures.code,
      name: procedures.name,
      level: sql<number>`${procedures.level}`.mapWith(Number),
      fieldSlug: serviceFields.slug,
      fieldName: serviceFields.name,
      agencySlug: serviceAgencies.slug,
      agencyName: serviceAgencies.name,
      agencyCode: serviceAgencies.code,
      processingDays: procedures.processingDays,
      nationalUrl: procedures.nationalUrl,
      isSample: procedures.isSample,
      isGenerated: procedures.isGenerated,
      updatedAt: procedures.updatedAt,
    })
    .from(procedures)
    .innerJoin(serviceFields, eq(serviceFields.id, procedures.fieldId))
    .innerJoin(serviceAgencies, eq(serviceAgencies.id, procedures.agencyId))
    .where(and(...where))
    .orderBy(asc(procedures.code))
    .limit(q.limit + 1);
}

export const serviceKeyOf = (r: ServiceRow) => [r.code] as const;

const procedureUrl = (code: string) => siteHref(`/services/${encodeURIComponent(code)}`);

type SummaryFields = Pick<ServiceRow, "code" | "name" | "level" | "fieldSlug" | "fieldName" | "agencySlug" | "agencyName" | "agencyCode" | "processingDays" | "nationalUrl" | "isSample" | "isGenerated" | "updatedAt">;

export function serialiseService(r: SummaryFields) {
  return {
    code: r.code,
    name: r.name,
    level: r.level,
    levelName: levelLabel(r.level),
    field: { slug: r.fieldSlug, name: r.fieldName },
    agency: { slug: r.agencySlug, name: r.agencyName, code: r.agencyCode },
    processingDays: r.processingDays,
    nationalUrl: r.nationalUrl,
    onlineSubmissionUrl: r.level === 3 ? `${procedureUrl(r.code)}/apply` : null,
    updatedAt: r.updatedAt.toISOString(),
    isSample: r.isSample,
    isGenerated: r.isGenerated,
    url: procedureUrl(r.code),
  };
}

/** One published procedure, the whole record; null when unknown or hidden. */
export async function getOpenService(rawCode: string) {
  const p: ProcedureRecord | null = await getPublicProcedure(rawCode);
  if (!p) return null;
  return {
    ...serialiseService(p),
    kind: p.kind,
    subjects: p.subjects,
    steps: p.steps,
    channels: p.channels.map((c) => ({ name: c.name, time: c.time, fee: c.fee })),
    documents: p.documents.map((d) => ({
      name: d.name,
      originals: d.originals,
      copies: d.copies,
      required: d.required,
      form: d.form ? { filename: d.form.filename, mimeType: d.form.mimeType, byteSize: d.form.byteSize, url: `${procedureUrl(p.code)}/forms/${d.form.id}` } : null,
    })),
    fees: p.fees,
    result: p.result,
    conditions: p.conditions,
    legalBasis: p.legalBasis.map((l) => ({ number: l.number, title: l.title, effectiveDate: l.effectiveDate || null })),
    publishingDecision: p.publishingDecision,
    agency: { slug: p.agencySlug, name: p.agencyName, code: p.agencyCode, address: p.agencyAddress, phone: p.agencyPhone },
  };
}
