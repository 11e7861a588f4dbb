// Reads for the applicant without an account, each behind its own proof: the receipt behind its signed
// address, a supplement request behind its link's token (valid, unused, unexpired). Neither shows more
// personal data than the applicant needs on that page.
import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { dossierFiles, dossiers, procedureDocuments, procedures, serviceAgencies, supplementRequests } from "@/db/schema";
import { siteUrl } from "@/lib/env";
import { parseReceiptToken, receiptMacMatches } from "./receipt-token";
import { parseSupplementLink, tokenMatches } from "./supplement-token";

/** "Nguyễn Văn An" → "N. V. A." */
export const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w[0]!.toUpperCase()}.`)
    .join(" ");

export async function openReceipt(token: string) {
  const parsed = parseReceiptToken(token);
  if (!parsed) return null;
  const db = await getDb();
  const [d] = await db
    .select({
      id: dossiers.id,
      code: dossiers.code,
      applicantName: dossiers.applicantName,
      submittedAt: dossiers.submittedAt,
      dueAt: dossiers.dueAt,
      procedureName: procedures.name,
      procedureCode: procedures.code,
      agencyName: serviceAgencies.name,
    })
    .from(dossiers)
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .innerJoin(serviceAgencies, eq(serviceAgencies.id, dossiers.agencyId))
    .where(eq(dossiers.id, parsed.dossierId))
    .limit(1);
  if (!d || !receiptMacMatches(d.id, d.code, parsed.mac)) return null;
  const documents = await db
    .select({ documentName: dossierFiles.documentName })
    .from(dossierFiles)
    .where(and(eq(dossierFiles.dossierId, d.id), eq(dossierFiles.stage, "submission")))
    .orderBy(asc(dossierFiles.id));
  const { id: _id, applicantName, ...rest } = d;
  return {
    ...rest,
    applicantName: initialsOf(applicantName),
    documents: documents.map((x) => x.documentName),
    trackUrl: `${siteUrl()}/track?code=${encodeURIComponent(d.code)}`,
  };
}
export type DossierReceipt = NonNullable<Awaited<ReturnType<typeof openReceipt>>>;

/** The request a supplement link names, when the link is genuine, unused and unexpired; else null. */
export async function findSupplementRequest(link: string, now = new Date()) {
  const parsed = parseSupplementLink(link);
  if (!parsed) return null;
  const db = await getDb();
  const [r] = await db
    .select({ id: supplementRequests.id, nonce: supplementRequests.nonce, request: supplementRequests.request, expiresAt: supplementRequests.expiresAt, usedAt: supplementRequests.usedAt, documentIds: supplementRequests.documentIds, dossierId: dossiers.id, code: dossiers.code, status: dossiers.status, procedureId: dossiers.procedureId })
    .from(supplementRequests)
    .innerJoin(dossiers, eq(dossiers.id, supplementRequests.dossierId))
    .where(eq(supplementRequests.id, parsed.requestId))
    .limit(1);
  if (!r || !tokenMatches(r.id, r.nonce, parsed.token)) return null;
  if (r.usedAt || r.expiresAt.getTime() <= now.getTime() || r.status !== "supplement_requested") return null;
  const documents = r.documentIds.length
    ? await db
        .select({ id: procedureDocuments.id, name: procedureDocuments.name })
        .from(procedureDocuments)
        .where(and(eq(procedureDocuments.procedureId, r.procedureId), inArray(procedureDocuments.id, r.documentIds)))
        .orderBy(asc(procedureDocuments.position))
    : [];
  return { requestId: r.id, dossierId: r.dossierId, code: r.code, request: r.request, expiresAt: r.expiresAt, documents };
}
export type OpenSupplementRequest = NonNullable<Awaited<ReturnType<typeof findSupplementRequest>>>;
