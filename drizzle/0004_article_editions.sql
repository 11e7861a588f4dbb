CREATE TYPE "public"."edition_status" AS ENUM('draft', 'in_review', 'published', 'discarded');--> statement-breakpoint
CREATE TABLE "article_editions" (
	"id" serial PRIMARY KEY NOT NULL,
	"article_id" integer NOT NULL,
	"number" integer NOT NULL,
	"status" "edition_status" DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"sapo" text DEFAULT '' NOT NULL,
	"body_html" text DEFAULT '' NOT NULL,
	"body_text" text DEFAULT '' NOT NULL,
	"category_id" integer NOT NULL,
	"author" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"featured" boolean DEFAULT false NOT NULL,
	"cover_media_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" integer,
	"updated_by_id" integer,
	"submitted_by_id" integer,
	"approved_by_id" integer,
	"skip_review_reason" text,
	"closed_reason" text,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_editions" ADD CONSTRAINT "article_editions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_editions" ADD CONSTRAINT "article_editions_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_editions" ADD CONSTRAINT "article_editions_cover_media_id_media_id_fk" FOREIGN KEY ("cover_media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_editions" ADD CONSTRAINT "article_editions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_editions" ADD CONSTRAINT "article_editions_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_editions" ADD CONSTRAINT "article_editions_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_editions" ADD CONSTRAINT "article_editions_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "article_editions_number" ON "article_editions" USING btree ("article_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "article_editions_one_open" ON "article_editions" USING btree ("article_id") WHERE "article_editions"."status" in ('draft', 'in_review');--> statement-breakpoint
CREATE INDEX "article_editions_status_idx" ON "article_editions" USING btree ("status");