// Writes of the public-services catalogue: procedures (create, edit every field, hide/show), their form files,
// fields and agencies, and applying an import file. Each write authorises ("services.manage"; importing
// "services.import"), parses its own input, runs in one transaction and writes one audit entry with before
// and after (an import: one entry with its counts, so 15.000 rows do not flood the log). Callers refresh the
// cached public pages (lib/cache.ts revalidatePublicServices) afterwards.
import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { procedureDocuments, procedureFiles, procedures, serviceAgencies, serviceFields, type Procedure, type ServiceAgency, type ServiceField } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { assertCan, isSystemActor, type Actor, type AnyActor } from "@/lib/auth/permissions";
import { fail, parseInput, parseRecordId, refuse, runInTransaction, type FieldErrors, type Result, type Tx } from "@/lib/kernel";
import { slugify } from "@/lib/text/slug";
import { checkUpload } from "@/lib/uploads/inspect";
import { planImport, type ImportFile, type ImportReport, type ImportSummary } from "./import";
import { parseImportFile } from "./import-format";
import {
  agencyInput,
  fieldInput,
  procedureInput,
  type AgencyInput,
  type DocumentData,
  type FieldInput,
  type ProcedureData,
  type ProcedureInput,
} from "./validation";

const NOT_FOUND = "Không tìm thấy thủ tục này (có thể đã bị xóa).";
const STALE = "Thủ tục vừa được người khác sửa. Vui lòng tải lại trang để xem bản mới nhất rồi sửa lại.";
const CODE_TAKEN = (code: string) => `Mã thủ tục ${code} đã có trong danh mục.`;

type DocRow = { id: number; position: number; name: string; originals: number; copies: number; required: boolean; formFileId: string | null };

/** What the audit log keeps of a procedure: every field a citizen reads, documents included. */
function procedureAuditView(p: Procedure, docs: readonly Pick<DocRow, "name" | "originals" | "copies" | "required" | "formFileId">[]) {
  return {
    code: p.code,
    name: p.name,
    kind: p.kind,
    fieldId: p.fieldId,
    agencyId: p.agencyId,
    level: p.level,
    subjects: p.subjects,
    steps: p.steps,
    channels: p.channels,
    documents: docs.map((d) => ({ name: d.name, originals: d.originals, copies: d.copies, required: d.required, formFileId: d.formFileId })),
    processingDays: p.processingDays,
    fees: p.fees,
    result: p.result,
    conditions: p.conditions,
    legalBasis: p.legalBasis,
    publishingDecision: p.publishingDecision,
    nationalUrl: p.nationalUrl,
    published: p.published,
    isSample: p.isSample,
  };
}

const loadDocs = (tx: Tx, procedureId: number): Promise<DocRow[]> =>
  tx
    .select({
      id: procedureDocuments.id,
      position: procedureDocuments.position,
      name: procedureDocuments.name,
      originals: procedureDocuments.originals,
      copies: procedureDocuments.copies,
      required: procedureDocuments.required,
      formFileId: procedureDocuments.formFileId,
    })
    .from(procedureDocuments)
    .where(eq(procedureDocuments.procedureId, procedureId))
    .orderBy(asc(procedureDocuments.position));

const sameName = (a: string, b: string) => a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();

/**
 * Makes a procedure's documents the wanted list, keeping each document that stays (its id, which dossiers
 * point at, and its form file): matched by the id the edit form carries, else by name (an import). Documents
 * no longer wanted are deleted, and their form files once nothing uses them.
 */
async function syncDocuments(tx: Tx, procedureId: number, wanted: readonly DocumentData[], existing?: DocRow[]): Promise<DocRow[]> {
  const current = existing ?? (await loadDocs(tx, procedureId));
  const match = new Map<number, DocRow>(); // wanted index -> kept document
  const used = new Set<number>();
  const keep = (i: number, d: DocRow | undefined) => {
    if (!d || used.has(d.id) || match.has(i)) return;
    match.set(i, d);
    used.add(d.id);
  };
  wanted.forEach((w, i) => keep(i, w.id ? current.find((c) => c.id === w.id) : undefined));
  wanted.forEach((w, i) => keep(i, current.find((c) => !used.has(c.id) && sameName(c.name, w.name))));
  const removed = current.filter((c) => !used.has(c.id));
  if (removed.length) await tx.delete(procedureDocuments).where(inArray(procedureDocuments.id, removed.map((r) => r.id)));
  // Positions are unique per procedure: park the kept rows out of the way first, then set the final ones.
  const kept = [...match.values()];
  if (kept.length) {
    await tx
      .update(procedureDocuments)
      .set({ position: sql`-1 - ${procedureDocuments.position}` })
      .where(inArray(procedureDocuments.id, kept.map((k) => k.id)));
  }
  const out: DocRow[] = [];
  for (const [i, w] of wanted.entries()) {
    const d = match.get(i);
    const values = { position: i, name: w.name, originals: w.originals, copies: w.copies, required: w.required };
    if (d) {
      await tx.update(procedureDocuments).set(values).where(eq(procedureDocuments.id, d.id));
      out.push({ ...d, ...values });
    } else {
      const [created] = await tx.insert(procedureDocuments).values({ procedureId, ...values }).returning();
      out.push({ ...created, formFileId: created.formFileId ?? null });
    }
  }
  await dropUnusedFiles(tx, removed.map((r) => r.formFileId).filter((x): x is string => !!x));
  return out;
}

/** Form files that no document points at any more are deleted (they are public: nothing else keeps them). */
async function dropUnusedFiles(tx: Tx, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await tx.execute(
    sql`delete from ${procedureFiles} where ${procedureFiles.id} in ${ids} and not exists (select 1 from ${procedureDocuments} where ${procedureDocuments.formFileId} = ${procedureFiles.id})`,
  );
}

async function checkRefs(tx: Tx, data: Pick<ProcedureData, "fieldId" | "agencyId">): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const [f] = await tx.select({ id: serviceFields.id }).from(serviceFields).where(eq(serviceFields.id, data.fieldId));
  if (!f) errors.fieldId = "Lĩnh vực đã chọn không còn. Vui lòng chọn lại.";
  const [a] = await tx.select({ id: serviceAgencies.id }).from(serviceAgencies).where(eq(serviceAgencies.id, data.agencyId));
  if (!a) errors.agencyId = "Cơ quan đã chọn không còn. Vui lòng chọn lại.";
  return errors;
}

function recordValues(d: ProcedureData) {
  return {
    code: d.code,
    name: d.name,
    kind: d.kind,
    fieldId: d.fieldId,
    agencyId: d.agencyId,
    level: d.level,
    subjects: d.subjects,
    steps: d.steps,
    channels: d.channels,
    processingDays: d.processingDays,
    fees: d.fees,
    result: d.result,
    conditions: d.conditions,
    legalBasis: d.legalBasis,
    publishingDecision: d.publishingDecision,
    nationalUrl: d.nationalUrl,
  };
}

export async function createProcedure(actor: Actor | null, input: ProcedureInput): Promise<Result<{ id: number; code: string }>> {
  assertCan(actor, "services.manage");
  const parsed = parseInput(procedureInput, input);
  if (!parsed.ok) return parsed;
  const d = parsed.data;
  return runInTransaction(
    async (tx) => {
      const errors = await checkRefs(tx, d);
      const [taken] = await tx.select({ id: procedures.id }).from(procedures).where(eq(procedures.code, d.code));
      if (taken) errors.code = CODE_TAKEN(d.code);
      if (Object.keys(errors).length) refuse(errors);
      const [created] = await tx
        .insert(procedures)
        .values({ ...recordValues(d), published: d.published ?? true, isSample: d.isSample ?? false, createdById: actor.id, updatedById: actor.id })
        .returning();
      const docs = await syncDocuments(tx, created.id, d.documents, []);
      await writeAudit(tx, actor, { action: "procedure.create", entity: "procedure", entityId: created.id, after: procedureAuditView(created, docs) });
      return { id: created.id, code: created.code };
    },
    { violations: { procedures_code_unique: { code: CODE_TAKEN(d.code) } } },
  );
}

/**
 * Saves every field of a procedure. `expectedVersion` is the version the form was opened at: a save over
 * someone else's newer one is refused rather than silently undoing it.
 */
export async function updateProcedure(actor: Actor | null, id: number | string, input: ProcedureInput & { expectedVersion?: number | string }): Promise<Result<{ code: string }>> {
  assertCan(actor, "services.manage");
  const procedureId = parseRecordId(id);
  if (!procedureId) return fail({ _form: NOT_FOUND });
  const parsed = parseInput(procedureInput, input);
  if (!parsed.ok) return parsed;
  const d = parsed.data;
  const expected = input.expectedVersion === undefined || input.expectedVersion === "" ? null : Number(input.expectedVersion);
  return runInTransaction(
    async (tx) => {
      const [before] = await tx.select().from(procedures).where(eq(procedures.id, procedureId)).for("update");
      if (!before) refuse(NOT_FOUND);
      if (expected !== null && expected !== before.version) refuse(STALE);
      const errors = await checkRefs(tx, d);
      const [taken] = await tx.select({ id: procedures.id }).from(procedures).where(and(eq(procedures.code, d.code), ne(procedures.id, before.id)));
      if (taken) errors.code = CODE_TAKEN(d.code);
      if (Object.keys(errors).length) refuse(errors);
      const beforeDocs = await loadDocs(tx, before.id);
      const [after] = await tx
        .update(procedures)
        .set({
          ...recordValues(d),
          isSample: d.isSample ?? before.isSample,
          version: before.version + 1,
          updatedById: actor.id,
          updatedAt: new Date(),
        })
        .where(eq(procedures.id, before.id))
        .returning();
      const docs = await syncDocuments(tx, before.id, d.documents, beforeDocs);
      await writeAudit(tx, actor, {
        action: "procedure.update",
        entity: "procedure",
        entityId: before.id,
        before: procedureAuditView(before, beforeDocs),
        after: procedureAuditView(after, docs),
      });
      return { code: after.code };
    },
    { violations: { procedures_code_unique: { code: CODE_TAKEN(d.code) } } },
  );
}

/** Hides a procedure from the public catalogue (its dossiers keep their link) or shows it again. */
export async function setProcedurePublished(actor: Actor | null, id: number | string, published: boolean): Promise<Result<{ code: string }>> {
  assertCan(actor, "services.manage");
  const procedureId = parseRecordId(id);
  if (!procedureId) return fail({ _form: NOT_FOUND });
  return runInTransaction(async (tx) => {
    const [before] = await tx.select().from(procedures).where(eq(procedures.id, procedureId)).for("update");
    if (!before) refuse(NOT_FOUND);
    if (before.published === published) return { code: before.code };
    await tx.update(procedures).set({ published, version: before.version + 1, updatedById: actor.id, updatedAt: new Date() }).where(eq(procedures.id, before.id));
    await writeAudit(tx, actor, {
      action: published ? "procedure.show" : "procedure.hide",
      entity: "procedure",
      entityId: before.id,
      before: { code: before.code, published: before.published },
      after: { code: before.code, published },
    });
    return { code: before.code };
  });
}

const fileView = (f: { id: string; filename: string; mimeType: string; byteSize: number; sha256: string } | undefined) =>
  f ? { id: f.id, filename: f.filename, mimeType: f.mimeType, byteSize: f.byteSize, sha256: f.sha256 } : null;

async function lockDocument(tx: Tx, documentId: number) {
  const [doc] = await tx.select().from(procedureDocuments).where(eq(procedureDocuments.id, documentId)).for("update");
  if (!doc) refuse("Không tìm thấy thành phần hồ sơ này (có thể vừa bị xóa). Vui lòng tải lại trang.");
  const [proc] = await tx.select().from(procedures).where(eq(procedures.id, doc.procedureId)).for("update");
  return { doc, proc: proc! };
}

/**
 * Attaches the form file (mẫu đơn, tờ khai) citizens download for one document: a "document" upload, its type
 * read from the bytes, stored in procedure_files (public). A file it replaces is deleted once unused.
 */
export async function attachFormFile(actor: Actor | null, documentId: number | string, upload: { bytes: Uint8Array; filename: string }): Promise<Result<{ procedureId: number; code: string }>> {
  assertCan(actor, "services.manage");
  const id = parseRecordId(documentId);
  if (!id) return fail({ _form: "Không tìm thấy thành phần hồ sơ này." });
  const checked = await checkUpload("document", upload.bytes, upload.filename);
  if (!checked.ok) return fail({ file: checked.error });
  const f = checked.file;
  return runInTransaction(async (tx) => {
    const { doc, proc } = await lockDocument(tx, id);
    const [old] = doc.formFileId ? await tx.select().from(procedureFiles).where(eq(procedureFiles.id, doc.formFileId)) : [];
    // The bytes travel as base64 text decoded by Postgres (PGlite serialises a binary parameter slowly).
    const [stored] = await tx
      .insert(procedureFiles)
      .values({ filename: f.filename, mimeType: f.mimeType, byteSize: f.byteSize, sha256: f.sha256, data: sql`decode(${f.bytes.toString("base64")}, 'base64')`, createdById: actor.id })
      .returning({ id: procedureFiles.id, filename: procedureFiles.filename, mimeType: procedureFiles.mimeType, byteSize: procedureFiles.byteSize, sha256: procedureFiles.sha256 });
    await tx.update(procedureDocuments).set({ formFileId: stored.id }).where(eq(procedureDocuments.id, doc.id));
    await tx.update(procedures).set({ version: proc.version + 1, updatedById: actor.id, updatedAt: new Date() }).where(eq(procedures.id, proc.id));
    if (old) await dropUnusedFiles(tx, [old.id]);
    await writeAudit(tx, actor, {
      action: "procedure.attach_form",
      entity: "procedure",
      entityId: proc.id,
      before: { code: proc.code, document: doc.name, formFile: fileView(old) },
      after: { code: proc.code, document: doc.name, formFile: fileView(stored) },
    });
    return { procedureId: proc.id, code: proc.code };
  });
}

export async function removeFormFile(actor: Actor | null, documentId: number | string): Promise<Result<{ procedureId: number; code: string }>> {
  assertCan(actor, "services.manage");
  const id = parseRecordId(documentId);
  if (!id) return fail({ _form: "Không tìm thấy thành phần hồ sơ này." });
  return runInTransaction(async (tx) => {
    const { doc, proc } = await lockDocument(tx, id);
    if (!doc.formFileId) return { procedureId: proc.id, code: proc.code };
    const [old] = await tx.select().from(procedureFiles).where(eq(procedureFiles.id, doc.formFileId));
    await tx.update(procedureDocuments).set({ formFileId: null }).where(eq(procedureDocuments.id, doc.id));
    await tx.update(procedures).set({ version: proc.version + 1, updatedById: actor.id, updatedAt: new Date() }).where(eq(procedures.id, proc.id));
    await dropUnusedFiles(tx, [doc.formFileId]);
    await writeAudit(tx, actor, {
      action: "procedure.remove_form",
      entity: "procedure",
      entityId: proc.id,
      before: { code: proc.code, document: doc.name, formFile: fileView(old) },
      after: { code: proc.code, document: doc.name, formFile: null },
    });
    return { procedureId: proc.id, code: proc.code };
  });
}

// --- Fields (lĩnh vực) and agencies (cơ quan thực hiện) ---

const fieldView = (f: ServiceField) => ({ slug: f.slug, name: f.name, sortOrder: f.sortOrder });
const agencyView = (a: ServiceAgency) => ({ slug: a.slug, name: a.name, code: a.code, address: a.address, phone: a.phone });

const FIELD_VIOLATIONS = {
  service_fields_name_unique: { name: "Đã có lĩnh vực tên này." },
  service_fields_slug_unique: { slug: "Đường dẫn này đã được lĩnh vực khác dùng." },
};
const AGENCY_VIOLATIONS = {
  service_agencies_name_unique: { name: "Đã có cơ quan tên này." },
  service_agencies_slug_unique: { slug: "Đường dẫn này đã được cơ quan khác dùng." },
  service_agencies_code_unique: { code: "Mã cơ quan này đã được cơ quan khác dùng." },
};

export async function createServiceField(actor: Actor | null, input: FieldInput): Promise<Result<{ id: number }>> {
  assertCan(actor, "services.manage");
  const parsed = parseInput(fieldInput, input);
  if (!parsed.ok) return parsed;
  const d = parsed.data;
  return runInTransaction(
    async (tx) => {
      let sortOrder = d.sortOrder;
      if (sortOrder === undefined) {
        const [{ max }] = await tx.select({ max: sql<number | null>`max(${serviceFields.sortOrder})` }).from(serviceFields);
        sortOrder = Number(max ?? 0) + 10;
      }
      const [created] = await tx.insert(serviceFields).values({ name: d.name, slug: d.slug ?? slugify(d.name, 100), sortOrder }).returning();
      await writeAudit(tx, actor, { action: "service_field.create", entity: "service_field", entityId: created.id, after: fieldView(created) });
      return { id: created.id };
    },
    { violations: FIELD_VIOLATIONS },
  );
}

export async function updateServiceField(actor: Actor | null, id: number | string, input: FieldInput): Promise<Result> {
  assertCan(actor, "services.manage");
  const fieldId = parseRecordId(id);
  if (!fieldId) return fail({ _form: "Không tìm thấy lĩnh vực này." });
  const parsed = parseInput(fieldInput, input);
  if (!parsed.ok) return parsed;
  return runInTransaction(
    async (tx) => {
      const [before] = await tx.select().from(serviceFields).where(eq(serviceFields.id, fieldId)).for("update");
      if (!before) refuse("Không tìm thấy lĩnh vực này.");
      const [after] = await tx
        .update(serviceFields)
        .set({ name: parsed.data.name, slug: parsed.data.slug ?? before.slug, sortOrder: parsed.data.sortOrder ?? before.sortOrder })
        .where(eq(serviceFields.id, before.id))
        .returning();
      await writeAudit(tx, actor, { action: "service_field.update", entity: "service_field", entityId: before.id, before: fieldView(before), after: fieldView(after) });
    },
    { violations: FIELD_VIOLATIONS },
  );
}

export async function createServiceAgency(actor: Actor | null, input: AgencyInput): Promise<Result<{ id: number }>> {
  assertCan(actor, "services.manage");
  const parsed = parseInput(agencyInput, input);
  if (!parsed.ok) return parsed;
  const d = parsed.data;
  return runInTransaction(
    async (tx) => {
      const [created] = await tx
        .insert(serviceAgencies)
        .values({ name: d.name, code: d.code, slug: d.slug ?? slugify(d.name, 100), address: d.address, phone: d.phone })
        .returning();
      await writeAudit(tx, actor, { action: "service_agency.create", entity: "service_agency", entityId: created.id, after: agencyView(created) });
      return { id: created.id };
    },
    { violations: AGENCY_VIOLATIONS },
  );
}

/** Renames an agency or corrects its code (codes made up by an import start as "TAM.…" until corrected). */
export async function updateServiceAgency(actor: Actor | null, id: number | string, input: AgencyInput): Promise<Result> {
  assertCan(actor, "services.manage");
  const agencyId = parseRecordId(id);
  if (!agencyId) return fail({ _form: "Không tìm thấy cơ quan này." });
  const parsed = parseInput(agencyInput, input);
  if (!parsed.ok) return parsed;
  const d = parsed.data;
  return runInTransaction(
    async (tx) => {
      const [before] = await tx.select().from(serviceAgencies).where(eq(serviceAgencies.id, agencyId)).for("update");
      if (!before) refuse("Không tìm thấy cơ quan này.");
      const [after] = await tx
        .update(serviceAgencies)
        .set({ name: d.name, code: d.code, slug: d.slug ?? before.slug, address: d.address, phone: d.phone })
        .where(eq(serviceAgencies.id, before.id))
        .returning();
      await writeAudit(tx, actor, { action: "service_agency.update", entity: "service_agency", entityId: before.id, before: agencyView(before), after: agencyView(after) });
    },
    { violations: AGENCY_VIOLATIONS },
  );
}

// --- Import ---

export type ImportOutcome = { ok: true; value: ImportSummary } | { ok: false; errors: FieldErrors; report?: ImportReport };

/** Audit lists of codes are cut here: the counts say the rest. */
const AUDIT_LIST_MAX = 200;
const INSERT_BATCH = 500;

/**
 * Applies an import file: all rows or none. The file is read and planned again inside the transaction (the
 * catalogue is locked against other writers meanwhile); when `expectedDigest` is given (the preview's), a plan
 * that differs from what was previewed is refused. Administrators, or the system acting for the shell's
 * `npm run services:import` (whoever can run it already holds the database).
 */
export async function importProcedures(actor: AnyActor | null, file: ImportFile, opts: { expectedDigest?: string } = {}): Promise<ImportOutcome> {
  if (!isSystemActor(actor)) assertCan(actor, "services.import");
  const parsed = parseImportFile(file.filename, file.bytes);
  if (!parsed.ok) return { ok: false, errors: { _form: "Tệp có lỗi, chưa có gì được nhập." }, report: { fileErrors: parsed.fileErrors, rowErrors: parsed.rowErrors, rowCount: parsed.rowCount } };
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  let report: ImportReport | undefined;
  const result = await runInTransaction(async (tx) => {
    // One import at a time, and no staff edit lands between the plan and its writes.
    await tx.execute(sql`lock table ${procedures} in share row exclusive mode`);
    const planned = await planImport(tx, parsed.rows, parsed.hasNationalUrl);
    if (!planned.ok) {
      report = planned.report;
      refuse("Tệp có lỗi, chưa có gì được nhập.");
    }
    const plan = planned.plan;
    if (opts.expectedDigest && opts.expectedDigest !== plan.digest) {
      refuse("Danh mục đã thay đổi kể từ lúc xem trước. Vui lòng xem trước lại rồi mới nhập.");
    }
    const by = isSystemActor(actor) ? null : actor!.id;
    const now = new Date();

    // New fields and agencies first (their ids are needed by the rows).
    const fieldIds = new Map(plan.resolved.fields);
    for (const name of plan.newFields) {
      const slug = await freeSlug(tx, "field", slugify(name, 100));
      const [f] = await tx.insert(serviceFields).values({ name, slug, sortOrder: 1000 }).returning({ id: serviceFields.id });
      fieldIds.set(name.toLowerCase(), f.id);
    }
    const agencyIds = new Map(plan.resolved.agencies);
    let provisional = await nextProvisionalNumber(tx);
    for (const a of plan.newAgencies) {
      const code = a.code ?? `TAM.${String(provisional++).padStart(4, "0")}`;
      const slug = await freeSlug(tx, "agency", slugify(a.name, 100));
      const [created] = await tx.insert(serviceAgencies).values({ name: a.name, code, slug }).returning({ id: serviceAgencies.id });
      agencyIds.set(a.name.toLowerCase(), created.id);
    }

    const values = (r: (typeof parsed.rows)[number]) => ({
      code: r.code,
      name: r.name,
      fieldId: fieldIds.get(r.field.toLowerCase())!,
      agencyId: agencyIds.get(r.agency.name.toLowerCase())!,
      level: r.level,
      subjects: r.subjects,
      steps: r.steps,
      channels: r.channels,
      processingDays: r.processingDays,
      fees: r.fees,
      result: r.result,
      conditions: r.conditions,
      legalBasis: r.legalBasis,
      ...(r.nationalUrl !== undefined ? { nationalUrl: r.nationalUrl } : {}),
      isSample: false,
    });

    const byCode = new Map(parsed.rows.map((r) => [r.code, r]));
    const creates = plan.rows.filter((p) => p.action === "create").map((p) => byCode.get(p.code)!);
    for (let i = 0; i < creates.length; i += INSERT_BATCH) {
      const batch = creates.slice(i, i + INSERT_BATCH);
      const inserted = await tx
        .insert(procedures)
        .values(batch.map((r) => ({ ...values(r), createdById: by, updatedById: by })))
        .returning({ id: procedures.id, code: procedures.code });
      const docs = inserted.flatMap((p) =>
        byCode.get(p.code)!.documents.map((d, position) => ({ procedureId: p.id, position, name: d.name, originals: d.originals, copies: d.copies, required: d.required })),
      );
      for (let j = 0; j < docs.length; j += INSERT_BATCH) await tx.insert(procedureDocuments).values(docs.slice(j, j + INSERT_BATCH));
    }
    for (const p of plan.rows.filter((x) => x.action === "update")) {
      const r = byCode.get(p.code)!;
      const existing = plan.resolved.existing.get(p.code)!;
      await tx
        .update(procedures)
        .set({ ...values(r), version: sql`${procedures.version} + 1`, updatedById: by, updatedAt: now })
        .where(eq(procedures.id, existing.id));
      if (p.changes.includes("documents")) {
        // Documents not in the file's format (required, form files) stay as they were for kept documents.
        const current = await loadDocs(tx, existing.id);
        const wanted = r.documents.map((d) => ({ ...d, required: current.find((c) => sameName(c.name, d.name))?.required ?? d.required }));
        await syncDocuments(tx, existing.id, wanted, current);
      }
    }

    const summary: ImportSummary = { ...plan.counts, rows: plan.rows.length, newFields: plan.newFields, newAgencies: plan.newAgencies.map((a) => a.name), sha256 };
    const created = plan.rows.filter((p) => p.action === "create");
    const updated = plan.rows.filter((p) => p.action === "update");
    await writeAudit(tx, actor!, {
      action: "procedure.import",
      entity: "procedure_import",
      entityId: sha256.slice(0, 16),
      after: {
        filename: file.filename,
        format: parsed.format,
        ...summary,
        createdCodes: created.slice(0, AUDIT_LIST_MAX).map((p) => p.code),
        updatedCodes: updated.slice(0, AUDIT_LIST_MAX).map((p) => ({ code: p.code, changes: p.changes })),
        listsCut: created.length > AUDIT_LIST_MAX || updated.length > AUDIT_LIST_MAX,
      },
    });
    return summary;
  });
  if (!result.ok) return { ok: false, errors: result.errors, report };
  return result;
}

async function freeSlug(tx: Tx, kind: "field" | "agency", base: string): Promise<string> {
  const table = kind === "field" ? serviceFields : serviceAgencies;
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const [hit] = await tx.select({ id: table.id }).from(table).where(eq(table.slug, slug));
    if (!hit) return slug;
  }
}

/** Provisional agency codes made by imports are TAM.0001, TAM.0002…: the next free number. */
async function nextProvisionalNumber(tx: Tx): Promise<number> {
  const rows = await tx.select({ code: serviceAgencies.code }).from(serviceAgencies).where(sql`${serviceAgencies.code} like 'TAM.%'`);
  const max = rows.reduce((m, r) => Math.max(m, Number(/^TAM\.(\d+)$/.exec(r.code)?.[1] ?? 0)), 0);
  return max + 1;
}
