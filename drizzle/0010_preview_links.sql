CREATE TABLE "preview_links" (
	"id" serial PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"article_id" integer NOT NULL,
	"edition_id" integer,
	"base_edition_number" integer NOT NULL,
	"content_version" integer NOT NULL,
	"issued_by_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by_id" integer,
	"revoked_reason" text,
	CONSTRAINT "preview_links_revoked_reason_check" CHECK ("preview_links"."revoked_reason" in ('staff', 'issuer_deactivated') and "preview_links"."revoked_at" is not null or "preview_links"."revoked_reason" is null),
	CONSTRAINT "preview_links_expiry_check" CHECK ("preview_links"."expires_at" > "preview_links"."created_at" and "preview_links"."expires_at" <= "preview_links"."created_at" + interval '24 hours')
);
--> statement-breakpoint
ALTER TABLE "preview_links" ADD CONSTRAINT "preview_links_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preview_links" ADD CONSTRAINT "preview_links_edition_id_article_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."article_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preview_links" ADD CONSTRAINT "preview_links_issued_by_id_users_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preview_links" ADD CONSTRAINT "preview_links_revoked_by_id_users_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "preview_links_token_hash_unique" ON "preview_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "preview_links_article_idx" ON "preview_links" USING btree ("article_id","expires_at");