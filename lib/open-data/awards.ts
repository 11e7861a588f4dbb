// Open data reads of the awards registry: published decisions and revoked ones, never drafts (isPublicDecision).
// A revoked decision is never presented as valid: its status is "revoked", inForce false, with the revocation's
// reason and date. Order as on /awards (newest year first, then decision date and id), read by keyset.
import "server-only";
import { and, asc, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { awardDecisions } from "@/db/schema";
import { getPublicRecipient, isPublicDecision, publicColumns, withPublicRecipients, type PublicRecipient } from "@/lib/awards/queries";
import { AWARD_FORM_LABELS, AWARD_FORMS, RECIPIENT_KIND_LABELS, formWording, type AwardForm } from "@/lib/awards/validation";
import { cursorParam, dateKey, decodeCursor, idKey, limitParam, slugParam, yearParam } from "./params";
import { siteHref } from "./page";

export const AWARDS_LIST = "awards";

export const awardsApiQuery = z.object({
  limit: limitParam,
  cursor: cursorParam,
  year: yearParam,
  issuer: slugParam("issuer"),
  form: z.enum(AWARD_FORMS, { error: `Tham số form phải là một trong: ${AWARD_FORMS.join(", ")}.` }).optional(),
});
export type AwardsApiQuery = z.output<typeof awardsApiQuery>;

const awardsKey = z.tuple([z.number().int(), dateKey, idKey]);


export type AwardRow = Awaited<ReturnType<typeof listOpenAwards>>[number];

/** Up to limit + 1 public decisions after the cursor, each with its recipients. */
export async function listOpenAwards(q: AwardsApiQuery) {
  const after = decodeCursor(AWARDS_LIST, q.cursor, awardsKey);
  const where: SQL[] = [isPublicDecision()];
  if (q.year) where.push(eq(awardDecisions.year, q.year));
  if (q.issuer) where.push(eq(awardDecisions.issuerSlug, q.issuer));
  if (q.form) where.push(eq(awardDecisions.form, q.form));
  if (after) {
    const [year, date, id] = after;
    where.push(
      or(
        sql`${awardDecisions.year} < ${year}`,
        and(eq(awardDecisions.year, year), sql`(${awardDecisions.decisionDate}, ${awardDecisions.id}) > (${date}::date, ${id})`),
      )!,
    );
  }
  const db = await getDb();
  const rows = await db
    .select(publicColumns)
    .from(awardDecisions)
    .where(and(...where))
    .orderBy(desc(awardDecisions.year), asc(awardDecisions.decisionDate), asc(awardDecisions.id))
    .limit(q.limit + 1);
  return withPublicRecipients(rows);
}

export const awardKeyOf = (r: AwardRow) => [r.year, r.decisionDate, r.id] as const;

type DecisionFields = Omit<AwardRow, "recipients">;

function serialiseRecipient(r: PublicRecipient) {
  return {
    id: r.id,
    kind: r.kind,
    kindName: RECIPIENT_KIND_LABELS[r.kind],
    name: r.name,
    jobTitle: r.jobTitle,
    unit: r.unit,
    url: siteHref(`/awards/recipients/${r.id}`),
  };
}

function serialiseDecisionFields(d: DecisionFields) {
  const revoked = d.status === "revoked";
  return {
    id: d.id,
    status: revoked ? ("revoked" as const) : ("in_force" as const),
    inForce: !revoked,
    statusName: revoked ? "Đã thu hồi" : "Còn hiệu lực",
    revocation: revoked ? { reason: d.revocationReason ?? "", date: d.revocationDate ?? null, revokedAt: d.revokedAt?.toISOString() ?? null } : null,
    form: d.form as AwardForm,
    formName: AWARD_FORM_LABELS[d.form as AwardForm],
    title: formWording(d),
    issuer: { slug: d.issuerSlug, name: d.issuer },
    decisionNumber: d.decisionNumber,
    decisionDate: d.decisionDate,
    year: d.year,
    reason: d.reason,
    signer: { name: d.signerName, title: d.signerTitle },
    conferenceSlug: d.conferenceSlug,
    publishedAt: d.publishedAt?.toISOString() ?? null,
    updatedAt: d.updatedAt.toISOString(),
    isSample: d.isSample,
  };
}

export function serialiseAward(d: AwardRow) {
  return { ...serialiseDecisionFields(d), recipients: d.recipients.map(serialiseRecipient) };
}

/** One recipient's award as its citable page shows it (revocation included); null when unknown or a draft's. */
export async function getOpenRecipient(id: string) {
  if (!/^[1-9]\d{0,9}$/.test(id)) return null;
  const r = await getPublicRecipient(id);
  if (!r) return null;
  return { ...serialiseRecipient(r), decision: serialiseDecisionFields(r.decision) };
}
