CREATE TABLE "award_decisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"form" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"issuer" text NOT NULL,
	"issuer_slug" text NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"year" smallint NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"signer_name" text DEFAULT '' NOT NULL,
	"signer_title" text DEFAULT '' NOT NULL,
	"conference_slug" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revocation_reason" text,
	"revocation_date" date,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" integer,
	"updated_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_decisions_form_check" CHECK ("award_decisions"."form" in ('co_thi_dua', 'bang_khen', 'giay_khen', 'chien_si_thi_dua', 'lao_dong_tien_tien', 'other')),
	CONSTRAINT "award_decisions_status_check" CHECK ("award_decisions"."status" in ('draft', 'published', 'revoked')),
	CONSTRAINT "award_decisions_year_range" CHECK ("award_decisions"."year" between 1945 and 2200),
	CONSTRAINT "award_decisions_revocation_check" CHECK (("award_decisions"."status" = 'revoked') = ("award_decisions"."revoked_at" is not null and "award_decisions"."revocation_reason" is not null and "award_decisions"."revocation_date" is not null))
);
--> statement-breakpoint
CREATE TABLE "award_recipients" (
	"id" serial PRIMARY KEY NOT NULL,
	"decision_id" integer NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"job_title" text DEFAULT '' NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	CONSTRAINT "award_recipients_kind_check" CHECK ("award_recipients"."kind" in ('collective', 'individual'))
);
--> statement-breakpoint
ALTER TABLE "award_decisions" ADD CONSTRAINT "award_decisions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_decisions" ADD CONSTRAINT "award_decisions_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_recipients" ADD CONSTRAINT "award_recipients_decision_id_award_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."award_decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "award_decisions_number_unique" ON "award_decisions" USING btree ("issuer_slug","decision_number");--> statement-breakpoint
CREATE INDEX "award_decisions_public_idx" ON "award_decisions" USING btree ("status","year","decision_date");--> statement-breakpoint
CREATE UNIQUE INDEX "award_recipients_position" ON "award_recipients" USING btree ("decision_id","position");