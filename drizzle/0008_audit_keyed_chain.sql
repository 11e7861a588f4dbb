-- Entries written before this migration were chained with plain SHA-256 (scheme 1); from now on the
-- application writes HMAC-SHA-256 entries (scheme 2) that chain on from the last old hash. The default
-- only labels the existing rows and is dropped at once: every new insert must say which scheme it used.
ALTER TABLE "audit_log" ADD COLUMN "scheme" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "scheme" DROP DEFAULT;
