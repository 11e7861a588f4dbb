// The public-services catalogue (level 1–3 online services, Decree 43/2011 art. 3(4); levels renamed by
// Decree 42/2022): fields (lĩnh vực), implementing agencies, procedures with the national procedure
// database's fields, their required documents (thành phần hồ sơ) and the form files citizens download.
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, serial, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea, tsvector } from "./types";
import { users } from "./users";

export const serviceFields = pgTable("service_fields", {
  id: serial().primaryKey(),
  slug: text().notNull().unique(),
  name: text().notNull().unique(),
  sortOrder: integer().notNull().default(0),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const serviceAgencies = pgTable("service_agencies", {
  id: serial().primaryKey(),
  slug: text().notNull().unique(),
  name: text().notNull().unique(),
  // The agency's code in the national system, the first part of its dossier codes (e.g. 000.00.06.H56).
  code: text().notNull().unique(),
  address: text().notNull().default(""),
  phone: text().notNull().default(""),
  isSample: boolean().notNull().default(false),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** One way to file a dossier (cách thức thực hiện), with its own processing time and fee. */
export type ProcedureChannel = { name: string; time: string; fee: string };
/** One legal document behind the procedure (căn cứ pháp lý). */
export type LegalBasisItem = { number: string; title: string; effectiveDate: string };

// Public downloadable files: the form templates of required documents (mẫu đơn, tờ khai). Served with a
// long public cache; never used for anything a citizen uploads (those are private_files).
export const procedureFiles = pgTable(
  "procedure_files",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    filename: text().notNull(),
    mimeType: text().notNull(),
    byteSize: integer().notNull(),
    sha256: text().notNull(),
    data: bytea().notNull(),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("procedure_files_byte_size_check", sql`${t.byteSize} = octet_length(${t.data})`)],
);

export const procedures = pgTable(
  "procedures",
  {
    id: serial().primaryKey(),
    // Mã thủ tục, e.g. 1.000948 or 2.000635, optionally with a local suffix (1.000948.000.00.00.H42).
    code: text().notNull(),
    name: text().notNull(),
    kind: text().notNull().default(""),
    fieldId: integer()
      .notNull()
      .references(() => serviceFields.id, { onDelete: "restrict" }),
    agencyId: integer()
      .notNull()
      .references(() => serviceAgencies.id, { onDelete: "restrict" }),
    level: smallint().notNull(),
    subjects: text().notNull().default(""),
    steps: jsonb().$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    channels: jsonb().$type<ProcedureChannel[]>().notNull().default(sql`'[]'::jsonb`),
    processingDays: integer().notNull(),
    fees: text().notNull().default(""),
    result: text().notNull().default(""),
    conditions: text().notNull().default(""),
    legalBasis: jsonb().$type<LegalBasisItem[]>().notNull().default(sql`'[]'::jsonb`),
    publishingDecision: text().notNull().default(""),
    nationalUrl: text(),
    // Hidden procedures stay in the admin (and their dossiers keep their link) but leave the public catalogue.
    published: boolean().notNull().default(true),
    isSample: boolean().notNull().default(false),
    // Rows made by `npm run db:generate-load` (never in the demo content).
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    updatedById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('portal_vi'::regconfig, coalesce(name, '')), 'A') || setweight(to_tsvector('portal_vi'::regconfig, coalesce(code, '')), 'A') || setweight(to_tsvector('portal_vi'::regconfig, coalesce(subjects, '') || ' ' || coalesce(result, '')), 'C')`,
    ),
  },
  (t) => [
    uniqueIndex("procedures_code_unique").on(t.code),
    index("procedures_field_idx").on(t.fieldId, t.level),
    index("procedures_agency_idx").on(t.agencyId),
    index("procedures_level_idx").on(t.level),
    index("procedures_search_idx").using("gin", t.searchVector),
    index("procedures_name_trgm_idx").using("gin", sql`portal_unaccent(lower(${t.name})) gin_trgm_ops`),
    check("procedures_level_range", sql`${t.level} between 1 and 3`),
    check("procedures_processing_days_range", sql`${t.processingDays} between 0 and 365`),
  ],
);

export const procedureDocuments = pgTable(
  "procedure_documents",
  {
    id: serial().primaryKey(),
    procedureId: integer()
      .notNull()
      .references(() => procedures.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    name: text().notNull(),
    originals: smallint().notNull().default(1),
    copies: smallint().notNull().default(0),
    required: boolean().notNull().default(true),
    formFileId: uuid().references(() => procedureFiles.id, { onDelete: "set null" }),
  },
  (t) => [uniqueIndex("procedure_documents_position").on(t.procedureId, t.position)],
);

export type ServiceField = typeof serviceFields.$inferSelect;
export type ServiceAgency = typeof serviceAgencies.$inferSelect;
export type Procedure = typeof procedures.$inferSelect;
export type ProcedureDocument = typeof procedureDocuments.$inferSelect;
export type ProcedureFile = typeof procedureFiles.$inferSelect;
