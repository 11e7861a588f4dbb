// The catalogue import's plan: each checked row of an import file compared with the catalogue (new / changed,
// naming the changed columns / unchanged), the fields and agencies it will create, and a digest of the plan so
// that what is applied is what was previewed. Rows upsert by code. Reading only; applying is
// importProcedures in ./mutations.ts (one transaction, one audit entry).
import "server-only";
import { createHash } from "node:crypto";
import { inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { procedureDocuments, procedures, serviceAgencies, serviceFields } from "@/db/schema";
import { assertCan, isSystemActor, type AnyActor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/kernel";
import { parseImportFile, type ImportColumn, type ImportRow, type RowError } from "./import-format";

export type ImportFile = { filename: string; bytes: Uint8Array };
export type ImportReport = { fileErrors: string[]; rowErrors: RowError[]; rowCount: number };

export type PlannedRow = { line: number; code: string; name: string; action: "create" | "update" | "unchanged"; changes: ImportColumn[]; newField: boolean; newAgency: boolean };

export type ImportPlan = {
  rows: PlannedRow[];
  newFields: string[];
  newAgencies: { name: string; code: string | null }[];
  counts: { created: number; updated: number; unchanged: number };
  digest: string;
  /** For applying: ids by lower-cased name of the fields and agencies that exist, and the rows being updated. */
  resolved: { fields: Map<string, number>; agencies: Map<string, number>; existing: Map<string, { id: number }> };
};

export type ImportSummary = { rows: number; created: number; updated: number; unchanged: number; newFields: string[]; newAgencies: string[]; sha256: string };

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; report: ImportReport };

const CHUNK = 1000;
const key = (s: string) => s.normalize("NFC").toLowerCase();

/** JSON with sorted keys: jsonb gives objects back with its own key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v ?? null);
}

const channelsOf = (xs: readonly { name?: string; time?: string; fee?: string }[]) => xs.map((c) => ({ name: c.name ?? "", time: c.time ?? "", fee: c.fee ?? "" }));
const legalOf = (xs: readonly { number?: string; title?: string; effectiveDate?: string }[]) =>
  xs.map((l) => ({ number: l.number ?? "", title: l.title ?? "", effectiveDate: l.effectiveDate ?? "" }));
const docsOf = (xs: readonly { name: string; originals: number; copies: number }[]) => xs.map((d) => ({ name: d.name, originals: d.originals, copies: d.copies }));

/** Compares checked rows with the catalogue (inside the caller's transaction). */
export async function planImport(tx: Tx, rows: readonly ImportRow[], hasNationalUrl: boolean): Promise<PlanResult> {
  const fields = await tx.select({ id: serviceFields.id, name: serviceFields.name }).from(serviceFields);
  const agencies = await tx.select({ id: serviceAgencies.id, name: serviceAgencies.name, code: serviceAgencies.code }).from(serviceAgencies);
  const fieldByName = new Map(fields.map((f) => [key(f.name), f.id]));
  const agencyByName = new Map(agencies.map((a) => [key(a.name), a]));
  const agencyByCode = new Map(agencies.map((a) => [a.code, a]));

  const rowErrors: RowError[] = [];
  const newFields = new Map<string, string>();
  const newAgencies = new Map<string, { name: string; code: string | null; line: number }>();
  const newAgencyCodes = new Map<string, string>();
  const fieldIdOf = new Map<string, number | "new">();
  const agencyIdOf = new Map<string, number | "new">();

  for (const r of rows) {
    const reasons: string[] = [];
    const fk = key(r.field);
    if (fieldByName.has(fk)) fieldIdOf.set(r.code, fieldByName.get(fk)!);
    else {
      if (!newFields.has(fk)) newFields.set(fk, r.field);
      fieldIdOf.set(r.code, "new");
    }
    const ak = key(r.agency.name);
    const byName = agencyByName.get(ak);
    const byCode = r.agency.code ? agencyByCode.get(r.agency.code) : undefined;
    if (r.agency.code && byCode && key(byCode.name) !== ak) {
      reasons.push(`cột “agency”: mã ${r.agency.code} là của cơ quan “${byCode.name}”, không phải “${r.agency.name}”`);
    } else if (r.agency.code && byName && byName.code !== r.agency.code) {
      reasons.push(`cột “agency”: cơ quan “${byName.name}” đã có mã ${byName.code}, khác mã ${r.agency.code} trong tệp (sửa mã trong trang Lĩnh vực và cơ quan)`);
    } else if (byName) {
      agencyIdOf.set(r.code, byName.id);
    } else {
      const seen = newAgencies.get(ak);
      if (seen && r.agency.code && seen.code && seen.code !== r.agency.code) {
        reasons.push(`cột “agency”: cơ quan mới “${r.agency.name}” có mã ${r.agency.code}, khác mã ${seen.code} ở dòng ${seen.line}`);
      } else if (r.agency.code && newAgencyCodes.has(r.agency.code) && newAgencyCodes.get(r.agency.code) !== ak) {
        reasons.push(`cột “agency”: mã ${r.agency.code} đã dùng cho cơ quan mới khác trong tệp`);
      } else {
        if (!seen) newAgencies.set(ak, { name: r.agency.name, code: r.agency.code, line: r.line });
        else if (!seen.code && r.agency.code) seen.code = r.agency.code;
        if (r.agency.code) newAgencyCodes.set(r.agency.code, ak);
        agencyIdOf.set(r.code, "new");
      }
    }
    if (reasons.length) rowErrors.push({ line: r.line, code: r.code, reasons });
  }
  if (rowErrors.length) return { ok: false, report: { fileErrors: [], rowErrors, rowCount: rows.length } };

  const codes = rows.map((r) => r.code);
  const existing = new Map<string, typeof procedures.$inferSelect>();
  for (let i = 0; i < codes.length; i += CHUNK) {
    for (const p of await tx.select().from(procedures).where(inArray(procedures.code, codes.slice(i, i + CHUNK)))) existing.set(p.code, p);
  }
  const ids = [...existing.values()].map((p) => p.id);
  const docsById = new Map<number, { name: string; originals: number; copies: number; position: number }[]>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const docs = await tx
      .select({ procedureId: procedureDocuments.procedureId, name: procedureDocuments.name, originals: procedureDocuments.originals, copies: procedureDocuments.copies, position: procedureDocuments.position })
      .from(procedureDocuments)
      .where(inArray(procedureDocuments.procedureId, ids.slice(i, i + CHUNK)));
    for (const d of docs) docsById.set(d.procedureId, [...(docsById.get(d.procedureId) ?? []), d]);
  }

  const planned: PlannedRow[] = rows.map((r) => {
    const before = existing.get(r.code);
    const fieldId = fieldIdOf.get(r.code)!;
    const agencyId = agencyIdOf.get(r.code)!;
    const flags = { newField: fieldId === "new", newAgency: agencyId === "new" };
    if (!before) return { line: r.line, code: r.code, name: r.name, action: "create", changes: [], ...flags };
    const beforeDocs = (docsById.get(before.id) ?? []).sort((a, b) => a.position - b.position);
    const changes: ImportColumn[] = [];
    const differs = (column: ImportColumn, a: unknown, b: unknown) => {
      if (canonical(a) !== canonical(b)) changes.push(column);
    };
    differs("name", before.name, r.name);
    if (fieldId === "new" || fieldId !== before.fieldId) changes.push("field");
    differs("level", before.level, r.level);
    if (agencyId === "new" || agencyId !== before.agencyId) changes.push("agency");
    differs("subjects", before.subjects, r.subjects);
    differs("steps", before.steps, r.steps);
    differs("channels", channelsOf(before.channels), channelsOf(r.channels));
    differs("documents", docsOf(beforeDocs), docsOf(r.documents));
    differs("processing_days", before.processingDays, r.processingDays);
    differs("fees", before.fees, r.fees);
    differs("result", before.result, r.result);
    differs("conditions", before.conditions, r.conditions);
    differs("legal_basis", legalOf(before.legalBasis), legalOf(r.legalBasis));
    if (hasNationalUrl) differs("national_url", before.nationalUrl ?? null, r.nationalUrl ?? null);
    return { line: r.line, code: r.code, name: r.name, action: changes.length ? "update" : "unchanged", changes, ...flags };
  });

  const counts = {
    created: planned.filter((p) => p.action === "create").length,
    updated: planned.filter((p) => p.action === "update").length,
    unchanged: planned.filter((p) => p.action === "unchanged").length,
  };
  const newFieldList = [...newFields.values()];
  const newAgencyList = [...newAgencies.values()].map(({ name, code }) => ({ name, code }));
  const digest = createHash("sha256")
    .update(canonical({ rows: planned.map((p) => [p.code, p.action, p.changes]), newFieldList, newAgencyList }))
    .digest("hex");
  return {
    ok: true,
    plan: {
      rows: planned,
      newFields: newFieldList,
      newAgencies: newAgencyList,
      counts,
      digest,
      resolved: {
        fields: new Map(fields.map((f) => [key(f.name), f.id])),
        agencies: new Map(agencies.map((a) => [key(a.name), a.id])),
        existing: new Map([...existing.values()].map((p) => [p.code, { id: p.id }])),
      },
    },
  };
}

export type ImportPreview = { ok: true; plan: Omit<ImportPlan, "resolved">; format: "csv" | "json" } | { ok: false; report: ImportReport };

/** What an import file would do, without doing it: every bad row, or the plan per row. */
export async function previewImport(actor: AnyActor | null, file: ImportFile): Promise<ImportPreview> {
  if (!isSystemActor(actor)) assertCan(actor, "services.import");
  const parsed = parseImportFile(file.filename, file.bytes);
  if (!parsed.ok) return { ok: false, report: { fileErrors: parsed.fileErrors, rowErrors: parsed.rowErrors, rowCount: parsed.rowCount } };
  const db = await getDb();
  const planned = await db.transaction((tx) => planImport(tx, parsed.rows, parsed.hasNationalUrl));
  if (!planned.ok) return planned;
  const { resolved: _r, ...plan } = planned.plan;
  return { ok: true, plan, format: parsed.format };
}
