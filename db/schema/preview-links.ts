// Preview links: a draft shown without signing in, to whoever holds the link, for 24 hours at most. Only a
// keyed hash of the token is stored (the link itself is shown once, to the staff member who asked for it).
// A link is bound to what it was minted for: the open edition of a published article, or the article's
// working content before its next publication; lib/newsroom/preview-links.ts decides when it is dead.
// Locking the issuer's account revokes their links for good (a trigger, migration 0007): reactivating the
// account brings none back.
import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { articleEditions, articles } from "./news";
import { users } from "./users";

export const previewLinks = pgTable(
  "preview_links",
  {
    id: serial().primaryKey(),
    tokenHash: text().notNull(),
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** The open edition it shows (a published article's next version); null for an article not yet public. */
    editionId: integer().references(() => articleEditions.id, { onDelete: "cascade" }),
    /** The article's latest edition number when minted (0: never published): a publication after it ends the link. */
    baseEditionNumber: integer().notNull(),
    /** The version of the content when minted (the article's or the edition's), for the staff list. */
    contentVersion: integer().notNull(),
    issuedById: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedById: integer().references(() => users.id, { onDelete: "set null" }),
    /** "staff": revoked on the article page; "issuer_deactivated": by the trigger when the issuer's account is locked. */
    revokedReason: text(),
  },
  (t) => [
    uniqueIndex("preview_links_token_hash_unique").on(t.tokenHash),
    index("preview_links_article_idx").on(t.articleId, t.expiresAt),
    check("preview_links_revoked_reason_check", sql`${t.revokedReason} in ('staff', 'issuer_deactivated') and ${t.revokedAt} is not null or ${t.revokedReason} is null`),
    check("preview_links_expiry_check", sql`${t.expiresAt} > ${t.createdAt} and ${t.expiresAt} <= ${t.createdAt} + interval '24 hours'`),
  ],
);

export type PreviewLink = typeof previewLinks.$inferSelect;
