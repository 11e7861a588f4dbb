CREATE TYPE "public"."dossier_channel" AS ENUM('online', 'counter');--> statement-breakpoint
CREATE TYPE "public"."dossier_status" AS ENUM('submitted', 'accepted', 'rejected', 'processing', 'supplement_requested', 'done', 'returned', 'stopped', 'withdrawn');--> statement-breakpoint
CREATE TABLE "procedure_documents" (
	"id" serial PRIMARY KEY NOT NULL,
	"procedure_id" integer NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"originals" smallint DEFAULT 1 NOT NULL,
	"copies" smallint DEFAULT 0 NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"form_file_id" uuid
);
--> statement-breakpoint
CREATE TABLE "procedure_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"filename" text NOT NULL,
	"mime_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"created_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedure_files_byte_size_check" CHECK ("procedure_files"."byte_size" = octet_length("procedure_files"."data"))
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT '' NOT NULL,
	"field_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	"level" smallint NOT NULL,
	"subjects" text DEFAULT '' NOT NULL,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"channels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"processing_days" integer NOT NULL,
	"fees" text DEFAULT '' NOT NULL,
	"result" text DEFAULT '' NOT NULL,
	"conditions" text DEFAULT '' NOT NULL,
	"legal_basis" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"publishing_decision" text DEFAULT '' NOT NULL,
	"national_url" text,
	"published" boolean DEFAULT true NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" integer,
	"updated_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('portal_vi'::regconfig, coalesce(name, '')), 'A') || setweight(to_tsvector('portal_vi'::regconfig, coalesce(code, '')), 'A') || setweight(to_tsvector('portal_vi'::regconfig, coalesce(subjects, '') || ' ' || coalesce(result, '')), 'C')) STORED,
	CONSTRAINT "procedures_level_range" CHECK ("procedures"."level" between 1 and 3),
	CONSTRAINT "procedures_processing_days_range" CHECK ("procedures"."processing_days" between 0 and 365)
);
--> statement-breakpoint
CREATE TABLE "service_agencies" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"code" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_agencies_slug_unique" UNIQUE("slug"),
	CONSTRAINT "service_agencies_name_unique" UNIQUE("name"),
	CONSTRAINT "service_agencies_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "service_fields" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_fields_slug_unique" UNIQUE("slug"),
	CONSTRAINT "service_fields_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "dossier_counters" (
	"agency_code" text NOT NULL,
	"day" date NOT NULL,
	"last" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "dossier_counters_agency_code_day_pk" PRIMARY KEY("agency_code","day")
);
--> statement-breakpoint
CREATE TABLE "dossier_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"dossier_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"step" text NOT NULL,
	"from_status" "dossier_status",
	"to_status" "dossier_status" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"visibility" text DEFAULT 'internal' NOT NULL,
	"actor_id" integer,
	"actor_name" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_files" (
	"id" serial PRIMARY KEY NOT NULL,
	"dossier_id" integer NOT NULL,
	"document_id" integer,
	"document_name" text NOT NULL,
	"file_id" uuid NOT NULL,
	"stage" text DEFAULT 'submission' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"procedure_id" integer NOT NULL,
	"field_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	"status" "dossier_status" DEFAULT 'submitted' NOT NULL,
	"channel" "dossier_channel" DEFAULT 'online' NOT NULL,
	"applicant_name" text NOT NULL,
	"id_number" text NOT NULL,
	"phone" text NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"submission_key" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processing_days" integer NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"paused_at" timestamp with time zone,
	"result_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"apology_due_at" timestamp with time zone,
	"apology_text" text,
	"apology_at" timestamp with time zone,
	"rating" smallint,
	"rated_at" timestamp with time zone,
	"assignee_id" integer,
	"updated_by_id" integer,
	"is_generated" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossiers_rating_range" CHECK ("dossiers"."rating" is null or "dossiers"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "supplement_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"dossier_id" integer NOT NULL,
	"nonce" text NOT NULL,
	"request" text NOT NULL,
	"document_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"created_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "is_generated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "procedure_documents" ADD CONSTRAINT "procedure_documents_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_documents" ADD CONSTRAINT "procedure_documents_form_file_id_procedure_files_id_fk" FOREIGN KEY ("form_file_id") REFERENCES "public"."procedure_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_files" ADD CONSTRAINT "procedure_files_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_field_id_service_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."service_fields"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_agency_id_service_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."service_agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_document_id_procedure_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."procedure_documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_file_id_private_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."private_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_field_id_service_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."service_fields"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_agency_id_service_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."service_agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplement_requests" ADD CONSTRAINT "supplement_requests_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplement_requests" ADD CONSTRAINT "supplement_requests_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_documents_position" ON "procedure_documents" USING btree ("procedure_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "procedures_code_unique" ON "procedures" USING btree ("code");--> statement-breakpoint
CREATE INDEX "procedures_field_idx" ON "procedures" USING btree ("field_id","level");--> statement-breakpoint
CREATE INDEX "procedures_agency_idx" ON "procedures" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "procedures_level_idx" ON "procedures" USING btree ("level");--> statement-breakpoint
CREATE INDEX "procedures_search_idx" ON "procedures" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "procedures_name_trgm_idx" ON "procedures" USING gin (portal_unaccent(lower("name")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "dossier_events_dossier_idx" ON "dossier_events" USING btree ("dossier_id","at");--> statement-breakpoint
CREATE INDEX "dossier_files_dossier_idx" ON "dossier_files" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_code_unique" ON "dossiers" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_submission_key_unique" ON "dossiers" USING btree ("submission_key");--> statement-breakpoint
CREATE INDEX "dossiers_queue_idx" ON "dossiers" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "dossiers_procedure_idx" ON "dossiers" USING btree ("procedure_id","submitted_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "dossiers_stats_idx" ON "dossiers" USING btree ("field_id","submitted_at");--> statement-breakpoint
CREATE INDEX "dossiers_submitted_idx" ON "dossiers" USING btree ("submitted_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "supplement_requests_dossier_idx" ON "supplement_requests" USING btree ("dossier_id");