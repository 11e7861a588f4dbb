// Reads of the awards registry. Public reads see published and revoked decisions only (a revoked one stays
// on the record, marked), never drafts; admin reads assert "awards.manage" first. Plain objects out.
import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { awardDecisions, awardRecipients, type AwardDecision, type AwardRecipient } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { parseRecordId } from "@/lib/kernel/parse";
import { formatRecipientLines, type AwardForm, type AwardsQuery } from "./validation";

const PUBLIC_STATUSES = ["published", "revoked"] as const;

/** The one rule for what the public sees of the registry: published decisions and revoked ones (marked), never drafts. */
export const isPublicDecision = (): SQL => inArray(awardDecisions.status, [...PUBLIC_STATUSES]);

export type PublicRecipient = Pick<AwardRecipient, "id" | "kind" | "name" | "jobTitle" | "unit" | "position">;
export type PublicDecision = Omit<AwardDecision, "createdById" | "updatedById" | "version" | "createdAt"> & { recipients: PublicRecipient[] };

function publicFilter(q: AwardsQuery): SQL {
  const where: SQL[] = [isPublicDecision()];
  if (q.year) where.push(eq(awardDecisions.year, q.year));
  if (q.issuer) where.push(eq(awardDecisions.issuerSlug, q.issuer));
  if (q.form) where.push(eq(awardDecisions.form, q.form));
  return and(...where)!;
}

/** What citizens (and the open-data API) may read of a decision. */
export const publicColumns = {
  id: awardDecisions.id,
  form: awardDecisions.form,
  title: awardDecisions.title,
  issuer: awardDecisions.issuer,
  issuerSlug: awardDecisions.issuerSlug,
  decisionNumber: awardDecisions.decisionNumber,
  decisionDate: awardDecisions.decisionDate,
  year: awardDecisions.year,
  reason: awardDecisions.reason,
  signerName: awardDecisions.signerName,
  signerTitle: awardDecisions.signerTitle,
  conferenceSlug: awardDecisions.conferenceSlug,
  status: awardDecisions.status,
  publishedAt: awardDecisions.publishedAt,
  revokedAt: awardDecisions.revokedAt,
  revocationReason: awardDecisions.revocationReason,
  revocationDate: awardDecisions.revocationDate,
  isSample: awardDecisions.isSample,
  updatedAt: awardDecisions.updatedAt,
};

/** Each decision with its recipients in order (one query for all of them). */
export async function withPublicRecipients<D extends { id: number }>(decisions: D[]): Promise<(D & { recipients: PublicRecipient[] })[]> {
  if (!decisions.length) return [];
  const db = await getDb();
  const rows = await db
    .select({ id: awardRecipients.id, decisionId: awardRecipients.decisionId, kind: awardRecipients.kind, name: awardRecipients.name, jobTitle: awardRecipients.jobTitle, unit: awardRecipients.unit, position: awardRecipients.position })
    .from(awardRecipients)
    .where(inArray(awardRecipients.decisionId, decisions.map((d) => d.id)))
    .orderBy(asc(awardRecipients.decisionId), asc(awardRecipients.position));
  const by = new Map<number, PublicRecipient[]>();
  for (const { decisionId, ...r } of rows) by.set(decisionId, [...(by.get(decisionId) ?? []), r]);
  return decisions.map((d) => ({ ...d, recipients: by.get(d.id) ?? [] }));
}

/** The public registry with its filters: newest year first, then by decision date and number. */
export async function listPublicDecisions(q: AwardsQuery): Promise<PublicDecision[]> {
  const db = await getDb();
  const decisions = await db
    .select(publicColumns)
    .from(awardDecisions)
    .where(publicFilter(q))
    .orderBy(desc(awardDecisions.year), asc(awardDecisions.decisionDate), asc(awardDecisions.id));
  return withPublicRecipients(decisions);
}

/** The public decisions made at a conference (linked by its slug), for the report's page. */
export async function listConferenceDecisions(conferenceSlug: string): Promise<PublicDecision[]> {
  const db = await getDb();
  const decisions = await db
    .select(publicColumns)
    .from(awardDecisions)
    .where(and(isPublicDecision(), eq(awardDecisions.conferenceSlug, conferenceSlug)))
    .orderBy(asc(awardDecisions.decisionDate), asc(awardDecisions.id));
  return withPublicRecipients(decisions);
}

export type AwardFacets = { years: number[]; issuers: { slug: string; name: string }[]; forms: AwardForm[] };

/** The choices the public filters offer: only values some public decision has. */
export async function listAwardFacets(): Promise<AwardFacets> {
  const db = await getDb();
  const visible = inArray(awardDecisions.status, [...PUBLIC_STATUSES]);
  const [years, issuers, forms] = await Promise.all([
    db.selectDistinct({ year: awardDecisions.year }).from(awardDecisions).where(visible).orderBy(desc(awardDecisions.year)),
    db
      .select({ slug: awardDecisions.issuerSlug, name: sql<string>`min(${awardDecisions.issuer})` })
      .from(awardDecisions)
      .where(visible)
      .groupBy(awardDecisions.issuerSlug)
      .orderBy(asc(sql`min(${awardDecisions.issuer})`)),
    db.selectDistinct({ form: awardDecisions.form }).from(awardDecisions).where(visible),
  ]);
  return { years: years.map((y) => y.year), issuers, forms: forms.map((f) => f.form) };
}

export type PublicRecipientPage = PublicRecipient & { decision: Omit<PublicDecision, "recipients"> };

/** One recipient's citable record, or null (unknown id, or a decision not yet published). */
export async function getPublicRecipient(id: string | number): Promise<PublicRecipientPage | null> {
  const recipientId = parseRecordId(id);
  if (!recipientId) return null;
  const db = await getDb();
  const [r] = await db
    .select({
      recipient: { id: awardRecipients.id, kind: awardRecipients.kind, name: awardRecipients.name, jobTitle: awardRecipients.jobTitle, unit: awardRecipients.unit, position: awardRecipients.position },
      decision: publicColumns,
    })
    .from(awardRecipients)
    .innerJoin(awardDecisions, eq(awardDecisions.id, awardRecipients.decisionId))
    .where(and(eq(awardRecipients.id, recipientId), inArray(awardDecisions.status, [...PUBLIC_STATUSES])));
  return r ? { ...r.recipient, decision: r.decision } : null;
}

/** Public recipient pages for the sitemap. */
export async function listSitemapRecipients(): Promise<{ id: number; updatedAt: Date }[]> {
  const db = await getDb();
  return db
    .select({ id: awardRecipients.id, updatedAt: awardDecisions.updatedAt })
    .from(awardRecipients)
    .innerJoin(awardDecisions, eq(awardDecisions.id, awardRecipients.decisionId))
    .where(inArray(awardDecisions.status, [...PUBLIC_STATUSES]))
    .orderBy(asc(awardRecipients.id));
}

// --- Admin ---

export type AdminDecisionRow = Pick<AwardDecision, "id" | "form" | "title" | "issuer" | "decisionNumber" | "decisionDate" | "year" | "status" | "isSample" | "updatedAt"> & {
  collectives: number;
  individuals: number;
};

export async function listAdminDecisions(actor: Actor | null): Promise<AdminDecisionRow[]> {
  assertCan(actor, "awards.manage");
  const db = await getDb();
  return db
    .select({
      id: awardDecisions.id,
      form: awardDecisions.form,
      title: awardDecisions.title,
      issuer: awardDecisions.issuer,
      decisionNumber: awardDecisions.decisionNumber,
      decisionDate: awardDecisions.decisionDate,
      year: awardDecisions.year,
      status: awardDecisions.status,
      isSample: awardDecisions.isSample,
      updatedAt: awardDecisions.updatedAt,
      collectives: sql<number>`(select count(*)::int from ${awardRecipients} r where r.decision_id = ${awardDecisions.id} and r.kind = 'collective')`,
      individuals: sql<number>`(select count(*)::int from ${awardRecipients} r where r.decision_id = ${awardDecisions.id} and r.kind = 'individual')`,
    })
    .from(awardDecisions)
    .orderBy(desc(awardDecisions.year), desc(awardDecisions.decisionDate), desc(awardDecisions.id));
}

export type DecisionForEdit = AwardDecision & { recipients: PublicRecipient[]; recipientsText: string };

export async function getDecisionForEdit(actor: Actor | null, id: string | number): Promise<DecisionForEdit | null> {
  assertCan(actor, "awards.manage");
  const decisionId = parseRecordId(id);
  if (!decisionId) return null;
  const db = await getDb();
  const [d] = await db.select().from(awardDecisions).where(eq(awardDecisions.id, decisionId));
  if (!d) return null;
  const [withRows] = await withPublicRecipients([d]);
  return { ...withRows!, recipientsText: formatRecipientLines(withRows!.recipients) };
}
