CREATE TYPE "public"."conference_edition_status" AS ENUM('draft', 'in_review', 'published', 'superseded', 'discarded');--> statement-breakpoint
CREATE TYPE "public"."conference_status" AS ENUM('draft', 'published', 'unpublished');--> statement-breakpoint
CREATE TYPE "public"."indicator_kind" AS ENUM('result', 'target');--> statement-breakpoint
CREATE TABLE "conference_editions" (
	"id" serial PRIMARY KEY NOT NULL,
	"conference_id" integer NOT NULL,
	"number" integer NOT NULL,
	"status" "conference_edition_status" DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"time_of_day" text DEFAULT '' NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"chairs" text DEFAULT '' NOT NULL,
	"attendees" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"speeches_html" text DEFAULT '' NOT NULL,
	"directions_html" text DEFAULT '' NOT NULL,
	"body_text" text DEFAULT '' NOT NULL,
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
CREATE TABLE "conference_indicator_rows" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"kind" "indicator_kind" NOT NULL,
	"value" numeric(20, 4),
	"stated_share_percent" numeric(9, 2),
	"note" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "conference_indicator_rows_year_range" CHECK ("conference_indicator_rows"."year" between 1945 and 2200),
	CONSTRAINT "conference_indicator_rows_has_value" CHECK (("conference_indicator_rows"."value" is not null or "conference_indicator_rows"."stated_share_percent" is not null or length("conference_indicator_rows"."note") > 0))
);
--> statement-breakpoint
CREATE TABLE "conference_photos" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"media_id" uuid NOT NULL,
	"caption" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conferences" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"status" "conference_status" DEFAULT 'draft' NOT NULL,
	"live_edition_id" integer,
	"published_at" timestamp with time zone,
	"skip_review_reason" text,
	"is_sample" boolean DEFAULT false NOT NULL,
	"created_by_id" integer,
	"updated_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conferences_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "conference_id" integer;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "link_path" text;--> statement-breakpoint
ALTER TABLE "conference_editions" ADD CONSTRAINT "conference_editions_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_editions" ADD CONSTRAINT "conference_editions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_editions" ADD CONSTRAINT "conference_editions_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_editions" ADD CONSTRAINT "conference_editions_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_editions" ADD CONSTRAINT "conference_editions_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_indicator_rows" ADD CONSTRAINT "conference_indicator_rows_edition_id_conference_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."conference_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_indicator_rows" ADD CONSTRAINT "conference_indicator_rows_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_photos" ADD CONSTRAINT "conference_photos_edition_id_conference_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."conference_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_photos" ADD CONSTRAINT "conference_photos_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_live_edition_id_conference_editions_id_fk" FOREIGN KEY ("live_edition_id") REFERENCES "public"."conference_editions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "conference_editions_number" ON "conference_editions" USING btree ("conference_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "conference_editions_one_open" ON "conference_editions" USING btree ("conference_id") WHERE "conference_editions"."status" in ('draft', 'in_review');--> statement-breakpoint
CREATE UNIQUE INDEX "conference_indicator_rows_one" ON "conference_indicator_rows" USING btree ("edition_id","indicator_id","year","kind");--> statement-breakpoint
CREATE INDEX "conference_indicator_rows_indicator_idx" ON "conference_indicator_rows" USING btree ("indicator_id","year");--> statement-breakpoint
CREATE INDEX "conference_photos_edition_idx" ON "conference_photos" USING btree ("edition_id","position");--> statement-breakpoint
CREATE INDEX "conference_photos_media_idx" ON "conference_photos" USING btree ("media_id");--> statement-breakpoint
CREATE INDEX "conferences_status_idx" ON "conferences" USING btree ("status","published_at" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_conferenceId_unique" UNIQUE("conference_id");