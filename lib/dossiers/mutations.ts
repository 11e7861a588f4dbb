// Writes of citizens' dossiers. A citizen submits a level-3 dossier (one transaction: code, record, files,
// timeline, audit entry, receipt e-mail; the same post twice makes one dossier; at most 10 per address an
// hour), uploads a supplement through a link's token, and rates the handling with the code and phone. Staff
// take the workflow's steps (lib/dossiers/workflow.ts), each authorised there by "dossiers.process".
import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { dossierFiles, dossiers, procedureDocuments, procedures, serviceAgencies, type Dossier } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { citizenActor, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/db/client";
import { loadCalendar } from "@/lib/holidays/queries";
import { fail, failForm, FORM, ok, parseInput, parseRecordId, runInTransaction, type FieldErrors, type Result } from "@/lib/kernel";
import { deliverPendingNow } from "@/lib/mail/delivery";
import { hitRateLimit } from "@/lib/rate-limit";
import { releaseRateLimitHit } from "@/lib/rate-limit/adjust";
import { vietnamParts } from "@/lib/time";
import { dueDate } from "@/lib/time/working-days";
import { collectUploads, FORM_TOTALS, type AcceptedUpload } from "@/lib/uploads";
import { savePrivateFile } from "@/lib/uploads/private-files";
import { applyTransition, isPersonStep } from "@/lib/workflow/engine";
import { nextDossierCode } from "./code";
import { SUBMISSION_LIMIT, SUPPLEMENT_LIMIT, RATING_LIMIT } from "./limits";
import { mailReceipt } from "./notifications";
import { findSupplementRequest } from "./queries-receipt";
import { receiptPath } from "./receipt-token";
import { dossierApplicantInput, ratingInput, trackInput } from "./validation";
import { addDossierEvent, dossierWorkflow } from "./workflow";

export type From = { ip: string; userAgent: string };

const NOT_ONLINE = "Thủ tục này không nhận hồ sơ trực tuyến (chỉ thủ tục mức độ 3).";
const TOO_MANY = "Bạn đã nộp quá nhiều hồ sơ trong một giờ. Vui lòng thử lại sau.";
const DUPLICATE = "__duplicate_submission__";
const NOT_FOUND_PAIR = "Không tìm thấy hồ sơ nào khớp với mã hồ sơ và số điện thoại đã nhập.";

/** The text fields of a posted form (files are read separately). */
const textFields = (form: FormData) => Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));

async function bySubmissionKey(key: string) {
  const db = await getDb();
  const [d] = await db.select({ id: dossiers.id, code: dossiers.code, dueAt: dossiers.dueAt }).from(dossiers).where(eq(dossiers.submissionKey, key)).limit(1);
  return d ? { ...d, receiptPath: receiptPath(d.id, d.code) } : null;
}

/** Calendar years a count starting at `at` may reach (a long procedure crosses the new year). */
const calendarFor = (at: Date) => loadCalendar(vietnamParts(at).year, vietnamParts(at).year + 1);

export async function submitDossier(procedureCode: string, form: FormData, from: From, now = new Date()): Promise<Result<{ id: number; code: string; dueAt: Date; receiptPath: string }>> {
  const db = await getDb();
  const [proc] = await db
    .select({ id: procedures.id, name: procedures.name, level: procedures.level, published: procedures.published, processingDays: procedures.processingDays, fieldId: procedures.fieldId, agencyId: procedures.agencyId, agencyCode: serviceAgencies.code })
    .from(procedures)
    .innerJoin(serviceAgencies, eq(serviceAgencies.id, procedures.agencyId))
    .where(eq(procedures.code, procedureCode))
    .limit(1);
  if (!proc || !proc.published || proc.level !== 3) return failForm(NOT_ONLINE);

  const applicant = parseInput(dossierApplicantInput, textFields(form));
  // A refresh, a double click or back-and-resubmit posts the same key again: answer with the dossier it made.
  const key = applicant.ok ? applicant.data.submissionKey : typeof form.get("submissionKey") === "string" ? String(form.get("submissionKey")) : "";
  if (applicant.ok || /^[A-Za-z0-9_-]{22,64}$/.test(key)) {
    const existing = key ? await bySubmissionKey(key) : null;
    if (existing) return ok(existing);
  }
  // Counted before the files are read; a refused form gives its hit back, so fixing a typo is not punished.
  const limitKey = `dossier:submit:${from.ip}`;
  const limit = await hitRateLimit(limitKey, SUBMISSION_LIMIT.limit, SUBMISSION_LIMIT.windowSeconds);
  if (!limit.allowed) return failForm(TOO_MANY);

  const docs = await db
    .select({ id: procedureDocuments.id, name: procedureDocuments.name, required: procedureDocuments.required })
    .from(procedureDocuments)
    .where(eq(procedureDocuments.procedureId, proc.id))
    .orderBy(asc(procedureDocuments.position));
  const uploads = await collectUploads(
    form,
    docs.map((d) => ({ field: `document-${d.id}`, kind: "document" as const, required: d.required, label: d.name })),
    { maxTotalBytes: FORM_TOTALS.dossier },
  );
  const errors: FieldErrors = { ...(applicant.ok ? {} : applicant.errors), ...(uploads.ok ? {} : uploads.errors) };
  if (!applicant.ok || !uploads.ok) {
    await releaseRateLimitHit([limitKey]);
    return fail(errors);
  }
  const input = applicant.data;
  const files = uploads.value as Record<string, AcceptedUpload | null>;
  const calendar = await calendarFor(now);

  const result = await runInTransaction(
    async (tx) => {
      const code = await nextDossierCode(tx, proc.agencyCode, now);
      const actor = citizenActor(code, from);
      const [d] = await tx
        .insert(dossiers)
        .values({
          code,
          procedureId: proc.id,
          fieldId: proc.fieldId,
          agencyId: proc.agencyId,
          applicantName: input.fullName,
          idNumber: input.idNumber,
          phone: input.phone,
          email: input.email,
          address: input.address,
          notes: input.notes,
          consentAt: now,
          submissionKey: input.submissionKey,
          submittedAt: now,
          processingDays: proc.processingDays,
          dueAt: dueDate(now, proc.processingDays, calendar),
        })
        .returning();
      for (const doc of docs) {
        const file = files[`document-${doc.id}`];
        if (!file) continue;
        const saved = await savePrivateFile(tx, file, actor);
        await tx.insert(dossierFiles).values({ dossierId: d!.id, documentId: doc.id, documentName: doc.name, fileId: saved.id, stage: "submission" });
      }
      await addDossierEvent(tx, { dossierId: d!.id, step: "submit", from: null, to: "submitted", note: "Hồ sơ đã được nộp trực tuyến.", visibility: "applicant", actor, at: now });
      await writeAudit(tx, actor, { action: "dossier.submit", entity: "dossier", entityId: d!.id, after: { code, procedure: procedureCode, files: Object.values(files).filter(Boolean).length, dueAt: d!.dueAt.toISOString() } });
      await mailReceipt(tx, d!);
      return d!;
    },
    { violations: { dossiers_submission_key_unique: { [FORM]: DUPLICATE } } },
  );
  if (!result.ok) {
    // Two posts of the same form at once: the second lost the race for the key; the first one's dossier is the answer.
    if (result.errors[FORM] === DUPLICATE) {
      await releaseRateLimitHit([limitKey]);
      const existing = await bySubmissionKey(input.submissionKey);
      if (existing) return ok(existing);
      return failForm("Hồ sơ đang được nộp. Vui lòng tải lại trang sau ít phút.");
    }
    return result;
  }
  void deliverPendingNow();
  return ok({ id: result.value.id, code: result.value.code, dueAt: result.value.dueAt, receiptPath: receiptPath(result.value.id, result.value.code) });
}

/** A staff member takes one step of the workflow (the step's own rules are the workflow's, never the page's). */
export async function takeDossierStep(actor: Actor | null, id: unknown, step: string, input: unknown, now = new Date()): Promise<Result<Dossier>> {
  const dossierId = parseRecordId(id);
  if (!isPersonStep(dossierWorkflow, step)) return failForm("Thao tác không hợp lệ.");
  const result = await applyTransition(dossierWorkflow, actor, dossierId ?? 0, step, input, now);
  if (!result.ok) return fail(result.errors);
  void deliverPendingNow();
  return ok(result.value);
}

const INVALID_LINK = "Đường dẫn bổ sung không hợp lệ, đã được dùng hoặc đã hết hạn. Vui lòng liên hệ cơ quan giải quyết.";

/** The applicant uploads what was asked for, through the link's token (one use, one dossier, before it expires). */
export async function submitSupplement(link: string, form: FormData, from: From, now = new Date()): Promise<Result<{ code: string }>> {
  const limitKey = `dossier:supplement:${from.ip}`;
  const limit = await hitRateLimit(limitKey, SUPPLEMENT_LIMIT.limit, SUPPLEMENT_LIMIT.windowSeconds);
  if (!limit.allowed) return failForm("Quá nhiều lượt nộp bổ sung, vui lòng thử lại sau.");
  const req = await findSupplementRequest(link, now);
  if (!req) return failForm(INVALID_LINK);
  const fields = req.documents.length
    ? req.documents.map((d) => ({ field: `document-${d.id}`, kind: "document" as const, required: true, label: d.name }))
    : [{ field: "supplement", kind: "document" as const, required: true, label: "Giấy tờ bổ sung" }];
  const uploads = await collectUploads(form, fields, { maxTotalBytes: FORM_TOTALS.dossier });
  const rawNote = form.get("note");
  const note = typeof rawNote === "string" ? rawNote.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ").trim() : "";
  const errors: FieldErrors = uploads.ok ? {} : { ...uploads.errors };
  if (note.length > 2000) errors.note = "Ghi chú tối đa 2.000 ký tự.";
  if (!uploads.ok || errors.note) return fail(errors);
  const chosen = uploads.value as Record<string, AcceptedUpload | null>;
  const files = req.documents.length
    ? req.documents.map((d) => ({ documentId: d.id, documentName: d.name, file: chosen[`document-${d.id}`]! }))
    : [{ documentId: null, documentName: "Giấy tờ bổ sung", file: chosen.supplement! }];
  const calendar = await calendarFor(now);
  const result = await applyTransition(dossierWorkflow, citizenActor(req.code, from), req.dossierId, "supplement_received", { requestId: req.requestId, files, note, calendar }, now);
  if (!result.ok) return fail(result.errors[FORM] ? { [FORM]: INVALID_LINK } : result.errors);
  return ok({ code: req.code });
}

/** The applicant rates the handling once, after the result, proving the dossier with its code and phone. */
export async function rateDossier(form: { code?: unknown; phone?: unknown; rating?: unknown }, from: From, now = new Date()): Promise<Result<void>> {
  const pair = parseInput(trackInput, { code: form.code, phone: form.phone });
  const rating = parseInput(ratingInput, { rating: form.rating });
  if (!pair.ok || !rating.ok) return fail({ ...(pair.ok ? {} : pair.errors), ...(rating.ok ? {} : rating.errors) });
  const limit = await hitRateLimit(`dossier:rate:${from.ip}`, RATING_LIMIT.limit, RATING_LIMIT.windowSeconds);
  if (!limit.allowed) return failForm("Quá nhiều lượt gửi, vui lòng thử lại sau.");
  const db = await getDb();
  const [d] = await db.select({ id: dossiers.id, phone: dossiers.phone }).from(dossiers).where(and(eq(dossiers.code, pair.data.code))).limit(1);
  if (!d || d.phone !== pair.data.phone) return failForm(NOT_FOUND_PAIR);
  const result = await applyTransition(dossierWorkflow, citizenActor(pair.data.code, from), d.id, "rate", rating.data, now);
  return result.ok ? ok(undefined) : fail(result.errors);
}

/** The one-time key a dossier form is rendered with (the same post twice then makes one dossier). */
export function newSubmissionKey(): string {
  return randomBytes(24).toString("base64url");
}
