// Dossier fixtures: a level-3 procedure of a known agency with two required documents, the form a citizen's
// browser posts (text fields and real PDF files), and dossiers written straight into the tables in any
// status, so a test never depends on the mutation it is testing to set itself up.
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { dossiers, procedureDocuments, type Procedure } from "@/db/schema";
import { minimalPdf } from "./documents";
import { makeAgency, makeField, makeProcedure } from "./services";

export const AGENCY_CODE = "000.00.14.H42";

export type OnlineProcedure = Procedure & { documentIds: number[] };

export async function makeOnlineProcedure(db: Db, over: { processingDays?: number; code?: string } = {}): Promise<OnlineProcedure> {
  const field = await makeField(db, `Xuất bản, in và phát hành ${randomBytes(3).toString("hex")}`);
  const agency = await makeAgency(db, `Sở Thông tin và Truyền thông ${randomBytes(3).toString("hex")}`, `${AGENCY_CODE.slice(0, -3)}${randomBytes(2).toString("hex").toUpperCase()}`);
  const p = await makeProcedure(db, { fieldId: field.id, agencyId: agency.id, level: 3, processingDays: over.processingDays ?? 5, ...(over.code ? { code: over.code } : {}) });
  const docs = await db.select({ id: procedureDocuments.id }).from(procedureDocuments).where(eq(procedureDocuments.procedureId, p.id)).orderBy(procedureDocuments.position);
  return { ...p, documentIds: docs.map((d) => d.id) };
}

export const newKey = () => randomBytes(18).toString("base64url");

export const APPLICANT = {
  fullName: "Nguyễn Văn An",
  idNumber: "040090001234",
  phone: "0912 345 678",
  email: "nguyen.van.an@example.vn",
  address: "Số 1 Lê Hồng Phong, TP Vinh, Nghệ An",
  notes: "",
  consent: "on",
};

/** What the browser posts: the applicant's fields, a fresh submission key, one PDF per document. */
export function dossierForm(p: OnlineProcedure, over: Record<string, string | Blob | null> = {}): FormData {
  const form = new FormData();
  const fields: Record<string, string | Blob | null> = { ...APPLICANT, submissionKey: newKey() };
  p.documentIds.forEach((id, i) => (fields[`document-${id}`] = new File([new Uint8Array(minimalPdf())], `giay-to-${i + 1}.pdf`, { type: "application/pdf" })));
  for (const [k, v] of Object.entries({ ...fields, ...over })) if (v !== null) form.append(k, v);
  return form;
}

export const FROM = { ip: "203.0.113.7", userAgent: "vitest" };

let seq = 0;
/** A dossier in the given state, written straight into the table. */
export async function makeDossier(db: Db, p: Procedure, over: Partial<typeof dossiers.$inferInsert> = {}) {
  seq++;
  const now = new Date();
  const [d] = await db
    .insert(dossiers)
    .values({
      code: `${AGENCY_CODE}-990101-${String(seq).padStart(4, "0")}${randomBytes(2).toString("hex")}`,
      procedureId: p.id,
      fieldId: p.fieldId,
      agencyId: p.agencyId,
      applicantName: "Trần Thị Bình",
      idNumber: "040090005678",
      phone: "0987654321",
      email: "tran.thi.binh@example.vn",
      address: "Xã Hưng Lộc, TP Vinh",
      consentAt: now,
      submissionKey: newKey(),
      processingDays: p.processingDays,
      dueAt: new Date(now.getTime() + 5 * 86400_000),
      ...over,
    })
    .returning();
  return d!;
}
