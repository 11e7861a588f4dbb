// The awards registry (thi đua – khen thưởng, Law 06/2022/QH15): award decisions (form, issuing authority,
// number and date, year, reason, signer) and their recipients (collectives or individuals). A decision is
// drafted, published, and may be revoked (thu hồi) with reason and date: the record stays, marked.
import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, serial, smallint, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./users";

/** Forms of commendation and titles the registry knows (SPEC part 4); "other" names its form in `title`. */
export const AWARD_FORMS = ["co_thi_dua", "bang_khen", "giay_khen", "chien_si_thi_dua", "lao_dong_tien_tien", "other"] as const;
export type AwardForm = (typeof AWARD_FORMS)[number];
export const AWARD_STATUSES = ["draft", "published", "revoked"] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];
export const RECIPIENT_KINDS = ["collective", "individual"] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

export const awardDecisions = pgTable(
  "award_decisions",
  {
    id: serial().primaryKey(),
    form: text().$type<AwardForm>().notNull(),
    // The exact wording of the title or form, e.g. "Cờ thi đua của Bộ Thông tin và Truyền thông" (optional).
    title: text().notNull().default(""),
    // Issuing authority as written (e.g. "UBND tỉnh Nghệ An"); the slug is what ?issuer= filters by.
    issuer: text().notNull(),
    issuerSlug: text().notNull(),
    decisionNumber: text().notNull(),
    decisionDate: date({ mode: "string" }).notNull(),
    // The year (or the last year of a period) the achievement is for.
    year: smallint().notNull(),
    reason: text().notNull().default(""),
    signerName: text().notNull().default(""),
    signerTitle: text().notNull().default(""),
    // The conference the awards were presented at: a plain slug until conference reports land (no foreign key yet).
    conferenceSlug: text(),
    status: text().$type<AwardStatus>().notNull().default("draft"),
    publishedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    revocationReason: text(),
    revocationDate: date({ mode: "string" }),
    // Demo content: invented numbers and recipients, always shown with a sample mark.
    isSample: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    updatedById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("award_decisions_number_unique").on(t.issuerSlug, t.decisionNumber),
    index("award_decisions_public_idx").on(t.status, t.year, t.decisionDate),
    check("award_decisions_form_check", sql`${t.form} in (${inList(AWARD_FORMS)})`),
    check("award_decisions_status_check", sql`${t.status} in (${inList(AWARD_STATUSES)})`),
    check("award_decisions_year_range", sql`${t.year} between 1945 and 2200`),
    check(
      "award_decisions_revocation_check",
      sql`(${t.status} = 'revoked') = (${t.revokedAt} is not null and ${t.revocationReason} is not null and ${t.revocationDate} is not null)`,
    ),
  ],
);

export const awardRecipients = pgTable(
  "award_recipients",
  {
    id: serial().primaryKey(),
    decisionId: integer()
      .notNull()
      .references(() => awardDecisions.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    kind: text().$type<RecipientKind>().notNull(),
    name: text().notNull(),
    // Individuals: chức vụ and đơn vị; collectives leave them empty.
    jobTitle: text().notNull().default(""),
    unit: text().notNull().default(""),
  },
  (t) => [
    uniqueIndex("award_recipients_position").on(t.decisionId, t.position),
    check("award_recipients_kind_check", sql`${t.kind} in (${inList(RECIPIENT_KINDS)})`),
  ],
);

export type AwardDecision = typeof awardDecisions.$inferSelect;
export type AwardRecipient = typeof awardRecipients.$inferSelect;
