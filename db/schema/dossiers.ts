// Citizens' online dossiers (level 3): the applicant's details (personal data, Decree 13/2023: staff only),
// one private file per required document, the national statuses as a workflow with a timeline of notes,
// the deadline clock (due date, paused while a supplement is awaited), supplement links, the apology letter
// when late, and the applicant's rating of the handling.
import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgEnum, pgTable, primaryKey, serial, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { privateFiles } from "./files";
import { procedureDocuments, procedures, serviceAgencies, serviceFields } from "./services";
import { users } from "./users";

// The national names: Mới đăng ký → Được tiếp nhận (or Không được tiếp nhận) → Đang xử lý → Yêu cầu bổ sung
// giấy tờ → Đã xử lý xong → Đã trả kết quả; also Dừng xử lý and Công dân yêu cầu rút hồ sơ.
export const dossierStatus = pgEnum("dossier_status", [
  "submitted",
  "accepted",
  "rejected",
  "processing",
  "supplement_requested",
  "done",
  "returned",
  "stopped",
  "withdrawn",
]);

export const dossierChannel = pgEnum("dossier_channel", ["online", "counter"]);

export const dossiers = pgTable(
  "dossiers",
  {
    id: serial().primaryKey(),
    // <agency code>-<yyMMdd>-<4-digit daily sequence>, e.g. 000.00.06.H56-231027-0361.
    code: text().notNull(),
    procedureId: integer()
      .notNull()
      .references(() => procedures.id, { onDelete: "restrict" }),
    // Copied at submission, so statistics and the queue do not change when a procedure is moved later.
    fieldId: integer()
      .notNull()
      .references(() => serviceFields.id, { onDelete: "restrict" }),
    agencyId: integer()
      .notNull()
      .references(() => serviceAgencies.id, { onDelete: "restrict" }),
    status: dossierStatus().notNull().default("submitted"),
    channel: dossierChannel().notNull().default("online"),
    applicantName: text().notNull(),
    idNumber: text().notNull(),
    phone: text().notNull(),
    email: text().notNull().default(""),
    address: text().notNull().default(""),
    notes: text().notNull().default(""),
    consentAt: timestamp({ withTimezone: true }).notNull(),
    // The browser's one-time key of the form it posted: the same post twice (refresh, double click,
    // back-and-resubmit) finds the dossier it already made.
    submissionKey: text().notNull(),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    processingDays: integer().notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    // Set while a supplement is awaited: the clock is paused since then.
    pausedAt: timestamp({ withTimezone: true }),
    resultAt: timestamp({ withTimezone: true }),
    returnedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    apologyDueAt: timestamp({ withTimezone: true }),
    apologyText: text(),
    apologyAt: timestamp({ withTimezone: true }),
    rating: smallint(),
    ratedAt: timestamp({ withTimezone: true }),
    assigneeId: integer().references(() => users.id, { onDelete: "set null" }),
    updatedById: integer().references(() => users.id, { onDelete: "set null" }),
    // Rows made by `npm run db:generate-load` (never in the demo content).
    isGenerated: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("dossiers_code_unique").on(t.code),
    uniqueIndex("dossiers_submission_key_unique").on(t.submissionKey),
    index("dossiers_queue_idx").on(t.status, t.dueAt),
    index("dossiers_procedure_idx").on(t.procedureId, t.submittedAt.desc()),
    index("dossiers_stats_idx").on(t.fieldId, t.submittedAt),
    index("dossiers_submitted_idx").on(t.submittedAt.desc()),
    // The queue's order (open dossiers first, by deadline, then newest): a page is read off this index.
    index("dossiers_queue_order_idx").on(
      sql`(case when ${t.status} in ('submitted','accepted','processing','supplement_requested') then 0 else 1 end)`,
      t.dueAt,
      t.id.desc(),
    ),
    // Staff find a dossier by any part of its code or the applicant's name (ILIKE '%…%').
    index("dossiers_code_trgm_idx").using("gin", sql`${t.code} gin_trgm_ops`),
    index("dossiers_applicant_trgm_idx").using("gin", sql`${t.applicantName} gin_trgm_ops`),
    check("dossiers_rating_range", sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  ],
);

/** One uploaded file of a dossier: for a required document, at submission or as a supplement. */
export const dossierFiles = pgTable(
  "dossier_files",
  {
    id: serial().primaryKey(),
    dossierId: integer()
      .notNull()
      .references(() => dossiers.id, { onDelete: "cascade" }),
    documentId: integer().references(() => procedureDocuments.id, { onDelete: "set null" }),
    // The document's name as it was when submitted (the procedure may change later).
    documentName: text().notNull(),
    fileId: uuid()
      .notNull()
      .references(() => privateFiles.id, { onDelete: "restrict" }),
    stage: text().notNull().default("submission"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("dossier_files_dossier_idx").on(t.dossierId)],
);

/** The dossier's timeline: every step with its note, internal or shown to the applicant. */
export const dossierEvents = pgTable(
  "dossier_events",
  {
    id: serial().primaryKey(),
    dossierId: integer()
      .notNull()
      .references(() => dossiers.id, { onDelete: "cascade" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    step: text().notNull(),
    fromStatus: dossierStatus(),
    toStatus: dossierStatus().notNull(),
    note: text().notNull().default(""),
    // "applicant": shown when tracking; "internal": staff only.
    visibility: text().notNull().default("internal"),
    actorId: integer().references(() => users.id, { onDelete: "set null" }),
    actorName: text().notNull().default(""),
  },
  (t) => [index("dossier_events_dossier_idx").on(t.dossierId, t.at)],
);

/** The daily sequence behind dossier codes, per agency code and Vietnamese calendar day (one atomic upsert). */
export const dossierCounters = pgTable(
  "dossier_counters",
  {
    agencyCode: text().notNull(),
    day: date({ mode: "string" }).notNull(),
    last: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agencyCode, t.day] })],
);

/** A link for the applicant to upload what is missing: unguessable, one dossier, one use, expires. */
export const supplementRequests = pgTable(
  "supplement_requests",
  {
    id: serial().primaryKey(),
    dossierId: integer()
      .notNull()
      .references(() => dossiers.id, { onDelete: "cascade" }),
    // 256 random bits; the link's token is an HMAC of it under the server secret (lib/dossiers/supplement-token.ts).
    nonce: text().notNull(),
    // What is missing, as the staff member wrote it (shown to the applicant).
    request: text().notNull(),
    documentIds: integer().array().notNull().default(sql`'{}'::integer[]`),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("supplement_requests_dossier_idx").on(t.dossierId)],
);

export type Dossier = typeof dossiers.$inferSelect;
export type DossierStatus = (typeof dossierStatus.enumValues)[number];
export type DossierEvent = typeof dossierEvents.$inferSelect;
export type DossierFile = typeof dossierFiles.$inferSelect;
export type SupplementRequest = typeof supplementRequests.$inferSelect;
