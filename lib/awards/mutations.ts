// Writes of the awards registry: a decision with its recipients (pasted lines or a CSV/XLSX file), edits and
// deletion while it is a draft, publishing (optionally drafting a news item for staff to review) and revocation.
// Every call asserts "awards.manage" (administrators) before reading anything, parses its own input, runs in
// one transaction (all recipients or none) and writes one audit entry. Callers refresh the public pages
// (lib/cache.ts revalidatePublicAwards).
import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { awardDecisions, awardRecipients } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fail, parseInput, parseRecordId, refuse, runInTransaction, type FieldErrors, type Result, type Tx } from "@/lib/kernel";
import { createArticle } from "@/lib/newsroom/mutations";
import { formatDate } from "@/lib/time";
import { applyTransition } from "@/lib/workflow/engine";
import { readRecipientsFile, type RecipientsFile } from "./import";
import {
  countInWords,
  decisionInput,
  describeRowError,
  formatRecipientLines,
  formWording,
  issuerSlugOf,
  parseRecipientLines,
  type DecisionData,
  type DecisionInput,
  type RecipientData,
  type RowError,
} from "./validation";
import { awardWorkflow, DECISION_NOT_FOUND, decisionAuditView, loadRecipients, lockDecision } from "./workflow";

const STALE = "Quyết định vừa được người khác sửa. Vui lòng tải lại trang để xem bản mới nhất rồi sửa lại.";
const NOT_DRAFT = "Quyết định đã công bố không sửa được nữa: nếu có sai sót, hãy thu hồi và ban hành quyết định mới.";
const NUMBER_TAKEN = { decisionNumber: "Cơ quan này đã có một quyết định mang số này." };
const VIOLATIONS = { award_decisions_number_unique: NUMBER_TAKEN };
const SHOWN_ROW_ERRORS = 50;

/** Outcome of a save: the decision, and the recipients as the paste format (to refill the form). */
export type DecisionSaved = { id: number; recipients: number; recipientsText: string };

function rowErrorsMessage(errors: readonly RowError[], prefix = ""): string {
  const shown = errors.slice(0, SHOWN_ROW_ERRORS).map((e) => prefix + describeRowError(e));
  if (errors.length > SHOWN_ROW_ERRORS) shown.push(`… và ${errors.length - SHOWN_ROW_ERRORS} dòng lỗi khác.`);
  return `Chưa có gì được lưu. Sửa ${errors.length === 1 ? "dòng" : `${errors.length} dòng`} sau rồi lưu lại:\n${shown.join("\n")}`;
}

/** The recipients of a save: the file's rows when a file is given (it replaces the pasted list), else the pasted lines. */
async function resolveRecipients(text: string, file: RecipientsFile | null | undefined): Promise<{ ok: true; rows: RecipientData[] } | { ok: false; errors: FieldErrors }> {
  if (file && file.bytes.byteLength > 0) {
    const read = await readRecipientsFile(file);
    if (!read.ok) return { ok: false, errors: { recipientsFile: read.fileErrors.length ? read.fileErrors.join("\n") : rowErrorsMessage(read.rowErrors, "Tệp, ") } };
    return { ok: true, rows: read.rows };
  }
  const pasted = parseRecipientLines(text);
  if (pasted.errors.length) return { ok: false, errors: { recipientsText: rowErrorsMessage(pasted.errors) } };
  return { ok: true, rows: pasted.rows };
}

/** Parses the decision and its recipients; every problem at once (fields and rows). */
async function parseDecision(input: DecisionInput, file?: RecipientsFile | null): Promise<{ ok: true; data: DecisionData; rows: RecipientData[] } | { ok: false; errors: FieldErrors }> {
  const parsed = parseInput(decisionInput, input);
  const recipients = await resolveRecipients(typeof input.recipientsText === "string" ? input.recipientsText.slice(0, 200_000) : "", file);
  const errors = { ...(parsed.ok ? {} : parsed.errors), ...(recipients.ok ? {} : recipients.errors) };
  if (!parsed.ok || !recipients.ok) return { ok: false, errors };
  return { ok: true, data: parsed.data, rows: recipients.rows };
}

const decisionValues = (d: DecisionData) => ({
  form: d.form,
  title: d.title,
  issuer: d.issuer,
  issuerSlug: issuerSlugOf(d.issuer),
  decisionNumber: d.decisionNumber,
  decisionDate: d.decisionDate,
  year: d.year,
  reason: d.reason,
  signerName: d.signerName,
  signerTitle: d.signerTitle,
  conferenceSlug: d.conferenceSlug,
  isSample: d.isSample,
});

async function replaceRecipients(tx: Tx, decisionId: number, rows: readonly RecipientData[]): Promise<void> {
  await tx.delete(awardRecipients).where(eq(awardRecipients.decisionId, decisionId));
  if (rows.length) await tx.insert(awardRecipients).values(rows.map((r, position) => ({ decisionId, position, ...r })));
}

const recipientsAudit = (rows: readonly Pick<RecipientData, "kind" | "name" | "jobTitle" | "unit">[]) => rows.map((r) => ({ kind: r.kind, name: r.name, jobTitle: r.jobTitle, unit: r.unit }));

export async function createAwardDecision(actor: Actor | null, input: DecisionInput, file?: RecipientsFile | null): Promise<Result<DecisionSaved>> {
  assertCan(actor, "awards.manage");
  const parsed = await parseDecision(input, file);
  if (!parsed.ok) return fail(parsed.errors);
  const { data, rows } = parsed;
  return runInTransaction(
    async (tx) => {
      const [created] = await tx
        .insert(awardDecisions)
        .values({ ...decisionValues(data), status: "draft", createdById: actor.id, updatedById: actor.id })
        .returning();
      await replaceRecipients(tx, created!.id, rows);
      await writeAudit(tx, actor, { action: "award.create", entity: "award_decision", entityId: created!.id, after: { ...decisionAuditView(created!), recipients: recipientsAudit(rows) } });
      return { id: created!.id, recipients: rows.length, recipientsText: formatRecipientLines(rows) };
    },
    { violations: VIOLATIONS },
  );
}

/** Saves a draft decision and replaces its recipients. `expectedVersion` guards against overwriting a newer save. */
export async function updateAwardDecision(
  actor: Actor | null,
  id: number | string,
  input: DecisionInput & { expectedVersion?: number | string },
  file?: RecipientsFile | null,
): Promise<Result<DecisionSaved>> {
  assertCan(actor, "awards.manage");
  const decisionId = parseRecordId(id);
  if (!decisionId) return fail({ _form: DECISION_NOT_FOUND });
  const parsed = await parseDecision(input, file);
  if (!parsed.ok) return fail(parsed.errors);
  const { data, rows } = parsed;
  const expected = input.expectedVersion === undefined || input.expectedVersion === "" ? null : Number(input.expectedVersion);
  return runInTransaction(
    async (tx) => {
      const before = await lockDecision(tx, decisionId);
      if (!before) refuse(DECISION_NOT_FOUND);
      if (before.status !== "draft") refuse(NOT_DRAFT);
      if (expected !== null && expected !== before.version) refuse(STALE);
      const beforeRows = await loadRecipients(tx, before.id);
      const [after] = await tx
        .update(awardDecisions)
        .set({ ...decisionValues(data), version: before.version + 1, updatedById: actor.id, updatedAt: new Date() })
        .where(eq(awardDecisions.id, before.id))
        .returning();
      await replaceRecipients(tx, before.id, rows);
      await writeAudit(tx, actor, {
        action: "award.update",
        entity: "award_decision",
        entityId: before.id,
        before: { ...decisionAuditView(before), recipients: recipientsAudit(beforeRows) },
        after: { ...decisionAuditView(after!), recipients: recipientsAudit(rows) },
      });
      return { id: before.id, recipients: rows.length, recipientsText: formatRecipientLines(rows) };
    },
    { violations: VIOLATIONS },
  );
}

/** Deletes a draft (never a published or revoked decision: those are public record). */
export async function deleteAwardDecision(actor: Actor | null, id: number | string): Promise<Result> {
  assertCan(actor, "awards.manage");
  const decisionId = parseRecordId(id);
  if (!decisionId) return fail({ _form: DECISION_NOT_FOUND });
  return runInTransaction(async (tx) => {
    const before = await lockDecision(tx, decisionId);
    if (!before) refuse(DECISION_NOT_FOUND);
    if (before.status !== "draft") refuse("Chỉ xóa được bản nháp; quyết định đã công bố chỉ có thể thu hồi.");
    const rows = await loadRecipients(tx, before.id);
    await tx.delete(awardDecisions).where(eq(awardDecisions.id, before.id));
    await writeAudit(tx, actor, { action: "award.delete", entity: "award_decision", entityId: before.id, before: { ...decisionAuditView(before), recipients: recipientsAudit(rows) } });
  });
}

export type PublishOutcome = { id: number; article: { id: number } | null; articleProblem: string | null };

/**
 * Publishes a draft decision. With `draftNews`, a news draft announcing it is then written through the
 * newsroom (status draft, for staff to review and publish): the decision is published either way, and a
 * draft that could not be written is reported, never hidden.
 */
export async function publishAwardDecision(actor: Actor | null, id: number | string, options: { draftNews?: { categoryId: number | string } | null } = {}): Promise<Result<PublishOutcome>> {
  assertCan(actor, "awards.manage");
  const decisionId = parseRecordId(id);
  if (!decisionId) return fail({ _form: DECISION_NOT_FOUND });
  const published = await applyTransition(awardWorkflow, actor, decisionId, "publish");
  if (!published.ok) return fail(published.errors);
  if (!options.draftNews) return { ok: true, value: { id: decisionId, article: null, articleProblem: null } };
  const d = published.value;
  const list = await loadRecipients(await getDb(), d.id);
  const collectives = list.filter((r) => r.kind === "collective").length;
  const wording = formWording(d);
  const lead = `${d.issuer} tặng ${wording} cho ${countInWords(collectives, list.length - collectives)} (Quyết định số ${d.decisionNumber} ngày ${formatDate(d.decisionDate)}).`;
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const body = [
    `<p>${escape(lead)}${d.reason ? ` ${escape(d.reason)}` : ""}</p>`,
    `<ul>${list.map((r) => `<li>${escape([r.name, r.jobTitle, r.unit].filter(Boolean).join(", "))}</li>`).join("")}</ul>`,
    `<p>Danh sách đầy đủ tại trang Thi đua – Khen thưởng của Cổng: /awards?year=${d.year}</p>`,
  ].join("");
  const article = await createArticle(actor, {
    title: `${d.issuer} tặng ${wording} năm ${d.year}`.slice(0, 300),
    sapo: lead.slice(0, 1000),
    bodyHtml: body,
    categoryId: options.draftNews.categoryId as number,
    author: "",
    source: "",
  });
  if (!article.ok) return { ok: true, value: { id: d.id, article: null, articleProblem: Object.values(article.errors)[0] ?? "Chưa tạo được bản nháp tin." } };
  return { ok: true, value: { id: d.id, article: { id: article.value.id }, articleProblem: null } };
}

/** Revokes (thu hồi) a published decision: reason and date kept, the record and its recipients stay, marked. */
export async function revokeAwardDecision(actor: Actor | null, id: number | string, input: { reason: string; revokedOn: string }): Promise<Result<{ id: number }>> {
  assertCan(actor, "awards.manage");
  const decisionId = parseRecordId(id);
  if (!decisionId) return fail({ _form: DECISION_NOT_FOUND });
  const revoked = await applyTransition(awardWorkflow, actor, decisionId, "revoke", input);
  return revoked.ok ? { ok: true, value: { id: decisionId } } : fail(revoked.errors);
}
